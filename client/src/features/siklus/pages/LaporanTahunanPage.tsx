import { Alert,Anchor,Badge,Button,Card,Group,SimpleGrid,Stack,Table,Text,Textarea,Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation,useQuery,useQueryClient } from '@tanstack/react-query';
import { useEffect,useState } from 'react';
import { Link,useParams } from 'react-router';
import { api,unduhBerkas,unwrap } from '../../../api/client';
import { GalatAksi } from '../../../components/Galat';
import { BagianSop } from '../../../components/sop/BagianSop';
import { StatusMuat } from '../../../components/StatusMuat';
import { t } from '../../../i18n';
import { formatTanggalPanjang } from '../../../lib/tanggal';
import { ambilLaporan,barisAngka,type LaporanTahunan } from '../api';

const s = t.siklus;

/** One unit's annual report: figures drafted from the year's data, activities, narrative, annexes, and its step on
 * the SOP engine (upload the signed report, submit; the head — or a Loka's koordinator Balai — accepts or returns). */
export function LaporanTahunanPage() {
  const { kodeSop, tahun, unitId } = useParams();
  const laporan = useQuery({
    queryKey: ['siklus', 'laporan', kodeSop, tahun, unitId],
    queryFn: () => ambilLaporan(kodeSop!, Number(tahun), unitId!),
  });
  const instansId = laporan.data?.unit.instansId;
  const instans = useQuery({
    queryKey: ['siklus', 'instans', instansId],
    enabled: !!instansId,
    queryFn: () => unwrap(api.GET('/api/sop/instans/{id}', { params: { path: { id: instansId! } } })),
  });
  if (!laporan.data) return <StatusMuat query={laporan} />;
  const l = laporan.data;
  return (
    <Stack>
      <Anchor component={Link} to={`/siklus-tahunan?sop=${l.kodeSop}&tahun=${l.tahun}`} size="sm">← {s.kembali}</Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={1} size="h2">{s.laporanTahunan} {l.namaSop} {l.tahun}</Title>
          <Text c="dimmed">{l.unit.namaUnit} · {l.unit.provinsi}</Text>
        </Stack>
        <Group gap="xs">
          <Badge size="lg" color={s.warnaLaporan[l.unit.status]} variant="light" data-testid="status-laporan">{s.statusLaporan[l.unit.status]}</Badge>
          {l.unit.terlambat && <Badge size="lg" color="red" variant="light">{s.terlambat}</Badge>}
          <Button variant="light" onClick={() => unduhBerkas(`/api/siklus-tahunan/${l.kodeSop}/${l.tahun}/laporan/${l.unit.unitId}/docx`, `laporan-tahunan-${l.kodeSop}-${l.tahun}.docx`)}>
            {s.unduhLaporan}
          </Button>
        </Group>
      </Group>
      {l.unit.status === 'Pratinjau' && <Alert color="blue">{s.pratinjauKeterangan}</Alert>}
      {l.unit.alasanDikembalikan && <Alert color="orange">{s.dikembalikan(l.unit.alasanDikembalikan)}</Alert>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={4} mb="xs">{s.ringkasan}</Title>
          <Table.ScrollContainer minWidth={480}>
            <Table data-testid="angka-laporan">
              <Table.Tbody>
                {barisAngka(l.angka, s.angka).map((b) => (
                  <Table.Tr key={b.nama}><Table.Td>{b.nama}</Table.Td><Table.Td ta="right">{b.nilai}</Table.Td></Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
        <Card withBorder>
          <Title order={4} mb="xs">{s.rincian}</Title>
          <Table.ScrollContainer minWidth={480}>
            <Table>
              <Table.Thead><Table.Tr><Table.Th>{s.dimensi}</Table.Th><Table.Th>{s.nilai}</Table.Th><Table.Th ta="right">{s.jumlah}</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {l.rincian.length === 0 && <Table.Tr><Table.Td colSpan={3}>{t.umum.kosong}</Table.Td></Table.Tr>}
                {l.rincian.map((r) => (
                  <Table.Tr key={`${r.dimensi}-${r.nilai}`}><Table.Td>{r.dimensi}</Table.Td><Table.Td>{r.nilai}</Table.Td><Table.Td ta="right">{r.jumlah}</Table.Td></Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      </SimpleGrid>
      <Narasi laporan={l} />
      <Card withBorder>
        <Title order={4} mb="xs">{s.daftarKegiatan}</Title>
        <Table.ScrollContainer minWidth={640}>
          <Table striped data-testid="kegiatan-laporan">
            <Table.Thead>
              <Table.Tr><Table.Th>{s.kegiatan}</Table.Th><Table.Th>{s.tanggal}</Table.Th><Table.Th>{s.statusKolom}</Table.Th><Table.Th>{s.outputTerakhir}</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {l.kegiatan.length === 0 && <Table.Tr><Table.Td colSpan={4}>{t.umum.kosong}</Table.Td></Table.Tr>}
              {l.kegiatan.map((k) => (
                <Table.Tr key={k.instansId}>
                  <Table.Td>{k.judul}</Table.Td>
                  <Table.Td>{formatTanggalPanjang(k.tanggalAcuan)}</Table.Td>
                  <Table.Td>{t.statusKegiatan[k.status] ?? k.status}{k.langkahAktif ? ` · ${k.langkahAktif}` : ''}</Table.Td>
                  <Table.Td>{k.outputTerakhir ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      <Card withBorder>
        <Title order={4} mb="xs">{s.rekomendasiJudul}</Title>
        <Table.ScrollContainer minWidth={640}>
          <Table striped data-testid="rekomendasi-laporan">
            <Table.Thead>
              <Table.Tr><Table.Th>{s.kegiatan}</Table.Th><Table.Th>{s.uraianRekomendasi}</Table.Th><Table.Th>{s.penanggungJawab}</Table.Th><Table.Th>{s.target}</Table.Th><Table.Th>{s.tindakLanjut}</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {l.rekomendasi.length === 0 && <Table.Tr><Table.Td colSpan={5}>{t.umum.kosong}</Table.Td></Table.Tr>}
              {l.rekomendasi.map((r, i) => (
                <Table.Tr key={`${r.kegiatan}-${i}`}>
                  <Table.Td>{r.kegiatan}</Table.Td>
                  <Table.Td>{r.uraian}</Table.Td>
                  <Table.Td>{r.penanggungJawab}</Table.Td>
                  <Table.Td>{formatTanggalPanjang(r.targetTanggal)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={r.selesai ? 'green' : 'blue'}>{s.statusTindakLanjut(r.tindakLanjutSelesai, r.tindakLanjut)}</Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      {l.lampiran.length > 0 && (
        <Card withBorder data-testid="lampiran">
          <Title order={4} mb="xs">{s.lampiran}</Title>
          <Table.ScrollContainer minWidth={480}>
            <Table>
              <Table.Tbody>
                {l.lampiran.map((x) => (
                  <Table.Tr key={x.unitId}>
                    <Table.Td><Anchor component={Link} to={`/siklus-tahunan/${l.kodeSop}/${l.tahun}/laporan/${x.unitId}`}>{x.namaUnit}</Anchor></Table.Td>
                    <Table.Td>{x.jumlahKegiatan} {s.kegiatan.toLowerCase()}</Table.Td>
                    <Table.Td>{x.tanggalDiterima ? formatTanggalPanjang(x.tanggalDiterima) : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      {instans.data && (
        <>
          <Text size="sm" c="dimmed">{s.tahapanLaporan}</Text>
          <BagianSop instans={instans.data} kegiatanId={instans.data.id} kunci="siklus" />
        </>
      )}
    </Stack>
  );
}

function Narasi({ laporan }: { laporan: LaporanTahunan }) {
  const qc = useQueryClient();
  const [capaian, setCapaian] = useState(laporan.capaian);
  const [kendala, setKendala] = useState(laporan.kendala);
  const [rencana, setRencana] = useState(laporan.rencanaTindakLanjut);
  useEffect(() => {
    setCapaian(laporan.capaian);
    setKendala(laporan.kendala);
    setRencana(laporan.rencanaTindakLanjut);
  }, [laporan.capaian, laporan.kendala, laporan.rencanaTindakLanjut]);
  const simpan = useMutation({
    mutationFn: () => unwrap(api.PUT('/api/siklus-tahunan/{kodeSop}/{tahun}/laporan/{unitId}', {
      params: { path: { kodeSop: laporan.kodeSop, tahun: laporan.tahun, unitId: laporan.unit.unitId } },
      body: { capaian, kendala, rencanaTindakLanjut: rencana, versi: laporan.versi },
    })),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: s.narasiTersimpan });
      qc.invalidateQueries({ queryKey: ['siklus'] });
    },
  });
  if (!laporan.bolehUbah) {
    return (
      <Card withBorder>
        <Title order={4} mb="xs">{s.narasi}</Title>
        {[[s.capaian, laporan.capaian], [s.kendala, laporan.kendala], [s.rencana, laporan.rencanaTindakLanjut]].map(([judul, isi]) => (
          <Stack key={judul} gap={0} mb="xs">
            <Text fw={600} size="sm">{judul}</Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{isi || s.belumDiisi}</Text>
          </Stack>
        ))}
      </Card>
    );
  }

  return (
    <Card withBorder>
      <Title order={4} mb="xs">{s.narasi}</Title>
      <Stack>
        <Textarea label={s.capaian} autosize minRows={3} value={capaian} onChange={(e) => setCapaian(e.currentTarget.value)} />
        <Textarea label={s.kendala} autosize minRows={2} value={kendala} onChange={(e) => setKendala(e.currentTarget.value)} />
        <Textarea label={s.rencana} autosize minRows={2} value={rencana} onChange={(e) => setRencana(e.currentTarget.value)} />
        <GalatAksi error={simpan.error} semua />
        <Group><Button loading={simpan.isPending} onClick={() => simpan.mutate()}>{s.simpanNarasi}</Button></Group>
      </Stack>
    </Card>
  );
}
