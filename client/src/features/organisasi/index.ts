import { muat } from '../muat';
import type { Fitur } from '../types';
import { menu } from './teks';

/** The directory of units. */
export const fiturOrganisasi: Fitur = {
  id: 'organisasi',
  menu: [{ to: '/unit-kerja', label: menu.unitKerja }],
  rute: [{ path: 'unit-kerja', lazy: muat(() => import('./pages/UnitKerjaPage').then((m) => m.UnitKerjaPage)) }],
};
