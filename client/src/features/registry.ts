import { fiturAdvokasi } from './advokasi';
import { fiturBeranda } from './beranda';
import { fiturFasilitator } from './fasilitator';
import { fiturKalender } from './kalender';
import { fiturKinerja } from './kinerja';
import { fiturOrganisasi } from './organisasi';
import { fiturPemberdayaan } from './pemberdayaan';
import { fiturPembinaan } from './pembinaan';
import { fiturSiklus } from './siklus';
import { fiturSop } from './sop';
import type { Fitur,ItemMenu } from './types';

/** The features of the SPA, in menu order. A new SOP module adds its folder and one line here. */
export const fitur: readonly Fitur[] = [
  fiturBeranda,
  fiturAdvokasi,
  fiturPembinaan,
  fiturPemberdayaan,
  fiturFasilitator,
  fiturSiklus,
  fiturKinerja,
  fiturKalender,
  fiturOrganisasi,
  fiturSop,
];

export const menu: readonly ItemMenu[] = fitur.flatMap((f) => f.menu);

/** Where an activity or a notification of a server module leads in the SPA (null when nowhere). */
export function tautanKegiatan(modul: string | null | undefined, referensiId: string | null | undefined): string | null {
  const f = modul ? fitur.find((x) => x.modul === modul) : undefined;
  return f?.tautan?.(referensiId) ?? null;
}
