import { Anchor,Stack,Table,Text,Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link,useParams } from 'react-router';
import { api,unwrap } from '../../../api/client';
import { StatusMuat } from '../../../components/StatusMuat';
import { t } from '../../../i18n';
import { formatTanggalPanjang } from '../../../lib/tanggal';

/** One business or stakeholder with its guidance history. */
export function SasaranDetailPage() {
  const { id } = useParams();
  const data = useQuery({ queryKey: ['pembinaan', 'sasaran', id], queryFn: () => unwrap(api.GET('/api/pembinaan/sasaran/{id}', { params: { path: { id: id! } } })) });
  if (!data.data) return <StatusMuat query={data} />;
  const { sasaran: s, riwayat } = data.data;
  return (
    <Stack>
      <div>
        <Title order={1} size="h2">{s.nama}</Title>
        <Text c="dimmed" size="sm">
          {t.advokasi.pemangkuNama[s.jenis]} · {s.nib ? `${t.pembinaan.nib} ${s.nib} · ` : ''}{s.kabupatenKota}, {s.provinsi}
          {s.umkm ? ` · ${t.pembinaan.umkm}` : ''}{s.irtp ? ` · ${t.pembinaan.irtp}` : ''}
        </Text>
      </div>
      <Title order={4}>{t.pembinaan.riwayat}</Title>
      <Table.ScrollContainer minWidth={480}>
        <Table striped data-testid="riwayat-pembinaan">
          <Table.Tbody>
            {riwayat.map((k) => (
              <Table.Tr key={k.id}>
                <Table.Td><Anchor component={Link} to={`/pembinaan/${k.id}`}>{k.judul}</Anchor></Table.Td>
                <Table.Td>{k.namaUnit}</Table.Td>
                <Table.Td>{formatTanggalPanjang(k.tanggalRencanaMulai)}</Table.Td>
                <Table.Td>{t.pembinaan.fungsiNama[k.fungsi]} · {t.pembinaan.bentukNama[k.bentuk]}</Table.Td>
                <Table.Td>{t.statusKegiatan[k.status]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
