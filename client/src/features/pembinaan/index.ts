import { muat } from '../muat';
import type { Fitur } from '../types';
import { menu } from './teks';

/** SOP B — Pembinaan dan Pendampingan, and the registry of businesses guided. */
export const fiturPembinaan: Fitur = {
  id: 'pembinaan',
  modul: 'Pembinaan',
  tautan: (id) => (id ? `/pembinaan/${id}` : null),
  menu: [
    { to: '/pembinaan', label: menu.kegiatan, end: true },
    { to: '/pembinaan/sasaran', label: menu.pelakuUsaha },
  ],
  rute: [
    { path: 'pembinaan', lazy: muat(() => import('./pages/PembinaanDaftarPage').then((m) => m.PembinaanDaftarPage)) },
    { path: 'pembinaan/baru', lazy: muat(() => import('./pages/PembinaanFormPage').then((m) => m.PembinaanFormPage)) },
    { path: 'pembinaan/sasaran', lazy: muat(() => import('./pages/SasaranDaftarPage').then((m) => m.SasaranDaftarPage)) },
    { path: 'pembinaan/sasaran/:id', lazy: muat(() => import('./pages/SasaranDetailPage').then((m) => m.SasaranDetailPage)) },
    { path: 'pembinaan/:id', lazy: muat(() => import('./pages/PembinaanDetailPage').then((m) => m.PembinaanDetailPage)) },
    { path: 'pembinaan/:id/ubah', lazy: muat(() => import('./pages/PembinaanFormPage').then((m) => m.PembinaanFormPage)) },
  ],
};
