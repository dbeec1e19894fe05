import { muat } from '../muat';
import type { Fitur } from '../types';
import { menu,menuPengguna } from './teks';

/** The directory of units and, for admins, user accounts. */
export const fiturOrganisasi: Fitur = {
  id: 'organisasi',
  menu: [
    { to: '/unit-kerja', label: menu.unitKerja },
    { to: '/pengguna', label: menuPengguna.pengguna, peran: 'Admin' },
  ],
  rute: [
    { path: 'unit-kerja', lazy: muat(() => import('./pages/UnitKerjaPage').then((m) => m.UnitKerjaPage)) },
    { path: 'pengguna', lazy: muat(() => import('./pages/PenggunaPage').then((m) => m.PenggunaPage), 'Admin') },
  ],
};
