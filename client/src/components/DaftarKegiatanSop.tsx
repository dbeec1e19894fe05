import { Anchor,Badge,Button,Checkbox,Group,Select,Stack,Table,Text,TextInput,Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect,useMemo,useState,type ReactNode } from 'react';
import { Link,useSearchParams } from 'react-router';
import { api,unduhBerkas,unwrap,type Tugas } from '../api/client';
import { useSesi } from '../auth/useSesi';
import { t } from '../i18n';
import { sisaWaktu,warnaSla } from '../lib/sop';
import { formatTanggalPanjang } from '../lib/tanggal';
import { InputTahun } from './InputTahun';
import { StatusMuat } from './StatusMuat';
import { TabelHalaman,type DataHalaman } from './TabelHalaman';

type StatusKegiatan = 'Berjalan' | 'Selesai' | 'Dibatalkan';

/** What every module list row carries about where the activity stands on its SOP. */
export interface RingkasKegiatan {
  id: string;
  judul: string;
  namaUnit: string;
  tanggalRencanaMulai: string;
  status: StatusKegiatan;
  langkahAktif?: string | null;
  namaLangkahAktif?: string | null;
  sla?: Tugas['sla'] | null;
  hkTersisa?: number | null;
  terlambat: boolean;
}

/** The filters every module list has. */
export interface SaringanDasar {
  tahun?: number;
  status?: StatusKegiatan;
  terlambat?: true;
  cari?: string;
  halaman: number;
  ukuran: number;
  unitId?: string;
  provinsi?: string;
  urut?: 'Terbaru' | 'Terlama';
}

/** One filter kept in the URL (?kunci=nilai): Back, reloads and shared links keep it. Setting it goes back to page 1. */
export function useParamUrl(kunci: string): [string | null, (nilai: string | null) => void] {
  const [cari, setCari] = useSearchParams();
  const atur = (nilai: string | null) =>
    setCari((c) => {
      const baru = new URLSearchParams(c);
      if (nilai === null || nilai === '') baru.delete(kunci);
      else baru.set(kunci, nilai);
      if (kunci !== 'halaman') baru.delete('halaman');
      return baru;
    }, { replace: kunci === 'cari' });
  return [cari.get(kunci), atur];
}

/** A search box kept in the URL: the text as typed, and the settled (debounced) value that is in the URL. */
export function useCariUrl(kunci = 'cari'): [string, (teks: string) => void, string | undefined] {
  const [nilaiUrl, setUrl] = useParamUrl(kunci);
  const [teks, setTeks] = useState(nilaiUrl ?? '');
  const [tunda] = useDebouncedValue(teks, 300);
  useEffect(() => {
    if ((tunda || null) !== nilaiUrl && tunda === teks) setUrl(tunda || null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the debounced text settles
  }, [tunda]);
  return [teks, setTeks, nilaiUrl || undefined];
}

/** The page of a list kept in the URL (1 when absent). */
export function useHalamanUrl(): [number, (h: number) => void] {
  const [h, setH] = useParamUrl('halaman');
  return [Math.max(1, Number(h) || 1), (baru: number) => setH(baru > 1 ? String(baru) : null)];
}

/** The query string of a list's filters (for the export link). */
function queryString(s: Record<string, unknown>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(s)) if (v !== undefined && v !== null && v !== '' && k !== 'halaman' && k !== 'ukuran') q.set(k, String(v));
  return q.toString();
}

interface Props<T extends RingkasKegiatan> {
  judul: string;
  keterangan: string;
  /** Route base (/advokasi …) and query key. */
  modul: string;
  bolehBuat: boolean;
  labelCari: string;
  /** Label of the create button (default "Kegiatan baru"). */
  labelBaru?: string;
  testId: string;
  /** Extra filters: their values are part of the query key. */
  saringanTambahan?: { nilai: Record<string, string | undefined>; elemen: ReactNode };
  ambil: (saringan: SaringanDasar) => Promise<DataHalaman<T>>;
  rincian: (k: T) => ReactNode;
  /** The Excel export of the filtered list (/api/advokasi/xlsx …); the list also offers unit, province and order
   * filters when it has one. */
  ekspor?: string;
}

