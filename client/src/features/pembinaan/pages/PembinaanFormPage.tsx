import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api,unwrap } from '../../../api/client';
import { StatusMuat } from '../../../components/StatusMuat';
import { FormPembinaan } from '../components/FormPembinaan';

/** Create and edit form of a Kegiatan Pembinaan. */
export function PembinaanFormPage() {
  const { id } = useParams();
  const ada = useQuery({ queryKey: ['pembinaan', id], enabled: !!id, queryFn: () => unwrap(api.GET('/api/pembinaan/{id}', { params: { path: { id: id! } } })) });
  if (id && !ada.data) return <StatusMuat query={ada} />;
  return <FormPembinaan awal={ada.data} />;
}
