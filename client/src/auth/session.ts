// The signed-in session: the access token and what its claims say, kept in localStorage until it expires.

export interface Sesi {
  accessToken: string;
  /** When the session ends (the refresh token's end; for an old login without one, the access token's). */
  expiresAt: string; // ISO instant
  /** Exchanged at /api/auth/refresh for a new pair before the access token expires. */
  refreshToken?: string;
  /** When the access token expires (it is renewed about a minute before). */
  aksesBerakhir?: string;
  userId: string;
  username: string;
  nama: string;
  unitId: string;
  peran: string[];
}

const KUNCI = 'bpom.sesi';
type Pendengar = () => void;
const pendengar = new Set<Pendengar>();
let berakhirKarenaKedaluwarsa = false;

function decodeClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1];
  if (!payload) throw new Error('Token tidak valid');
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '='));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as Record<string, unknown>;
}

/** Builds a session from the login response. */
export function sesiDariToken(accessToken: string, expiresAt: string, refreshToken?: string, aksesBerakhir?: string): Sesi {
  const c = decodeClaims(accessToken);
  const role = c.role;
  return {
    accessToken,
    expiresAt,
    refreshToken,
    aksesBerakhir,
    userId: String(c.sub ?? ''),
    username: String(c.preferred_username ?? ''),
    nama: String(c.name ?? ''),
    unitId: String(c.unit_id ?? ''),
    peran: Array.isArray(role) ? role.map(String) : role ? [String(role)] : [],
  };
}

export function masihBerlaku(s: Sesi | null, now: Date = new Date()): s is Sesi {
  return s !== null && new Date(s.expiresAt).getTime() > now.getTime();
}

function baca(): Sesi | null {
  try {
    const raw = localStorage.getItem(KUNCI);
    const s = raw ? (JSON.parse(raw) as Sesi) : null;
    return masihBerlaku(s) ? s : null;
  } catch {
    return null;
  }
}

function beritahu() {
  for (const p of pendengar) p();
}

let saatIni: Sesi | null = typeof localStorage !== 'undefined' ? baca() : null;

export const sesi = {
  get: (): Sesi | null => (masihBerlaku(saatIni) ? saatIni : null),
  token: (): string | null => (masihBerlaku(saatIni) ? saatIni.accessToken : null),
  punyaPeran: (peran: string): boolean => (masihBerlaku(saatIni) ? saatIni.peran.includes(peran) : false),
  mulai(s: Sesi) {
    saatIni = s;
    berakhirKarenaKedaluwarsa = false;
    localStorage.setItem(KUNCI, JSON.stringify(s));
    beritahu();
  },
  /** Ends the session; <kedaluwarsa> marks that it expired (the login page then says so). */
  akhiri(kedaluwarsa = false) {
    if (saatIni === null && !kedaluwarsa) return;
    saatIni = null;
    berakhirKarenaKedaluwarsa = kedaluwarsa;
    localStorage.removeItem(KUNCI);
    beritahu();
  },
  berakhirKarenaKedaluwarsa: () => berakhirKarenaKedaluwarsa,
  /** Takes what another tab stored (it may have renewed the tokens meanwhile). */
  muatUlang(): Sesi | null {
    const lain = baca();
    if (lain && lain.accessToken !== saatIni?.accessToken) {
      saatIni = lain;
      beritahu();
    }
    return sesi.get();
  },
  subscribe(p: Pendengar) {
    pendengar.add(p);
    return () => {
      pendengar.delete(p);
    };
  },
};
