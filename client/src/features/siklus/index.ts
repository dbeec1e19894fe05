import { muat } from '../muat';
import type { Fitur } from '../types';
import { menu } from './teks';

/** The yearly cycle of SOP A, B and C: units' annual reports, the national recap, Pimpinan's arahan and the monev. */
export const fiturSiklus: Fitur = {
  id: 'siklus',
  modul: 'SiklusTahunan',
  tautan: (id) => (id ? `/siklus-tahunan/ref/${id}` : null),
  menu: [{ to: '/siklus-tahunan', label: menu.siklus }],
  rute: [
    { path: 'siklus-tahunan', lazy: muat(() => import('./pages/SiklusPage').then((m) => m.SiklusPage)) },
    { path: 'siklus-tahunan/ref/:id', lazy: muat(() => import('./pages/ReferensiSiklusPage').then((m) => m.ReferensiSiklusPage)) },
    { path: 'siklus-tahunan/:kodeSop/:tahun/laporan/:unitId', lazy: muat(() => import('./pages/LaporanTahunanPage').then((m) => m.LaporanTahunanPage)) },
    { path: 'siklus-tahunan/:kodeSop/:tahun/rekap', lazy: muat(() => import('./pages/RekapSiklusPage').then((m) => m.RekapSiklusPage)) },
  ],
};
