import type { Schemas } from '../../api/client';

/** The pembinaan feature's API types (named after the server's schemas). */
export type DataKegiatanPembinaan = Schemas['DataKegiatanPembinaan'];
export type KegiatanPembinaan = Schemas['KegiatanPembinaanDto'];
