import { Alert,Button,Card,Group,Modal,NumberInput,SimpleGrid,Stack,Table,Text,TextInput,Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation,useQuery,useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError,api,unwrap } from '../../../api/client';
import type { Schemas } from '../../../api/client';
import { GalatAksi } from '../../../components/Galat';
import { StatusMuat } from '../../../components/StatusMuat';
import { tanpaValidasiPeramban } from '../../../lib/opsi';
import { ImporBerkas } from '../components/ImporBerkas';
import { BULAN,Tabel,angka,k,triwulanDari,usePilihan } from '../lib';

type Anggaran = Schemas['AnggaranUnitDto'];
type BarisAnggaran = Schemas['BarisAnggaranDto'];
type HasilImpor = Schemas['HasilImporAnggaranDto'];

const rupiah = (n: number | null | undefined) => (n === null || n === undefined ? '—' : `Rp${n.toLocaleString('id-ID', { minimumFractionDigits: 0, maximumFractionDigits: 2 })}`);

/** A unit's budget: import from the finance export, realisation per quarter and per sasaran with efficiency, and the
 * lines, each correctable with a reason. */
export function AnggaranPage() {
  const p = usePilihan(true, 'TW4');
  const qc = useQueryClient();
  const data = useQuery({
    queryKey: ['kinerja', 'anggaran', p.unitId, p.tahun, p.periode],
    enabled: !!p.unitId,
    queryFn: () => unwrap(api.GET('/api/kinerja/anggaran', { params: { query: { unitId: p.unitId!, tahun: p.tahun, periode: p.periode } } })),
  });
  const [ubah, setUbah] = useState<BarisAnggaran | null>(null);
  return (
    <Stack>
      <Title order={1} size="h2">{k.anggaranJudul}</Title>
      <Text c="dimmed" size="sm">{k.anggaranKet}</Text>
      {p.pemilih}
      <ImporBerkas<HasilImpor>
        judul={k.imporAnggaranJudul} keterangan={k.imporAnggaranKet} path="/api/kinerja/anggaran/impor" testId="impor-anggaran" denganAlasan
        ringkasan={(h) => h.unit.map((u) => k.hasilImporAnggaran(u.unit, u.tahun, u.baris, u.dihapus)).join('; ')}
        onSelesai={() => void qc.invalidateQueries({ queryKey: ['kinerja', 'anggaran'] })} />
      <StatusMuat query={data} />
      {data.data && <RingkasanAnggaran a={data.data} onUbah={setUbah} />}
      {ubah && <UbahBaris baris={ubah} onTutup={() => setUbah(null)} onSimpan={() => { setUbah(null); void qc.invalidateQueries({ queryKey: ['kinerja', 'anggaran'] }); }} />}
    </Stack>
  );
}

