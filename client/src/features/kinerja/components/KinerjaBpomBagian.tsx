import { Alert,Badge,Button,Card,Group,SimpleGrid,Stack,Table,Text,Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ApiError,api,unduhBerkas,unwrap } from '../../../api/client';
import { Tabel,angka,k,namaPerspektif,triwulanDari,warna } from '../lib';

/** BPOM as a whole (Pimpinan, the planning unit, Admin): the national PK scored on realisation rolled up from every
 * unit by each indicator's rule. Others (403) see nothing of it. */
export function KinerjaBpomBagian({ tahun, periode }: { tahun: number; periode: string }) {
  const q = useQuery({
    queryKey: ['kinerja', 'bpom', tahun, periode],
    queryFn: () => unwrap(api.GET('/api/kinerja/nasional', { params: { query: { tahun, periode } } })),
    retry: false,
  });
  if (q.error instanceof ApiError && q.error.status === 403) return null;
  if (q.error instanceof ApiError && q.error.status === 404) return <Alert color="yellow" data-testid="bpom-kosong">{k.bpomBelumAda(tahun)}</Alert>;
  if (!q.data) return null;
  const { nilai, rincian } = q.data;
  const aturan = Object.fromEntries(rincian.map((r) => [r.kode, r]));
  return (
    <Card withBorder data-testid="kinerja-bpom">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4">{k.bpomJudul}</Title>
          <Button variant="light" data-testid="unduh-laporan-bpom"
            onClick={() => unduhBerkas(`/api/kinerja/nasional/laporan?tahun=${tahun}&periode=${triwulanDari(periode)}`, `laporan-kinerja-bpom-${tahun}-${triwulanDari(periode)}.docx`)}>
            {k.unduhLaporanBpom(triwulanDari(periode))}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">{k.bpomKet(q.data.unitDenganPk)}</Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Card withBorder><Text size="sm" c="dimmed">{k.nko}</Text><Text size="xl" fw={700} data-testid="nko-bpom">{angka(nilai.nilaiKinerjaOrganisasi)}</Text></Card>
          <Card withBorder><Text size="sm" c="dimmed">{k.predikat}</Text><Text size="xl" fw={700}>{nilai.predikat ?? '—'}</Text></Card>
          <Card withBorder>
            <Text size="sm" c="dimmed">{k.perspektif}</Text>
            {nilai.perspektif.map((p) => <Text key={p.nama} size="sm">{namaPerspektif(p.nama)}: {angka(p.nilai)}</Text>)}
          </Card>
        </SimpleGrid>
        <Tabel kepala={[k.kode, k.nama, k.target, k.realisasi, k.capaian, k.kriteria, k.aturanAgregasi]} testId="tabel-bpom">
          {nilai.sasaran.flatMap((s) => [
            <Table.Tr key={s.kode} data-kode={s.kode} fw={700}>
              <Table.Td>{s.kode}</Table.Td><Table.Td>{s.nama}</Table.Td><Table.Td /><Table.Td />
              <Table.Td>{angka(s.nilai)}</Table.Td>
              <Table.Td>{s.kriteria ? <Badge color={warna(s.nilai)} variant="light">{s.kriteria}</Badge> : k.tidakTerukur}</Table.Td><Table.Td />
            </Table.Tr>,
            ...nilai.indikator.filter((i) => i.kodeSasaran === s.kode).map((i) => (
              <Table.Tr key={i.kode} data-kode={i.kode}>
                <Table.Td>{i.kode}</Table.Td>
                <Table.Td>{i.nama}<Text size="xs" c="dimmed">{i.satuan}</Text></Table.Td>
                <Table.Td>{angka(i.targetPeriode)}</Table.Td>
                <Table.Td>{angka(i.realisasi)}</Table.Td>
                <Table.Td data-kolom="capaian">{angka(i.capaian)}</Table.Td>
                <Table.Td>{i.kriteria ? <Badge color={warna(i.capaian)} variant="light">{i.kriteria}</Badge> : k.tidakTerukur}</Table.Td>
                <Table.Td>{aturan[i.kode] ? k.teksAturan(aturan[i.kode]!.aturan, aturan[i.kode]!.kodeSumber, aturan[i.kode]!.unitDihitung) : '—'}</Table.Td>
              </Table.Tr>
            )),
          ])}
        </Tabel>
      </Stack>
    </Card>
  );
}
