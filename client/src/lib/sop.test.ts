import { describe,expect,it } from 'vitest';
import { aksiBeralasan,sisaWaktu,warnaSla } from './sop';

describe('sop helpers', () => {
  it('says how much time is left, late, or the planned date', () => {
    expect(sisaWaktu(3)).toBe('3 HK lagi');
    expect(sisaWaktu(0)).toBe('0 HK lagi');
    expect(sisaWaktu(-2)).toBe('Terlambat 2 HK');
    expect(sisaWaktu(null, '2026-05-08')).toBe('Rencana Jumat, 8 Mei 2026');
    expect(sisaWaktu(undefined, null)).toBe('');
  });

  it('marks late steps red and the reasoned actions', () => {
    expect(warnaSla.Terlambat).toBe('red');
    expect(warnaSla.MendekatiBatas).toBe('yellow');
    expect([...aksiBeralasan].sort()).toEqual(['Jeda', 'Kembalikan', 'Lewati']);
  });
});
