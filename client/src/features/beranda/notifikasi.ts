import { useMutation,useQuery,useQueryClient } from '@tanstack/react-query';
import { api,unwrap,type Schemas } from '../../api/client';
import { tautanKegiatan } from '../registry';

export type Notifikasi = Schemas['NotifikasiDto'];

/** The user's latest notifications and unread count, shared by the header bell and Beranda (one query, polled). */
export function useNotifikasi() {
  return useQuery({
    queryKey: ['notifikasi'],
    queryFn: () => unwrap(api.GET('/api/notifikasi', { params: { query: { batas: 20 } } })),
    refetchInterval: 60_000,
  });
}

/** Where a notification leads: the record's page, narrowed by its parameters (Kinerja: the reported unit's form)
 * and its step (#langkah-A2). Null when it has no page. */
export function tautanNotifikasi(n: Pick<Notifikasi, 'modul' | 'referensiId' | 'parameter' | 'langkahKode' | 'instansId'>): string | null {
  const dasar = tautanKegiatan(n.modul, n.referensiId);
  if (!dasar) return null;
  const q = n.parameter ? `${dasar.includes('?') ? '&' : '?'}${n.parameter}` : '';
  const langkah = n.instansId && n.langkahKode ? `#langkah-${n.langkahKode}` : '';
  return `${dasar}${q}${langkah}`;
}

/** Marks a notification read (when opened); the count updates at once. */
export function useTandaiDibaca() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/notifikasi/{id}/dibaca', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['notifikasi'] }),
  });
}
