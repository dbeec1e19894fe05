import { afterEach,describe,expect,it,vi } from 'vitest';
import { sesi,sesiDariToken } from '../auth/session';
import { ApiError,api,tokenSegar,unwrap } from './client';

const problem = {
  status: 400,
  title: 'Data tidak valid',
  errors: { mulai: ['mulai wajib diisi (format YYYY-MM-DD).'], hk: ['hk harus antara 1 dan 1000.', 'kedua'] },
};

function respond(status: number, body: unknown, contentType = 'application/json') {
  return vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } }));
}

describe('api client', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    sesi.akhiri();
  });

  it('turns ProblemDetails into an ApiError with one message per field', async () => {
    vi.stubGlobal('fetch', respond(400, problem, 'application/problem+json'));
    const error = await unwrap(api.GET('/api/kalender/hari-kerja/jatuh-tempo', { params: { query: { hk: 5 } } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).fieldErrors).toEqual({ mulai: 'mulai wajib diisi (format YYYY-MM-DD).', hk: 'hk harus antara 1 dan 1000.' });
  });

  it('returns the data of a successful call and sends the bearer token', async () => {
    const body = { mulai: '2026-03-17', hk: 5, jatuhTempo: '2026-03-31', zonaWaktu: 'Asia/Jakarta', peringatan: [] };
    const fetchMock = respond(200, body);
    vi.stubGlobal('fetch', fetchMock);
    const payload = btoa(JSON.stringify({ sub: '1', role: 'Upt' }));
    sesi.mulai(sesiDariToken(`x.${payload}.y`, '2099-01-01T00:00:00Z'));
    const data = await unwrap(api.GET('/api/kalender/hari-kerja/jatuh-tempo', { params: { query: { mulai: '2026-03-17', hk: 5 } } }));
    expect(data.jatuhTempo).toBe('2026-03-31');
    const request = (fetchMock.mock.calls[0] as unknown as [Request])[0];
    expect(request.url).toContain('/api/kalender/hari-kerja/jatuh-tempo?mulai=2026-03-17&hk=5');
    expect(request.headers.get('Authorization')).toBe(`Bearer x.${payload}.y`);
  });

  it('ends the session when the API answers 401', async () => {
    vi.stubGlobal('fetch', respond(401, { status: 401, title: 'Unauthorized' }));
    sesi.mulai(sesiDariToken(`x.${btoa('{"sub":"1"}')}.y`, '2099-01-01T00:00:00Z'));
    await unwrap(api.GET('/api/unit-kerja')).catch(() => undefined);
    expect(sesi.get()).toBeNull();
    expect(sesi.berakhirKarenaKedaluwarsa()).toBe(true);
  });

  it('renews an access token about to expire once, however many requests ask, and keeps the new pair', async () => {
    const payload = (n: number) => btoa(JSON.stringify({ sub: '1', role: 'Upt', n }));
    const baru = { accessToken: `x.${payload(2)}.y`, expiresAt: '2099-01-01T00:15:00Z', refreshToken: 'r2', refreshExpiresAt: '2099-01-01T12:00:00Z' };
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(baru), { status: 200, headers: { 'Content-Type': 'application/json' } }));
    vi.stubGlobal('fetch', fetchMock);
    sesi.mulai(sesiDariToken(`x.${payload(1)}.y`, '2099-01-01T12:00:00Z', 'r1', new Date(Date.now() + 30_000).toISOString()));
    const [a, b] = await Promise.all([tokenSegar(), tokenSegar()]);
    expect(a).toBe(baru.accessToken);
    expect(b).toBe(baru.accessToken);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toContain('/api/auth/refresh');
    expect(JSON.parse(String(init.body))).toEqual({ refreshToken: 'r1' });
    expect(sesi.get()?.refreshToken).toBe('r2');
    expect(await tokenSegar()).toBe(baru.accessToken); // fresh now: no second refresh
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('ends the session when the refresh is refused', async () => {
    vi.stubGlobal('fetch', respond(401, { status: 401, title: 'Unauthorized' }, 'application/problem+json'));
    sesi.mulai(sesiDariToken(`x.${btoa(JSON.stringify({ sub: '1' }))}.y`, '2099-01-01T12:00:00Z', 'r1', new Date(Date.now() + 10_000).toISOString()));
    expect(await tokenSegar()).toBeNull();
    expect(sesi.get()).toBeNull();
    expect(sesi.berakhirKarenaKedaluwarsa()).toBe(true);
  });
});
