import { Anchor,Badge,Card,Table,Text,Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api,unwrap } from '../../../api/client';
import { formatWaktu } from '../../../lib/tanggal';
import { Tabel,k } from '../lib';

/** The reviewer's queue across units: reports submitted (to verify or return) or verified (to ratify), oldest
 * first, each opening that unit's form for that period. Nothing is shown to users who review nothing. */
export function AntreanTinjauan({ tahun }: { tahun: number }) {
  const antrean = useQuery({ queryKey: ['kinerja', 'antrean', tahun], queryFn: () => unwrap(api.GET('/api/kinerja/realisasi/antrean', { params: { query: { tahun } } })) });
  if (!antrean.data || antrean.data.length === 0) return null;
  return (
    <Card withBorder data-testid="antrean-tinjauan">
      <Title order={2} size="h4">{k.antreanJudul(antrean.data.length)}</Title>
      <Text size="sm" c="dimmed" mb="xs">{k.antreanKet}</Text>
      <Tabel kepala={[k.unit, k.periode, k.versi, k.status, k.sejak]}>
        {antrean.data.map((a) => (
          <Table.Tr key={`${a.unitId}-${a.periode}`} data-unit={a.unit} data-periode={a.periode}>
            <Table.Td>
              <Anchor component={Link} to={`/kinerja/realisasi?unitId=${a.unitId}&tahun=${a.tahun}&periode=${a.periode}`}>{a.unit}</Anchor>
            </Table.Td>
            <Table.Td>{a.periode}</Table.Td>
            <Table.Td>{a.versi}</Table.Td>
            <Table.Td><Badge variant="light" color={a.status === 'Diajukan' ? 'blue' : 'violet'}>{a.status === 'Diajukan' ? k.perluVerifikasi : k.perluPengesahan}</Badge></Table.Td>
            <Table.Td>{formatWaktu(a.diubahPada)} · {a.diubahOleh}</Table.Td>
          </Table.Tr>
        ))}
      </Tabel>
    </Card>
  );
}
