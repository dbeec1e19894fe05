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
};
