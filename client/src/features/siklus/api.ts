import { api,type Schemas,unwrap } from '../../api/client';

export type Siklus = Schemas['SiklusTahunanDto'];
export type LaporanUnit = Schemas['LaporanUnitDto'];
export type LaporanTahunan = Schemas['LaporanTahunanDto'];
export type Angka = Schemas['AngkaLaporanDto'];

export const daftarSop = ['POM-04.01-A', 'POM-04.01-B', 'POM-04.01-C'] as const;

export const ambilSiklus = (kodeSop: string, tahun: number) =>
  unwrap(api.GET('/api/siklus-tahunan/{kodeSop}/{tahun}', { params: { path: { kodeSop, tahun } } }));

export const ambilLaporan = (kodeSop: string, tahun: number, unitId: string) =>
  unwrap(api.GET('/api/siklus-tahunan/{kodeSop}/{tahun}/laporan/{unitId}', { params: { path: { kodeSop, tahun, unitId } } }));

/** The report's figures in the order the documents show them (the SOP's own figures last). */
export function barisAngka(a: Angka, label: Record<string, string>): { nama: string; nilai: number }[] {
  const dasar = Object.keys(label).map((k) => ({ nama: label[k] ?? k, nilai: (a as unknown as Record<string, number>)[k] ?? 0 }));
  return [...dasar, ...a.angkaSop.map((x) => ({ nama: x.nama, nilai: x.nilai }))];
}
