// Every screen of the SPA and who looks at it, shared by the screen tour (tampilan.e2e.ts: axe, phone width) and the
// screenshot script (scripts/screenshots.mjs). A path starting with ':' opens the first row of that list screen.
export const LAYAR: [string | null, [string, string][]][] = [
  ['admin', [['beranda', '/beranda'], ['kalender', '/kalender'], ['kelola-hari-libur', '/kalender/kelola'], ['unit-kerja', '/unit-kerja'], ['pengguna', '/pengguna'], ['sop', '/sop'], ['advokasi-nasional', '/advokasi?provinsi=Bengkulu&urut=JatuhTempo'], ['angkatan-nasional', '/fasilitator/angkatan?urut=Judul'], ['kader-nasional', '/pemberdayaan/kader?provinsi=Bengkulu'], ['registri-nasional', '/fasilitator/registri?provinsi=Bengkulu'], ['sasaran-nasional', '/pembinaan/sasaran?provinsi=Bengkulu']]],
  ['upt.bengkulu', [['beranda-upt', '/beranda'], ['pengaturan-pemberitahuan', '/pengaturan/pemberitahuan'], ['advokasi', '/advokasi'], ['advokasi-baru', '/advokasi/baru'], ['advokasi-detail', ':advokasi'], ['pembinaan', '/pembinaan'], ['pembinaan-baru', '/pembinaan/baru'], ['pembinaan-detail', ':pembinaan'], ['sasaran', '/pembinaan/sasaran'], ['pemberdayaan', '/pemberdayaan'], ['pemberdayaan-baru', '/pemberdayaan/baru'], ['pemberdayaan-detail', ':pemberdayaan'], ['kader', '/pemberdayaan/kader']]],
  ['pusat.pmpu.pangan', [['angkatan', '/fasilitator/angkatan'], ['angkatan-baru', '/fasilitator/angkatan/baru'], ['angkatan-detail', ':fasilitator/angkatan'], ['registri-fasilitator', '/fasilitator/registri']]],
  ['ppsdm', [['antrean-ppsdm', '/fasilitator/antrean-ppsdm']]],
  ['pusat.perencanaan', [['kinerja', '/kinerja'], ['realisasi', '/kinerja/realisasi'], ['perjanjian', '/kinerja/pk'], ['perbandingan', '/kinerja/nasional'], ['kepatuhan', '/kinerja/kepatuhan-sop'], ['rencana-aksi', '/kinerja/rencana-aksi'], ['anggaran', '/kinerja/anggaran'], ['kinerja-bpom-pk', '/kinerja/bpom?tab=pk&tahun=2026']]],
  ['pusat.advokasi', [['siklus', '/siklus-tahunan?sop=POM-04.01-A&tahun=2025'], ['siklus-rekap', '/siklus-tahunan/POM-04.01-A/2025/rekap']]],
  ['loka.rejanglebong', [['siklus-pratinjau', '/siklus-tahunan?sop=POM-04.01-A&tahun=2026']]],
  ['pimpinan', [['beranda-pimpinan', '/beranda'], ['kinerja-bpom', '/kinerja/bpom?tahun=2027&periode=B02'], ['kinerja-bpom-angka', '/kinerja/bpom?tahun=2026&periode=TW4&tab=angka'], ['siklus-pimpinan', '/siklus-tahunan/POM-04.01-A/2025/rekap']]],
  [null, [['login', '/login'], ['verifikasi', '/verifikasi']]],
];
