import { Alert,Anchor,Badge,Button,Card,Group,List,Select,SimpleGrid,Stack,Table,Text,Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation,useQuery,useQueryClient } from '@tanstack/react-query';
import { Link,useSearchParams } from 'react-router';
import { api,unduhBerkas,unwrap } from '../../../api/client';
import { sesi } from '../../../auth/session';
import { GalatAksi } from '../../../components/Galat';
import { StatusMuat } from '../../../components/StatusMuat';
import { t } from '../../../i18n';
import { formatTanggalPanjang } from '../../../lib/tanggal';
import { ambilSiklus,barisAngka,daftarSop,type LaporanUnit,type Siklus } from '../api';
import { TandaTanpaLibur } from '../../../components/TandaTanpaLibur';

const s = t.siklus;

/** Picks the SOP and year (kept in the address, so a link opens the same cycle). */
export function usePilihSiklus() {
  const [cari, setCari] = useSearchParams();
  const tahunIni = new Date().getFullYear();
  const kodeSop = cari.get('sop') ?? daftarSop[0];
  const tahun = Number(cari.get('tahun') ?? tahunIni - 1);
  const tahunOpsi = Array.from({ length: 6 }, (_, i) => String(tahunIni - i));
  const pemilih = (
    <Group>
      <Select
        label={s.sop}
        data={daftarSop.map((k) => ({ value: k, label: s.namaSop[k] ?? k }))}
        value={kodeSop}
        allowDeselect={false}
        onChange={(v) => setCari({ sop: v ?? daftarSop[0], tahun: String(tahun) })}
        w={300}
      />
      <Select label={s.tahun} data={tahunOpsi} value={String(tahun)} allowDeselect={false} onChange={(v) => setCari({ sop: kodeSop, tahun: v ?? String(tahun) })} w={140} />
    </Group>
  );
  return { kodeSop, tahun, pemilih };
}

/** The cycle of one SOP and year: where it stands, every report the user may read, the recap and the arahan. */
export function SiklusPage() {
  const { kodeSop, tahun, pemilih } = usePilihSiklus();
  const siklus = useQuery({ queryKey: ['siklus', kodeSop, tahun], queryFn: () => ambilSiklus(kodeSop, tahun) });
  return (
    <Stack>
      <Title order={1} size="h2">{s.judul}</Title>
      <Text c="dimmed" size="sm">{s.keterangan}</Text>
      {pemilih}
      <StatusMuat query={siklus} />
      {siklus.data && <IsiSiklus siklus={siklus.data} />}
    </Stack>
  );
}

function IsiSiklus({ siklus }: { siklus: Siklus }) {
  const qc = useQueryClient();
  const buka = useMutation({
    mutationFn: () => unwrap(api.POST('/api/siklus-tahunan/{kodeSop}/{tahun}/buka', { params: { path: { kodeSop: siklus.kodeSop, tahun: siklus.tahun } } })),
    onSuccess: (n) => {
      notifications.show({ color: 'teal', message: s.dibukaBerhasil(n) });
      qc.invalidateQueries({ queryKey: ['siklus'] });
    },
  });
  const pratinjau = siklus.status === 'Pratinjau';
  return (
    <>
      <Card withBorder data-testid="kepala-siklus" data-status={siklus.status}>
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={4}>{s.namaSop[siklus.kodeSop]} · {siklus.tahun}</Title>
            <Badge variant="light" size="lg">{s.status[siklus.status] ?? siklus.status}</Badge>
          </Stack>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
            {siklus.tanggalBuka && <Text size="sm"><b>{pratinjau ? s.akanDibuka : s.dibuka}:</b> {formatTanggalPanjang(siklus.tanggalBuka)}</Text>}
            {siklus.batasLaporan && <Text size="sm"><b>{s.batasLaporan}:</b> {formatTanggalPanjang(siklus.batasLaporan)}</Text>}
            {siklus.namaKoordinator && <Text size="sm"><b>{s.koordinator}:</b> {siklus.namaKoordinator}</Text>}
          </SimpleGrid>
        </Group>
        {!pratinjau && (
          <Button mt="sm" variant="light" component={Link} to={`/siklus-tahunan/${siklus.kodeSop}/${siklus.tahun}/rekap`} data-testid="tautan-rekap">
            {s.tahapanRekap}
          </Button>
        )}
        {pratinjau && <Alert mt="sm" color="blue">{s.pratinjauKeterangan}</Alert>}
        {pratinjau && sesi.punyaPeran('Admin') && siklus.tahun < new Date().getFullYear() && (
          <Button mt="sm" variant="light" loading={buka.isPending} onClick={() => buka.mutate()}>{s.bukaSekarang}</Button>
        )}
        <GalatAksi error={buka.error} semua />
      </Card>
      <TabelLaporan siklus={siklus} />
      {siklus.rekap && <Rekap siklus={siklus} />}
    </>
  );
}

function keterangan(l: LaporanUnit): string {
  if (l.alasanDikembalikan) return s.dikembalikan(l.alasanDikembalikan);
  if (l.status === 'Diajukan' && l.namaPenyetuju) return s.kePenyetuju(l.namaPenyetuju);
  return l.namaPenyetuju ? s.kePenyetuju(l.namaPenyetuju) : '';
}

