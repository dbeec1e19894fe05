import { describe,expect,it } from 'vitest';
import { tautanNotifikasi } from './notifikasi';

describe('tautanNotifikasi', () => {
  it('leads to the activity and its step', () => {
    expect(tautanNotifikasi({ modul: 'Advokasi', referensiId: 'a1', parameter: null, langkahKode: 'A2', instansId: 'i1' })).toBe('/advokasi/a1#langkah-A2');
  });

  it("opens the reported unit's Kinerja form, not the reader's own", () => {
    expect(tautanNotifikasi({ modul: 'Kinerja', referensiId: 'pk1', parameter: 'unitId=u9&tahun=2026&periode=B02', langkahKode: null, instansId: null }))
      .toBe('/kinerja/realisasi?unitId=u9&tahun=2026&periode=B02');
  });

  it('has no link when the module has no page', () => {
    expect(tautanNotifikasi({ modul: 'Tidak-ada', referensiId: 'x', parameter: null, langkahKode: null, instansId: null })).toBeNull();
  });
});
