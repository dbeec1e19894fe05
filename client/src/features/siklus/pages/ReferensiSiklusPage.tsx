import { useQuery } from '@tanstack/react-query';
import { Navigate,useParams } from 'react-router';
import { api,unwrap } from '../../../api/client';
import { StatusMuat } from '../../../components/StatusMuat';

/** Opens what a task or notification of the yearly cycle names: a unit's report, or the cycle's recap. */
export function ReferensiSiklusPage() {
  const { id } = useParams();
  const ref = useQuery({ queryKey: ['siklus', 'ref', id], queryFn: () => unwrap(api.GET('/api/siklus-tahunan/referensi/{id}', { params: { path: { id: id! } } })) });
  if (!ref.data) return <StatusMuat query={ref} />;
  const r = ref.data;
  return <Navigate replace to={r.unitId ? `/siklus-tahunan/${r.kodeSop}/${r.tahun}/laporan/${r.unitId}` : `/siklus-tahunan/${r.kodeSop}/${r.tahun}/rekap`} />;
}
