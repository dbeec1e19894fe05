import { Anchor,Badge,Button,Checkbox,Group,Select,Stack,Table,Text,TextInput,Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect,useState,type ReactNode } from 'react';
import { Link,useSearchParams } from 'react-router';
import type { Tugas } from '../api/client';
import { t } from '../i18n';
import { sisaWaktu,warnaSla } from '../lib/sop';
import { formatTanggalPanjang } from '../lib/tanggal';
import { InputTahun } from './InputTahun';
import { TombolEkspor,useSaringanWilayah } from './SaringanDaftar';
import { StatusMuat } from './StatusMuat';
import { TabelHalaman,type DataHalaman,type KolomUrut } from './TabelHalaman';

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
  urut?: Urut;
}

/** How a module list is ordered (the API's UrutKegiatan). */
export type Urut = 'Terbaru' | 'Terlama' | 'Judul' | 'JatuhTempo';
const semuaUrut: Urut[] = ['Terbaru', 'Terlama', 'Judul', 'JatuhTempo'];

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
  /** The Excel export of the filtered list (/api/advokasi/xlsx …). */
  ekspor?: string;
}

/** A module's activity list: search, year, status, overdue filters, the current step with its SLA, paging. */
export function DaftarKegiatanSop<T extends RingkasKegiatan>({ judul, keterangan, modul, bolehBuat, labelCari, labelBaru, testId, saringanTambahan, ambil, rincian, ekspor }: Props<T>) {
  // Filters, page and search live in the URL: Back and shared links keep them.
  const [tahunUrl, setTahunUrl] = useParamUrl('tahun');
  const [statusUrl, setStatus] = useParamUrl('status');
  const [terlambatUrl, setTerlambat] = useParamUrl('terlambat');
  const [cariUrl, setCariUrl] = useParamUrl('cari');
  const [halamanUrl, setHalamanUrl] = useParamUrl('halaman');
  const [urutUrl, setUrut] = useParamUrl('urut');
  const urut: Urut = semuaUrut.find((u) => u === urutUrl) ?? 'Terbaru';
  const wilayah = useSaringanWilayah();
  const [cari, setCari] = useState(cariUrl ?? '');
  const [cariTunda] = useDebouncedValue(cari, 300);
  useEffect(() => {
    if ((cariTunda || null) !== cariUrl && cariTunda === cari) setCariUrl(cariTunda || null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the debounced text settles
  }, [cariTunda]);
  const tahun = Number(tahunUrl);
  const status = (['Berjalan', 'Selesai', 'Dibatalkan'] as const).find((x) => x === statusUrl) ?? null;
  const halaman = Math.max(1, Number(halamanUrl) || 1);
  const saringanTahun = Number.isInteger(tahun) && tahun >= 2000 && tahun <= 2100 ? tahun : undefined;
  const saringan: SaringanDasar = {
    tahun: saringanTahun,
    status: status ?? undefined,
    terlambat: terlambatUrl === 'ya' ? true : undefined,
    cari: cariUrl || undefined,
    halaman,
    ukuran: 20,
    unitId: wilayah.unitId,
    provinsi: wilayah.provinsi,
    urut: urut === 'Terbaru' ? undefined : urut,
  };
  const daftar = useQuery({ queryKey: [modul, saringan, saringanTambahan?.nilai], queryFn: () => ambil(saringan) });
  /** A sortable heading: the first click sorts by it, the date column then flips between newest and oldest. */
  const kolomUrut = (label: string, milik: Urut[], berikut: Urut): KolomUrut => ({
    label,
    urut: milik.includes(urut) ? (urut === 'Terbaru' ? 'descending' : 'ascending') : 'none',
    onUrut: () => setUrut(berikut === 'Terbaru' ? null : berikut),
  });
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
          {ekspor && <TombolEkspor path={ekspor} query={{ ...saringan, ...(saringanTambahan?.nilai ?? {}) }} namaBerkas={`${modul.replace('/', '-')}.xlsx`} />}
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
        {wilayah.elemen}
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
        <Select
          label={t.kegiatan.urutan}
          value={urut}
          data={[
            { value: 'Terbaru', label: t.kegiatan.terbaru },
            { value: 'Terlama', label: t.kegiatan.terlama },
            { value: 'Judul', label: t.kegiatan.judulAz },
            { value: 'JatuhTempo', label: t.kegiatan.urutJatuhTempo },
          ]}
          onChange={(v) => setUrut(!v || v === 'Terbaru' ? null : v)}
          allowDeselect={false}
          w={200}
        />
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
            kolom={[
              kolomUrut(t.advokasi.judulKegiatan, ['Judul'], 'Judul'),
              t.advokasi.unit,
              kolomUrut(t.advokasi.mulai, ['Terbaru', 'Terlama'], urut === 'Terbaru' ? 'Terlama' : 'Terbaru'),
              kolomUrut(t.advokasi.langkahAktif, ['JatuhTempo'], 'JatuhTempo'),
              t.advokasi.status,
            ]}
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
