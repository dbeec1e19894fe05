import { Anchor,Badge,Button,Card,Checkbox,FileInput,Group,Stack,Table,Text,TextInput,Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation,useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api,kirimForm,unwrap } from '../../../api/client';
import { pesanGalat } from '../../../components/Galat';
import { GalatImpor } from '../../../components/GalatImpor';
import { t } from '../../../i18n';
import type { Angkatan,PesertaAngkatan } from '../api';
import { warnaStatus } from '../lib';
import { ModalPeserta } from './ModalPeserta';
import { ModalSertifikat } from './ModalSertifikat';

export function useSegarkanAngkatan(id: string) {
  const qc = useQueryClient();
  return () => {
    qc.invalidateQueries({ queryKey: ['fasilitator/angkatan', id] });
    qc.invalidateQueries({ queryKey: ['audit'] });
  };
}

export function PanelPeserta({ a }: { a: Angkatan }) {
  const segarkan = useSegarkanAngkatan(a.id);
  const [pilih, setPilih] = useState<string[]>([]);
  const [alasan, setAlasan] = useState('');
  const [tambah, setTambah] = useState(false);
  const [berkas, setBerkas] = useState<File | null>(null);
  const [sertifikat, setSertifikat] = useState<{ p: PesertaAngkatan; jenis: 'CatatSertifikatKompetensi' | 'CatatSertifikatPengakuan' } | null>(null);
  const transisi = useMutation({
    mutationFn: (v: { aksi: 'Rekrut' | 'CatatPelatihan' | 'Hentikan'; hasil?: 'Kompeten' | 'BelumKompeten' }) =>
      unwrap(api.POST('/api/fasilitator/angkatan/{id}/peserta/transisi', {
        params: { path: { id: a.id } },
        body: { pesertaIds: pilih, aksi: v.aksi, hasilPelatihan: v.hasil, catatan: v.aksi === 'Hentikan' ? alasan : null },
      })),
    onSuccess: () => { setPilih([]); setAlasan(''); notifications.show({ color: 'teal', message: t.fasilitator.berhasil }); segarkan(); },
    onError: (e) => notifications.show({ color: 'red', message: pesanGalat(e) }),
  });
  const impor = useMutation({
    mutationFn: () => {
      const form = new FormData();
      form.append('berkas', berkas!);
      return kirimForm(`/api/fasilitator/angkatan/${a.id}/peserta/impor`, form);
    },
    onSuccess: () => { setBerkas(null); notifications.show({ color: 'teal', message: t.fasilitator.berhasil }); segarkan(); },
  });
  const dipilih = a.peserta.filter((p) => pilih.includes(p.id));
  const bisaSemua = (aksi: string) => dipilih.length > 0 && dipilih.every((p) => p.aksiTersedia.includes(aksi as never));
  return (
    <Card withBorder data-testid="peserta">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t.fasilitator.peserta} ({a.peserta.length})</Title>
        {a.bolehTambahPeserta && <Button size="xs" variant="light" onClick={() => setTambah(true)}>{t.fasilitator.tambahPeserta}</Button>}
      </Group>
      {a.bolehTambahPeserta && (
        <Stack gap={4} mb="sm">
          <Group align="end">
            <FileInput label={t.fasilitator.imporPeserta} accept=".csv,.xlsx" value={berkas} onChange={setBerkas} w={360} data-testid="berkas-impor" />
            <Button onClick={() => impor.mutate()} disabled={!berkas} loading={impor.isPending}>{t.fasilitator.impor}</Button>
          </Group>
          <Text size="xs" c="dimmed">{t.fasilitator.imporKet}</Text>
          {impor.isError && <GalatImpor error={impor.error} />}
        </Stack>
      )}
      <Group gap="xs" mb="xs" data-testid="aksi-massal">
        <Text size="sm" c="dimmed">{t.fasilitator.dipilih(pilih.length)}</Text>
        {bisaSemua('Rekrut') && <Button size="xs" onClick={() => transisi.mutate({ aksi: 'Rekrut' })}>{t.fasilitator.rekrut}</Button>}
        {bisaSemua('CatatPelatihan') && (
          <>
            <Button size="xs" onClick={() => transisi.mutate({ aksi: 'CatatPelatihan', hasil: 'Kompeten' })}>{t.fasilitator.dilatihKompeten}</Button>
            <Button size="xs" variant="light" onClick={() => transisi.mutate({ aksi: 'CatatPelatihan', hasil: 'BelumKompeten' })}>{t.fasilitator.dilatihBelum}</Button>
          </>
        )}
        {bisaSemua('Hentikan') && (
          <Group gap={4}>
            <TextInput size="xs" placeholder={t.fasilitator.alasanBerhenti} value={alasan} onChange={(e) => setAlasan(e.currentTarget.value)} />
            <Button size="xs" color="red" variant="light" disabled={!alasan.trim()} onClick={() => transisi.mutate({ aksi: 'Hentikan' })}>{t.fasilitator.hentikan}</Button>
          </Group>
        )}
      </Group>
      <Table.ScrollContainer minWidth={900}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <Checkbox aria-label={t.umum.semua} checked={pilih.length > 0 && pilih.length === a.peserta.length} onChange={(e) => setPilih(e.currentTarget.checked ? a.peserta.map((p) => p.id) : [])} />
              </Table.Th>
              <Table.Th>{t.fasilitator.namaPeserta}</Table.Th>
              <Table.Th>{t.fasilitator.nik}</Table.Th>
              <Table.Th>{t.fasilitator.instansi}</Table.Th>
              <Table.Th>{t.fasilitator.status}</Table.Th>
              <Table.Th>{t.fasilitator.sertifikatPengakuan}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {a.peserta.map((p) => (
              <Table.Tr key={p.id} data-testid="baris-peserta" data-nama={p.nama} data-status={p.status}>
                <Table.Td>
                  <Checkbox aria-label={p.nama} checked={pilih.includes(p.id)} onChange={(e) => setPilih(e.currentTarget.checked ? [...pilih, p.id] : pilih.filter((x) => x !== p.id))} />
                </Table.Td>
                <Table.Td><Anchor component={Link} to={`/fasilitator/${p.fasilitatorId}`}>{p.nama}</Anchor><Text size="xs" c="dimmed">{p.kabupatenKota}, {p.provinsi}</Text></Table.Td>
                <Table.Td>{p.nik}</Table.Td>
                <Table.Td>{p.instansiPenugas}</Table.Td>
                <Table.Td>
                  <Badge color={warnaStatus[p.status]} variant="light">{t.fasilitator.statusNama[p.status]}</Badge>
                  {p.hasilPelatihan && <Text size="xs">{t.fasilitator.hasilNama[p.hasilPelatihan]}</Text>}
                  {p.alasanBerhenti && <Text size="xs" c="dimmed">{p.alasanBerhenti}</Text>}
                </Table.Td>
                <Table.Td>
                  {p.sertifikatKompetensi && <Text size="xs">{t.fasilitator.sertifikatKompetensi}: {p.sertifikatKompetensi.nomor}</Text>}
                  {p.sertifikatPengakuan && <Text size="xs" fw={600}>{p.sertifikatPengakuan.nomor}</Text>}
                  {p.aksiTersedia.includes('CatatSertifikatKompetensi') && (
                    <Button size="compact-xs" variant="light" onClick={() => setSertifikat({ p, jenis: 'CatatSertifikatKompetensi' })}>{t.fasilitator.catatSk}</Button>
                  )}
                  {p.aksiTersedia.includes('CatatSertifikatPengakuan') && (
                    <Button size="compact-xs" variant="light" onClick={() => setSertifikat({ p, jenis: 'CatatSertifikatPengakuan' })}>{t.fasilitator.catatSp}</Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ModalPeserta a={a} buka={tambah} tutup={() => setTambah(false)} />
      {sertifikat && <ModalSertifikat a={a} p={sertifikat.p} jenis={sertifikat.jenis} tutup={() => setSertifikat(null)} />}
    </Card>
  );
}
