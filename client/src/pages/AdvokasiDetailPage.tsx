import { Alert, Card, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { ApiError, api, unwrap } from '../api/client';
import { BagianSop } from '../components/KegiatanSop';
import { KepalaKegiatan } from '../components/KepalaKegiatan';
import { t } from '../i18n';
import { formatTanggalPanjang } from '../lib/tanggal';

/** A Kegiatan Advokasi: its data, the SOP step timeline with actions, recommendations and the audit trail. */
export function AdvokasiDetailPage() {
  const { id } = useParams();
  const kegiatan = useQuery({ queryKey: ['advokasi', id], queryFn: () => unwrap(api.GET('/api/advokasi/{id}', { params: { path: { id: id! } } })) });
  if (kegiatan.isPending) return <Loader aria-label={t.umum.memuat} />;
  if (kegiatan.isError) return <Alert color="red">{kegiatan.error instanceof ApiError && kegiatan.error.status === 404 ? t.galat.tidakDitemukan : t.umum.gagalMemuat}</Alert>;
  const k = kegiatan.data;
  return (
    <Stack>
      <KepalaKegiatan judul={k.judul} instans={k.instans} />
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

