import { useEffect,useSyncExternalStore } from 'react';
import { sesi,type Sesi } from './session';

/** The current session; re-renders on login/logout and ends the session when the token expires. */
export function useSesi(): Sesi | null {
  const s = useSyncExternalStore(sesi.subscribe, sesi.get, sesi.get);
  useEffect(() => {
    if (!s) return;
    const sisa = new Date(s.expiresAt).getTime() - Date.now();
    const timer = setTimeout(() => sesi.akhiri(true), Math.max(0, Math.min(sisa, 2_147_000_000)));
    return () => clearTimeout(timer);
  }, [s]);
  return s;
}
