import { Badge,Group,Stack,Table,Tabs,Text,Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api,unwrap } from '../../../api/client';
import { StatusMuat } from '../../../components/StatusMuat';
import { t } from '../../../i18n';
import { formatTanggalPanjang } from '../../../lib/tanggal';

/** Read-only view of the SOP definitions in force: every step's performers, input, output and Mutu Baku. */
export function SopPage() {
  const sop = useQuery({ queryKey: ['sop-definisi'], queryFn: () => unwrap(api.GET('/api/sop/definisi')), staleTime: 10 * 60_000 });
  return (
    <Stack>
      <div>
        <Title order={1} size="h2">{t.sop.judul}</Title>
        <Text c="dimmed" size="sm">
          {t.sop.keterangan}
        </Text>
      </div>
      <StatusMuat query={sop} />
      {sop.data && sop.data.length === 0 && <Text c="dimmed">{t.umum.kosong}</Text>}
      {sop.data && sop.data.length > 0 && (
        <Tabs defaultValue={sop.data[0]!.kode} keepMounted={false}>
          <Tabs.List>
            {sop.data.map((s) => (
              <Tabs.Tab key={s.kode} value={s.kode}>
                {s.kode.slice(-1)}. {s.nama}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {sop.data.map((s) => (
            <Tabs.Panel key={s.kode} value={s.kode} pt="sm">
              <Text size="sm" c="dimmed" mb="xs">
                {s.kode} · {t.sop.versi(s.versi, formatTanggalPanjang(s.berlakuMulai))}
              </Text>
              <Table.ScrollContainer minWidth={900}>
                <Table striped verticalSpacing="xs" data-testid={`sop-${s.kode}`}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t.sop.no}</Table.Th>
                      <Table.Th>{t.sop.aktivitas}</Table.Th>
                      <Table.Th>{t.sop.pelaksana}</Table.Th>
                      <Table.Th>{t.sop.kelengkapan}</Table.Th>
                      <Table.Th>{t.sop.waktu}</Table.Th>
                      <Table.Th>{t.sop.output}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {s.langkah.map((l) => (
                      <Table.Tr key={l.kode} data-langkah={l.kode}>
                        <Table.Td>{l.kode}</Table.Td>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {l.nama}
                          </Text>
                          <Group gap={4} mt={2}>
                            {l.opsional && <Badge size="xs" variant="light">{t.sop.opsional}</Badge>}
                            {l.siklusTahunan && <Badge size="xs" variant="light" color="grape">{t.sop.siklusTahunan}</Badge>}
                            {l.lompatKe && <Badge size="xs" variant="light" color="orange">{t.sop.lompatKe(l.lompatKe)}</Badge>}
                            {l.tenggatKalender && <Badge size="xs" variant="light" color="red">{t.sop.tenggatTriwulan}</Badge>}
                          </Group>
                          {l.keterangan && (
                            <Text size="xs" c="dimmed" mt={2}>
                              {l.keterangan}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>{l.pelaksana.map((p) => t.peran[p] ?? p).join(', ')}</Table.Td>
                        <Table.Td>{l.kelengkapan}</Table.Td>
                        <Table.Td data-testid="waktu">{l.waktuHk != null ? t.sop.hk(l.waktuHk) : t.sop.disesuaikan}</Table.Td>
                        <Table.Td>{l.output}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </Stack>
  );
}
