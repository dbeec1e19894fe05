import type { RouteObject } from 'react-router';

/** An entry of the side menu; shown to everyone, or only to holders of `peran`. */
export interface ItemMenu {
  to: string;
  label: string;
  peran?: string;
  /** Active only on this exact path (not on its sub-pages). */
  end?: boolean;
}

/**
 * A feature of the SPA, as the shell composes it (features/registry.ts): its routes (lazy: a screen's code is
 * downloaded when it is first opened), its menu entries, and — for a feature that owns a server module — where an
 * activity or a notification of that module leads.
 */
export interface Fitur {
  id: string;
  /** The server module (the `modul` of SOP runs, tasks and notifications) this feature shows. */
  modul?: string;
  /** Routes inside the signed-in layout. */
  rute: RouteObject[];
  /** Routes reachable without a session (public certificate verification). */
  ruteTerbuka?: RouteObject[];
  menu: ItemMenu[];
  /** The page of one record of the module (an activity's `referensiId`); null when there is none. */
  tautan?: (referensiId: string | null | undefined) => string | null;
}
