import { toIsoDate } from './tanggal';

export interface SelHari {
  iso: string;
  hari: number;
  akhirPekan: boolean;
}

/** The weeks (Monday first) of a month; null cells pad the first and last week. */
export function mingguDalamBulan(tahun: number, bulan: number): (SelHari | null)[][] {
  const pertama = new Date(Date.UTC(tahun, bulan - 1, 1));
  const jumlahHari = new Date(Date.UTC(tahun, bulan, 0)).getUTCDate();
  const geser = (pertama.getUTCDay() + 6) % 7; // Monday = 0
  const sel: (SelHari | null)[] = Array.from({ length: geser }, () => null);
  for (let h = 1; h <= jumlahHari; h++) {
    const d = new Date(Date.UTC(tahun, bulan - 1, h));
    const dow = d.getUTCDay();
    sel.push({ iso: toIsoDate(d), hari: h, akhirPekan: dow === 0 || dow === 6 });
  }
  while (sel.length % 7 !== 0) sel.push(null);
  const minggu: (SelHari | null)[][] = [];
  for (let i = 0; i < sel.length; i += 7) minggu.push(sel.slice(i, i + 7));
  return minggu;
}

export interface Libur {
  id: string;
  tanggal: string;
  jenis: string;
  nama: string;
  dasarHukum?: string | null;
}

/** Holidays grouped by ISO date. */
export function indeksLibur(libur: readonly Libur[]): Map<string, Libur[]> {
  const map = new Map<string, Libur[]>();
  for (const l of libur) {
    const list = map.get(l.tanggal) ?? [];
    list.push(l);
    map.set(l.tanggal, list);
  }
  return map;
}
