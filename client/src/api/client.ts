import createClient from 'openapi-fetch';
import type { components, paths } from './schema';
import { sesi } from '../auth/session';

export type Schemas = components['schemas'];
export type UnitKerja = Schemas['Organisasi.Application.DirektoriUnit.UnitKerjaDto'];
export type HariLibur = Schemas['Organisasi.Application.Kalender.HariLiburDto'];
export type JatuhTempo = Schemas['Organisasi.Application.Kalender.JatuhTempoResponse'];
export type Profil = Schemas['Organisasi.Application.Auth.ProfilSaya'];
export type StatusKalender = Schemas['Organisasi.Application.Kalender.StatusKalenderResponse'];
export type PengaturanKalender = Schemas['Organisasi.Application.Kalender.PengaturanKalenderDto'];
export type ImporHasil = Schemas['Organisasi.Application.Kalender.ImporHariLiburResponse'];

/** RFC 9457 ProblemDetails as the API sends it. */
export interface Problem {
  type?: string | null;
  title?: string | null;
  status?: number | null;
  detail?: string | null;
  traceId?: string;
  errors?: Record<string, string[]>;
}

/** A failed API call, carrying the ProblemDetails the API returned. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }

  /** First message per field, keyed by the JSON field name (e.g. "mulai"). */
  get fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [field, messages] of Object.entries(this.problem.errors ?? {})) {
      if (messages[0]) out[field] = messages[0];
    }
    return out;
  }
}

const origin = typeof window !== 'undefined' ? window.location.origin : 'http://localhost';

// fetch is looked up on each call (not captured once) so tests can stub it.
export const api = createClient<paths>({ baseUrl: origin, fetch: (request) => globalThis.fetch(request) });

api.use({
  onRequest({ request }) {
    const token = sesi.token();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && !request.url.endsWith('/api/auth/login')) sesi.akhiri(true);
    return response;
  },
});

/** Unwraps an openapi-fetch result: the data, or an ApiError with the ProblemDetails. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    const problem: Problem = typeof error === 'object' && error !== null ? (error as Problem) : { status: response.status, title: String(error ?? '') };
    throw new ApiError(response.status, problem);
  }
  return data as T;
}

export type Instans = Schemas['SopEngine.Application.InstansDto'];
export type Langkah = Schemas['SopEngine.Application.LangkahDto'];
export type Tugas = Schemas['SopEngine.Application.TugasDto'];
export type Rekomendasi = Schemas['SopEngine.Application.RekomendasiDto'];
export type KegiatanAdvokasi = Schemas['Advokasi.Application.KegiatanAdvokasiDto'];
export type DataKegiatanAdvokasi = Schemas['Advokasi.Application.DataKegiatanAdvokasi'];
export type Penugasan = Schemas['SopEngine.Application.PenugasanDto'];
export type DataKegiatanPembinaan = Schemas['Pembinaan.Application.DataKegiatanPembinaan'];
export type KegiatanPembinaan = Schemas['Pembinaan.Application.KegiatanPembinaanDto'];
export type DataKegiatanPemberdayaan = Schemas['Pemberdayaan.Application.DataKegiatanPemberdayaan'];
export type KegiatanPemberdayaan = Schemas['Pemberdayaan.Application.KegiatanPemberdayaanDto'];
export type Angkatan = Schemas['FasilitatorKeamananPangan.Application.AngkatanDto'];
export type PesertaAngkatan = Schemas['FasilitatorKeamananPangan.Application.PesertaDto'];

/** Posts multipart form data (file uploads) with the session token; errors become ApiError. */
export async function kirimForm<T>(path: string, form: FormData): Promise<T> {
  const headers = new Headers();
  const token = sesi.token();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const response = await globalThis.fetch(`${origin}${path}`, { method: 'POST', body: form, headers });
  const text = await response.text();
  const body: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new ApiError(response.status, (body as Problem) ?? { status: response.status });
  return body as T;
}

/** Posts a text body (e.g. a CSV file's content) with the session token. */
export async function kirimTeks<T>(path: string, teks: string, jenis = 'text/csv'): Promise<T> {
  const headers = new Headers({ 'Content-Type': `${jenis}; charset=utf-8` });
  const token = sesi.token();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const response = await globalThis.fetch(`${origin}${path}`, { method: 'POST', body: teks, headers });
  const text = await response.text();
  const body: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new ApiError(response.status, (body as Problem) ?? { status: response.status });
  return body as T;
}

/** Downloads a stored document with the session token and saves it under its file name. */
export function unduhDokumen(id: string, namaBerkas: string): Promise<void> {
  return unduhBerkas(`/api/sop/dokumen/${id}`, namaBerkas);
}

/** Downloads any API file (document, XLSX export) with the session token and saves it. */
export async function unduhBerkas(path: string, namaBerkas: string): Promise<void> {
  const token = sesi.token();
  const response = await globalThis.fetch(`${origin}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new ApiError(response.status, { status: response.status, title: response.statusText });
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = namaBerkas;
  a.click();
  URL.revokeObjectURL(url);
}

export type NilaiKinerja = Schemas['Kinerja.Application.NilaiKinerjaDto'];
export type FormRealisasi = Schemas['Kinerja.Application.FormRealisasiDto'];
export type PerjanjianKinerja = Schemas['Kinerja.Application.PerjanjianKinerjaDto'];
export type PerspektifPk = Schemas['Kinerja.Domain.PerspektifPk'];
export type SasaranPk = Schemas['Kinerja.Domain.SasaranPk'];
export type IndikatorPk = Schemas['Kinerja.Domain.IndikatorPk'];
export type HasilImporKinerja = Schemas['Kinerja.Application.HasilImporKinerjaDto'];
export type RencanaAksi = Schemas['Kinerja.Application.RencanaAksiDto'];
export type DokumenKinerja = Schemas['Kinerja.Application.DokumenKinerjaDto'];
