import { describe,expect,it } from 'vitest';
import { indeksLibur,mingguDalamBulan } from './kalender';

describe('mingguDalamBulan', () => {
  it('lays March 2026 out Monday first, padding before Sunday the 1st', () => {
    const minggu = mingguDalamBulan(2026, 3);
    expect(minggu[0]!.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(minggu[0]![6]).toMatchObject({ iso: '2026-03-01', hari: 1, akhirPekan: true });
    expect(minggu.flat().filter(Boolean)).toHaveLength(31);
    expect(minggu.every((w) => w.length === 7)).toBe(true);
    const tujuhBelas = minggu.flat().find((s) => s?.iso === '2026-03-17');
    expect(tujuhBelas?.akhirPekan).toBe(false);
  });

  it('handles leap years', () => {
    expect(mingguDalamBulan(2024, 2).flat().filter(Boolean)).toHaveLength(29);
    expect(mingguDalamBulan(2026, 2).flat().filter(Boolean)).toHaveLength(28);
  });
});

describe('indeksLibur', () => {
  it('groups holidays that share a date', () => {
    const idx = indeksLibur([
      { id: '1', tanggal: '2026-03-21', jenis: 'libur_nasional', nama: 'Idul Fitri' },
      { id: '2', tanggal: '2026-03-21', jenis: 'cuti_bersama', nama: 'Lain' },
      { id: '3', tanggal: '2026-03-22', jenis: 'libur_nasional', nama: 'Idul Fitri' },
    ]);
    expect(idx.get('2026-03-21')).toHaveLength(2);
    expect(idx.get('2026-03-22')?.[0]?.id).toBe('3');
    expect(idx.has('2026-03-23')).toBe(false);
  });
});
