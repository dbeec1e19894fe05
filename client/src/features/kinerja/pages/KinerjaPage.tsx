import { Button,Card,Group,Stack,Text,Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import {
api,
unduhBerkas,
unwrap
} from '../../../api/client';
import { StatusMuat } from '../../../components/StatusMuat';
import { DasborNilai } from '../components/DasborNilai';
import { GrafikTren } from '../components/GrafikTren';
import { k,usePilihan } from '../lib';

/** Score dashboard of one unit: NKO, predikat, perspectives, sasaran, indicators with the capaian chart, and the trend. */
export function KinerjaPage() {
  const p = usePilihan();
  const nilai = useQuery({
    queryKey: ['kinerja', 'nilai', p.unitId, p.tahun, p.periode],
    enabled: !!p.unitId,
    queryFn: () => unwrap(api.GET('/api/kinerja/nilai', { params: { query: { unitId: p.unitId!, tahun: p.tahun, periode: p.periode } } })),
    retry: false,
  });
  const tren = useQuery({
    queryKey: ['kinerja', 'tren', p.unitId, p.tahun],
    enabled: !!p.unitId && nilai.isSuccess,
    queryFn: () => unwrap(api.GET('/api/kinerja/tren', { params: { query: { unitId: p.unitId!, tahun: p.tahun } } })),
  });
  const query = `unitId=${p.unitId}&tahun=${p.tahun}&periode=${p.periode}`;
  return (
    <Stack>
      <Title order={1} size="h2">{k.judul}</Title>
      <Text c="dimmed" size="sm">{k.keterangan}</Text>
      {p.pemilih}
      {p.unitId && <StatusMuat query={nilai} tidakDitemukan={k.belumAdaPk} warna="yellow" />}
      {nilai.data && <DasborNilai n={nilai.data} />}
      {nilai.data && (
        <Group>
          <Button variant="light" onClick={() => unduhBerkas(`/api/kinerja/nilai/xlsx?${query}`, `nilai-kinerja-${p.tahun}-${p.periode}.xlsx`)}>{k.unduhNilai}</Button>
          <Button variant="light" onClick={() => unduhBerkas(`/api/kinerja/ekspor?${query}`, `kinerja-${p.tahun}-${p.periode}.xlsx`)}>{k.unduhData}</Button>
        </Group>
      )}
      {tren.data && (
        <Card withBorder>
          <Title order={4}>{k.tren}</Title>
          <GrafikTren titik={tren.data.titik} />
        </Card>
      )}
    </Stack>
  );
}
