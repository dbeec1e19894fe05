// UI text of this feature, in Bahasa Indonesia (composed into t by i18n/id.ts).

/** Its menu entries. */
export const menu = {
  sop: 'SOP POM-04.01',
};

export const sop = {
  judul: 'SOP POM-04.01',
  keterangan: 'Langkah, kelengkapan, output dan Mutu Baku waktu (hari kerja) setiap SOP.',
  versi: (versi: number, berlaku: string) => `Versi ${versi}, berlaku mulai ${berlaku}`,
  no: 'No',
  aktivitas: 'Aktivitas',
  pelaksana: 'Pelaksana',
  kelengkapan: 'Kelengkapan',
  waktu: 'Waktu',
  output: 'Output',
  hk: (n: number) => `${n} HK`,
  disesuaikan: 'Disesuaikan',
  opsional: 'Sukarela',
  siklusTahunan: 'Siklus tahunan',
  lompatKe: (kode: string) => `Dapat lanjut ke ${kode}`,
  tenggatTriwulan: 'Paling lambat tgl. 10 setelah triwulan',
};
