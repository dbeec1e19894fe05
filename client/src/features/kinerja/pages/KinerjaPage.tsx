import { Button,Card,Group,Stack,Text,Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Alert } from '@mantine/core';
import { PeringkatNko } from './KinerjaNasionalPage';
import {
api,
unduhBerkas,
unwrap
} from '../../../api/client';
import { ApiError } from '../../../api/client';
import { StatusMuat } from '../../../components/StatusMuat';
import { DasborNilai } from '../components/DasborNilai';
import { GrafikTren } from '../components/GrafikTren';
import { LaporanKinerjaBagian } from '../components/LaporanKinerjaBagian';
import { MultiTahunBagian } from '../components/MultiTahunBagian';
import { k,periodeSelesai,usePilihan } from '../lib';

/** Score dashboard of one unit: NKO, predikat, perspectives, sasaran, indicators with the capaian chart, and the trend.
 * Without a chosen period it opens on the latest period that has a score (not on a quarter still empty); a user whose
 * own unit has no PK (leadership, the planning bureau, admins) lands on the national comparison instead of a 404. */
export function KinerjaPage() {
  const p = usePilihan();
  const tren = useQuery({
    queryKey: ['kinerja', 'tren', p.unitId, p.tahun],
    enabled: !!p.unitId,
    queryFn: () => unwrap(api.GET('/api/kinerja/tren', { params: { query: { unitId: p.unitId!, tahun: p.tahun } } })),
    retry: false,
  });
  const terakhir = [...(tren.data?.titik ?? [])].reverse().find((x) => x.nilaiKinerjaOrganisasi != null)?.periode;
  const { periodeDipilih, setPeriode } = p;
  useEffect(() => {
    if (!periodeDipilih && terakhir) setPeriode(terakhir);
  }, [periodeDipilih, terakhir, setPeriode]);
  const siap = p.periodeDipilih || tren.isFetched;
  const nilai = useQuery({
    queryKey: ['kinerja', 'nilai', p.unitId, p.tahun, p.periode],
    enabled: !!p.unitId && siap,
    queryFn: () => unwrap(api.GET('/api/kinerja/nilai', { params: { query: { unitId: p.unitId!, tahun: p.tahun, periode: p.periode } } })),
    retry: false,
  });
  const tanpaPk = (e: unknown) => e instanceof ApiError && e.status === 404;
  // A user whose own unit has no PK (leadership, the planning bureau, admins) sees the national ranking here, each unit
  // opening its dashboard, instead of "PK belum ada".
  const nasional = !p.unitDipilih && (tanpaPk(tren.error) || tanpaPk(nilai.error));
  const banding = useQuery({
    queryKey: ['kinerja', 'perbandingan', p.tahun, p.periodeDipilih ? p.periode : periodeSelesai()],
    enabled: nasional,
    queryFn: () => unwrap(api.GET('/api/kinerja/perbandingan', { params: { query: { tahun: p.tahun, periode: p.periodeDipilih ? p.periode : periodeSelesai() } } })),
  });
  const query = `unitId=${p.unitId}&tahun=${p.tahun}&periode=${p.periode}`;
  return (
    <Stack>
      <Title order={1} size="h2">{k.judul}</Title>
      <Text c="dimmed" size="sm">{k.keterangan}</Text>
      {p.pemilih}
      {nasional ? (
        <>
          <Alert color="blue" data-testid="tanpa-pk">{k.tanpaPkNasional}</Alert>
          {banding.data && <PeringkatNko data={banding.data} />}
        </>
      ) : (
        p.unitId && <StatusMuat query={nilai} tidakDitemukan={k.belumAdaPk} warna="yellow" />
      )}
      {nilai.data && <DasborNilai n={nilai.data} />}
      {nilai.data && (
        <Group>
          <Button variant="light" onClick={() => unduhBerkas(`/api/kinerja/nilai/xlsx?${query}`, `nilai-kinerja-${p.tahun}-${p.periode}.xlsx`)}>{k.unduhNilai}</Button>
          <Button variant="light" onClick={() => unduhBerkas(`/api/kinerja/ekspor?${query}`, `kinerja-${p.tahun}-${p.periode}.xlsx`)}>{k.unduhData}</Button>
        </Group>
      )}
      {nilai.data && <MultiTahunBagian unitId={nilai.data.unitId} tahun={nilai.data.tahun} periode={nilai.data.periode} />}
      {nilai.data && <LaporanKinerjaBagian unitId={nilai.data.unitId} unit={nilai.data.unit} tahun={nilai.data.tahun} periode={nilai.data.periode} />}
      {tren.data && (
        <Card withBorder>
          <Title order={4}>{k.tren}</Title>
          <GrafikTren titik={tren.data.titik} />
        </Card>
      )}
    </Stack>
  );
}