/** A module's activity list: search, year, status, overdue filters, the current step with its SLA, paging. */
export function DaftarKegiatanSop<T extends RingkasKegiatan>({ judul, keterangan, modul, bolehBuat, labelCari, labelBaru, testId, saringanTambahan, ambil, rincian, ekspor }: Props<T>) {
  const s = useSesi();
  // Filters, page and search live in the URL: Back and shared links keep them.
  const [tahunUrl, setTahunUrl] = useParamUrl('tahun');
  const [statusUrl, setStatus] = useParamUrl('status');
  const [terlambatUrl, setTerlambat] = useParamUrl('terlambat');
  const [cariUrl, setCariUrl] = useParamUrl('cari');
  const [halamanUrl, setHalamanUrl] = useParamUrl('halaman');
  const [unitId, setUnitId] = useParamUrl('unitId');
  const [provinsi, setProvinsi] = useParamUrl('provinsi');
  const [urut, setUrut] = useParamUrl('urut');
  const [cari, setCari] = useState(cariUrl ?? '');
  const [cariTunda] = useDebouncedValue(cari, 300);
  useEffect(() => {
    if ((cariTunda || null) !== cariUrl && cariTunda === cari) setCariUrl(cariTunda || null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the debounced text settles
  }, [cariTunda]);
  const tahun = Number(tahunUrl);
  const status = (['Berjalan', 'Selesai', 'Dibatalkan'] as const).find((x) => x === statusUrl) ?? null;
  const halaman = Math.max(1, Number(halamanUrl) || 1);
  const nasional = !!s && s.peran.some((p) => p !== 'Upt' && p !== 'KepalaUnit');
  const saringanTahun = Number.isInteger(tahun) && tahun >= 2000 && tahun <= 2100 ? tahun : undefined;
  const saringan: SaringanDasar = {
    tahun: saringanTahun,
    status: status ?? undefined,
    terlambat: terlambatUrl === 'ya' ? true : undefined,
    cari: cariUrl || undefined,
    halaman,
    ukuran: 20,
    ...(ekspor ? { unitId: unitId ?? undefined, provinsi: provinsi ?? undefined, urut: urut === 'Terlama' ? ('Terlama' as const) : undefined } : {}),
  };
  const daftar = useQuery({ queryKey: [modul, saringan, saringanTambahan?.nilai], queryFn: () => ambil(saringan) });
  const unitSemua = useQuery({ queryKey: ['unit-kerja', 'semua'], enabled: !!ekspor && nasional, queryFn: () => unwrap(api.GET('/api/unit-kerja')) });
  const unitOpsi = useMemo(
    () => (unitSemua.data ?? []).filter((u) => !provinsi || u.provinsi === provinsi).map((u) => ({ value: u.id, label: u.nama })),
    [unitSemua.data, provinsi],
  );
  const provinsiOpsi = useMemo(() => [...new Set((unitSemua.data ?? []).map((u) => u.provinsi))].sort(), [unitSemua.data]);
  const [mengunduh, setMengunduh] = useState(false);
  const unduh = async () => {
    setMengunduh(true);
    try {
      await unduhBerkas(`${ekspor}?${queryString({ ...saringan, ...(saringanTambahan?.nilai ?? {}) })}`, `${modul.replace('/', '-')}.xlsx`);
    } finally {
      setMengunduh(false);
    }
  };

  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={1} size="h2">{judul}</Title>
          <Text c="dimmed" size="sm">
            {keterangan}
          </Text>
        </div>
        <Group gap="xs">
          {ekspor && (
            <Button variant="light" onClick={unduh} loading={mengunduh} data-testid="ekspor-daftar">
              {t.kegiatan.unduhExcel}
            </Button>
          )}
          {bolehBuat && (
            <Button component={Link} to={`/${modul}/baru`}>
              {labelBaru ?? t.advokasi.baru}
            </Button>
          )}
        </Group>
      </Group>
      <Group align="end" wrap="wrap">
        <TextInput label={labelCari} value={cari} onChange={(e) => setCari(e.currentTarget.value)} maw="100%" />
        <InputTahun tahun={saringanTahun ?? null} onTahun={(v) => setTahunUrl(v === null ? null : String(v))} bolehKosong />
        {ekspor && nasional && (
          <>
            <Select label={t.kegiatan.provinsi} clearable searchable placeholder={t.umum.semua} data={provinsiOpsi} value={provinsi} onChange={setProvinsi} w={200} maw="100%" />
            <Select label={t.advokasi.unit} clearable searchable placeholder={t.umum.semua} data={unitOpsi} value={unitId} onChange={setUnitId} w={300} maw="100%" />
          </>
        )}
        {saringanTambahan?.elemen}
        <Select
          label={t.advokasi.status}
          clearable
          placeholder={t.umum.semua}
          value={status}
          data={(['Berjalan', 'Selesai', 'Dibatalkan'] as const).map((s) => ({ value: s, label: t.statusKegiatan[s]! }))}
          onChange={(v) => setStatus(v)}
          w={160}
        />
        {ekspor && (
          <Select
            label={t.kegiatan.urutan}
            value={urut === 'Terlama' ? 'Terlama' : 'Terbaru'}
            data={[{ value: 'Terbaru', label: t.kegiatan.terbaru }, { value: 'Terlama', label: t.kegiatan.terlama }]}
            onChange={(v) => setUrut(v === 'Terlama' ? 'Terlama' : null)}
            allowDeselect={false}
            w={170}
          />
        )}
        <Checkbox label={t.advokasi.hanyaTerlambat} checked={terlambatUrl === 'ya'} onChange={(e) => setTerlambat(e.currentTarget.checked ? 'ya' : null)} mb={8} />
      </Group>
      <StatusMuat query={daftar} />
      {daftar.data && (
        <>
          <Text size="sm" c="dimmed" data-testid="jumlah-kegiatan">
            {t.advokasi.jumlah(daftar.data.total, daftar.data.totalPasti)}
          </Text>
          <TabelHalaman
            data={daftar.data}
            testId={testId}
            lebarMin={800}
            kolom={[t.advokasi.judulKegiatan, t.advokasi.unit, t.advokasi.mulai, t.advokasi.langkahAktif, t.advokasi.status]}
            halaman={halaman}
            onHalaman={(h) => setHalamanUrl(h > 1 ? String(h) : null)}
            baris={(k) => (
              <Table.Tr key={k.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/${modul}/${k.id}`}>
                    {k.judul}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {rincian(k)}
                  </Text>
                </Table.Td>
                <Table.Td>{k.namaUnit}</Table.Td>
                <Table.Td>{formatTanggalPanjang(k.tanggalRencanaMulai)}</Table.Td>
                <Table.Td>
                  {k.langkahAktif ? `${k.langkahAktif} ${k.namaLangkahAktif ?? ''}` : '—'}
                  {k.sla && (
                    <div>
                      <Badge size="sm" color={warnaSla[k.sla]} variant={k.terlambat ? 'filled' : 'light'}>
                        {sisaWaktu(k.hkTersisa ?? null) || t.sla[k.sla]}
                      </Badge>
                    </div>
                  )}
                </Table.Td>
                <Table.Td>{t.statusKegiatan[k.status]}</Table.Td>
              </Table.Tr>
            )}
          />
        </>
      )}
    </Stack>
  );
}
