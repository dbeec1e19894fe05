import type { Schemas } from '../../api/client';

/** The kinerja feature's API types (named after the server's schemas). */
export type NilaiKinerja = Schemas['NilaiKinerjaDto'];
export type FormRealisasi = Schemas['FormRealisasiDto'];
export type PerjanjianKinerja = Schemas['PerjanjianKinerjaDto'];
export type PerspektifPk = Schemas['PerspektifPk'];
export type SasaranPk = Schemas['SasaranPk'];
export type IndikatorPk = Schemas['IndikatorPk'];
export type HasilImporKinerja = Schemas['HasilImporKinerjaDto'];
export type RencanaAksi = Schemas['RencanaAksiDto'];
export type DokumenKinerja = Schemas['DokumenKinerjaDto'];
