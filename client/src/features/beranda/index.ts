import { muat } from '../muat';
import type { Fitur } from '../types';
import { menu } from './teks';

/** Beranda: the user's tasks across SOPs and notifications. */
export const fiturBeranda: Fitur = {
  id: 'beranda',
  menu: [{ to: '/beranda', label: menu.beranda, end: true }],
  rute: [
    { path: 'beranda', lazy: muat(() => import('./pages/BerandaPage').then((m) => m.BerandaPage)) },
    { path: 'pengaturan/pemberitahuan', lazy: muat(() => import('./pages/PengaturanPemberitahuanPage').then((m) => m.PengaturanPemberitahuanPage)) },
  ],
};
