// UI text of this feature, in Bahasa Indonesia (composed into t by i18n/id.ts).

/** Its menu entries. */
export const menu = {
  beranda: 'Beranda',
};

export const beranda = {
  judul: 'Tugas Saya',
  keterangan: 'Langkah aktif yang menunggu Anda di semua SOP, diurutkan menurut jatuh tempo.',
  kosong: 'Tidak ada tugas yang menunggu Anda.',
  jumlah: (n: number, pasti = true) => `${pasti ? '' : 'lebih dari '}${n.toLocaleString('id-ID')} tugas`,
  kegiatan: 'Kegiatan',
  langkah: 'Langkah',
  status: 'Status',
  peran: 'Sebagai',
  jatuhTempo: 'Jatuh tempo',
  sisa: 'Sisa',
  pelaksana: 'Pelaksana',
  penyetuju: 'Penyetuju',
  peranTugas: { Pelaksana: 'Pelaksana', Penyetuju: 'Penyetuju', TindakLanjut: 'Tindak lanjut unit', Penerima: 'Penerima dokumen' } as Record<string, string>,
  hkTersisa: (n: number) => (n < 0 ? `Terlambat ${-n} HK` : `${n} HK lagi`),
  rencana: (tgl: string) => `Rencana ${tgl}`,
  notifikasi: 'Notifikasi',
  belumDibaca: (n: number) => `${n} belum dibaca`,
  tandaiSemua: 'Tandai semua dibaca',
  tidakAdaNotifikasi: 'Belum ada notifikasi.',
  lonceng: (n: number) => (n > 0 ? `Notifikasi, ${n} belum dibaca` : 'Notifikasi'),
  lihatSemua: 'Lihat semua di Beranda',
};
