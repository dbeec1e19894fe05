import { Anchor,Card,Group,Select,Stack,Table,Text,Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link,useSearchParams } from 'react-router';
import {
api,
unwrap,
type Schemas
} from '../../../api/client';

type PerbandinganKinerja = Schemas['PerbandinganKinerjaDto'];
import { InputTahun } from '../../../components/InputTahun';
import { formatTanggalPanjang } from '../../../lib/tanggal';
import { PERIODE,Tabel,WARNA_SEL,angka,k,periodeSelesai,warna } from '../lib';
import { TandaTanpaLibur } from '../../../components/TandaTanpaLibur';

/** National comparison: NKO ranking, SS × unit heatmap and the units late with their realisation. */
export function KinerjaNasionalPage() {
  // Year and period in the URL (the overview on Beranda links here with them).
  const [cari, setCari] = useSearchParams();
  const tahunUrl = Number(cari.get('tahun'));
  const tahun = Number.isInteger(tahunUrl) && tahunUrl >= 2000 && tahunUrl <= 2100 ? tahunUrl : new Date().getFullYear();
  const periode = PERIODE.includes(cari.get('periode') ?? '') ? cari.get('periode')! : periodeSelesai();
  const atur = (k: string, v: string) => setCari((c) => { const baru = new URLSearchParams(c); baru.set(k, v); return baru; }, { replace: true });
  const setTahun = (v: number) => atur('tahun', String(v));
  const setPeriode = (v: string) => atur('periode', v);
  const banding = useQuery({ queryKey: ['kinerja', 'perbandingan', tahun, periode], queryFn: () => unwrap(api.GET('/api/kinerja/perbandingan', { params: { query: { tahun, periode } } })) });
  const telat = useQuery({ queryKey: ['kinerja', 'terlambat', tahun, periode], queryFn: () => unwrap(api.GET('/api/kinerja/realisasi/terlambat', { params: { query: { tahun, periode } } })) });
  return (
    <Stack>
      <Title order={1} size="h2">{k.nasionalJudul}</Title>
      <Text c="dimmed" size="sm">{k.nasionalKet}</Text>
      <Group align="end">
        <InputTahun tahun={tahun} onTahun={(v) => v !== null && setTahun(v)} label={k.tahun} />
        <Select label={k.periode} searchable data={PERIODE} value={periode} onChange={(v) => v && setPeriode(v)} w={120} allowDeselect={false} />
      </Group>
      <Anchor component={Link} to={`/kinerja/bpom?tahun=${tahun}&periode=${periode}`} data-testid="tautan-bpom">{k.lihatBpom}</Anchor>
      {banding.data && (
        <>
          <PeringkatNko data={banding.data} />
          <Card withBorder>
            <Title order={4}>{k.petaPanas}</Title>
            <Tabel kepala={[k.unit, ...banding.data.kodeSasaran]} testId="peta-panas">
              {banding.data.unit.map((u) => (
                <Table.Tr key={u.unitId}>
                  <Table.Td>{u.unit}</Table.Td>
                  {banding.data.kodeSasaran.map((kode) => {
                    const v = u.sasaran[kode];
                    return <Table.Td key={kode} style={{ background: WARNA_SEL[warna(v)] }}>{angka(v)}</Table.Td>;
                  })}
                </Table.Tr>
              ))}
            </Tabel>
          </Card>
        </>
      )}
      <Card withBorder>
        <Title order={4}>{k.terlambatJudul}</Title>
        {telat.data && telat.data.length === 0 && <Text c="dimmed" size="sm">{k.tidakAdaTerlambat}</Text>}
        {telat.data && telat.data.length > 0 && (
          <Tabel kepala={[k.unit, k.periode, k.batasEntri, k.status]} testId="unit-terlambat">
            {telat.data.map((u) => (
              <Table.Tr key={u.unitId}>
                <Table.Td>{u.unit}</Table.Td>
                <Table.Td>{u.periode}</Table.Td>
                <Table.Td>{formatTanggalPanjang(u.batasEntri)}<TandaTanpaLibur tanggal={u.batasEntri} /></Table.Td>
                <Table.Td>{u.status ? k.statusNama[u.status] : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Tabel>
        )}
      </Card>
    </Stack>
  );
}

/** The NKO ranking of the units the user may read (a bar per unit next to its value), each unit opening its
 * dashboard. */
export function PeringkatNko({ data }: { data: PerbandinganKinerja }) {
  return (
    <Card withBorder>
      <Title order={4}>{k.peringkat}</Title>
      <Tabel kepala={['#', k.unit, k.nko, k.predikat, k.statusLaporan]} testId="peringkat-nko">
        {data.unit.map((u, i) => (
          <Table.Tr key={u.unitId} data-unit={u.unit}>
            <Table.Td>{i + 1}</Table.Td>
            <Table.Td>
              <Anchor component={Link} to={`/kinerja?unitId=${u.unitId}&tahun=${data.tahun}&periode=${data.periode}`}>{u.unit}</Anchor>
            </Table.Td>
            <Table.Td>
              <Group gap="xs" wrap="nowrap">
                <div aria-hidden style={{ width: `${Math.min(u.nilaiKinerjaOrganisasi ?? 0, 120) * 1.2}px`, height: 10, background: '#63e6be' }} />
                {angka(u.nilaiKinerjaOrganisasi)}
              </Group>
            </Table.Td>
            <Table.Td>{u.predikat ?? '—'}</Table.Td>
            <Table.Td>{u.statusLaporan ? k.statusNama[u.statusLaporan] : '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Tabel>
    </Card>
  );
}
