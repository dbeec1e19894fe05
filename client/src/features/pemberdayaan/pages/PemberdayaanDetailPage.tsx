import { Button,Card,SimpleGrid,Stack,Table,Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link,useParams } from 'react-router';
import { api,unwrap } from '../../../api/client';
import { KepalaKegiatan } from '../../../components/KepalaKegiatan';
import { BagianSop } from '../../../components/sop/BagianSop';
import { StatusMuat } from '../../../components/StatusMuat';
import { t } from '../../../i18n';
import { formatTanggalPanjang } from '../../../lib/tanggal';

/** A Kegiatan Pemberdayaan: programme, communities, kader, then the SOP steps, recommendations and audit. */
export function PemberdayaanDetailPage() {
  const { id } = useParams();
  const kegiatan = useQuery({ queryKey: ['pemberdayaan', id], queryFn: () => unwrap(api.GET('/api/pemberdayaan/{id}', { params: { path: { id: id! } } })) });
  if (!kegiatan.data) return <StatusMuat query={kegiatan} />;
  const k = kegiatan.data;
  return (
    <Stack>
      <KepalaKegiatan
        judul={k.judul}
        instans={k.instans}
        aksi={k.bolehUbah && <Button variant="light" component={Link} to={`/pemberdayaan/${k.id}/ubah`}>{t.umum.ubah}</Button>}
      />
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Text size="sm"><b>{t.pemberdayaan.program}:</b> {t.pemberdayaan.programNama[k.program]}{k.programLainnya ? ` (${k.programLainnya})` : ''}</Text>
          <Text size="sm"><b>{t.pemberdayaan.bentuk}:</b> {t.pemberdayaan.bentukNama[k.bentuk]}</Text>
          <Text size="sm"><b>{t.advokasi.lokasi}:</b> {k.lokasi}</Text>
          <Text size="sm"><b>{t.pembinaan.peserta}:</b> {k.jumlahPeserta}</Text>
          <Text size="sm"><b>{t.advokasi.mulai}:</b> {formatTanggalPanjang(k.tanggalRencanaMulai)} – {formatTanggalPanjang(k.tanggalRencanaSelesai)}</Text>
          <Text size="sm"><b>{t.advokasi.dasar}:</b> {k.dasarKegiatan}</Text>
          <Text size="sm" style={{ gridColumn: '1 / -1' }}>
            <b>{t.pemberdayaan.komunitas}:</b> {k.komunitas.map((x) => `${x.nama} (${t.pemberdayaan.komunitasNama[x.jenis]}, ${x.kabupatenKota})`).join('; ')}
          </Text>
        </SimpleGrid>
        {k.kader.length > 0 && (
          <Table.ScrollContainer minWidth={480}>
            <Table mt="sm" data-testid="kader-kegiatan">
              <Table.Tbody>
                {k.kader.map((x) => (
                  <Table.Tr key={x.id}>
                    <Table.Td>{x.nama}</Table.Td>
                    <Table.Td>{t.pemberdayaan.peranNama[x.peran]}</Table.Td>
                    <Table.Td>{x.komunitas}</Table.Td>
                    <Table.Td>{x.kontak ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <BagianSop instans={k.instans} kegiatanId={k.id} kunci="pemberdayaan" />
    </Stack>
  );
}