function TabelLaporan({ siklus }: { siklus: Siklus }) {
  return (
    <Card withBorder>
      <Title order={4} mb="sm">{s.laporanUnit}</Title>
      <Table.ScrollContainer minWidth={760}>
        <Table striped data-testid="laporan-unit">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{s.unit}</Table.Th>
              <Table.Th>{s.statusKolom}</Table.Th>
              <Table.Th>{s.kegiatan}</Table.Th>
              <Table.Th>{s.jatuhTempo}</Table.Th>
              <Table.Th>{s.keteranganKolom}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {siklus.laporanUnit.length === 0 && (
              <Table.Tr><Table.Td colSpan={5}>{t.umum.kosong}</Table.Td></Table.Tr>
            )}
            {siklus.laporanUnit.map((l) => (
              <Table.Tr key={l.unitId} data-unit={l.namaUnit} data-status={l.status}>
                <Table.Td>
                  <Anchor component={Link} to={`/siklus-tahunan/${siklus.kodeSop}/${siklus.tahun}/laporan/${l.unitId}`}>{l.namaUnit}</Anchor>
                  <Text size="xs" c="dimmed">{l.provinsi}</Text>
                </Table.Td>
                <Table.Td miw={130}>
                  <Group gap={4} wrap="wrap">
                    <Badge color={s.warnaLaporan[l.status]} variant="light" style={{ overflow: 'visible' }}>{s.statusLaporan[l.status]}</Badge>
                    {l.terlambat && <Badge color="red" variant="light">{s.terlambat}</Badge>}
                  </Group>
                </Table.Td>
                <Table.Td>{l.jumlahKegiatan}</Table.Td>
                <Table.Td>{l.jatuhTempo ? formatTanggalPanjang(l.jatuhTempo) : '—'}<TandaTanpaLibur tanggal={l.jatuhTempo} /></Table.Td>
                <Table.Td><Text size="sm">{keterangan(l)}</Text></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function Rekap({ siklus }: { siklus: Siklus }) {
  const r = siklus.rekap!;
  const dasar = `/api/siklus-tahunan/${siklus.kodeSop}/${siklus.tahun}/rekap`;
  const nama = `rekap-laporan-tahunan-${siklus.kodeSop}-${siklus.tahun}`;
  return (
    <Card withBorder data-testid="rekap">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{s.rekap}</Title>
        <Group gap="xs">
          <Button size="xs" variant="light" onClick={() => unduhBerkas(`${dasar}/docx`, `${nama}.docx`)}>{s.unduhRekap}</Button>
          <Button size="xs" variant="light" onClick={() => unduhBerkas(`${dasar}/xlsx`, `${nama}.xlsx`)}>{s.unduhTabel}</Button>
        </Group>
      </Group>
      <Text size="sm" mb="sm" data-testid="laporan-masuk">{s.laporanMasuk(r.laporanMasuk, r.laporanTotal)}</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Table.ScrollContainer minWidth={480}>
          <Table data-testid="rekap-total">
            <Table.Thead><Table.Tr><Table.Th>{s.total}</Table.Th><Table.Th ta="right">{s.jumlah}</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {barisAngka(r.total, s.angka).map((b) => (
                <Table.Tr key={b.nama}><Table.Td>{b.nama}</Table.Td><Table.Td ta="right">{b.nilai}</Table.Td></Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Stack gap="xs">
          <Text fw={600} size="sm">{s.belumMelapor}</Text>
          {r.unitBelumMelapor.length === 0 ? <Text size="sm">{s.tidakAda}</Text> : (
            <List size="sm" data-testid="belum-melapor">{r.unitBelumMelapor.map((u) => <List.Item key={u}>{u}</List.Item>)}</List>
          )}
          <Text fw={600} size="sm">{s.terlambatMelapor}</Text>
          {r.unitTerlambat.length === 0 ? <Text size="sm">{s.tidakAda}</Text> : (
            <List size="sm">{r.unitTerlambat.map((u) => <List.Item key={u}>{u}</List.Item>)}</List>
          )}
        </Stack>
      </SimpleGrid>
      <Title order={5} mt="md" mb="xs">{s.perProvinsi}</Title>
      <Table.ScrollContainer minWidth={560}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{s.provinsi}</Table.Th>
              <Table.Th ta="right">{s.angka.jumlahKegiatan}</Table.Th>
              <Table.Th ta="right">{s.angka.kegiatanSelesai}</Table.Th>
              <Table.Th ta="right">{s.angka.langkahTepatWaktu}</Table.Th>
              <Table.Th ta="right">{s.angka.rekomendasi}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.perProvinsi.map((p) => (
              <Table.Tr key={p.nama}>
                <Table.Td>{p.nama}</Table.Td>
                <Table.Td ta="right">{p.angka.jumlahKegiatan}</Table.Td>
                <Table.Td ta="right">{p.angka.kegiatanSelesai}</Table.Td>
                <Table.Td ta="right">{p.angka.langkahTepatWaktu}</Table.Td>
                <Table.Td ta="right">{p.angka.rekomendasi}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
