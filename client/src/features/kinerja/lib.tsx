import { Group,Select,Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import {
api,
unwrap
} from '../../api/client';
import { useSesi } from '../../auth/useSesi';
import { InputTahun } from '../../components/InputTahun';
import { t } from '../../i18n';

export const k = t.kinerja;

export const BULAN = Array.from({ length: 12 }, (_, i) => `B${String(i + 1).padStart(2, '0')}`);

export const TRIWULAN = ['TW1', 'TW2', 'TW3', 'TW4'];

/** The Balanced Scorecard perspectives under their Indonesian names (a PK may store the English ones of SAKIP). */
const PERSPEKTIF: Record<string, string> = {
  stakeholder: 'Pemangku Kepentingan',
  'stakeholder perspective': 'Pemangku Kepentingan',
  customer: 'Pelanggan',
  'internal process': 'Proses Internal',
  'internal process perspective': 'Proses Internal',
  'learning & growth': 'Pembelajaran dan Pertumbuhan',
  'learning and growth': 'Pembelajaran dan Pertumbuhan',
  'learning & growth perspective': 'Pembelajaran dan Pertumbuhan',
};

export const namaPerspektif = (nama: string) => PERSPEKTIF[nama.trim().toLowerCase()] ?? nama;

export const PERIODE = [...BULAN, ...TRIWULAN];

export const angka = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n.toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));

/** The quarter the current month falls in. */
export function periodeKini(): string {
  return `TW${Math.floor(new Date().getMonth() / 3) + 1}`;
}

/** The last quarter of this year that has closed (the first quarter while it runs): the default of national views,
 * which would otherwise open on a quarter with hardly any data. */
export function periodeSelesai(): string {
  return `TW${Math.max(1, Math.floor(new Date().getMonth() / 3))}`;
}

/** The quarter a realisation period falls in (B05 → TW2). */
export function triwulanDari(periode: string): string {
  if (periode.startsWith('TW')) return periode;
  return `TW${Math.ceil(Number(periode.slice(1)) / 3)}`;
}

/** Colour of a value by kriteria (raw capaian or SS value). */
export function warna(nilai: number | null | undefined): string {
  if (nilai === null || nilai === undefined) return 'gray';
  if (nilai > 120) return 'violet';
  if (nilai > 100) return 'teal';
  if (nilai === 100) return 'green';
  if (nilai >= 70) return 'yellow';
  return 'red';
}

export const WARNA_SEL: Record<string, string> = { violet: '#e5dbff', teal: '#c3fae8', green: '#d3f9d8', yellow: '#fff3bf', red: '#ffe3e3', gray: '#f1f3f5' };

/** Unit, year and period pickers; the unit list is the PKs of the year the user may read (plus the user's own unit).
 * The choice lives in the URL (?unitId=…&tahun=…&periode=…), so Back, shared links and notifications open exactly it. */
export function usePilihan(denganPeriode = true, periodeAwal = periodeKini()) {
  const s = useSesi();
  const [cari, setCari] = useSearchParams();
  const tahunUrl = Number(cari.get('tahun'));
  const tahun = Number.isInteger(tahunUrl) && tahunUrl >= 2000 && tahunUrl <= 2100 ? tahunUrl : new Date().getFullYear();
  const periodeUrl = cari.get('periode');
  const periode = periodeUrl && PERIODE.includes(periodeUrl) ? periodeUrl : periodeAwal;
  const unitId = cari.get('unitId');
  const atur = (kunci: string, nilai: string | null) =>
    setCari((c) => {
      const baru = new URLSearchParams(c);
      if (nilai === null) baru.delete(kunci);
      else baru.set(kunci, nilai);
      return baru;
    });
  const setTahun = (v: number) => atur('tahun', String(v));
  const setPeriode = (v: string) => atur('periode', v);
  const setUnitId = (v: string | null) => atur('unitId', v);
  const daftar = useQuery({ queryKey: ['kinerja', 'pk', tahun], queryFn: () => unwrap(api.GET('/api/kinerja/pk', { params: { query: { tahun } } })) });
  const unitOpsi = (daftar.data ?? []).map((p) => ({ value: p.unitId, label: p.unit }));
  if (s && !unitOpsi.some((o) => o.value === s.unitId)) unitOpsi.unshift({ value: s.unitId, label: 'Unit saya' });
  const terpilih = unitId ?? s?.unitId ?? null;
  const pemilih = (
    <Group align="end" wrap="wrap">
      <Select label={k.unit} searchable data={unitOpsi} value={terpilih} onChange={setUnitId} w={360} allowDeselect={false} />
      <InputTahun tahun={tahun} onTahun={(v) => v !== null && setTahun(v)} label={k.tahun} />
      {denganPeriode && <Select label={k.periode} searchable data={PERIODE} value={periode} onChange={(v) => v && setPeriode(v)} w={120} allowDeselect={false} />}
    </Group>
  );
  const namaUnit = unitOpsi.find((o) => o.value === terpilih)?.label ?? '';
  return { tahun, periode, unitId: terpilih, namaUnit, pemilih, periodeDipilih: !!periodeUrl, unitDipilih: !!unitId, setPeriode };
}

export function Tabel({ kepala, children, testId }: { kepala: string[]; children: ReactNode; testId?: string }) {
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped data-testid={testId}>
        <Table.Thead>
          <Table.Tr>{kepala.map((h) => <Table.Th key={h}>{h}</Table.Th>)}</Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
