import { muat } from '../muat';
import type { Fitur } from '../types';
import { menu } from './teks';

/** SOP A — Advokasi Pemangku Kepentingan. */
export const fiturAdvokasi: Fitur = {
  id: 'advokasi',
  modul: 'Advokasi',
  tautan: (id) => (id ? `/advokasi/${id}` : null),
  menu: [{ to: '/advokasi', label: menu.advokasi }],
  rute: [
    { path: 'advokasi', lazy: muat(() => import('./pages/AdvokasiDaftarPage').then((m) => m.AdvokasiDaftarPage)) },
    { path: 'advokasi/baru', lazy: muat(() => import('./pages/AdvokasiBaruPage').then((m) => m.AdvokasiBaruPage)) },
    { path: 'advokasi/:id/ubah', lazy: muat(() => import('./pages/AdvokasiBaruPage').then((m) => m.AdvokasiBaruPage)) },
    { path: 'advokasi/:id', lazy: muat(() => import('./pages/AdvokasiDetailPage').then((m) => m.AdvokasiDetailPage)) },
  ],
};
