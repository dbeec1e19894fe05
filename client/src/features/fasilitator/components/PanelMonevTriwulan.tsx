import { Badge,Button,Card,Group,Table,Text,TextInput,Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation,useQuery,useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api,unwrap } from '../../../api/client';
import { pesanGalat } from '../../../components/Galat';
import { t } from '../../../i18n';
import { formatTanggalPanjang } from '../../../lib/tanggal';
import { TandaTanpaLibur } from '../../../components/TandaTanpaLibur';

/** The cohort's quarterly monev reports (opened after each quarter, due on the 10th day after); a unit submits its own. */
export function PanelMonevTriwulan({ angkatanId }: { angkatanId: string }) {
  const qc = useQueryClient();
  const daftar = useQuery({ queryKey: ['fasilitator', 'monev'], queryFn: () => unwrap(api.GET('/api/fasilitator/monev-triwulan')) });
  const [ringkasan, setRingkasan] = useState<Record<string, string>>({});
  const kirim = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/fasilitator/monev-triwulan/{id}/kirim', { params: { path: { id } }, body: { ringkasan: ringkasan[id] ?? '' } })),
    onSuccess: () => { notifications.show({ color: 'teal', message: t.fasilitator.monevTerkirim }); qc.invalidateQueries({ queryKey: ['fasilitator', 'monev'] }); },
    onError: (e) => notifications.show({ color: 'red', message: pesanGalat(e) }),
  });
  const milik = (daftar.data ?? []).filter((l) => l.angkatanId === angkatanId);
  if (milik.length === 0) return null;
  return (
    <Card withBorder data-testid="monev-triwulan">
      <Title order={4} mb="sm">{t.fasilitator.monev}</Title>
      <Table.ScrollContainer minWidth={480}>
        <Table>
          <Table.Tbody>
            {milik.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td>TW{l.triwulan} {l.tahun}</Table.Td>
                <Table.Td>{l.namaUnit}</Table.Td>
                <Table.Td>
                  {t.kegiatan.jatuhTempo(formatTanggalPanjang(l.jatuhTempo))}<TandaTanpaLibur tanggal={l.jatuhTempo} />
                  {l.terlambat && <Badge ml={4} color="red">{t.sla.Terlambat}</Badge>}
                </Table.Td>
                <Table.Td>
                  {l.dikirimPada ? (
                    <Text size="sm">{l.dikirimOleh}: {l.ringkasan}</Text>
                  ) : l.bolehKirim ? (
                    <Group gap={4}>
                      <TextInput size="xs" placeholder={t.fasilitator.ringkasanMonev} value={ringkasan[l.id] ?? ''} onChange={(e) => { const v = e.currentTarget.value; setRingkasan({ ...ringkasan, [l.id]: v }); }} />
                      <Button size="xs" disabled={!(ringkasan[l.id] ?? '').trim()} loading={kirim.isPending} onClick={() => kirim.mutate(l.id)}>{t.fasilitator.kirimMonev}</Button>
                    </Group>
                  ) : (
                    <Text size="sm" c="dimmed">{t.penugasan.menunggu}</Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
