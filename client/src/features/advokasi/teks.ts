// UI text of this feature, in Bahasa Indonesia (composed into t by i18n/id.ts).

/** Its menu entries. */
export const menu = {
  advokasi: 'Advokasi',
};

export const advokasi = {
  judul: 'Kegiatan Advokasi',
  keterangan: 'Advokasi pemangku kepentingan (SOP POM-04.01 A, langkah 1–6).',
  baru: 'Kegiatan baru',
  judulBaru: 'Kegiatan advokasi baru',
  ubahJudul: 'Ubah kegiatan advokasi',
  judulKegiatan: 'Judul',
  topik: 'Topik',
  komoditas: 'Komoditas',
  bentuk: 'Bentuk kegiatan',
  bentukLainnya: 'Bentuk lainnya',
  lokasi: 'Lokasi',
  mulai: 'Rencana mulai',
  selesai: 'Rencana selesai',
  dasar: 'Dasar kegiatan (nomor dan perihal)',
  pemangku: 'Pemangku kepentingan',
  jenisPemangku: 'Jenis',
  namaPemangku: 'Nama',
  tambahPemangku: 'Tambah pemangku kepentingan',
  simpan: 'Simpan kegiatan',
  unit: 'Unit',
  tahun: 'Tahun',
  status: 'Status',
  hanyaTerlambat: 'Hanya yang terlambat',
  cari: 'Cari judul atau topik',
  langkahAktif: 'Langkah aktif',
  jumlah: (n: number, pasti = true) => `${pasti ? '' : 'lebih dari '}${n.toLocaleString('id-ID')} kegiatan`,
  dibuat: 'Kegiatan advokasi dibuat. Unggah dokumen dasar kegiatan sebagai kelengkapan langkah A1.',
  komoditasNama: {
    Obat: 'Obat',
    ObatTradisional: 'Obat Tradisional',
    SuplemenKesehatan: 'Suplemen Kesehatan',
    Kosmetik: 'Kosmetik',
    PanganOlahan: 'Pangan Olahan',
  } as Record<string, string>,
  bentukNama: { Fgd: 'Focus group discussion', Audiensi: 'Audiensi', Workshop: 'Workshop', Lainnya: 'Lainnya' } as Record<string, string>,
  pemangkuNama: {
    AsosiasiPelakuUsaha: 'Asosiasi Pelaku Usaha',
    PelakuUsaha: 'Pelaku Usaha',
    KementerianLembaga: 'Kementerian/Lembaga',
    PemerintahDaerah: 'Pemerintah Daerah',
    OrganisasiProfesi: 'Organisasi Profesi',
    OrganisasiKemasyarakatan: 'Organisasi/Komunitas sosial dan kemasyarakatan',
    KomunitasPendidikan: 'Komunitas pendidikan',
  } as Record<string, string>,
};
