import { beforeEach,describe,expect,it } from 'vitest';
import { masihBerlaku,sesi,sesiDariToken } from './session';

function jwt(claims: Record<string, unknown>): string {
  const b64 = (o: unknown) => btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(o)))).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${b64({ alg: 'HS256' })}.${b64(claims)}.signature`;
}

const claims = { sub: 'u1', preferred_username: 'upt.bengkulu', name: 'Petugas Balai POM di Bengkulu', unit_id: 'unit-1', role: 'Upt' };

describe('session', () => {
  beforeEach(() => {
    localStorage.clear();
    sesi.akhiri();
  });

  it('reads the user, unit and roles from the token claims', () => {
    const s = sesiDariToken(jwt(claims), '2099-01-01T00:00:00Z');
    expect(s).toMatchObject({ userId: 'u1', username: 'upt.bengkulu', nama: 'Petugas Balai POM di Bengkulu', unitId: 'unit-1', peran: ['Upt'] });
    expect(sesiDariToken(jwt({ ...claims, role: ['Upt', 'Pimpinan'] }), '2099-01-01T00:00:00Z').peran).toEqual(['Upt', 'Pimpinan']);
  });

  it('is valid until it expires', () => {
    const s = sesiDariToken(jwt(claims), '2026-11-23T10:00:00Z');
    expect(masihBerlaku(s, new Date('2026-11-23T09:59:59Z'))).toBe(true);
    expect(masihBerlaku(s, new Date('2026-11-23T10:00:00Z'))).toBe(false);
    expect(masihBerlaku(null)).toBe(false);
  });

  it('survives a reload through localStorage and is cleared on logout', () => {
    sesi.mulai(sesiDariToken(jwt(claims), '2099-01-01T00:00:00Z'));
    expect(JSON.parse(localStorage.getItem('bpom.sesi')!).username).toBe('upt.bengkulu');
    expect(sesi.token()).toContain('.');
    expect(sesi.punyaPeran('Upt')).toBe(true);
    expect(sesi.punyaPeran('Admin')).toBe(false);
    sesi.akhiri();
    expect(localStorage.getItem('bpom.sesi')).toBeNull();
    expect(sesi.get()).toBeNull();
  });

  it('never hands out an expired token', () => {
    sesi.mulai(sesiDariToken(jwt(claims), '2000-01-01T00:00:00Z'));
    expect(sesi.token()).toBeNull();
    expect(sesi.get()).toBeNull();
  });

  it('remembers that a session ended by expiry', () => {
    sesi.mulai(sesiDariToken(jwt(claims), '2099-01-01T00:00:00Z'));
    sesi.akhiri(true);
    expect(sesi.berakhirKarenaKedaluwarsa()).toBe(true);
  });
});
