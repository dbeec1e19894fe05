import { Stack,Text,Title } from '@mantine/core';
import { useQuery,useQueryClient } from '@tanstack/react-query';
import {
api,
unwrap
} from '../../../api/client';
import { StatusMuat } from '../../../components/StatusMuat';
import { AntreanTinjauan } from '../components/AntreanTinjauan';
import { FormEntri } from '../components/FormEntri';
import { BULAN,k,usePilihan } from '../lib';

/** Monthly/TW realisation entry with its deadline, review actions and version history. */
export function RealisasiPage() {
  const bulanLalu = new Date().getMonth(); // 0 = January → last month is December of last year; keep January then.
  const p = usePilihan(true, BULAN[Math.max(0, bulanLalu - 1)]);
  const qc = useQueryClient();
  const kunci = ['kinerja', 'realisasi', p.unitId, p.tahun, p.periode];
  const form = useQuery({
    queryKey: kunci,
    enabled: !!p.unitId,
    queryFn: () => unwrap(api.GET('/api/kinerja/realisasi', { params: { query: { unitId: p.unitId!, tahun: p.tahun, periode: p.periode } } })),
    retry: false,
  });
  return (
    <Stack>
      <Title order={1} size="h2">{k.entriJudul}</Title>
      <Text c="dimmed" size="sm">{k.entriKet}</Text>
      <AntreanTinjauan tahun={p.tahun} />
      {p.pemilih}
      {p.unitId && <StatusMuat query={form} tidakDitemukan={k.belumAdaPk} warna="yellow" />}
      {form.data && <FormEntri key={`${form.data.unitId}-${form.data.tahun}-${form.data.periode}-${form.data.versi}-${form.data.status}`} f={form.data} onBaru={(d) => qc.setQueryData(kunci, d)} />}
    </Stack>
  );
}
