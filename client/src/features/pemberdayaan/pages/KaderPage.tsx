import { Anchor,Group,Select,Stack,Table,Text,TextInput,Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api,unwrap } from '../../../api/client';
import { useCariUrl,useHalamanUrl,useParamUrl } from '../../../components/DaftarKegiatanSop';
import { InputTahun } from '../../../components/InputTahun';
import { TombolEkspor,useSaringanWilayah } from '../../../components/SaringanDaftar';
import { TabelHalaman } from '../../../components/TabelHalaman';
import { t } from '../../../i18n';

/** The kader/duta registry and the recap of what was reached per unit and period. */
export function KaderPage() {
  // Year, period, search and page in the URL: Back and shared links keep them.
  const [cari, setCari, cariTunda] = useCariUrl();
  const [halaman, setHalaman] = useHalamanUrl();
  const [tahunUrl, setTahunUrl] = useParamUrl('tahun');
  const [periode, setPeriode] = useParamUrl('periode');
  const tahunDariUrl = Number(tahunUrl);
  const tahun = Number.isInteger(tahunDariUrl) && tahunDariUrl >= 2000 && tahunDariUrl <= 2100 ? tahunDariUrl : new Date().getFullYear();
  const wilayah = useSaringanWilayah();
  const query = { cari: cariTunda || undefined, unitId: wilayah.unitId, provinsi: wilayah.provinsi, halaman, ukuran: 20 };
  const daftar = useQuery({ queryKey: ['pemberdayaan', 'kader', query], queryFn: () => unwrap(api.GET('/api/pemberdayaan/kader', { params: { query } })) });
  const rekap = useQuery({
    queryKey: ['pemberdayaan', 'rekap', tahun, periode],
    queryFn: () => unwrap(api.GET('/api/pemberdayaan/rekap', { params: { query: { tahun, periode: periode ?? undefined } } })),
  });
  const periodeOpsi = [...['TW1', 'TW2', 'TW3', 'TW4'], ...Array.from({ length: 12 }, (_, i) => `B${String(i + 1).padStart(2, '0')}`)];
  const kolom = Object.entries(t.pemberdayaan.kolom) as [keyof typeof t.pemberdayaan.kolom, string][];
  return (
    <Stack>
      <Title order={1} size="h2">{t.pemberdayaan.rekap}</Title>
      <Text c="dimmed" size="sm">{t.pemberdayaan.rekapKet}</Text>
      <Group align="end">
        <InputTahun tahun={tahun} onTahun={(v) => v !== null && setTahunUrl(String(v))} />
        <Select label={t.pemberdayaan.periode} clearable placeholder={t.pemberdayaan.setahun} data={periodeOpsi} value={periode} onChange={setPeriode} w={140} />
      </Group>
      {rekap.data && (
        <Table.ScrollContainer minWidth={700}>
          <Table striped data-testid="rekap-pemberdayaan">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t.advokasi.unit}</Table.Th>
                {kolom.map(([k, label]) => <Table.Th key={k}>{label}</Table.Th>)}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...rekap.data.unit, rekap.data.total].map((u) => (
                <Table.Tr key={u.unitId} data-unit={u.namaUnit} fw={u.unitId === rekap.data.total.unitId ? 700 : undefined}>
                  <Table.Td>{u.namaUnit}</Table.Td>
                  {kolom.map(([k]) => <Table.Td key={k} data-kolom={k}>{u[k]}</Table.Td>)}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group justify="space-between" mt="md">
        <Title order={2} size="h3">{t.pemberdayaan.registri}</Title>
        <TombolEkspor path="/api/pemberdayaan/kader/xlsx" query={query} namaBerkas="registri-kader.xlsx" />
      </Group>
      <Group align="end" wrap="wrap">
        <TextInput label={t.pemberdayaan.cariKader} value={cari} onChange={(e) => setCari(e.currentTarget.value)} w={320} maw="100%" />
        {wilayah.elemen}
      </Group>
      {daftar.data && (
        <TabelHalaman
          data={daftar.data}
          testId="registri-kader"
          kolom={[t.pemberdayaan.namaKader, t.pemberdayaan.peranKader, t.pemberdayaan.komunitasKader, t.pemberdayaan.kontak, t.pemberdayaan.kegiatan]}
          halaman={halaman}
          onHalaman={setHalaman}
          baris={(k) => (
            <Table.Tr key={k.id}>
              <Table.Td>{k.nama}</Table.Td>
              <Table.Td>{t.pemberdayaan.peranNama[k.peran]}</Table.Td>
              <Table.Td>{k.komunitas}{k.kabupatenKota ? `, ${k.kabupatenKota}` : ''}</Table.Td>
              <Table.Td>{k.kontak ?? '—'}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/pemberdayaan/${k.kegiatanId}`}>{k.judulKegiatan}</Anchor>
                <Text size="xs" c="dimmed">{k.namaUnit} · {k.tahun}</Text>
              </Table.Td>
            </Table.Tr>
          )}
        />
      )}
    </Stack>
  );
}
