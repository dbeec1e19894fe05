import type { Schemas } from '../../api/client';

/** The advokasi feature's API types (named after the server's schemas). */
export type KegiatanAdvokasi = Schemas['KegiatanAdvokasiDto'];
export type DataKegiatanAdvokasi = Schemas['DataKegiatanAdvokasi'];
