// UI text of this feature, in Bahasa Indonesia (composed into t by i18n/id.ts).

/** Its menu entries. */
export const menu = {
  kalender: 'Kalender Hari Kerja',
  kelolaHariLibur: 'Kelola Hari Libur',
};

export const kalender = {
  judul: 'Kalender Hari Kerja',
  tahun: 'Tahun',
  liburNasional: 'Libur nasional',
  cutiBersama: 'Cuti bersama',
  akhirPekan: 'Akhir pekan',
  daftarLibur: 'Daftar hari libur dan cuti bersama',
  tanggal: 'Tanggal',
  jenis: 'Jenis',
  nama: 'Nama',
  dasarHukum: 'Dasar hukum',
  belumAdaData: (tahun: number) => `Data hari libur tahun ${tahun} belum dimuat: hari kerja dihitung dari akhir pekan saja.`,
  tanpaLiburSingkat: (tahun: number) => `⚠ libur ${tahun} belum dimuat`,
  hariSingkat: ['Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab', 'Min'],
};

export const hitung = {
  judul: 'Hitung jatuh tempo',
  keterangan: 'Tanggal mulai tidak dihitung; jatuh tempo adalah hari kerja ke-N setelahnya.',
  mulai: 'Tanggal mulai',
  hk: 'Jumlah hari kerja (HK)',
  unit: 'Unit kerja (zona waktu)',
  unitKosong: 'Tanpa unit (Asia/Jakarta)',
  hitung: 'Hitung',
  hasil: 'Jatuh tempo',
  batasWaktu: (zona: string) => `Berakhir pada pergantian hari di zona waktu ${zona}.`,
};

export const kelola = {
  judul: 'Kelola Hari Libur',
  tambah: 'Tambah hari libur',
  ubahJudul: 'Ubah hari libur',
  impor: 'Impor CSV',
  imporJudul: 'Impor hari libur dari CSV atau XLSX',
  imporKeterangan: 'Daftar dari SKB sebagai CSV atau XLSX (lembar pertama). Kolom: date,kind,name,basis (kind: libur_nasional atau cuti_bersama; basis: nomor SKB per baris). Baris dengan tanggal dan nama yang sama diperbarui.',
  hasilImpor: (baru: number, ubah: number, sama: number) => `${baru} ditambahkan, ${ubah} diperbarui, ${sama} tidak berubah.`,
  konfirmasiHapus: (nama: string, tanggal: string) => `Hapus "${nama}" pada ${tanggal}?`,
  pengaturan: 'Pengaturan',
  cutiSebagaiHariKerja: 'Cuti bersama dihitung sebagai hari kerja',
  status: 'Status data kalender',
  tahunTermuat: 'Tahun termuat',
  aksi: 'Aksi',
};

export const umpan = {
  judul: 'Kalender di ponsel atau Outlook',
  keterangan: 'Berlangganan alamat rahasia ini di aplikasi kalender (Google Calendar, Outlook, Kalender iPhone): setiap langkah SOP yang harus Anda kerjakan atau setujui muncul pada tanggal jatuh temponya dan diperbarui sendiri. Jangan bagikan alamat ini.',
  pribadi: 'Tugas saya',
  unit: 'Semua langkah unit (kepala unit)',
  salin: 'Salin alamat',
  tersalin: 'Tersalin',
  ganti: 'Ganti alamat',
  gantiKonfirmasi: 'Alamat lama berhenti bekerja dan kalender yang berlangganan harus memakai alamat baru. Lanjutkan?',
  hentikan: 'Hentikan',
  buat: 'Buat alamat baru',
  dihentikan: 'Umpan kalender dihentikan; alamat lama tidak lagi bekerja.',
  diganti: 'Alamat baru dibuat; alamat lama tidak lagi bekerja.',
  bannerJudul: 'Data hari libur belum lengkap',
  bannerTahunDepan: (tahun: number) => `Hari libur dan cuti bersama tahun ${tahun} belum dimuat: tenggat yang jatuh pada ${tahun} dihitung dari akhir pekan saja.`,
  bannerTautan: 'Impor SKB hari libur',
};
