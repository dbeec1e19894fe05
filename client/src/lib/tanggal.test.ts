import { describe,expect,it } from 'vitest';
import { formatTanggalPanjang,hariIniIso,namaBulan,parseIsoDate,toIsoDate } from './tanggal';

describe('tanggal', () => {
  it('formats a LocalDate the Indonesian way', () => {
    expect(formatTanggalPanjang('2026-03-31')).toBe('Selasa, 31 Maret 2026');
    expect(formatTanggalPanjang('2026-08-17')).toBe('Senin, 17 Agustus 2026');
    expect(formatTanggalPanjang('2024-02-29')).toBe('Kamis, 29 Februari 2024');
  });

  it('never shifts the day with the browser time zone', () => {
    expect(toIsoDate(parseIsoDate('2026-01-01'))).toBe('2026-01-01');
    expect(toIsoDate(parseIsoDate('2026-12-31'))).toBe('2026-12-31');
  });

  it('rejects what is not an ISO date', () => {
    expect(() => parseIsoDate('31/03/2026')).toThrow();
  });

  it('names months in Indonesian', () => {
    expect([1, 3, 8, 12].map(namaBulan)).toEqual(['Januari', 'Maret', 'Agustus', 'Desember']);
  });

  it("gives today's local date as ISO", () => {
    expect(hariIniIso(new Date(2026, 10, 23, 23, 59))).toBe('2026-11-23');
  });
});
