import { Button,Card,Group,NumberInput,Select,SimpleGrid,Table,Text,TextInput,Title } from '@mantine/core';
import { useMutation,useQuery,useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
api,
unwrap
} from '../../../api/client';
import { useSesi } from '../../../auth/useSesi';
import { GalatAksi } from '../../../components/Galat';
import { Tabel,angka,k } from '../lib';

export function SkmBagian({ tahun }: { tahun: number }) {
  const s = useSesi();
  const qc = useQueryClient();
  const daftar = useQuery({ queryKey: ['kinerja', 'skm', tahun], queryFn: () => unwrap(api.GET('/api/kinerja/skm', { params: { query: { tahun } } })) });
  const [periode, setPeriode] = useState('S1');
  const rekap = useQuery({ queryKey: ['kinerja', 'skm', 'rekap', tahun, periode], queryFn: () => unwrap(api.GET('/api/kinerja/skm/rekap', { params: { query: { tahun, periode } } })) });
  const [layanan, setLayanan] = useState('');
  const [responden, setResponden] = useState<number | ''>('');
  const [unsur, setUnsur] = useState<(number | '')[]>(Array(9).fill(''));
  const simpan = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/kinerja/skm', {
        body: { unitId: s!.unitId, tahun, periode, layanan, jumlahResponden: Number(responden || 0), unsur: unsur.map((u) => Number(u || 0)) },
      })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['kinerja', 'skm'] }),
  });
  return (
    <Card withBorder>
      <Title order={4}>{k.skmJudul}</Title>
      <Group align="end" wrap="wrap">
        <Select label={k.periode} data={['S1', 'S2', 'TW1', 'TW2', 'TW3', 'TW4', 'TAHUNAN']} value={periode} onChange={(v) => v && setPeriode(v)} w={120} allowDeselect={false} />
        <TextInput label={k.layanan} value={layanan} onChange={(e) => setLayanan(e.currentTarget.value)} w={260} />
        <NumberInput label={k.responden} value={responden} min={1} w={110} onChange={(v) => setResponden(v === '' ? '' : Number(v))} />
      </Group>
      <Text size="sm" c="dimmed" mt="xs">{k.unsurKet}</Text>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs">
        {k.unsur.map((nama, i) => (
          <NumberInput key={nama} label={`U${i + 1} — ${nama}`} value={unsur[i]} min={1} max={4} step={0.01} decimalScale={2} decimalSeparator=","
            onChange={(v) => setUnsur((u) => u.map((x, j) => (j === i ? (v === '' ? '' : Number(v)) : x)))} />
        ))}
      </SimpleGrid>
      <Group>
        <Button onClick={() => simpan.mutate()} loading={simpan.isPending}>{k.simpanSkm}</Button>
      </Group>
      <GalatAksi error={simpan.error} semua testId="galat-kinerja" />
      {daftar.data && daftar.data.length > 0 && (
        <Tabel kepala={[k.unit, k.periode, k.layanan, k.responden, k.ikm, k.mutu]} testId="daftar-skm">
          {daftar.data.map((h) => (
            <Table.Tr key={h.id}>
              <Table.Td>{h.unit}</Table.Td>
              <Table.Td>{h.periode}</Table.Td>
              <Table.Td>{h.layanan}</Table.Td>
              <Table.Td>{h.jumlahResponden}</Table.Td>
              <Table.Td>{angka(h.ikm)}</Table.Td>
              <Table.Td>{h.mutu} ({h.mutuKeterangan})</Table.Td>
            </Table.Tr>
          ))}
        </Tabel>
      )}
      {rekap.data?.nasional && (
        <>
          <Title order={5} mt="md">{k.rekapSkmJudul(periode, tahun)}</Title>
          <Text size="xs" c="dimmed">{k.rekapSkmKet}</Text>
          <Tabel kepala={[k.unit, k.responden, k.ikm, k.mutu, k.ikmLalu, k.selisih, k.targetIkm, ...k.unsur.map((_, i) => `U${i + 1}`)]} testId="rekap-skm">
            {[rekap.data.nasional, ...rekap.data.unit].map((b, n) => (
              <Table.Tr key={b.unitId ?? 'nasional'} data-unit={b.unit} fw={n === 0 ? 700 : undefined}>
                <Table.Td>{b.unit}</Table.Td>
                <Table.Td>{b.jumlahResponden.toLocaleString('id-ID')}</Table.Td>
                <Table.Td data-kolom="ikm">{angka(b.ikm)}</Table.Td>
                <Table.Td>{b.mutu}</Table.Td>
                <Table.Td>{angka(b.ikmTahunLalu)}</Table.Td>
                <Table.Td>{b.selisih != null && b.selisih > 0 ? '+' : ''}{angka(b.selisih)}</Table.Td>
                <Table.Td>{b.target != null ? `${angka(b.target)} (${b.memenuhiTarget ? k.tercapai : k.belumTercapai})` : '—'}</Table.Td>
                {b.unsur.map((u) => <Table.Td key={u.kode} title={`${u.nama}: ${u.mutu}`}>{angka(u.nilai)}</Table.Td>)}
              </Table.Tr>
            ))}
          </Tabel>
        </>
      )}
    </Card>
  );
}
