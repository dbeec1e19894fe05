import { describe,expect,it } from 'vitest';
import { angka,triwulanDari } from './lib';

describe('kinerja lib', () => {
  it('maps a realisation period to the quarter it falls in', () => {
    expect(['B01', 'B03', 'B04', 'B06', 'B07', 'B12', 'TW3'].map(triwulanDari)).toEqual(['TW1', 'TW1', 'TW2', 'TW2', 'TW3', 'TW4', 'TW3']);
  });

  it('prints figures as the published reports do (two decimals, Indonesian separators)', () => {
    expect([angka(94.69), angka(1234.5), angka(null)]).toEqual(['94,69', '1.234,50', '—']);
  });
});
