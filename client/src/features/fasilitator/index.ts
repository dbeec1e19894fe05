import { muat } from '../muat';
import type { Fitur } from '../types';
import { menu } from './teks';

/** SOP D — Pembentukan Fasilitator Keamanan Pangan: cohorts, registry, the PPSDM queue, printed and verified certificates. */
export const fiturFasilitator: Fitur = {
  id: 'fasilitator',
  modul: 'FasilitatorKeamananPangan',
  tautan: (id) => (id ? `/fasilitator/angkatan/${id}` : null),
  menu: [
    { to: '/fasilitator/angkatan', label: menu.angkatan },
    { to: '/fasilitator/registri', label: menu.registri },
    { to: '/fasilitator/antrean-ppsdm', label: menu.antreanPpsdm, peran: 'Ppsdm' },
  ],
  rute: [
    { path: 'fasilitator/angkatan', lazy: muat(() => import('./pages/AngkatanDaftarPage').then((m) => m.AngkatanDaftarPage)) },
    { path: 'fasilitator/angkatan/baru', lazy: muat(() => import('./pages/AngkatanBaruPage').then((m) => m.AngkatanBaruPage)) },
    { path: 'fasilitator/angkatan/:id', lazy: muat(() => import('./pages/AngkatanDetailPage').then((m) => m.AngkatanDetailPage)) },
    { path: 'fasilitator/registri', lazy: muat(() => import('./pages/RegistriFasilitatorPage').then((m) => m.RegistriFasilitatorPage)) },
    { path: 'fasilitator/antrean-ppsdm', lazy: muat(() => import('./pages/AntreanPpsdmPage').then((m) => m.AntreanPpsdmPage)) },
    { path: 'fasilitator/cetak/*', lazy: muat(() => import('./pages/CetakSertifikatPage').then((m) => m.CetakSertifikatPage)) },
    { path: 'fasilitator/:id', lazy: muat(() => import('./pages/ProfilFasilitatorPage').then((m) => m.ProfilFasilitatorPage)) },
  ],
  ruteTerbuka: [
    { path: '/verifikasi/*', lazy: muat(() => import('./pages/VerifikasiPage').then((m) => m.VerifikasiPage)) },
    { path: '/verifikasi', lazy: muat(() => import('./pages/VerifikasiPage').then((m) => m.VerifikasiPage)) },
  ],
};
