import { Button,Card,SimpleGrid,Stack,Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link,useParams } from 'react-router';
import { api,unwrap } from '../../../api/client';
import { KepalaKegiatan } from '../../../components/KepalaKegiatan';
import { BagianSop } from '../../../components/sop/BagianSop';
import { StatusMuat } from '../../../components/StatusMuat';
import { t } from '../../../i18n';
import { formatTanggalPanjang } from '../../../lib/tanggal';

/** A Kegiatan Advokasi: its data, the SOP step timeline with actions, recommendations and the audit trail. */
export function AdvokasiDetailPage() {
  const { id } = useParams();
  const kegiatan = useQuery({ queryKey: ['advokasi', id], queryFn: () => unwrap(api.GET('/api/advokasi/{id}', { params: { path: { id: id! } } })) });
  if (!kegiatan.data) return <StatusMuat query={kegiatan} />;
  const k = kegiatan.data;
  return (
    <Stack>
      <KepalaKegiatan
        judul={k.judul}
        instans={k.instans}
        aksi={k.bolehUbah && <Button variant="light" component={Link} to={`/advokasi/${k.id}/ubah`}>{t.umum.ubah}</Button>}
      />
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Text size="sm"><b>{t.advokasi.topik}:</b> {k.topik}</Text>
          <Text size="sm"><b>{t.advokasi.komoditas}:</b> {t.advokasi.komoditasNama[k.komoditas]}</Text>
          <Text size="sm"><b>{t.advokasi.bentuk}:</b> {t.advokasi.bentukNama[k.bentuk]}{k.bentukLainnya ? ` (${k.bentukLainnya})` : ''}</Text>
          <Text size="sm"><b>{t.advokasi.lokasi}:</b> {k.lokasi}</Text>
          <Text size="sm"><b>{t.advokasi.mulai}:</b> {formatTanggalPanjang(k.tanggalRencanaMulai)} – {formatTanggalPanjang(k.tanggalRencanaSelesai)}</Text>
          <Text size="sm"><b>{t.advokasi.dasar}:</b> {k.dasarKegiatan}</Text>
          <Text size="sm" style={{ gridColumn: '1 / -1' }}>
            <b>{t.advokasi.pemangku}:</b> {k.pemangkuKepentingan.map((p) => `${p.nama} (${t.advokasi.pemangkuNama[p.jenis]})`).join('; ')}
          </Text>
        </SimpleGrid>
      </Card>
      <BagianSop instans={k.instans} kegiatanId={k.id} kunci="advokasi" />
    </Stack>
  );
}

