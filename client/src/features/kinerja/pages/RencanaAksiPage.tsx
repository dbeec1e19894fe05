import { Button,Card,Group,NumberInput,Select,Stack,Table,Text,TextInput,Title } from '@mantine/core';
import { useMutation,useQuery,useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api,unduhBerkas,unwrap } from '../../../api/client';
import { useSesi } from '../../../auth/useSesi';
import { GalatAksi } from '../../../components/Galat';
import { t } from '../../../i18n';
import { opsi } from '../../../lib/opsi';
import type { RencanaAksi } from '../api';
import { ItemRencanaAksi } from '../components/ItemRencanaAksi';
import { SkmBagian } from '../components/SkmBagian';
import { Tabel,angka,k } from '../lib';

/** Follow-up monitoring (recommendations with action plans, sign-off, semester recap) and SKM results. */
export function RencanaAksiPage() {
  const s = useSesi();
  const qc = useQueryClient();
  const [tahun, setTahun] = useState<number>(new Date().getFullYear());
  const [semester, setSemester] = useState<string>(new Date().getMonth() < 6 ? '1' : '2');
  const daftar = useQuery({ queryKey: ['kinerja', 'rencana-aksi', tahun, semester], queryFn: () => unwrap(api.GET('/api/kinerja/rencana-aksi', { params: { query: { tahun, semester: Number(semester) } } })) });
  const rekap = useQuery({ queryKey: ['kinerja', 'rencana-aksi', 'rekap', tahun, semester], queryFn: () => unwrap(api.GET('/api/kinerja/rencana-aksi/rekap', { params: { query: { tahun, semester: Number(semester) } } })) });
  const segarkan = () => void qc.invalidateQueries({ queryKey: ['kinerja', 'rencana-aksi'] });
  const [baru, setBaru] = useState({ nomor: '', rekomendasi: '', sumber: 'Skm', unitId: '', unsur: '' });
  // The planning unit records recommendations for any unit; others for their own (the API enforces it).
  const units = useQuery({ queryKey: ['unit-kerja', 'semua'], queryFn: () => unwrap(api.GET('/api/unit-kerja')) });
  const unitOpsi = (units.data ?? []).map((u) => ({ value: u.id, label: u.nama }));
  const buat = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/kinerja/rencana-aksi', {
        body: {
          unitId: baru.unitId || s!.unitId,
          tahun,
          semester: Number(semester),
          sumber: baru.sumber as RencanaAksi['sumber'],
          nomorRekomendasi: baru.nomor,
          rekomendasi: baru.rekomendasi,
          unsur: baru.sumber === 'Skm' && baru.unsur ? baru.unsur : null,
        },
      })),
    onSuccess: () => {
      setBaru({ ...baru, nomor: '', rekomendasi: '' });
      segarkan();
    },
  });
  return (
    <Stack>
      <Title order={1} size="h2">{k.rencanaJudul}</Title>
      <Text c="dimmed" size="sm">{k.rencanaKet}</Text>
      <Group align="end">
        <NumberInput label={k.tahun} value={tahun} min={2000} max={2100} w={110} onChange={(v) => typeof v === 'number' && setTahun(v)} />
        <Select label={k.semester} data={['1', '2']} value={semester} onChange={(v) => v && setSemester(v)} w={100} allowDeselect={false} />
      </Group>
      {rekap.data && (
        <Card withBorder>
          <Group justify="space-between">
            <Title order={4} mr="auto">{k.rekap}</Title>
            <Button variant="light" data-testid="unduh-monitoring"
              onClick={() => unduhBerkas(`/api/kinerja/rencana-aksi/monitoring.xlsx?tahun=${tahun}&semester=${semester}`, `monitoring-rencana-aksi-${tahun}-S${semester}.xlsx`)}>
              {k.unduhMonitoring}
            </Button>
            <Button variant="light" data-testid="unduh-monitoring-word"
              onClick={() => unduhBerkas(`/api/kinerja/rencana-aksi/monitoring.docx?tahun=${tahun}&semester=${semester}`, `monitoring-rencana-aksi-${tahun}-S${semester}.docx`)}>
              {k.unduhMonitoringWord}
            </Button>
          </Group>
          <Tabel kepala={[k.unit, k.jumlah, k.sesuai, k.persenSesuai, k.open, k.close]} testId="rekap-rencana-aksi">
            {[...rekap.data.unit, rekap.data.total].map((u) => (
              <Table.Tr key={u.unitId} fw={u.unitId === rekap.data.total.unitId ? 700 : undefined}>
                <Table.Td>{u.unit}</Table.Td>
                <Table.Td>{u.jumlah}</Table.Td>
                <Table.Td>{u.sesuai}</Table.Td>
                <Table.Td>{angka(u.persenSesuai)}</Table.Td>
                <Table.Td>{u.open}</Table.Td>
                <Table.Td>{u.close}</Table.Td>
              </Table.Tr>
            ))}
          </Tabel>
        </Card>
      )}
      <Card withBorder>
        <Title order={4}>{k.rekomendasiBaru}</Title>
        <Group align="end">
          <Select label={k.unit} searchable data={unitOpsi} value={baru.unitId || s?.unitId || null} onChange={(v) => v && setBaru({ ...baru, unitId: v })} w={320} allowDeselect={false} />
          <Select label={k.sumberRek} data={opsi(k.sumberRekNama)} value={baru.sumber} onChange={(v) => v && setBaru({ ...baru, sumber: v })} w={150} allowDeselect={false} />
          {baru.sumber === 'Skm' && (
            <Select label={k.unsurSkm} clearable data={k.unsur.map((n, i) => ({ value: `U${i + 1}`, label: `U${i + 1} ${n}` }))} value={baru.unsur || null}
              onChange={(v) => setBaru({ ...baru, unsur: v ?? '' })} w={280} maw="100%" />
          )}
          <TextInput label={k.nomor} value={baru.nomor} onChange={(e) => setBaru({ ...baru, nomor: e.currentTarget.value })} w={140} />
          <TextInput label={k.rekomendasi} value={baru.rekomendasi} onChange={(e) => setBaru({ ...baru, rekomendasi: e.currentTarget.value })} w={420} />
          <Button onClick={() => buat.mutate()} loading={buat.isPending}>{t.umum.simpan}</Button>
        </Group>
        <GalatAksi error={buat.error} semua testId="galat-kinerja" />
      </Card>
      {daftar.data?.map((r) => <ItemRencanaAksi key={r.id} r={r} onUbah={segarkan} />)}
      {daftar.data?.length === 0 && <Text c="dimmed">{t.umum.kosong}</Text>}
      <SkmBagian tahun={tahun} />
    </Stack>
  );
}
