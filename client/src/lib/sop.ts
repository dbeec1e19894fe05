// Colours and labels for SOP step states and SLA, shared by the task list and the activity timeline.
import { t } from '../i18n';
import { formatTanggalPanjang } from './tanggal';

export const warnaSla: Record<string, string> = {
  BelumBerjalan: 'gray',
  TanpaSla: 'gray',
  TepatWaktu: 'teal',
  MendekatiBatas: 'yellow',
  Terlambat: 'red',
  SelesaiTepatWaktu: 'green',
  SelesaiTerlambat: 'orange',
};

export const warnaStatusLangkah: Record<string, string> = {
  Menunggu: 'gray',
  Berjalan: 'blue',
  Dijeda: 'violet',
  Diajukan: 'cyan',
  Dikembalikan: 'orange',
  Selesai: 'green',
  Dilewati: 'gray',
  Dibatalkan: 'dark',
};

/** Actions that require a reason. */
export const aksiBeralasan = new Set(['Jeda', 'Kembalikan', 'Lewati']);

/** "3 HK lagi" / "Terlambat 2 HK" / "Rencana Jumat, 8 Mei 2026" / "". */
export function sisaWaktu(hkTersisa: number | null | undefined, rencana?: string | null): string {
  if (hkTersisa != null) return t.beranda.hkTersisa(hkTersisa);
  if (rencana) return t.beranda.rencana(formatTanggalPanjang(rencana));
  return '';
}
