import { muat } from '../muat';
import type { Fitur } from '../types';
import { menu } from './teks';

/** The SOP POM-04.01 definitions. */
export const fiturSop: Fitur = {
  id: 'sop',
  menu: [{ to: '/sop', label: menu.sop }],
  rute: [{ path: 'sop', lazy: muat(() => import('./pages/SopPage').then((m) => m.SopPage)) }],
};
