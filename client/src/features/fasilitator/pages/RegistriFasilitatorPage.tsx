import { Anchor,Badge,Group,Select,Stack,Table,Text,TextInput,Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api,unwrap } from '../../../api/client';
import { useCariUrl,useHalamanUrl,useParamUrl } from '../../../components/DaftarKegiatanSop';
import { TombolEkspor,useSaringanWilayah } from '../../../components/SaringanDaftar';
import { StatusMuat } from '../../../components/StatusMuat';
import { TabelHalaman } from '../../../components/TabelHalaman';
import { t } from '../../../i18n';
import { formatTanggalPanjang } from '../../../lib/tanggal';
import { warnaStatus } from '../lib';

/** The facilitator registry: search by name, province, status or certificate number. */
export function RegistriFasilitatorPage() {
  // Search, certificate number, status and page in the URL: Back and shared links keep them.
  const [cari, setCari, cariTunda] = useCariUrl();
  const [nomor, setNomor, nomorTunda] = useCariUrl('nomor');
  const [status, setStatus] = useParamUrl('status');
  const [halaman, setHalaman] = useHalamanUrl();
  const wilayah = useSaringanWilayah();
  const query = {
    cari: cariTunda || undefined, nomorSertifikat: nomorTunda || undefined, status: (status ?? undefined) as 'Diakui' | undefined,
    provinsi: wilayah.provinsi, unitId: wilayah.unitId, halaman, ukuran: 20,
  };
  const daftar = useQuery({ queryKey: ['fasilitator', 'registri', query], queryFn: () => unwrap(api.GET('/api/fasilitator', { params: { query } })) });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">{t.fasilitator.registri}</Title>
        <TombolEkspor path="/api/fasilitator/xlsx" query={query} namaBerkas="registri-fasilitator.xlsx" />
      </Group>
      <Group align="end" wrap="wrap">
        <TextInput label={t.fasilitator.cari} value={cari} onChange={(e) => { setCari(e.currentTarget.value); }} />
        <TextInput label={t.fasilitator.cariNomor} value={nomor} onChange={(e) => { setNomor(e.currentTarget.value); }} />
        <Select label={t.fasilitator.status} clearable placeholder={t.umum.semua} data={Object.entries(t.fasilitator.statusNama).map(([value, label]) => ({ value, label }))} value={status} onChange={(v) => { setStatus(v); }} w={220} />
        {wilayah.elemen}
      </Group>
      <StatusMuat query={daftar} />
      {daftar.data && (
        <TabelHalaman
          data={daftar.data}
          testId="registri-fasilitator"
          kolom={[t.fasilitator.namaPeserta, t.fasilitator.nik, t.fasilitator.kabKota, t.fasilitator.status, t.fasilitator.sertifikatPengakuan]}
          halaman={halaman}
          onHalaman={setHalaman}
          baris={(f) => (
            <Table.Tr key={f.id}>
              <Table.Td><Anchor component={Link} to={`/fasilitator/${f.id}`}>{f.nama}</Anchor><Text size="xs" c="dimmed">{f.instansiPenugas}</Text></Table.Td>
              <Table.Td>{f.nik}</Table.Td>
              <Table.Td>{f.kabupatenKota}, {f.provinsi}</Table.Td>
              <Table.Td><Badge color={warnaStatus[f.status]} variant="light">{t.fasilitator.statusNama[f.status]}</Badge><Text size="xs" c="dimmed">{f.angkatan}</Text></Table.Td>
              <Table.Td>{f.nomorSertifikatPengakuan ?? '—'}{f.berlakuSampai && <Text size="xs" c="dimmed">{t.fasilitator.berlakuSampai} {formatTanggalPanjang(f.berlakuSampai)}</Text>}</Table.Td>
            </Table.Tr>
          )}
        />
      )}
    </Stack>
  );
}