function RingkasanAnggaran({ a, onUbah }: { a: Anggaran; onUbah: (b: BarisAnggaran) => void }) {
  if (a.baris.length === 0) return <Alert color="yellow" data-testid="anggaran-kosong">{k.anggaranKosong(a.unit, a.tahun)}</Alert>;
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Card withBorder><Text size="sm" c="dimmed">{k.pagu}</Text><Text size="xl" fw={700} data-testid="pagu">{rupiah(a.pagu)}</Text></Card>
        <Card withBorder><Text size="sm" c="dimmed">{k.realisasiSd(a.periode)}</Text><Text size="xl" fw={700} data-testid="realisasi-anggaran">{rupiah(a.realisasi)}</Text></Card>
        <Card withBorder><Text size="sm" c="dimmed">{k.persenPagu}</Text><Text size="xl" fw={700} data-testid="persen-anggaran">{angka(a.persen)}%</Text></Card>
      </SimpleGrid>
      <Card withBorder>
        <Title order={2} size="h4">{k.perTriwulan}</Title>
        <Tabel kepala={[k.periode, k.realisasiTriwulan, k.realisasiKumulatif, k.persenPagu]} testId="anggaran-triwulan">
          {a.perTriwulan.filter((t) => t.periode <= triwulanDari(a.periode)).map((t) => (
            <Table.Tr key={t.periode} data-periode={t.periode}>
              <Table.Td>{t.periode}</Table.Td><Table.Td>{rupiah(t.realisasi)}</Table.Td><Table.Td>{rupiah(t.realisasiKumulatif)}</Table.Td><Table.Td>{angka(t.persenKumulatif)}</Table.Td>
            </Table.Tr>
          ))}
        </Tabel>
      </Card>
      <Card withBorder>
        <Title order={2} size="h4">{k.perSasaran}</Title>
        <Text size="xs" c="dimmed">{k.efisiensiKet}</Text>
        <Tabel kepala={[k.sasaran, k.pagu, k.realisasi, k.persenAnggaran, k.capaianKinerja, k.indeksEfisiensi]} testId="anggaran-sasaran">
          {a.perSasaran.map((s) => (
            <Table.Tr key={s.kodeSasaran ?? '-'} data-sasaran={s.kodeSasaran ?? ''}>
              <Table.Td>{s.kodeSasaran ? `${s.kodeSasaran} ${s.namaSasaran ?? ''}` : k.tanpaSasaran}</Table.Td>
              <Table.Td>{rupiah(s.pagu)}</Table.Td>
              <Table.Td>{rupiah(s.realisasi)}</Table.Td>
              <Table.Td>{angka(s.persenAnggaran)}</Table.Td>
              <Table.Td>{angka(s.capaianKinerja)}</Table.Td>
              <Table.Td data-kolom="efisiensi">{angka(s.indeksEfisiensi)}</Table.Td>
            </Table.Tr>
          ))}
        </Tabel>
      </Card>
      <Card withBorder>
        <Title order={2} size="h4">{k.rincianOutput}</Title>
        <Tabel kepala={[k.output, k.sasaran, k.pagu, k.realisasi, '%', '']} testId="anggaran-baris">
          {a.baris.map((b) => (
            <Table.Tr key={b.id} data-output={b.kodeOutput}>
              <Table.Td>{b.kodeOutput}<Text size="xs" c="dimmed">{b.namaOutput} · {b.kodeKegiatan} {b.namaKegiatan}</Text></Table.Td>
              <Table.Td>{b.kodeSasaran ?? '—'}</Table.Td>
              <Table.Td>{rupiah(b.pagu)}</Table.Td>
              <Table.Td>{rupiah(b.realisasi)}</Table.Td>
              <Table.Td>{angka(b.persen)}</Table.Td>
              <Table.Td><Button size="compact-sm" variant="subtle" aria-label={`${k.ubah} ${b.kodeOutput}`} onClick={() => onUbah(b)}>{k.ubah}</Button></Table.Td>
            </Table.Tr>
          ))}
        </Tabel>
      </Card>
    </Stack>
  );
}

function UbahBaris({ baris, onTutup, onSimpan }: { baris: BarisAnggaran; onTutup: () => void; onSimpan: () => void }) {
  const [pagu, setPagu] = useState<number | ''>(baris.pagu);
  const [bulan, setBulan] = useState<(number | '')[]>([...baris.realisasiBulanan]);
  const [sasaran, setSasaran] = useState(baris.kodeSasaran ?? '');
  const [alasan, setAlasan] = useState('');
  const simpan = useMutation({
    mutationFn: () => unwrap(api.PUT('/api/kinerja/anggaran/{id}', {
      params: { path: { id: baris.id } },
      body: { pagu: Number(pagu || 0), realisasiBulanan: bulan.map((b) => Number(b || 0)), kodeSasaran: sasaran.trim() || null, alasan, versi: baris.versi },
    })),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: k.anggaranTersimpan });
      onSimpan();
    },
  });
  const galat = simpan.error instanceof ApiError ? simpan.error.fieldErrors : {};
  return (
    <Modal opened onClose={onTutup} title={`${k.ubahAnggaran} ${baris.kodeOutput}`} size="lg">
      <form {...tanpaValidasiPeramban} onSubmit={(e) => { e.preventDefault(); simpan.mutate(); }}>
        <Stack>
          <Group grow>
            <NumberInput label={k.pagu} value={pagu} onChange={(v) => setPagu(v === '' ? '' : Number(v))} min={0} thousandSeparator="." decimalSeparator="," error={galat.pagu} />
            <TextInput label={k.kodeSasaran} value={sasaran} onChange={(e) => setSasaran(e.currentTarget.value)} error={galat.kodeSasaran} />
          </Group>
          <SimpleGrid cols={{ base: 2, sm: 3 }}>
            {BULAN.map((b, i) => (
              <NumberInput key={b} label={k.realisasiBulan(b)} value={bulan[i]} min={0} thousandSeparator="." decimalSeparator=","
                onChange={(v) => setBulan((s) => s.map((x, j) => (j === i ? (v === '' ? '' : Number(v)) : x)))} />
            ))}
          </SimpleGrid>
          <TextInput label={k.alasanUbah} value={alasan} onChange={(e) => setAlasan(e.currentTarget.value)} error={galat.alasan} />
          <GalatAksi error={simpan.error} kecualiIsian />
          <Group justify="end">
            <Button variant="default" onClick={onTutup}>{k.batal}</Button>
            <Button type="submit" loading={simpan.isPending}>{k.simpan}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
