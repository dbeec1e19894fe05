import type { Schemas } from '../../api/client';

/** The fasilitator feature's API types (named after the server's schemas). */
export type Angkatan = Schemas['AngkatanDto'];
export type PesertaAngkatan = Schemas['PesertaDto'];
