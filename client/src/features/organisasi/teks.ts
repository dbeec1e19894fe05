// UI text of this feature, in Bahasa Indonesia (composed into t by i18n/id.ts).

/** Its menu entries. */
export const menu = {
  unitKerja: 'Unit Kerja',
};

export const unit = {
  judul: 'Unit Kerja',
  cari: 'Cari nama unit',
  jenis: 'Jenis unit',
  provinsi: 'Provinsi',
  zonaWaktu: 'Zona waktu',
  koordinator: 'Koordinator',
  nama: 'Nama unit',
  aksi: 'Aksi',
  ubahKoordinator: 'Ubah koordinator',
  koordinatorJudul: (nama: string) => `Koordinator ${nama}`,
  pilihKoordinator: 'Balai Besar POM / Balai POM koordinator',
  tanpaKoordinator: 'Tanpa koordinator',
  jumlah: (n: number) => `${n} unit`,
  tambah: 'Tambah unit',
  ubahJudul: (nama: string) => `Ubah ${nama}`,
  kategori: 'Kategori',
  eselon1: 'Eselon I',
  kota: 'Kota',
  aktif: 'Unit aktif',
  nonaktif: 'Nonaktif',
  nonaktifPeringatan: 'Unit nonaktif tidak dapat dijadikan koordinator Balai; data dan riwayatnya tetap tersimpan.',
};

export const menuPengguna = {
  pengguna: 'Pengguna',
};

export const pengguna = {
  judul: 'Pengguna',
  keterangan: 'Akun pengguna: unit, peran, status aktif, kata sandi, dan kunci setelah gagal masuk berulang.',
  tambah: 'Tambah pengguna',
  cari: 'Cari nama atau nama pengguna',
  unit: 'Unit kerja',
  username: 'Nama pengguna',
  namaLengkap: 'Nama lengkap',
  peran: 'Peran',
  status: 'Status',
  aktif: 'Aktif',
  nonaktif: 'Nonaktif',
  terkunci: 'Terkunci',
  loginTerakhir: 'Terakhir masuk',
  belumPernah: 'Belum pernah',
  aksi: 'Aksi',
  ubah: 'Ubah',
  ubahJudul: (u: string) => `Ubah pengguna ${u}`,
  kataSandi: 'Kata sandi',
  kataSandiBaru: 'Kata sandi baru',
  aturKataSandi: 'Atur kata sandi',
  kataSandiJudul: (u: string) => `Atur kata sandi ${u}`,
  kataSandiKet: 'Minimal 10 karakter, memuat huruf dan angka. Semua sesi pengguna ini berakhir setelah kata sandi diganti.',
  bukaKunci: 'Buka kunci',
  akunAktif: 'Akun aktif (nonaktifkan untuk mencabut akses; sesi yang berjalan berakhir)',
  nonaktifkanKonfirmasi: (u: string) => `Nonaktifkan ${u}? Pengguna ini tidak dapat masuk lagi dan sesinya berakhir.`,
  jumlah: (n: number) => `${n.toLocaleString('id-ID')} pengguna`,
  tersimpan: 'Pengguna tersimpan.',
  dibuka: 'Kunci akun dibuka.',
  sandiDiatur: 'Kata sandi diatur; sesi lama pengguna ini berakhir.',
};
