import { Button,Group,MultiSelect,SimpleGrid,Stack,TextInput,Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation,useQuery,useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError,api,unwrap } from '../../../api/client';
import { GalatAksi } from '../../../components/Galat';
import { t } from '../../../i18n';
import { tanpaValidasiPeramban } from '../../../lib/opsi';

/** Create form of a cohort (directorates running SOP D). */
export function AngkatanBaruPage() {
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [nama, setNama] = useState('');
  const [dasar, setDasar] = useState('');
  const [upt, setUpt] = useState<string[]>([]);
  const [mulai, setMulai] = useState('');
  const [selesai, setSelesai] = useState('');
  const [lembaga, setLembaga] = useState('');
  const [galat, setGalat] = useState<Record<string, string>>({});
  const units = useQuery({ queryKey: ['unit-kerja', 'semua'], queryFn: () => unwrap(api.GET('/api/unit-kerja')) });
  const opsiUpt = (units.data ?? []).filter((u) => ['BalaiBesarPom', 'BalaiPom', 'LokaPom'].includes(u.jenis)).map((u) => ({ value: u.id, label: u.nama }));
  const simpan = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/fasilitator/angkatan', {
        body: { nama, dasarKegiatan: dasar, uptIds: upt, pendaftaranMulai: mulai || null, pendaftaranSelesai: selesai || null, lembagaPelatihan: lembaga },
      })),
    onSuccess: (a) => {
      qc.invalidateQueries({ queryKey: ['fasilitator/angkatan'] });
      notifications.show({ color: 'teal', message: t.fasilitator.dibuat });
      navigate(`/fasilitator/angkatan/${a.id}`);
    },
    onError: (e) => setGalat(e instanceof ApiError ? e.fieldErrors : {}),
  });
  return (
    <Stack maw={900} component="form" {...tanpaValidasiPeramban} onSubmit={(e) => { e.preventDefault(); setGalat({}); simpan.mutate(); }}>
      <Title order={1} size="h2">{t.fasilitator.baru}</Title>
      <GalatAksi error={simpan.error} kecualiIsian />
      <TextInput label={t.fasilitator.nama} value={nama} onChange={(e) => setNama(e.currentTarget.value)} error={galat.nama} required />
      <TextInput label={t.fasilitator.dasar} value={dasar} onChange={(e) => setDasar(e.currentTarget.value)} error={galat.dasarKegiatan} required />
      <MultiSelect searchable label={t.fasilitator.upt} data={opsiUpt} value={upt} onChange={setUpt} error={galat.uptIds} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="date" label={t.fasilitator.daftarMulai} value={mulai} onChange={(e) => setMulai(e.currentTarget.value)} error={galat.pendaftaranMulai} required />
        <TextInput type="date" label={t.fasilitator.daftarSelesai} value={selesai} onChange={(e) => setSelesai(e.currentTarget.value)} error={galat.pendaftaranSelesai} required />
      </SimpleGrid>
      <TextInput label={t.fasilitator.lembaga} value={lembaga} onChange={(e) => setLembaga(e.currentTarget.value)} error={galat.lembagaPelatihan} required />
      <Group justify="flex-end">
        <Button variant="default" onClick={() => navigate('/fasilitator/angkatan')}>{t.umum.batal}</Button>
        <Button type="submit" loading={simpan.isPending}>{t.fasilitator.simpan}</Button>
      </Group>
    </Stack>
  );
}
