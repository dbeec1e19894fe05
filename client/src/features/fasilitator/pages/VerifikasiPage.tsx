import { Alert,Badge,Button,Card,Group,Loader,Stack,Text,TextInput,Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate,useParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { pesanGalat } from '../../../components/Galat';
import { t } from '../../../i18n';
import { formatTanggalPanjang } from '../../../lib/tanggal';
import { tanpaValidasiPeramban } from '../../../lib/opsi';

/** Public (no login): is a recognition certificate valid? */
export function VerifikasiPage() {
  const params = useParams();
  const awal = params['*'] ?? '';
  const navigate = useNavigate();
  const [nomor, setNomor] = useState(awal);
  const hasil = useQuery({
    queryKey: ['verifikasi', awal],
    enabled: awal.length > 0,
    retry: false,
    queryFn: async () => {
      const r = await fetch(`/api/fasilitator/sertifikat/${awal.split('/').map(encodeURIComponent).join('/')}`);
      const body = await r.json();
      if (!r.ok) throw new ApiError(r.status, body);
      return body as { nomor: string; nama: string; status: string; disahkanOleh: string; tanggalPengesahan: string; berlakuSampai: string; angkatan: string };
    },
  });
  return (
    <Stack maw={640} mx="auto" p="md">
      <Title order={1} size="h2">{t.fasilitator.verifikasi}</Title>
      <Text c="dimmed" size="sm">{t.fasilitator.verifikasiKet}</Text>
      <Group align="end" component="form" {...tanpaValidasiPeramban} onSubmit={(e) => { e.preventDefault(); navigate(`/verifikasi/${nomor.trim()}`); }}>
        <TextInput label={t.fasilitator.nomor} value={nomor} onChange={(e) => setNomor(e.currentTarget.value)} style={{ flex: 1 }} />
        <Button type="submit">{t.fasilitator.periksa}</Button>
      </Group>
      {hasil.isPending && awal && <Loader aria-label={t.umum.memuat} />}
      {hasil.isError && <Alert color="red" data-testid="hasil-verifikasi">{hasil.error instanceof ApiError && hasil.error.status === 404 ? t.fasilitator.tidakDitemukan : pesanGalat(hasil.error)}</Alert>}
      {hasil.data && (
        <Card withBorder data-testid="hasil-verifikasi" data-status={hasil.data.status}>
          <Group justify="space-between">
            <Title order={4}>{hasil.data.nama}</Title>
            <Badge size="lg" color={hasil.data.status === 'Berlaku' ? 'green' : 'red'}>{t.fasilitator.statusSertifikat[hasil.data.status]}</Badge>
          </Group>
          <Text size="sm">{t.fasilitator.nomor}: {hasil.data.nomor}</Text>
          <Text size="sm">{t.fasilitator.disahkanOleh}: {hasil.data.disahkanOleh}, {formatTanggalPanjang(hasil.data.tanggalPengesahan)}</Text>
          <Text size="sm">{t.fasilitator.berlakuSampai}: {formatTanggalPanjang(hasil.data.berlakuSampai)}</Text>
          <Text size="sm" c="dimmed">{hasil.data.angkatan}</Text>
        </Card>
      )}
    </Stack>
  );
}
