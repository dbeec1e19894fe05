import { Badge,Group,Paper,SimpleGrid,Table,Text,Tooltip } from '@mantine/core';
import { t } from '../../../i18n';
import { indeksLibur,mingguDalamBulan,type Libur } from '../../../lib/kalender';
import { namaBulan } from '../../../lib/tanggal';

const warna = { libur_nasional: 'var(--mantine-color-red-9)', cuti_bersama: '#a94400' } as const; // white text ≥ 4.5:1 on both

function Bulan({ tahun, bulan, libur }: { tahun: number; bulan: number; libur: Map<string, Libur[]> }) {
  return (
    <Paper withBorder p="xs">
      <Text fw={600} size="sm" mb={4}>
        {namaBulan(bulan)}
      </Text>
              <Table withRowBorders={false} horizontalSpacing={2} verticalSpacing={1} fz="xs" ta="center" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              {t.kalender.hariSingkat.map((h) => (
                <Table.Th key={h} ta="center" fz="xs" c="dimmed" p={0}>
                  {h}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {mingguDalamBulan(tahun, bulan).map((minggu, i) => (
              <Table.Tr key={i}>
                {minggu.map((sel, j) => {
                  if (!sel) return <Table.Td key={j} />;
                  const hari = libur.get(sel.iso);
                  const jenis = hari?.some((h) => h.jenis === 'libur_nasional') ? 'libur_nasional' : hari ? 'cuti_bersama' : null;
                  const isi = (
                    <Table.Td
                      key={j}
                      p={1}
                      data-tanggal={sel.iso}
                      data-jenis={jenis ?? (sel.akhirPekan ? 'akhir_pekan' : 'hari_kerja')}
                      style={{
                        borderRadius: 4,
                        color: jenis ? 'white' : sel.akhirPekan ? 'var(--mantine-color-gray-7)' : undefined,
                        background: jenis ? warna[jenis] : undefined,
                        fontWeight: jenis ? 700 : undefined,
                      }}
                    >
                      {sel.hari}
                    </Table.Td>
                  );
                  return hari ? (
                    <Tooltip key={j} label={hari.map((h) => h.nama).join(' · ')} withArrow>
                      {isi}
                    </Tooltip>
                  ) : (
                    isi
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
    </Paper>
  );
}

/** Twelve month grids with holidays (red), cuti bersama (orange) and weekends (grey) marked. */
export function KalenderTahun({ tahun, libur }: { tahun: number; libur: readonly Libur[] }) {
  const indeks = indeksLibur(libur);
  return (
    <div>
      <Group gap="xs" mb="xs">
        <Badge color="red">{t.kalender.liburNasional}</Badge>
        <Badge color="orange">{t.kalender.cutiBersama}</Badge>
        <Badge color="gray" variant="light">
          {t.kalender.akhirPekan}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 4 }} spacing="sm" data-testid="kalender-tahun">
        {Array.from({ length: 12 }, (_, i) => (
          <Bulan key={i} tahun={tahun} bulan={i + 1} libur={indeks} />
        ))}
      </SimpleGrid>
    </div>
  );
}
