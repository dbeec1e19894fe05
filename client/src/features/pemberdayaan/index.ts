import { muat } from '../muat';
import type { Fitur } from '../types';
import { menu } from './teks';

/** SOP C — Pemberdayaan Masyarakat, the kader registry and the recap. */
export const fiturPemberdayaan: Fitur = {
  id: 'pemberdayaan',
  modul: 'Pemberdayaan',
  tautan: (id) => (id ? `/pemberdayaan/${id}` : null),
  menu: [
    { to: '/pemberdayaan', label: menu.kegiatan, end: true },
    { to: '/pemberdayaan/kader', label: menu.kader },
  ],
  rute: [
    { path: 'pemberdayaan', lazy: muat(() => import('./pages/PemberdayaanDaftarPage').then((m) => m.PemberdayaanDaftarPage)) },
    { path: 'pemberdayaan/baru', lazy: muat(() => import('./pages/PemberdayaanFormPage').then((m) => m.PemberdayaanFormPage)) },
    { path: 'pemberdayaan/kader', lazy: muat(() => import('./pages/KaderPage').then((m) => m.KaderPage)) },
    { path: 'pemberdayaan/:id', lazy: muat(() => import('./pages/PemberdayaanDetailPage').then((m) => m.PemberdayaanDetailPage)) },
    { path: 'pemberdayaan/:id/ubah', lazy: muat(() => import('./pages/PemberdayaanFormPage').then((m) => m.PemberdayaanFormPage)) },
  ],
};
