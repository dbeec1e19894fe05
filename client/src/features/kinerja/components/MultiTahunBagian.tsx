import { Card,Stack,Table,Text,Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api,unwrap } from '../../../api/client';
import { Tabel,angka,k } from '../lib';

/** "Tahun n−k … n": each indicator's realisation and capaian at the same period over the years, against the PK and the
 * Renstra, with the Renstra's final target. Hidden when there is no earlier year and no Renstra. */
export function MultiTahunBagian({ unitId, tahun, periode }: { unitId: string; tahun: number; periode: string }) {
  const data = useQuery({
    queryKey: ['kinerja', 'multi-tahun', unitId, tahun, periode],
    queryFn: () => unwrap(api.GET('/api/kinerja/multi-tahun', { params: { query: { unitId, tahun, periode, mundur: 4 } } })),
  });
  const m = data.data;
  if (!m) return null;
  const tahunAda = m.indikator[0]?.tahun.filter((_, i) => m.indikator.some((x) => x.tahun[i]?.realisasi != null || x.tahun[i]?.targetRenstra != null)).map((t) => t.tahun) ?? [];
  if (tahunAda.length <= 1 && m.renstraAwal == null) return null;
  return (
    <Card withBorder data-testid="multi-tahun">
      <Stack gap="xs">
        <Title order={2} size="h4">{k.multiTahunJudul}</Title>
        <Text size="sm" c="dimmed">{k.multiTahunKet(m.periode, m.renstraAwal != null && m.renstraAkhir != null ? k.renstraKeterangan(m.renstraAwal, m.renstraAkhir) : '')}</Text>
        <Tabel kepala={[k.kode, k.indikator, ...tahunAda.map(String), ...(m.renstraAkhir != null ? [k.targetAkhirRenstra(m.renstraAkhir), k.capaianAkhirRenstra] : [])]} testId="tabel-multi-tahun">
          {m.indikator.map((i) => (
            <Table.Tr key={i.kode} data-kode={i.kode}>
              <Table.Td>{i.kode}</Table.Td>
              <Table.Td>{i.nama}<Text size="xs" c="dimmed">{i.satuan}</Text></Table.Td>
              {tahunAda.map((t) => {
                const x = i.tahun.find((y) => y.tahun === t);
                return (
                  <Table.Td key={t} data-tahun={t}>
                    {angka(x?.realisasi)}
                    {x?.capaian != null && <Text size="xs" c="dimmed">{angka(x.capaian)}%</Text>}
                    {x?.capaianRenstra != null && <Text size="xs" c="dimmed">{angka(x.capaianRenstra)}% {k.capaianRenstra}</Text>}
                  </Table.Td>
                );
              })}
              {m.renstraAkhir != null && <Table.Td>{angka(i.targetAkhirRenstra)}</Table.Td>}
              {m.renstraAkhir != null && <Table.Td data-kolom="capaian-akhir">{angka(i.capaianAkhirRenstra)}</Table.Td>}
            </Table.Tr>
          ))}
        </Tabel>
      </Stack>
    </Card>
  );
}
