import createClient from 'openapi-fetch';
import { sesi,sesiDariToken } from '../auth/session';
import type { components,paths } from './schema';

export type Schemas = components['schemas'];
export type UnitKerja = Schemas['UnitKerjaDto'];
export type Profil = Schemas['ProfilSaya'];

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

let penyegaran: Promise<string | null> | null = null;

/**
 * The access token to send: renewed with the refresh token about a minute before it expires (once, however many
 * requests ask at the same time; a token another tab renewed is taken from storage first). A refused refresh ends
 * the session.
 */
export async function tokenSegar(): Promise<string | null> {
  const s = sesi.muatUlang();
  if (!s) return null;
  if (!s.refreshToken || !s.aksesBerakhir || new Date(s.aksesBerakhir).getTime() - Date.now() > 60_000) return s.accessToken;
  penyegaran ??= (async () => {
    try {
      const response = await globalThis.fetch(`${origin}/api/auth/refresh`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ refreshToken: s.refreshToken }),
      });
      if (!response.ok) {
        sesi.akhiri(true);
        return null;
      }
      const t = (await response.json()) as { accessToken: string; expiresAt: string; refreshToken: string; refreshExpiresAt: string };
      sesi.mulai(sesiDariToken(t.accessToken, t.refreshExpiresAt, t.refreshToken, t.expiresAt));
      return t.accessToken;
    } finally {
      penyegaran = null;
    }
  })();
  return penyegaran;
}

// The Hangfire dashboard (/hangfire, Admin only) is opened as a page, without a bearer header: the server sets the
// current access token as an HttpOnly cookie scoped to /hangfire — after signing in and after every renewal.
let tokenDasbor: string | null = null;
function pasangCookieDasbor() {
  const s = sesi.get();
  if (!s || !s.peran.includes('Admin') || s.accessToken === tokenDasbor || typeof window === 'undefined') return;
  tokenDasbor = s.accessToken;
  void globalThis.fetch(`${origin}/api/auth/dasbor`, { method: 'POST', headers: { Authorization: `Bearer ${s.accessToken}` } }).catch(() => undefined);
}
sesi.subscribe(pasangCookieDasbor);
pasangCookieDasbor();

/** Every write carries an Idempotency-Key (the server runs a repeat of the same request once). */
function tandaiIdempoten(method: string, headers: Headers) {
  if (method !== 'GET' && method !== 'HEAD' && !headers.has('Idempotency-Key') && typeof globalThis.crypto?.randomUUID === 'function') {
    headers.set('Idempotency-Key', globalThis.crypto.randomUUID());
  }
}

/** Asks the server to end the session of <token> (logout); failures are ignored — the SPA has forgotten it already. */
export function cabutSesi(token: string): void {
  void globalThis.fetch(`${origin}/api/auth/logout`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } }).catch(() => undefined);
}

api.use({
  async onRequest({ request }) {
    if (request.url.endsWith('/api/auth/login') || request.url.endsWith('/api/auth/refresh')) return request;
    const token = await tokenSegar();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    tandaiIdempoten(request.method, request.headers);
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

export type Instans = Schemas['InstansDto'];
export type Langkah = Schemas['LangkahDto'];
export type Tugas = Schemas['TugasDto'];
export type Rekomendasi = Schemas['RekomendasiDto'];
export type Penugasan = Schemas['PenugasanDto'];

/** Posts multipart form data (file uploads) with the session token; errors become ApiError. */
export async function kirimForm<T>(path: string, form: FormData): Promise<T> {
  const headers = new Headers();
  const token = await tokenSegar();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  tandaiIdempoten('POST', headers);
  const response = await globalThis.fetch(`${origin}${path}`, { method: 'POST', body: form, headers });
  const text = await response.text();
  const body: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new ApiError(response.status, (body as Problem) ?? { status: response.status });
  return body as T;
}

/** Posts a text body (e.g. a CSV file's content) with the session token. */
export async function kirimTeks<T>(path: string, teks: string, jenis = 'text/csv'): Promise<T> {
  const headers = new Headers({ 'Content-Type': `${jenis}; charset=utf-8` });
  const token = await tokenSegar();
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
  const token = await tokenSegar();
  const response = await globalThis.fetch(`${origin}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new ApiError(response.status, { status: response.status, title: response.statusText });
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = namaBerkas;
  a.click();
  URL.revokeObjectURL(url);
}

