import { Card,Group,NumberInput,Select,Stack,Table,Text,Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
api,
unwrap
} from '../../../api/client';
import { t } from '../../../i18n';
import { GrafikCapaian } from '../components/GrafikCapaian';
import { PERIODE,Tabel,angka,k } from '../lib';

/** SOP compliance per unit and SOP (with a bar chart of % on time) and per step. */
export function KepatuhanSopPage() {
  const [tahun, setTahun] = useState<number>(new Date().getFullYear());
  const [periode, setPeriode] = useState<string | null>(null);
  const data = useQuery({
    queryKey: ['kinerja', 'kepatuhan', tahun, periode],
    queryFn: () => unwrap(api.GET('/api/kinerja/kepatuhan-sop', { params: { query: { tahun, periode: periode ?? undefined } } })),
  });
  return (
    <Stack>
      <Title order={1} size="h2">{k.kepatuhanJudul}</Title>
      <Text c="dimmed" size="sm">{k.kepatuhanKet}</Text>
      <Group align="end">
        <NumberInput label={k.tahun} value={tahun} min={2000} max={2100} w={110} onChange={(v) => typeof v === 'number' && setTahun(v)} />
        <Select label={k.periode} searchable clearable placeholder={k.setahun} data={PERIODE} value={periode} onChange={setPeriode} w={140} />
      </Group>
      {data.data && (
        <>
          <Card withBorder>
            <GrafikCapaian data={data.data.ringkasan.map((r) => ({ kode: `${r.unit.replace(/^(Balai Besar POM|Balai POM|Loka POM) di /, '')} ${r.kodeSop.replace('POM-04.01-', '')}`, capaian: r.persenTepatWaktu ?? null }))} />
            <Tabel kepala={[k.unit, k.sop, k.selesai, k.tepatWaktu, k.terlambat, k.sedangTerlambat, k.kegiatanSelesai, k.persenTepat]} testId="kepatuhan-ringkasan">
              {data.data.ringkasan.map((r) => (
                <Table.Tr key={`${r.unitId}-${r.kodeSop}`}>
                  <Table.Td>{r.unit}</Table.Td>
                  <Table.Td>{r.kodeSop}</Table.Td>
                  <Table.Td>{r.selesai}</Table.Td>
                  <Table.Td>{r.tepatWaktu}</Table.Td>
                  <Table.Td>{r.terlambat}</Table.Td>
                  <Table.Td>{r.sedangTerlambat}</Table.Td>
                  <Table.Td>{r.kegiatanSelesai}</Table.Td>
                  <Table.Td>{angka(r.persenTepatWaktu)}</Table.Td>
                </Table.Tr>
              ))}
            </Tabel>
            {data.data.ringkasan.length === 0 && <Text c="dimmed" size="sm">{t.umum.kosong}</Text>}
          </Card>
          <Card withBorder>
            <Title order={4}>{k.langkah}</Title>
            <Tabel kepala={[k.unit, k.sop, k.langkah, k.selesai, k.tepatWaktu, k.terlambat, k.sedangTerlambat, k.medianHk, k.hkDiizinkan]} testId="kepatuhan-langkah">
              {data.data.langkah.map((r) => (
                <Table.Tr key={`${r.unitId}-${r.kodeSop}-${r.langkahKode}`}>
                  <Table.Td>{r.unit}</Table.Td>
                  <Table.Td>{r.kodeSop}</Table.Td>
                  <Table.Td>{r.langkahKode}</Table.Td>
                  <Table.Td>{r.selesai}</Table.Td>
                  <Table.Td>{r.tepatWaktu}</Table.Td>
                  <Table.Td>{r.terlambat}</Table.Td>
                  <Table.Td>{r.sedangTerlambat}</Table.Td>
                  <Table.Td>{r.medianHkTerpakai ?? '—'}</Table.Td>
                  <Table.Td>{r.hkDiizinkan ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Tabel>
          </Card>
        </>
      )}
    </Stack>
  );
}
