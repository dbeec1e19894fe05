import { Alert,Card,Loader,Stack,Table,Text,Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ApiError,api,unwrap,type Schemas } from '../../../api/client';
import { t } from '../../../i18n';
import { Tabel,k } from '../lib';

type Sop = Schemas['SopDalamAngkaDto'];

const bilangan = (n: number) => n.toLocaleString('id-ID');

/** "Kinerja BPOM Dalam Angka": per SOP its figures cumulative to the end of each quarter up to `periode` (TW1–TW4). */
export function DalamAngkaBagian({ tahun, periode }: { tahun: number; periode: string }) {
  const q = useQuery({
    queryKey: ['kinerja', 'dalam-angka', tahun, periode],
    queryFn: () => unwrap(api.GET('/api/kinerja/nasional/angka', { params: { query: { tahun, periode } } })),
    retry: false,
  });
  if (q.error instanceof ApiError && q.error.status === 403) return <Alert color="gray">{k.bpomTanpaAkses}</Alert>;
  if (q.isPending) return <Loader aria-label={t.umum.memuat} />;
  if (!q.data) return null;
  const { triwulan } = q.data;
  return (
    <Stack data-testid="dalam-angka">
      <Title order={2} size="h4">{k.dalamAngkaJudul(tahun)}</Title>
      <Text size="sm" c="dimmed">{k.dalamAngkaKet}</Text>
      <Stack>
        {q.data.sop.map((s) => <KartuSop key={s.kodeSop} sop={s} triwulan={triwulan} />)}
      </Stack>
    </Stack>
  );
}

function KartuSop({ sop, triwulan }: { sop: Sop; triwulan: string[] }) {
  const baris: { label: string; sub?: string; nilai: number[]; tebal?: boolean }[] = [
    { label: k.kegiatanSelesai, nilai: sop.kegiatanSelesai, tebal: true },
    ...sop.angka.map((a) => ({ label: a.nama, nilai: a.perTriwulan, tebal: true })),
    ...sop.rincian.map((r) => ({ label: r.nilai, sub: r.dimensi, nilai: r.perTriwulan })),
  ];
  return (
    <Card withBorder data-sop={sop.kodeSop}>
      <Title order={3} size="h5">{sop.kodeSop} · {sop.namaSop}</Title>
      <Tabel kepala={[k.uraian, ...triwulan.map(k.sampaiTw)]} testId={`angka-${sop.kodeSop}`}>
        {baris.map((b) => (
          <Table.Tr key={`${b.sub ?? ''}|${b.label}`} data-baris={b.sub ? `${b.sub}: ${b.label}` : b.label}>
            <Table.Td fw={b.tebal ? 600 : undefined}>
              {b.sub && <Text span size="xs" c="dimmed">{b.sub}: </Text>}
              {b.label}
            </Table.Td>
            {b.nilai.map((n, i) => <Table.Td key={triwulan[i]} ta="right">{bilangan(n)}</Table.Td>)}
          </Table.Tr>
        ))}
      </Tabel>
    </Card>
  );
}
