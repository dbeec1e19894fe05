import { describe,expect,it } from 'vitest';
import { fitur,menu,tautanKegiatan } from './registry';

describe('tautanKegiatan', () => {
  it('leads Kinerja notices to the entry form (unit notices) or the national view (the late list)', () => {
    expect(tautanKegiatan('Kinerja', 'a1')).toBe('/kinerja/realisasi');
    expect(tautanKegiatan('Kinerja', null)).toBe('/kinerja/nasional');
    expect(tautanKegiatan('Advokasi', 'a1')).toBe('/advokasi/a1');
    expect(tautanKegiatan('Lain', 'a1')).toBeNull();
  });

  it('leads each SOP module\'s activities to its feature and needs the record', () => {
    expect(tautanKegiatan('Pembinaan', 'b1')).toBe('/pembinaan/b1');
    expect(tautanKegiatan('Pemberdayaan', 'c1')).toBe('/pemberdayaan/c1');
    expect(tautanKegiatan('FasilitatorKeamananPangan', 'd1')).toBe('/fasilitator/angkatan/d1');
    expect(tautanKegiatan('Advokasi', null)).toBeNull();
  });
});

describe('the feature registry', () => {
  it('gives every menu entry a route of its feature and no path twice', () => {
    const jalur = fitur.flatMap((f) => f.rute.map((r) => `/${r.path}`));
    expect(new Set(jalur).size).toBe(jalur.length);
    for (const m of menu) expect(jalur).toContain(m.to);
  });

  it('loads every screen lazily', () => {
    for (const r of fitur.flatMap((f) => [...f.rute, ...(f.ruteTerbuka ?? [])])) {
      expect(r.lazy, r.path).toBeTypeOf('function');
      expect(r.element, r.path).toBeUndefined();
    }
  });
});
