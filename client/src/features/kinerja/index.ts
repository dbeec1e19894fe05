import { muat } from '../muat';
import type { Fitur } from '../types';
import { menu } from './teks';

/** Kinerja: scores, realisation entry, PK, national comparison, SOP compliance, action plans and SKM. */
export const fiturKinerja: Fitur = {
  id: 'kinerja',
  modul: 'Kinerja',
  // A unit's notice (reminder, review step) leads to its entry form; the planning unit's late list to the national view.
  tautan: (id) => (id ? '/kinerja/realisasi' : '/kinerja/nasional'),
  menu: [
    { to: '/kinerja', label: menu.nilai, end: true },
    { to: '/kinerja/realisasi', label: menu.realisasi },
    { to: '/kinerja/pk', label: menu.pk },
    { to: '/kinerja/nasional', label: menu.nasional },
    { to: '/kinerja/bpom', label: menu.bpom },
    { to: '/kinerja/kepatuhan-sop', label: menu.kepatuhanSop },
    { to: '/kinerja/rencana-aksi', label: menu.rencanaAksi },
    { to: '/kinerja/anggaran', label: menu.anggaran },
  ],
  rute: [
    { path: 'kinerja', lazy: muat(() => import('./pages/KinerjaPage').then((m) => m.KinerjaPage)) },
    { path: 'kinerja/realisasi', lazy: muat(() => import('./pages/RealisasiPage').then((m) => m.RealisasiPage)) },
    { path: 'kinerja/pk', lazy: muat(() => import('./pages/PerjanjianKinerjaPage').then((m) => m.PerjanjianKinerjaPage)) },
    { path: 'kinerja/nasional', lazy: muat(() => import('./pages/KinerjaNasionalPage').then((m) => m.KinerjaNasionalPage)) },
    { path: 'kinerja/bpom', lazy: muat(() => import('./pages/KinerjaBpomPage').then((m) => m.KinerjaBpomPage)) },
    { path: 'kinerja/kepatuhan-sop', lazy: muat(() => import('./pages/KepatuhanSopPage').then((m) => m.KepatuhanSopPage)) },
    { path: 'kinerja/rencana-aksi', lazy: muat(() => import('./pages/RencanaAksiPage').then((m) => m.RencanaAksiPage)) },
    { path: 'kinerja/anggaran', lazy: muat(() => import('./pages/AnggaranPage').then((m) => m.AnggaranPage)) },
  ],
};
