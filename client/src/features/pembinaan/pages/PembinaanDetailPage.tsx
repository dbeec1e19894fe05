import { Anchor,Badge,Button,Card,SimpleGrid,Stack,Table,Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link,useParams } from 'react-router';
import { api,unwrap } from '../../../api/client';
import { KepalaKegiatan } from '../../../components/KepalaKegiatan';
import { BagianSop } from '../../../components/sop/BagianSop';
import { StatusMuat } from '../../../components/StatusMuat';
import { t } from '../../../i18n';
import { formatTanggalPanjang } from '../../../lib/tanggal';

/** A Kegiatan Pembinaan: its data, the parties guided, then the SOP steps with routing, recommendations and audit. */
export function PembinaanDetailPage() {
  const { id } = useParams();
  const kegiatan = useQuery({ queryKey: ['pembinaan', id], queryFn: () => unwrap(api.GET('/api/pembinaan/{id}', { params: { path: { id: id! } } })) });
  if (!kegiatan.data) return <StatusMuat query={kegiatan} />;
  const k = kegiatan.data;
  return (
    <Stack>
      <KepalaKegiatan
        judul={k.judul}
        instans={k.instans}
        aksi={k.bolehUbah && <Button variant="light" component={Link} to={`/pembinaan/${k.id}/ubah`}>{t.umum.ubah}</Button>}
      />
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Text size="sm"><b>{t.pembinaan.asal}:</b> {t.pembinaan.asalNama[k.asal]} — {k.dasarKegiatan}</Text>
          <Text size="sm"><b>{t.pembinaan.komoditas}:</b> {t.pembinaan.komoditasNama[k.komoditas]}</Text>
          <Text size="sm"><b>{t.pembinaan.fungsi}:</b> {t.pembinaan.fungsiNama[k.fungsi]}</Text>
          <Text size="sm"><b>{t.pembinaan.bentuk}:</b> {t.pembinaan.bentukNama[k.bentuk]}</Text>
          <Text size="sm"><b>{t.advokasi.lokasi}:</b> {k.lokasi}</Text>
          <Text size="sm"><b>{t.pembinaan.peserta}:</b> {k.jumlahPeserta}</Text>
          <Text size="sm"><b>{t.advokasi.mulai}:</b> {formatTanggalPanjang(k.tanggalRencanaMulai)} – {formatTanggalPanjang(k.tanggalRencanaSelesai)}</Text>
          <Text size="sm"><b>{t.pembinaan.uptSetempat}:</b> {k.namaUptSetempat}</Text>
        </SimpleGrid>
        <Table.ScrollContainer minWidth={480}>
          <Table mt="sm" data-testid="sasaran-kegiatan">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t.pembinaan.namaSasaran}</Table.Th>
                <Table.Th>{t.pembinaan.jenisSasaran}</Table.Th>
                <Table.Th>{t.pembinaan.nib}</Table.Th>
                <Table.Th>{t.pembinaan.kabKota}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {k.sasaran.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/pembinaan/sasaran/${s.id}`}>{s.nama}</Anchor>
                    {s.umkm && <Badge size="xs" ml={4}>{t.pembinaan.umkm}</Badge>}
                    {s.irtp && <Badge size="xs" ml={4} color="orange">{t.pembinaan.irtp}</Badge>}
                  </Table.Td>
                  <Table.Td>{t.advokasi.pemangkuNama[s.jenis]}</Table.Td>
                  <Table.Td>{s.nib ?? '—'}</Table.Td>
                  <Table.Td>{s.kabupatenKota}, {s.provinsi}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      <BagianSop instans={k.instans} kegiatanId={k.id} kunci="pembinaan" />
    </Stack>
  );
}
