import type { Schemas } from '../../api/client';

/** The kalender feature's API types (named after the server's schemas). */
export type HariLibur = Schemas['HariLiburDto'];
export type JatuhTempo = Schemas['JatuhTempoResponse'];
export type StatusKalender = Schemas['StatusKalenderResponse'];
export type PengaturanKalender = Schemas['PengaturanKalenderDto'];
export type ImporHasil = Schemas['ImporHariLiburResponse'];
