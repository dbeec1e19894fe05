import { Anchor,Badge,Button,Card,MultiSelect,Stack,Table,Text,TextInput,Textarea,Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation,useQuery,useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link,useParams } from 'react-router';
import { api,unwrap } from '../../../api/client';
import { sesi } from '../../../auth/session';
import { GalatAksi } from '../../../components/Galat';
import { BagianSop } from '../../../components/sop/BagianSop';
import { StatusMuat } from '../../../components/StatusMuat';
import { t } from '../../../i18n';
import { formatTanggalPanjang } from '../../../lib/tanggal';
import { ambilSiklus,type Siklus } from '../api';

const s = t.siklus;

/** The cycle's recap run: rekapitulasi, Pimpinan's masukan dan arahan (with the arahan form), monev. */
export function RekapSiklusPage() {
  const { kodeSop, tahun } = useParams();
  const siklus = useQuery({ queryKey: ['siklus', kodeSop, Number(tahun)], queryFn: () => ambilSiklus(kodeSop!, Number(tahun)) });
  const rekapId = siklus.data?.rekapInstansId;
  const instans = useQuery({
    queryKey: ['siklus', 'instans', rekapId],
    enabled: !!rekapId,
    queryFn: () => unwrap(api.GET('/api/sop/instans/{id}', { params: { path: { id: rekapId! } } })),
  });
  if (!siklus.data) return <StatusMuat query={siklus} />;
  const x = siklus.data;
  return (
    <Stack>
      <Anchor component={Link} to={`/siklus-tahunan?sop=${x.kodeSop}&tahun=${x.tahun}`} size="sm">← {s.kembali}</Anchor>
      <Title order={1} size="h2">{s.tahapanRekap}</Title>
      <Text c="dimmed">{s.namaSop[x.kodeSop]} · {x.tahun} · {x.namaKoordinator}</Text>
      <Badge size="lg" variant="light" w="fit-content" data-testid="status-siklus">{s.status[x.status] ?? x.status}</Badge>
      {x.status === 'Arahan' && sesi.punyaPeran('Pimpinan') && <FormArahan siklus={x} />}
      <DaftarArahan siklus={x} />
      {instans.isError && <StatusMuat query={instans} />}
      {instans.data && <BagianSop instans={instans.data} kegiatanId={instans.data.id} kunci="siklus" />}
    </Stack>
  );
}

function FormArahan({ siklus }: { siklus: Siklus }) {
  const qc = useQueryClient();
  const [uraian, setUraian] = useState('');
  const [unit, setUnit] = useState<string[]>([]);
  const [target, setTarget] = useState('');
  const kirim = useMutation({
    mutationFn: () => unwrap(api.POST('/api/siklus-tahunan/{kodeSop}/{tahun}/arahan', {
      params: { path: { kodeSop: siklus.kodeSop, tahun: siklus.tahun } },
      body: { uraian, unitIds: unit, targetTanggal: target || null },
    })),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: s.arahanTersimpan });
      setUraian('');
      setUnit([]);
      qc.invalidateQueries({ queryKey: ['siklus'] });
    },
  });
  return (
    <Card withBorder data-testid="form-arahan">
      <Title order={4} mb="xs">{s.kirimArahan}</Title>
      <Stack>
        <Textarea label={s.uraian} autosize minRows={2} value={uraian} onChange={(e) => setUraian(e.currentTarget.value)} required />
        <MultiSelect
          searchable
          label={s.unitTujuan}
          data={siklus.laporanUnit.map((l) => ({ value: l.unitId, label: l.namaUnit }))}
          value={unit}
          onChange={setUnit}
          required
        />
        <TextInput type="date" label={s.target} value={target} onChange={(e) => setTarget(e.currentTarget.value)} required w={220} />
        <GalatAksi error={kirim.error} semua />
        <Button w="fit-content" loading={kirim.isPending} onClick={() => kirim.mutate()}>{s.kirimArahan}</Button>
      </Stack>
    </Card>
  );
}

function DaftarArahan({ siklus }: { siklus: Siklus }) {
  return (
    <Card withBorder>
      <Title order={4} mb="xs">{s.arahan}</Title>
      {siklus.arahan.length === 0 ? <Text size="sm">{s.arahanKosong}</Text> : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped data-testid="daftar-arahan">
            <Table.Thead>
              <Table.Tr><Table.Th>No</Table.Th><Table.Th>{s.uraian}</Table.Th><Table.Th>{s.unitTujuan}</Table.Th><Table.Th>{s.target}</Table.Th><Table.Th>{s.statusKolom}</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {siklus.arahan.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{a.nomor}</Table.Td>
                  <Table.Td>{a.uraian}</Table.Td>
                  <Table.Td>{a.penanggungJawab}</Table.Td>
                  <Table.Td>{formatTanggalPanjang(a.targetTanggal)}</Table.Td>
                  <Table.Td><Badge variant="light" color={a.selesai ? 'green' : a.terlambat ? 'red' : 'blue'}>{s.statusArahan(a.selesai, a.terlambat)}</Badge></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
