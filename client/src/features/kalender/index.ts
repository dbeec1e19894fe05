import { muat } from '../muat';
import type { Fitur } from '../types';
import { menu } from './teks';

/** The hari kerja calendar, and its maintenance by Admin. */
export const fiturKalender: Fitur = {
  id: 'kalender',
  menu: [
    { to: '/kalender', label: menu.kalender, end: true },
    { to: '/kalender/kelola', label: menu.kelolaHariLibur, peran: 'Admin' },
  ],
  rute: [
    { path: 'kalender', lazy: muat(() => import('./pages/KalenderPage').then((m) => m.KalenderPage)) },
    { path: 'kalender/kelola', lazy: muat(() => import('./pages/KelolaHariLiburPage').then((m) => m.KelolaHariLiburPage), 'Admin') },
  ],
};
