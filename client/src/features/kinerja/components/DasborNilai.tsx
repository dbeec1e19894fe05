import { Badge,Card,SimpleGrid,Stack,Table,Text,Title } from '@mantine/core';
import { t } from '../../../i18n';
import type { NilaiKinerja } from '../api';
import { Tabel,angka,k,namaPerspektif,warna } from '../lib';
import { GrafikCapaian } from './GrafikCapaian';

export function DasborNilai({ n }: { n: NilaiKinerja }) {
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Card withBorder>
          <Text size="sm" c="dimmed">{k.nko}</Text>
          <Text size="xl" fw={700} data-testid="nko">{angka(n.nilaiKinerjaOrganisasi)}</Text>
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">{k.predikat}</Text>
          <Text size="xl" fw={700} data-testid="predikat">{n.predikat ?? '—'}</Text>
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">{k.statusLaporan}</Text>
          <Text size="lg">{n.statusLaporan ? `${k.statusNama[n.statusLaporan]} (${k.versi} ${n.versiLaporan})` : '—'}</Text>
        </Card>
      </SimpleGrid>
      <Card withBorder>
        <Title order={4}>{k.jumlahKriteria}</Title>
        <Tabel kepala={[k.kriteria, k.iku, k.penugasanDirektif, k.jumlah]} testId="tabel-jumlah-kriteria">
          {(n.jumlahKriteria ?? []).filter((j) => j.iku + j.penugasanDirektif > 0 || j.kriteria).map((j) => (
            <Table.Tr key={j.kriteria ?? '-'} data-kriteria={j.kriteria ?? ''}>
              <Table.Td>{j.kriteria ?? k.tidakTerukur}</Table.Td>
              <Table.Td>{j.iku.toLocaleString('id-ID')}</Table.Td>
              <Table.Td>{j.penugasanDirektif.toLocaleString('id-ID')}</Table.Td>
              <Table.Td>{(j.iku + j.penugasanDirektif).toLocaleString('id-ID')}</Table.Td>
            </Table.Tr>
          ))}
        </Tabel>
      </Card>
      <Card withBorder>
        <Title order={4}>{k.perspektif}</Title>
        <Tabel kepala={[k.perspektif, k.nilai]} testId="tabel-perspektif">
          {n.perspektif.map((x) => (
            <Table.Tr key={x.nama}><Table.Td>{namaPerspektif(x.nama)}</Table.Td><Table.Td>{angka(x.nilai)}</Table.Td></Table.Tr>
          ))}
        </Tabel>
      </Card>
      <Card withBorder>
        <Title order={4}>{k.sasaran}</Title>
        <Tabel kepala={[k.kode, k.nama, k.perspektif, k.nilai, k.kriteria, k.dihitung]} testId="tabel-sasaran">
          {n.sasaran.map((x) => (
            <Table.Tr key={x.kode} data-kode={x.kode}>
              <Table.Td>{x.kode}</Table.Td>
              <Table.Td>{x.nama}</Table.Td>
              <Table.Td>{namaPerspektif(x.perspektif)}</Table.Td>
              <Table.Td>{angka(x.nilai)}</Table.Td>
              <Table.Td>{x.kriteria ? <Badge color={warna(x.nilai)} variant="light">{x.kriteria}</Badge> : '—'}</Table.Td>
              <Table.Td>{x.dihitung ? t.umum.ya : t.umum.tidak}</Table.Td>
            </Table.Tr>
          ))}
        </Tabel>
      </Card>
      <Card withBorder>
        <Title order={4}>{k.indikator}</Title>
        <GrafikCapaian data={n.indikator.map((i) => ({ kode: i.kode, capaian: i.capaian ?? null }))} />
        <Tabel kepala={[k.kode, k.nama, k.target, k.realisasi, k.capaian, k.capaianTahunan, k.kriteria, k.proyeksi]} testId="tabel-indikator">
          {n.indikator.map((i) => (
            <Table.Tr key={i.kode} data-kode={i.kode}>
              <Table.Td>{i.kode}</Table.Td>
              <Table.Td>
                {i.nama}
                <Text size="xs" c="dimmed">{i.satuan} · {k.arahNama[i.arah]}</Text>
                {i.penugasanDirektif && <Badge size="xs" variant="outline">{k.penugasanDirektif}</Badge>}
              </Table.Td>
              <Table.Td>{angka(i.targetPeriode)}</Table.Td>
              <Table.Td>{angka(i.realisasi)}</Table.Td>
              <Table.Td data-kolom="capaian">{angka(i.capaian)}</Table.Td>
              <Table.Td>{angka(i.capaianTahunan)}</Table.Td>
              <Table.Td>{i.kriteria ? <Badge color={warna(i.capaian)} variant="light">{i.kriteria}</Badge> : k.tidakTerukur}</Table.Td>
              <Table.Td>{i.proyeksi ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Tabel>
      </Card>
    </Stack>
  );
}
