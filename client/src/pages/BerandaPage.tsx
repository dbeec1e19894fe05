import { Alert, Anchor, Badge, Button, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap, type Tugas } from '../api/client';
import { t } from '../i18n';
import { sisaWaktu, warnaSla, warnaStatusLangkah } from '../lib/sop';
import { formatTanggalPanjang } from '../lib/tanggal';

/** Where an activity of a module is shown in the SPA. */
export function tautanKegiatan(modul: string | null | undefined, referensiId: string | null | undefined): string | null {
  // Kinerja notices (reminders, review steps, the late list) lead to the entry form and the national view.
  if (modul === 'Kinerja') return referensiId ? '/kinerja/realisasi' : '/kinerja/nasional';
  if (!modul || !referensiId) return null;
  const rute: Record<string, string> = { Advokasi: 'advokasi', Pembinaan: 'pembinaan', Pemberdayaan: 'pemberdayaan', FasilitatorKeamananPangan: 'fasilitator/angkatan' };
  return rute[modul] ? `/${rute[modul]}/${referensiId}` : null;
}

/** Beranda: "Tugas Saya" (active steps across SOPs by due date) and the user's notifications. */
export function BerandaPage() {
  const tugas = useQuery({ queryKey: ['tugas-saya'], queryFn: () => unwrap(api.GET('/api/tugas-saya')) });
  return (
    <Stack>
      <div>
        <Title order={2}>{t.beranda.judul}</Title>
        <Text c="dimmed" size="sm">
          {t.beranda.keterangan}
        </Text>
      </div>
      {tugas.isPending && <Loader aria-label={t.umum.memuat} />}
      {tugas.isError && <Alert color="red">{t.umum.gagalMemuat}</Alert>}
      {tugas.data && tugas.data.length === 0 && <Text c="dimmed">{t.beranda.kosong}</Text>}
      {tugas.data && tugas.data.length > 0 && <TabelTugas data={tugas.data} />}
      <PanelNotifikasi />
    </Stack>
  );
}

function TabelTugas({ data }: { data: Tugas[] }) {
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped data-testid="tugas-saya">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.beranda.kegiatan}</Table.Th>
            <Table.Th>{t.beranda.langkah}</Table.Th>
            <Table.Th>{t.beranda.status}</Table.Th>
            <Table.Th>{t.beranda.peran}</Table.Th>
            <Table.Th>{t.beranda.jatuhTempo}</Table.Th>
            <Table.Th>{t.beranda.sisa}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.map((x) => {
            const tautan = tautanKegiatan(x.modul, x.referensiId);
            return (
              <Table.Tr key={`${x.instansId}-${x.langkahKode}`} data-terlambat={x.terlambat} data-langkah={x.langkahKode}>
                <Table.Td>
                  {tautan ? (
                    <Anchor component={Link} to={tautan}>
                      {x.judul}
                    </Anchor>
                  ) : (
                    x.judul
                  )}
                  <Text size="xs" c="dimmed">
                    {x.kodeSop} · {x.namaUnit}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {x.langkahKode} {x.namaLangkah}
                </Table.Td>
                <Table.Td>
                  <Badge color={warnaStatusLangkah[x.status]} variant="light">
                    {t.statusLangkah[x.status]}
                  </Badge>
                </Table.Td>
                <Table.Td>{t.beranda.peranTugas[x.peran] ?? x.peran}</Table.Td>
                <Table.Td>{x.jatuhTempo ? formatTanggalPanjang(x.jatuhTempo) : '—'}</Table.Td>
                <Table.Td>
                  <Badge color={warnaSla[x.sla]} variant={x.terlambat ? 'filled' : 'light'}>
                    {sisaWaktu(x.hkTersisa, x.rencanaSelesai) || t.sla[x.sla]}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function PanelNotifikasi() {
  const qc = useQueryClient();
  const notif = useQuery({ queryKey: ['notifikasi'], queryFn: () => unwrap(api.GET('/api/notifikasi', { params: { query: { batas: 20 } } })) });
  const semua = useMutation({
    mutationFn: () => unwrap(api.POST('/api/notifikasi/dibaca-semua')),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['notifikasi'] }),
  });
  return (
    <Card withBorder data-testid="notifikasi">
      <Group justify="space-between" mb="xs">
        <Title order={4}>
          {t.beranda.notifikasi}{' '}
          {notif.data && notif.data.belumDibaca > 0 && (
            <Badge color="red" data-testid="belum-dibaca">
              {t.beranda.belumDibaca(notif.data.belumDibaca)}
            </Badge>
          )}
        </Title>
        {notif.data && notif.data.belumDibaca > 0 && (
          <Button size="xs" variant="subtle" onClick={() => semua.mutate()} loading={semua.isPending}>
            {t.beranda.tandaiSemua}
          </Button>
        )}
      </Group>
      {notif.data && notif.data.item.length === 0 && <Text c="dimmed">{t.beranda.tidakAdaNotifikasi}</Text>}
      <Stack gap="xs">
        {notif.data?.item.map((n) => {
          const tautan = tautanKegiatan(n.modul, n.referensiId);
          return (
            <div key={n.id} data-jenis={n.jenis}>
              <Text size="sm" fw={n.dibacaPada ? 400 : 700}>
                {tautan ? (
                  <Anchor component={Link} to={tautan}>
                    {n.judul}
                  </Anchor>
                ) : (
                  n.judul
                )}
              </Text>
              <Text size="xs" c="dimmed">
                {n.pesan}
              </Text>
            </div>
          );
        })}
      </Stack>
    </Card>
  );
}
