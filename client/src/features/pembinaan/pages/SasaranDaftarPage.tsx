import { Anchor,Group,Select,Stack,Table,Text,TextInput,Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api,unwrap } from '../../../api/client';
import { useCariUrl,useHalamanUrl,useParamUrl } from '../../../components/DaftarKegiatanSop';
import { TombolEkspor,useSaringanWilayah } from '../../../components/SaringanDaftar';
import { StatusMuat } from '../../../components/StatusMuat';
import { TabelHalaman } from '../../../components/TabelHalaman';
import { t } from '../../../i18n';
import { opsi } from '../../../lib/opsi';
import { formatTanggalPanjang } from '../../../lib/tanggal';

/** The registry of businesses and stakeholders guided (one record per business across activities). */
export function SasaranDaftarPage() {
  // Search, kind and page in the URL: Back and shared links keep them.
  const [cari, setCari, cariTunda] = useCariUrl();
  const [jenis, setJenis] = useParamUrl('jenis');
  const [halaman, setHalaman] = useHalamanUrl();
  const wilayah = useSaringanWilayah({ unit: false });
  const query = { cari: cariTunda || undefined, jenis: (jenis ?? undefined) as 'PelakuUsaha' | undefined, provinsi: wilayah.provinsi, halaman, ukuran: 20 };
  const daftar = useQuery({ queryKey: ['pembinaan', 'sasaran', query], queryFn: () => unwrap(api.GET('/api/pembinaan/sasaran', { params: { query } })) });
  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={1} size="h2">{t.pembinaan.registri}</Title>
          <Text c="dimmed" size="sm">{t.pembinaan.registriKet}</Text>
        </div>
        <TombolEkspor path="/api/pembinaan/sasaran/xlsx" query={query} namaBerkas="registri-sasaran.xlsx" />
      </Group>
      <Group align="end" wrap="wrap">
        <TextInput label={t.pembinaan.cariRegistri} value={cari} onChange={(e) => setCari(e.currentTarget.value)} />
        <Select label={t.pembinaan.jenisSasaran} clearable placeholder={t.umum.semua} data={opsi(t.advokasi.pemangkuNama)} value={jenis} onChange={setJenis} w={260} maw="100%" />
        {wilayah.elemen}
      </Group>
      <StatusMuat query={daftar} />
      {daftar.data && (
        <TabelHalaman
          data={daftar.data}
          testId="registri-sasaran"
          kolom={[t.pembinaan.namaSasaran, t.pembinaan.nib, t.pembinaan.kabKota, t.pembinaan.jumlahKegiatan, t.pembinaan.terakhir]}
          halaman={halaman}
          onHalaman={setHalaman}
          baris={(s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <Anchor component={Link} to={`/pembinaan/sasaran/${s.id}`}>{s.nama}</Anchor>
                <Text size="xs" c="dimmed">{t.advokasi.pemangkuNama[s.jenis]}</Text>
              </Table.Td>
              <Table.Td>{s.nib ?? '—'}</Table.Td>
              <Table.Td>{s.kabupatenKota}, {s.provinsi}</Table.Td>
              <Table.Td data-testid="jumlah-dibina">{s.jumlahKegiatan}</Table.Td>
              <Table.Td>{formatTanggalPanjang(s.terakhirDibina)}</Table.Td>
            </Table.Tr>
          )}
        />
      )}
    </Stack>
  );
}
