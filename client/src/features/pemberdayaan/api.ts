import type { Schemas } from '../../api/client';

/** The pemberdayaan feature's API types (named after the server's schemas). */
export type DataKegiatanPemberdayaan = Schemas['DataKegiatanPemberdayaan'];
export type KegiatanPemberdayaan = Schemas['KegiatanPemberdayaanDto'];
