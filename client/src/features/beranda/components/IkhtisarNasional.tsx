import { Anchor,Badge,Card,Group,Select,SimpleGrid,Stack,Table,Text,Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo,useState } from 'react';
import { Link } from 'react-router';
import { api,unwrap } from '../../../api/client';
import { StatusMuat } from '../../../components/StatusMuat';
import { t } from '../../../i18n';

const b = t.beranda;

/** A bar in a table cell: the number stays readable as text next to it. */
function Batang({ nilai, maks, warna = 'var(--mantine-color-teal-9)' }: { nilai: number; maks: number; warna?: string }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <div aria-hidden style={{ width: `${maks > 0 ? Math.max(2, (nilai / maks) * 160) : 2}px`, height: 10, background: warna, borderRadius: 2 }} />
      <Text size="sm">{nilai.toLocaleString('id-ID')}</Text>
    </Group>
  );
}

/** The national overview on Beranda for leadership, admins and central units: per SOP this year's activities, steps
 * overdue now and UPT without any activity; per unit activities and on-time rate (a bar per unit, the numbers in the
 * same table) with a link to that unit's list; Kinerja NKO per unit and units late with their realisation. */
export function IkhtisarNasional() {
  const tahun = new Date().getFullYear();
  const ikhtisar = useQuery({ queryKey: ['ikhtisar', tahun], queryFn: () => unwrap(api.GET('/api/sop/ikhtisar', { params: { query: { tahun } } })) });
  const kepatuhan = useQuery({ queryKey: ['kinerja', 'kepatuhan', tahun, null], queryFn: () => unwrap(api.GET('/api/kinerja/kepatuhan-sop', { params: { query: { tahun } } })) });
  // NKO of the last quarter that has closed (December: TW3; January to March: TW4 of last year).
  const triwulanSelesai = Math.floor(new Date().getMonth() / 3);
  const tahunNko = triwulanSelesai === 0 ? tahun - 1 : tahun;
  const periode = `TW${triwulanSelesai === 0 ? 4 : triwulanSelesai}`;
  const banding = useQuery({
    queryKey: ['kinerja', 'perbandingan', tahunNko, periode],
    queryFn: () => unwrap(api.GET('/api/kinerja/perbandingan', { params: { query: { tahun: tahunNko, periode } } })),
  });
  const [kodeSop, setKodeSop] = useState<string | null>(null);
  const sop = ikhtisar.data?.sop ?? [];
  const pilihan = kodeSop ?? sop.find((s) => s.kegiatan > 0)?.kodeSop ?? sop[0]?.kodeSop ?? null;
  const tepat = useMemo(
    () => new Map((kepatuhan.data?.ringkasan ?? []).map((r) => [`${r.unitId}|${r.kodeSop}`, r.persenTepatWaktu ?? null])),
    [kepatuhan.data],
  );
  const unit = (ikhtisar.data?.unit ?? []).filter((u) => u.kodeSop === pilihan).sort((x, y) => y.kegiatan - x.kegiatan);
  const maks = Math.max(0, ...unit.map((u) => u.kegiatan));
  const tautan = sop.find((s) => s.kodeSop === pilihan)?.tautanDaftar ?? '/';
  const nko = [...(banding.data?.unit ?? [])].filter((u) => u.nilaiKinerjaOrganisasi != null).sort((x, y) => (y.nilaiKinerjaOrganisasi ?? 0) - (x.nilaiKinerjaOrganisasi ?? 0));
  return (
    <Stack data-testid="ikhtisar-nasional">
      <div>
        <Title order={2} size="h3">{b.ikhtisarJudul(tahun)}</Title>
        <Text c="dimmed" size="sm">{b.ikhtisarKet}</Text>
      </div>
      <StatusMuat query={ikhtisar} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        {sop.map((s) => (
          <Card withBorder key={s.kodeSop} data-testid="ikhtisar-sop" data-kode={s.kodeSop}>
            <Text fw={700}>{s.namaKegiatan}</Text>
            <Text size="xs" c="dimmed">{s.kodeSop}</Text>
            <Text size="xl" fw={700} mt={4}>
              <Anchor component={Link} to={`${s.tautanDaftar}?tahun=${tahun}`}>{b.jumlahKegiatan(s.kegiatan)}</Anchor>
            </Text>
            <Text size="sm">{b.rincianKegiatan(s.berjalan, s.selesai, s.dibatalkan)}</Text>
            {s.terlambat > 0 ? (
              <Anchor component={Link} to={`${s.tautanDaftar}?tahun=${tahun}&terlambat=ya`} size="sm" c="red.9" fw={700}>{b.terlambatSekarang(s.terlambat)}</Anchor>
            ) : (
              <Text size="sm">{b.tidakAdaTerlambat}</Text>
            )}
            <Text size="sm">{b.unitAktif(s.unitAktif)}</Text>
            {s.uptTanpaKegiatan.length > 0 && (
              <Text size="sm" c="dimmed" title={s.uptTanpaKegiatan.join(', ')} data-testid="upt-tanpa-kegiatan">
                {b.uptTanpa(s.uptTanpaKegiatan.length)}
              </Text>
            )}
          </Card>
        ))}
      </SimpleGrid>
      {sop.length > 0 && (
        <Card withBorder>
          <Group justify="space-between" align="end">
            <Title order={3} size="h4">{b.perUnit}</Title>
            <Select label={b.pilihSop} data={sop.map((s) => ({ value: s.kodeSop, label: `${s.kodeSop} ${s.namaKegiatan}` }))} value={pilihan} onChange={setKodeSop} allowDeselect={false} w={320} maw="100%" />
          </Group>
          {unit.length === 0 && <Text c="dimmed" size="sm" mt="sm">{t.umum.kosong}</Text>}
          {unit.length > 0 && (
            <Table.ScrollContainer minWidth={640} mt="sm" aria-label={b.perUnit}>
              <Table striped data-testid="ikhtisar-unit">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{b.unit}</Table.Th>
                    <Table.Th>{b.kegiatanTahunIni}</Table.Th>
                    <Table.Th>{b.berjalan}</Table.Th>
                    <Table.Th>{b.langkahTerlambat}</Table.Th>
                    <Table.Th>{b.persenTepat}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {unit.map((u) => {
                    const p = tepat.get(`${u.unitId}|${u.kodeSop}`);
                    return (
                      <Table.Tr key={u.unitId} data-unit={u.unit}>
                        <Table.Td>
                          <Anchor component={Link} to={`${tautan}?tahun=${tahun}&unitId=${u.unitId}`}>{u.unit}</Anchor>
                        </Table.Td>
                        <Table.Td><Batang nilai={u.kegiatan} maks={maks} /></Table.Td>
                        <Table.Td>{u.berjalan.toLocaleString('id-ID')}</Table.Td>
                        <Table.Td>{u.terlambat > 0 ? <Badge color="red.9" variant="filled">{u.terlambat}</Badge> : '0'}</Table.Td>
                        <Table.Td>{p == null ? '—' : <Batang nilai={Math.round(p)} maks={100} warna={p >= 80 ? 'var(--mantine-color-teal-9)' : 'var(--mantine-color-red-9)'} />}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
      )}
      <Card withBorder>
        <Group justify="space-between">
          <Title order={3} size="h4">{b.nkoJudul(periode, tahunNko)}</Title>
          <Anchor component={Link} to={`/kinerja/nasional?tahun=${tahunNko}&periode=${periode}`} size="sm">{b.lihatKinerja}</Anchor>
        </Group>
        {banding.data && nko.length === 0 && <Text c="dimmed" size="sm">{b.belumAdaNko}</Text>}
        {nko.length > 0 && (
          <Table.ScrollContainer minWidth={480} mt="sm" aria-label={b.nkoJudul(periode, tahunNko)}>
            <Table striped data-testid="ikhtisar-nko">
              <Table.Thead>
                <Table.Tr><Table.Th>#</Table.Th><Table.Th>{b.unit}</Table.Th><Table.Th>NKO</Table.Th><Table.Th>{b.predikat}</Table.Th></Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {nko.slice(0, 10).map((u, i) => (
                  <Table.Tr key={u.unitId}>
                    <Table.Td>{i + 1}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/kinerja?unitId=${u.unitId}&tahun=${tahunNko}&periode=${periode}`}>{u.unit}</Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <div aria-hidden style={{ width: `${Math.min(u.nilaiKinerjaOrganisasi ?? 0, 120) * 1.2}px`, height: 10, background: 'var(--mantine-color-teal-9)', borderRadius: 2 }} />
                        <Text size="sm">{(u.nilaiKinerjaOrganisasi ?? 0).toLocaleString('id-ID', { maximumFractionDigits: 2 })}</Text>
                      </Group>
                    </Table.Td>
                    <Table.Td>{u.predikat ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
    </Stack>
  );
}
