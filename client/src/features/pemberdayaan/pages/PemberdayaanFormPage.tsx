import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api,unwrap } from '../../../api/client';
import { StatusMuat } from '../../../components/StatusMuat';
import { FormPemberdayaan } from '../components/FormPemberdayaan';

/** Create and edit form of a Kegiatan Pemberdayaan (kader can be added after the event). */
export function PemberdayaanFormPage() {
  const { id } = useParams();
  const ada = useQuery({ queryKey: ['pemberdayaan', id], enabled: !!id, queryFn: () => unwrap(api.GET('/api/pemberdayaan/{id}', { params: { path: { id: id! } } })) });
  if (id && !ada.data) return <StatusMuat query={ada} />;
  return <FormPemberdayaan awal={ada.data} />;
}
