import { Alert, Badge, Button, Card, Checkbox, FileInput, Group, Loader, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import {
  ApiError,
  api,
  kirimForm,
  kirimTeks,
  unduhBerkas,
  unwrap,
  type DokumenKinerja,
  type FormRealisasi,
  type HasilImporKinerja,
  type IndikatorPk,
  type NilaiKinerja,
  type PerspektifPk,
  type RencanaAksi,
} from '../api/client';
import { useSesi } from '../auth/useSesi';
import { t } from '../i18n';
import { formatTanggalPanjang } from '../lib/tanggal';

const k = t.kinerja;
const BULAN = Array.from({ length: 12 }, (_, i) => `B${String(i + 1).padStart(2, '0')}`);
const TRIWULAN = ['TW1', 'TW2', 'TW3', 'TW4'];
const PERIODE = [...BULAN, ...TRIWULAN];
const opsi = (r: Record<string, string>) => Object.entries(r).map(([value, label]) => ({ value, label }));
const angka = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n.toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));

/** The quarter the current month falls in (the dashboard's default period). */
function periodeKini(): string {
  return `TW${Math.floor(new Date().getMonth() / 3) + 1}`;
}

/** Colour of a value by kriteria (raw capaian or SS value). */
function warna(nilai: number | null | undefined): string {
  if (nilai === null || nilai === undefined) return 'gray';
  if (nilai > 120) return 'violet';
  if (nilai > 100) return 'teal';
  if (nilai === 100) return 'green';
  if (nilai >= 70) return 'yellow';
  return 'red';
}

const WARNA_SEL: Record<string, string> = { violet: '#e5dbff', teal: '#c3fae8', green: '#d3f9d8', yellow: '#fff3bf', red: '#ffe3e3', gray: '#f1f3f5' };

function galat(error: unknown): string[] {
  if (error instanceof ApiError) {
    const f = Object.entries(error.problem.errors ?? {}).map(([kolom, pesan]) => `${kolom}: ${pesan.join(' ')}`);
    return f.length > 0 ? f : [error.message];
  }
  return [t.galat.server];
}

function DaftarGalat({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <Alert color="red" data-testid="galat-kinerja">
      <Stack gap={2}>
        {galat(error).map((g) => <Text size="sm" key={g}>{g}</Text>)}
      </Stack>
    </Alert>
  );
}

/** Unit, year and period pickers; the unit list is the PKs of the year the user may read (plus the user's own unit). */
function usePilihan(denganPeriode = true, periodeAwal = periodeKini()) {
  const s = useSesi();
  const [tahun, setTahun] = useState<number>(new Date().getFullYear());
  const [periode, setPeriode] = useState<string>(periodeAwal);
  const [unitId, setUnitId] = useState<string | null>(null);
  const daftar = useQuery({ queryKey: ['kinerja', 'pk', tahun], queryFn: () => unwrap(api.GET('/api/kinerja/pk', { params: { query: { tahun } } })) });
  const unitOpsi = (daftar.data ?? []).map((p) => ({ value: p.unitId, label: p.unit }));
  if (s && !unitOpsi.some((o) => o.value === s.unitId)) unitOpsi.unshift({ value: s.unitId, label: 'Unit saya' });
  const terpilih = unitId ?? s?.unitId ?? null;
  const pemilih = (
    <Group align="end" wrap="wrap">
      <Select label={k.unit} searchable data={unitOpsi} value={terpilih} onChange={setUnitId} w={360} allowDeselect={false} />
      <NumberInput label={k.tahun} value={tahun} min={2000} max={2100} w={110} onChange={(v) => typeof v === 'number' && setTahun(v)} />
      {denganPeriode && <Select label={k.periode} searchable data={PERIODE} value={periode} onChange={(v) => v && setPeriode(v)} w={120} allowDeselect={false} />}
    </Group>
  );
  const namaUnit = unitOpsi.find((o) => o.value === terpilih)?.label ?? '';
  return { tahun, periode, unitId: terpilih, namaUnit, pemilih };
}

/** Horizontal bars of capaian per indicator with the 100 % line (values above 150 are drawn at 150). */
export function GrafikCapaian({ data }: { data: { kode: string; capaian: number | null }[] }) {
  const lebar = 560;
  const kiri = 60;
  const tinggiBaris = 22;
  const maks = 150;
  const x = (v: number) => kiri + (Math.min(v, maks) / maks) * (lebar - kiri - 10);
  const tinggi = data.length * tinggiBaris + 24;
  return (
    <svg role="img" aria-label={k.grafikCapaian} data-testid="grafik-capaian" width="100%" viewBox={`0 0 ${lebar} ${tinggi}`} style={{ maxWidth: lebar }}>
      {data.map((d, i) => (
        <g key={d.kode} data-kode={d.kode}>
          <text x={kiri - 6} y={i * tinggiBaris + 15} textAnchor="end" fontSize="11">{d.kode}</text>
          {d.capaian !== null ? (
            <>
              <rect x={kiri} y={i * tinggiBaris + 4} width={x(d.capaian) - kiri} height={tinggiBaris - 8} fill={WARNA_SEL[warna(d.capaian)]} stroke="#868e96" strokeWidth="0.5" />
              <text x={x(d.capaian) + 4} y={i * tinggiBaris + 15} fontSize="10">{angka(d.capaian)}</text>
            </>
          ) : (
            <text x={kiri + 4} y={i * tinggiBaris + 15} fontSize="10" fill="#868e96">{k.tidakTerukur}</text>
          )}
        </g>
      ))}
      <line x1={x(100)} x2={x(100)} y1={0} y2={tinggi - 18} stroke="#e03131" strokeDasharray="4 3" data-testid="garis-100" />
      <text x={x(100)} y={tinggi - 4} textAnchor="middle" fontSize="10" fill="#e03131">100%</text>
    </svg>
  );
}

/** The NKO over the periods of a year. */
function GrafikTren({ titik }: { titik: { periode: string; nilaiKinerjaOrganisasi?: number | null }[] }) {
  const ada = titik.filter((p) => p.nilaiKinerjaOrganisasi !== null);
  if (ada.length === 0) return <Text c="dimmed" size="sm">{t.umum.kosong}</Text>;
  const lebar = 560;
  const tinggi = 160;
  const maks = Math.max(120, ...ada.map((p) => p.nilaiKinerjaOrganisasi!));
  const x = (i: number) => 40 + (ada.length === 1 ? 0 : (i / (ada.length - 1)) * (lebar - 60));
  const y = (v: number) => tinggi - 20 - (v / maks) * (tinggi - 40);
  return (
    <svg role="img" aria-label={k.tren} data-testid="grafik-tren" width="100%" viewBox={`0 0 ${lebar} ${tinggi}`} style={{ maxWidth: lebar }}>
      <line x1={30} x2={lebar - 10} y1={y(100)} y2={y(100)} stroke="#e03131" strokeDasharray="4 3" />
      <polyline fill="none" stroke="#0ca678" strokeWidth="2" points={ada.map((p, i) => `${x(i)},${y(p.nilaiKinerjaOrganisasi!)}`).join(' ')} />
      {ada.map((p, i) => (
        <g key={p.periode}>
          <circle cx={x(i)} cy={y(p.nilaiKinerjaOrganisasi!)} r={3} fill="#0ca678" />
          <text x={x(i)} y={tinggi - 4} textAnchor="middle" fontSize="10">{p.periode}</text>
          <text x={x(i)} y={y(p.nilaiKinerjaOrganisasi!) - 6} textAnchor="middle" fontSize="10">{angka(p.nilaiKinerjaOrganisasi)}</text>
        </g>
      ))}
    </svg>
  );
}

function Tabel({ kepala, children, testId }: { kepala: string[]; children: ReactNode; testId?: string }) {
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

/** Score dashboard of one unit: NKO, predikat, perspectives, sasaran, indicators with the capaian chart, and the trend. */
export function KinerjaPage() {
  const p = usePilihan();
  const nilai = useQuery({
    queryKey: ['kinerja', 'nilai', p.unitId, p.tahun, p.periode],
    enabled: !!p.unitId,
    queryFn: () => unwrap(api.GET('/api/kinerja/nilai', { params: { query: { unitId: p.unitId!, tahun: p.tahun, periode: p.periode } } })),
    retry: false,
  });
  const tren = useQuery({
    queryKey: ['kinerja', 'tren', p.unitId, p.tahun],
    enabled: !!p.unitId && nilai.isSuccess,
    queryFn: () => unwrap(api.GET('/api/kinerja/tren', { params: { query: { unitId: p.unitId!, tahun: p.tahun } } })),
  });
  const query = `unitId=${p.unitId}&tahun=${p.tahun}&periode=${p.periode}`;
  return (
    <Stack>
      <Title order={2}>{k.judul}</Title>
      <Text c="dimmed" size="sm">{k.keterangan}</Text>
      {p.pemilih}
      {nilai.isPending && p.unitId && <Loader aria-label={t.umum.memuat} />}
      {nilai.isError && <Alert color="yellow">{nilai.error instanceof ApiError && nilai.error.status === 404 ? k.belumAdaPk : t.umum.gagalMemuat}</Alert>}
      {nilai.data && <DasborNilai n={nilai.data} />}
      {nilai.data && (
        <Group>
          <Button variant="light" onClick={() => unduhBerkas(`/api/kinerja/nilai/xlsx?${query}`, `nilai-kinerja-${p.tahun}-${p.periode}.xlsx`)}>{k.unduhNilai}</Button>
          <Button variant="light" onClick={() => unduhBerkas(`/api/kinerja/ekspor?${query}`, `kinerja-${p.tahun}-${p.periode}.xlsx`)}>{k.unduhData}</Button>
        </Group>
      )}
      {tren.data && (
        <Card withBorder>
          <Title order={4}>{k.tren}</Title>
          <GrafikTren titik={tren.data.titik} />
        </Card>
      )}
    </Stack>
  );
}

function DasborNilai({ n }: { n: NilaiKinerja }) {
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Card withBorder>
          <Text size="sm" c="dimmed">{k.nko}</Text>
          <Text size="xl" fw={700} data-testid="nko">{angka(n.nilaiKinerjaOrganisasi)}</Text>
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">{k.predikat}</Text>
          <Text size="xl" fw={700} data-testid="predikat">{n.predikat ?? '—'}</Text>
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">{k.statusLaporan}</Text>
          <Text size="lg">{n.statusLaporan ? `${k.statusNama[n.statusLaporan]} (${k.versi} ${n.versiLaporan})` : '—'}</Text>
        </Card>
      </SimpleGrid>
      <Card withBorder>
        <Title order={4}>{k.perspektif}</Title>
        <Tabel kepala={[k.perspektif, k.nilai]} testId="tabel-perspektif">
          {n.perspektif.map((x) => (
            <Table.Tr key={x.nama}><Table.Td>{x.nama}</Table.Td><Table.Td>{angka(x.nilai)}</Table.Td></Table.Tr>
          ))}
        </Tabel>
      </Card>
      <Card withBorder>
        <Title order={4}>{k.sasaran}</Title>
        <Tabel kepala={[k.kode, k.nama, k.perspektif, k.nilai, k.kriteria, k.dihitung]} testId="tabel-sasaran">
          {n.sasaran.map((x) => (
            <Table.Tr key={x.kode} data-kode={x.kode}>
              <Table.Td>{x.kode}</Table.Td>
              <Table.Td>{x.nama}</Table.Td>
              <Table.Td>{x.perspektif}</Table.Td>
              <Table.Td>{angka(x.nilai)}</Table.Td>
              <Table.Td>{x.kriteria ? <Badge color={warna(x.nilai)} variant="light">{x.kriteria}</Badge> : '—'}</Table.Td>
              <Table.Td>{x.dihitung ? t.umum.ya : t.umum.tidak}</Table.Td>
            </Table.Tr>
          ))}
        </Tabel>
      </Card>
      <Card withBorder>
        <Title order={4}>{k.indikator}</Title>
        <GrafikCapaian data={n.indikator.map((i) => ({ kode: i.kode, capaian: i.capaian ?? null }))} />
        <Tabel kepala={[k.kode, k.nama, k.target, k.realisasi, k.capaian, k.capaianTahunan, k.kriteria, k.proyeksi]} testId="tabel-indikator">
          {n.indikator.map((i) => (
            <Table.Tr key={i.kode} data-kode={i.kode}>
              <Table.Td>{i.kode}</Table.Td>
              <Table.Td>{i.nama}<Text size="xs" c="dimmed">{i.satuan} · {k.arahNama[i.arah]}</Text></Table.Td>
              <Table.Td>{angka(i.targetPeriode)}</Table.Td>
              <Table.Td>{angka(i.realisasi)}</Table.Td>
              <Table.Td data-kolom="capaian">{angka(i.capaian)}</Table.Td>
              <Table.Td>{angka(i.capaianTahunan)}</Table.Td>
              <Table.Td>{i.kriteria ? <Badge color={warna(i.capaian)} variant="light">{i.kriteria}</Badge> : k.tidakTerukur}</Table.Td>
              <Table.Td>{i.proyeksi ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Tabel>
      </Card>
    </Stack>
  );
}

type Isian = { nilai: number | ''; pembilang: number | ''; penyebut: number | ''; kendala: string; rtl: string; bukti: DokumenKinerja[] };
const ISIAN_KOSONG: Isian = { nilai: '', pembilang: '', penyebut: '', kendala: '', rtl: '', bukti: [] };

/** Monthly/TW realisation entry with its deadline, review actions and version history. */
export function RealisasiPage() {
  const bulanLalu = new Date().getMonth(); // 0 = January → last month is December of last year; keep January then.
  const p = usePilihan(true, BULAN[Math.max(0, bulanLalu - 1)]);
  const qc = useQueryClient();
  const kunci = ['kinerja', 'realisasi', p.unitId, p.tahun, p.periode];
  const form = useQuery({
    queryKey: kunci,
    enabled: !!p.unitId,
    queryFn: () => unwrap(api.GET('/api/kinerja/realisasi', { params: { query: { unitId: p.unitId!, tahun: p.tahun, periode: p.periode } } })),
    retry: false,
  });
  return (
    <Stack>
      <Title order={2}>{k.entriJudul}</Title>
      <Text c="dimmed" size="sm">{k.entriKet}</Text>
      {p.pemilih}
      {form.isPending && p.unitId && <Loader aria-label={t.umum.memuat} />}
      {form.isError && <Alert color="yellow">{form.error instanceof ApiError && form.error.status === 404 ? k.belumAdaPk : t.umum.gagalMemuat}</Alert>}
      {form.data && <FormEntri key={`${form.data.unitId}-${form.data.tahun}-${form.data.periode}-${form.data.versi}-${form.data.status}`} f={form.data} onBaru={(d) => qc.setQueryData(kunci, d)} />}
    </Stack>
  );
}

function FormEntri({ f, onBaru }: { f: FormRealisasi; onBaru: (f: FormRealisasi) => void }) {
  const qc = useQueryClient();
  const [isian, setIsian] = useState<Record<string, Isian>>(() =>
    Object.fromEntries(f.indikator.map((i) => [i.kode, {
      nilai: i.isian?.pembilang != null ? '' : (i.isian?.nilai ?? ''),
      pembilang: i.isian?.pembilang ?? '',
      penyebut: i.isian?.penyebut ?? '',
      kendala: i.isian?.kendala ?? '',
      rtl: i.isian?.rencanaTindakLanjut ?? '',
      bukti: [],
    }])),
  );
  const [alasan, setAlasan] = useState('');
  const [alasanKembali, setAlasanKembali] = useState('');
  const ubah = (kode: string, v: Partial<Isian>) => setIsian((s) => ({ ...s, [kode]: { ...(s[kode] ?? ISIAN_KOSONG), ...v } }));
  const segarkan = (d: FormRealisasi) => {
    onBaru(d);
    void qc.invalidateQueries({ queryKey: ['kinerja', 'nilai'] });
  };
  const simpan = useMutation({
    mutationFn: () =>
      unwrap(api.PUT('/api/kinerja/realisasi', {
        body: {
          unitId: f.unitId,
          tahun: f.tahun,
          periode: f.periode,
          alasan: alasan || null,
          isian: f.indikator.filter((i) => i.sumber === 'Manual').map((i) => {
            const x = isian[i.kode] ?? ISIAN_KOSONG;
            const pakaiRasio = x.pembilang !== '' || x.penyebut !== '';
            return {
              kode: i.kode,
              nilai: pakaiRasio || x.nilai === '' ? null : Number(x.nilai),
              pembilang: pakaiRasio && x.pembilang !== '' ? Number(x.pembilang) : null,
              penyebut: pakaiRasio && x.penyebut !== '' ? Number(x.penyebut) : null,
              kendala: x.kendala || null,
              rencanaTindakLanjut: x.rtl || null,
              bukti: [...(i.isian?.bukti ?? []), ...x.bukti.map((b) => b.id)],
            };
          }),
        },
      })),
    onSuccess: (d) => {
      notifications.show({ color: 'teal', message: k.tersimpan });
      segarkan(d);
    },
  });
  const aksi = useMutation({
    mutationFn: (a: NonNullable<FormRealisasi['aksi']>[number]) =>
      unwrap(api.POST('/api/kinerja/realisasi/aksi', { body: { unitId: f.unitId, tahun: f.tahun, periode: f.periode, aksi: a, alasan: a === 'Kembalikan' ? alasanKembali : null } })),
    onSuccess: segarkan,
  });
  const unggah = async (kode: string, berkas: File | null) => {
    if (!berkas) return;
    const data = new FormData();
    data.set('unitId', f.unitId);
    data.set('berkas', berkas);
    const d = await kirimForm<DokumenKinerja>('/api/kinerja/dokumen', data);
    ubah(kode, { bukti: [...(isian[kode]?.bukti ?? []), d] });
  };
  const bolehIsi = f.bolehUbah && f.status !== 'Diajukan';
  return (
    <Stack>
      <Group>
        <Badge size="lg" variant="light" data-testid="status-realisasi">{f.status ? `${k.statusNama[f.status]} · ${k.versi} ${f.versi}` : k.statusNama.Draft}</Badge>
        <Text size="sm" data-testid="batas-entri">{k.batasEntri}: {formatTanggalPanjang(f.batasEntri)}</Text>
      </Group>
      {f.ditutup && <Alert color="orange">{k.ditutup}</Alert>}
      <Tabel kepala={[k.kode, k.indikator, k.target, k.realisasi, k.kendala, k.rtl, k.buktiBerkas]} testId="form-realisasi">
        {f.indikator.map((i) => {
          const x = isian[i.kode] ?? ISIAN_KOSONG;
          return (
            <Table.Tr key={i.kode} data-kode={i.kode}>
              <Table.Td>{i.kode}</Table.Td>
              <Table.Td>{i.nama}<Text size="xs" c="dimmed">{i.satuan}</Text></Table.Td>
              <Table.Td>{angka(i.targetPeriode)}</Table.Td>
              <Table.Td>
                {i.sumber !== 'Manual' ? (
                  <Text size="sm">{angka(i.realisasiOtomatis)} <Badge size="xs" variant="outline">{k.otomatis}</Badge></Text>
                ) : i.pembilang ? (
                  <Group gap={4} wrap="nowrap">
                    <NumberInput aria-label={`${k.pembilang} ${i.kode}`} placeholder={k.pembilang} title={i.pembilang} value={x.pembilang} disabled={!bolehIsi} w={90} decimalSeparator="," onChange={(v) => ubah(i.kode, { pembilang: v === '' ? '' : Number(v) })} />
                    <Text>/</Text>
                    <NumberInput aria-label={`${k.penyebut} ${i.kode}`} placeholder={k.penyebut} title={i.penyebut ?? ''} value={x.penyebut} disabled={!bolehIsi} w={90} decimalSeparator="," onChange={(v) => ubah(i.kode, { penyebut: v === '' ? '' : Number(v) })} />
                  </Group>
                ) : (
                  <NumberInput aria-label={`${k.realisasi} ${i.kode}`} value={x.nilai} disabled={!bolehIsi} w={110} decimalSeparator="," onChange={(v) => ubah(i.kode, { nilai: v === '' ? '' : Number(v) })} />
                )}
                {i.isian?.nilai != null && i.pembilang && <Text size="xs" c="dimmed">= {angka(i.isian.nilai)}</Text>}
              </Table.Td>
              <Table.Td><TextInput aria-label={`${k.kendala} ${i.kode}`} value={x.kendala} disabled={!bolehIsi} onChange={(e) => ubah(i.kode, { kendala: e.currentTarget.value })} /></Table.Td>
              <Table.Td><TextInput aria-label={`${k.rtl} ${i.kode}`} value={x.rtl} disabled={!bolehIsi} onChange={(e) => ubah(i.kode, { rtl: e.currentTarget.value })} /></Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  {(i.isian?.bukti ?? []).map((b) => (
                    <Button key={b} size="compact-xs" variant="subtle" onClick={() => unduhBerkas(`/api/kinerja/dokumen/${b}`, 'data-dukung')}>{t.kegiatan.unduh}</Button>
                  ))}
                  {x.bukti.map((b) => <Text size="xs" key={b.id}>{b.namaBerkas}</Text>)}
                  {bolehIsi && i.sumber === 'Manual' && <FileInput aria-label={`${k.buktiBerkas} ${i.kode}`} placeholder={k.buktiBerkas} size="xs" value={null} onChange={(b) => void unggah(i.kode, b)} />}
                </Stack>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Tabel>
      <DaftarGalat error={simpan.error ?? aksi.error} />
      {bolehIsi && (
        <Group align="end">
          {f.ditutup && <TextInput label={k.alasanUbah} value={alasan} onChange={(e) => setAlasan(e.currentTarget.value)} w={360} />}
          <Button onClick={() => simpan.mutate()} loading={simpan.isPending}>{k.simpanRealisasi}</Button>
        </Group>
      )}
      {f.aksi.length > 0 && (
        <Group align="end">
          {f.aksi.includes('Kembalikan') && <TextInput label={k.alasanKembali} value={alasanKembali} onChange={(e) => setAlasanKembali(e.currentTarget.value)} w={320} />}
          {f.aksi.map((a) => (
            <Button key={a} variant={a === 'Kembalikan' ? 'outline' : 'filled'} color={a === 'Kembalikan' ? 'orange' : 'teal'} loading={aksi.isPending} onClick={() => aksi.mutate(a)}>
              {k.aksiNama[a]}
            </Button>
          ))}
        </Group>
      )}
      {f.riwayatVersi.length > 0 && (
        <Card withBorder>
          <Title order={4}>{k.riwayatVersi}</Title>
          <Tabel kepala={[k.versi, k.status, t.kegiatan.waktu, t.kegiatan.oleh, k.catatan]} testId="riwayat-versi">
            {f.riwayatVersi.flatMap((v) => v.riwayat.map((r, n) => (
              <Table.Tr key={`${v.versi}-${n}`}>
                <Table.Td>{v.versi}</Table.Td>
                <Table.Td>{r.aksi} → {k.statusNama[r.ke]}</Table.Td>
                <Table.Td>{new Date(r.pada).toLocaleString('id-ID')}</Table.Td>
                <Table.Td>{r.oleh}</Table.Td>
                <Table.Td>{r.alasan ?? ''}</Table.Td>
              </Table.Tr>
            )))}
          </Tabel>
        </Card>
      )}
    </Stack>
  );
}

const indikatorBaru = (): IndikatorPk => ({
  kode: '', nama: '', satuan: '%', arah: 'Naik', definisi: null, pembilang: null, penyebut: null, targetTahunan: null, target: {}, akhirTahunSaja: false, sumber: 'Manual', kodeSop: null,
});

/** PK editor (perspectives → sasaran → indicators with targets) and the CSV import. */
export function PerjanjianKinerjaPage() {
  const p = usePilihan(false);
  const qc = useQueryClient();
  const pk = useQuery({
    queryKey: ['kinerja', 'pk', p.unitId, p.tahun],
    enabled: !!p.unitId,
    queryFn: () => unwrap(api.GET('/api/kinerja/pk/{unitId}/{tahun}', { params: { path: { unitId: p.unitId!, tahun: p.tahun } } })),
    retry: false,
  });
  return (
    <Stack>
      <Title order={2}>{k.pkJudul}</Title>
      <Text c="dimmed" size="sm">{k.pkKet}</Text>
      {p.pemilih}
      <ImporCsv onSelesai={() => void qc.invalidateQueries({ queryKey: ['kinerja'] })} />
      {pk.isPending && p.unitId && <Loader aria-label={t.umum.memuat} />}
      {(pk.data || (pk.error instanceof ApiError && pk.error.status === 404)) && p.unitId && (
        <EditorPk
          key={`${p.unitId}-${p.tahun}-${pk.data?.versi ?? 0}`}
          unitId={p.unitId}
          tahun={p.tahun}
          versi={pk.data?.versi ?? 0}
          awal={pk.data?.perspektif ?? []}
          bolehUbah={pk.data?.bolehUbah ?? true}
          onSimpan={() => void qc.invalidateQueries({ queryKey: ['kinerja'] })}
        />
      )}
    </Stack>
  );
}

function ImporCsv({ onSelesai }: { onSelesai: () => void }) {
  const [berkas, setBerkas] = useState<File | null>(null);
  const impor = useMutation({
    mutationFn: async () => kirimTeks<HasilImporKinerja>('/api/kinerja/impor', await berkas!.text()),
    onSuccess: (h) => {
      notifications.show({ color: 'teal', message: k.imporBerhasil(h.baris) });
      onSelesai();
    },
  });
  const masalah = impor.error instanceof ApiError ? Object.entries(impor.error.problem.errors ?? {}) : [];
  return (
    <Card withBorder>
      <Title order={4}>{k.imporJudul}</Title>
      <Text size="xs" c="dimmed" mb="xs">{k.imporKet}</Text>
      <Group align="end">
        <FileInput label={k.berkasCsv} accept=".csv,text/csv" value={berkas} onChange={setBerkas} w={320} clearable />
        <Button disabled={!berkas} loading={impor.isPending} onClick={() => impor.mutate()}>{k.impor}</Button>
      </Group>
      {impor.isSuccess && <Alert color="teal" mt="sm" data-testid="hasil-impor">{k.imporBerhasil(impor.data.baris)} {impor.data.unit.map((u) => `${u.unit} ${u.tahun} (${k.versi} ${u.versiPk})`).join('; ')}</Alert>}
      {impor.isError && (
        <Alert color="red" mt="sm" title={k.imporGagal} data-testid="galat-impor">
          {masalah.length > 0 ? (
            <Table>
              <Table.Tbody>
                {masalah.map(([kolom, pesan]) => (
                  <Table.Tr key={kolom}><Table.Td>{kolom}</Table.Td><Table.Td>{pesan.join(' ')}</Table.Td></Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            <Text size="sm">{impor.error.message}</Text>
          )}
        </Alert>
      )}
    </Card>
  );
}

function EditorPk({ unitId, tahun, versi, awal, bolehUbah, onSimpan }: { unitId: string; tahun: number; versi: number; awal: PerspektifPk[]; bolehUbah: boolean; onSimpan: () => void }) {
  const [struktur, setStruktur] = useState<PerspektifPk[]>(awal);
  const [alasan, setAlasan] = useState('');
  useEffect(() => setStruktur(awal), [awal]);
  const simpan = useMutation({
    mutationFn: () => unwrap(api.PUT('/api/kinerja/pk', { body: { unitId, tahun, perspektif: struktur, alasan: alasan || null } })),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: k.pkTersimpan });
      onSimpan();
    },
  });
  const ubahP = (pi: number, f: (p: PerspektifPk) => PerspektifPk) => setStruktur((s) => s.map((p, i) => (i === pi ? f(p) : p)));
  const ubahS = (pi: number, si: number, f: (s: PerspektifPk['sasaran'][number]) => PerspektifPk['sasaran'][number]) =>
    ubahP(pi, (p) => ({ ...p, sasaran: p.sasaran.map((s, i) => (i === si ? f(s) : s)) }));
  const ubahI = (pi: number, si: number, ii: number, v: Partial<IndikatorPk>) =>
    ubahS(pi, si, (s) => ({ ...s, indikator: s.indikator.map((x, i) => (i === ii ? { ...x, ...v } : x)) }));
  const target = (x: IndikatorPk, periode: string, v: number | string) => {
    const baru = { ...(x.target ?? {}) } as Record<string, number>;
    if (v === '' || v === null) delete baru[periode];
    else baru[periode] = Number(v);
    return baru;
  };
  return (
    <Stack data-testid="editor-pk">
      {versi > 0 && <Text size="sm" c="dimmed">{k.versi} {versi}</Text>}
      {struktur.map((p, pi) => (
        <Card withBorder key={pi} data-testid={`perspektif-${pi}`}>
          <Group align="end">
            <TextInput label={k.perspektif} value={p.nama} disabled={!bolehUbah} onChange={(e) => { const v = e.currentTarget.value; ubahP(pi, (x) => ({ ...x, nama: v })); }} w={320} />
            {bolehUbah && <Button variant="subtle" color="red" onClick={() => setStruktur((s) => s.filter((_, i) => i !== pi))}>{k.hapus}</Button>}
          </Group>
          {p.sasaran.map((s, si) => (
            <Card withBorder mt="sm" key={si} data-testid={`sasaran-${pi}-${si}`}>
              <Group align="end">
                <TextInput label={`${k.kode} ${k.sasaran}`} value={s.kode} disabled={!bolehUbah} w={110} onChange={(e) => { const v = e.currentTarget.value; ubahS(pi, si, (x) => ({ ...x, kode: v })); }} />
                <TextInput label={`${k.nama} ${k.sasaran}`} value={s.nama} disabled={!bolehUbah} w={360} onChange={(e) => { const v = e.currentTarget.value; ubahS(pi, si, (x) => ({ ...x, nama: v })); }} />
                <Checkbox label={k.dihitung} checked={s.hitungNko} disabled={!bolehUbah} onChange={(e) => { const v = e.currentTarget.checked; ubahS(pi, si, (x) => ({ ...x, hitungNko: v })); }} />
                {bolehUbah && <Button variant="subtle" color="red" onClick={() => ubahP(pi, (x) => ({ ...x, sasaran: x.sasaran.filter((_, i) => i !== si) }))}>{k.hapus}</Button>}
              </Group>
              {s.indikator.map((x, ii) => (
                <Stack key={ii} gap={4} mt="sm" p="xs" style={{ borderTop: '1px solid #dee2e6' }} data-testid={`indikator-${pi}-${si}-${ii}`}>
                  <Group align="end" wrap="wrap">
                    <TextInput label={k.kode} value={x.kode} disabled={!bolehUbah} w={80} onChange={(e) => ubahI(pi, si, ii, { kode: e.currentTarget.value })} />
                    <TextInput label={k.nama} value={x.nama} disabled={!bolehUbah} w={300} onChange={(e) => ubahI(pi, si, ii, { nama: e.currentTarget.value })} />
                    <TextInput label={k.satuan} value={x.satuan} disabled={!bolehUbah} w={90} onChange={(e) => ubahI(pi, si, ii, { satuan: e.currentTarget.value })} />
                    <Select label={k.arah} searchable data={opsi(k.arahNama)} value={x.arah} disabled={!bolehUbah} w={250} allowDeselect={false} onChange={(v) => v && ubahI(pi, si, ii, { arah: v as IndikatorPk['arah'] })} />
                    <NumberInput label={k.targetTahunan} value={x.targetTahunan ?? ''} disabled={!bolehUbah} w={120} decimalSeparator="," onChange={(v) => ubahI(pi, si, ii, { targetTahunan: v === '' ? null : Number(v) })} />
                    {TRIWULAN.map((tw) => (
                      <NumberInput key={tw} label={tw} value={x.target?.[tw] ?? ''} disabled={!bolehUbah} w={80} decimalSeparator="," onChange={(v) => ubahI(pi, si, ii, { target: target(x, tw, v) })} />
                    ))}
                  </Group>
                  <Group align="end" wrap="wrap">
                    <TextInput label={k.pembilang} value={x.pembilang ?? ''} disabled={!bolehUbah} w={220} onChange={(e) => ubahI(pi, si, ii, { pembilang: e.currentTarget.value || null })} />
                    <TextInput label={k.penyebut} value={x.penyebut ?? ''} disabled={!bolehUbah} w={220} onChange={(e) => ubahI(pi, si, ii, { penyebut: e.currentTarget.value || null })} />
                    <Select label={k.sumber} searchable data={opsi(k.sumberNama)} value={x.sumber ?? 'Manual'} disabled={!bolehUbah} w={300} allowDeselect={false} onChange={(v) => v && ubahI(pi, si, ii, { sumber: v as IndikatorPk['sumber'] })} />
                    {x.sumber !== 'Manual' && <TextInput label={k.kodeSop} value={x.kodeSop ?? ''} disabled={!bolehUbah} w={200} onChange={(e) => ubahI(pi, si, ii, { kodeSop: e.currentTarget.value || null })} />}
                    <Checkbox label={k.akhirTahunSaja} checked={x.akhirTahunSaja} disabled={!bolehUbah} onChange={(e) => ubahI(pi, si, ii, { akhirTahunSaja: e.currentTarget.checked })} />
                    {bolehUbah && <Button variant="subtle" color="red" onClick={() => ubahS(pi, si, (y) => ({ ...y, indikator: y.indikator.filter((_, i) => i !== ii) }))}>{k.hapus}</Button>}
                  </Group>
                  <Group align="end" wrap="wrap" gap={4}>
                    <Text size="xs" c="dimmed" w="100%">{k.targetBulanan}</Text>
                    {BULAN.map((b) => (
                      <NumberInput key={b} aria-label={`${b} ${x.kode}`} placeholder={b} value={x.target?.[b] ?? ''} disabled={!bolehUbah} w={70} size="xs" decimalSeparator="," onChange={(v) => ubahI(pi, si, ii, { target: target(x, b, v) })} />
                    ))}
                  </Group>
                </Stack>
              ))}
              {bolehUbah && <Button mt="xs" size="xs" variant="light" onClick={() => ubahS(pi, si, (y) => ({ ...y, indikator: [...y.indikator, indikatorBaru()] }))}>{k.tambahIndikator}</Button>}
            </Card>
          ))}
          {bolehUbah && (
            <Button mt="sm" size="xs" variant="light" onClick={() => ubahP(pi, (x) => ({ ...x, sasaran: [...x.sasaran, { kode: '', nama: '', hitungNko: true, indikator: [indikatorBaru()] }] }))}>
              {k.tambahSasaran}
            </Button>
          )}
        </Card>
      ))}
      {bolehUbah && (
        <>
          <Group>
            <Button variant="light" onClick={() => setStruktur((s) => [...s, { nama: '', sasaran: [{ kode: '', nama: '', hitungNko: true, indikator: [indikatorBaru()] }] }])}>{k.tambahPerspektif}</Button>
          </Group>
          <DaftarGalat error={simpan.error} />
          <Group align="end">
            {versi > 0 && <TextInput label={k.alasanRevisi} value={alasan} onChange={(e) => setAlasan(e.currentTarget.value)} w={360} />}
            <Button onClick={() => simpan.mutate()} loading={simpan.isPending} disabled={struktur.length === 0}>{versi > 0 ? k.simpanPk : k.buatPk}</Button>
          </Group>
        </>
      )}
    </Stack>
  );
}

/** National comparison: NKO ranking, SS × unit heatmap and the units late with their realisation. */
export function KinerjaNasionalPage() {
  const [tahun, setTahun] = useState<number>(new Date().getFullYear());
  const [periode, setPeriode] = useState<string>(periodeKini());
  const banding = useQuery({ queryKey: ['kinerja', 'perbandingan', tahun, periode], queryFn: () => unwrap(api.GET('/api/kinerja/perbandingan', { params: { query: { tahun, periode } } })) });
  const telat = useQuery({ queryKey: ['kinerja', 'terlambat', tahun, periode], queryFn: () => unwrap(api.GET('/api/kinerja/realisasi/terlambat', { params: { query: { tahun, periode } } })) });
  return (
    <Stack>
      <Title order={2}>{k.nasionalJudul}</Title>
      <Text c="dimmed" size="sm">{k.nasionalKet}</Text>
      <Group align="end">
        <NumberInput label={k.tahun} value={tahun} min={2000} max={2100} w={110} onChange={(v) => typeof v === 'number' && setTahun(v)} />
        <Select label={k.periode} searchable data={PERIODE} value={periode} onChange={(v) => v && setPeriode(v)} w={120} allowDeselect={false} />
      </Group>
      {banding.data && (
        <>
          <Card withBorder>
            <Title order={4}>{k.peringkat}</Title>
            <Tabel kepala={['#', k.unit, k.nko, k.predikat, k.statusLaporan]} testId="peringkat-nko">
              {banding.data.unit.map((u, i) => (
                <Table.Tr key={u.unitId} data-unit={u.unit}>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>{u.unit}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <div style={{ width: `${Math.min(u.nilaiKinerjaOrganisasi ?? 0, 120) * 1.2}px`, height: 10, background: '#63e6be' }} />
                      {angka(u.nilaiKinerjaOrganisasi)}
                    </Group>
                  </Table.Td>
                  <Table.Td>{u.predikat ?? '—'}</Table.Td>
                  <Table.Td>{u.statusLaporan ? k.statusNama[u.statusLaporan] : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Tabel>
          </Card>
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
                <Table.Td>{formatTanggalPanjang(u.batasEntri)}</Table.Td>
                <Table.Td>{u.status ? k.statusNama[u.status] : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Tabel>
        )}
      </Card>
    </Stack>
  );
}

/** SOP compliance per unit and SOP (with a bar chart of % on time) and per step. */
export function KepatuhanSopPage() {
  const [tahun, setTahun] = useState<number>(new Date().getFullYear());
  const [periode, setPeriode] = useState<string | null>(null);
  const data = useQuery({
    queryKey: ['kinerja', 'kepatuhan', tahun, periode],
    queryFn: () => unwrap(api.GET('/api/kinerja/kepatuhan-sop', { params: { query: { tahun, periode: periode ?? undefined } } })),
  });
  return (
    <Stack>
      <Title order={2}>{k.kepatuhanJudul}</Title>
      <Text c="dimmed" size="sm">{k.kepatuhanKet}</Text>
      <Group align="end">
        <NumberInput label={k.tahun} value={tahun} min={2000} max={2100} w={110} onChange={(v) => typeof v === 'number' && setTahun(v)} />
        <Select label={k.periode} searchable clearable placeholder={k.setahun} data={PERIODE} value={periode} onChange={setPeriode} w={140} />
      </Group>
      {data.data && (
        <>
          <Card withBorder>
            <GrafikCapaian data={data.data.ringkasan.map((r) => ({ kode: `${r.unit.replace(/^(Balai Besar POM|Balai POM|Loka POM) di /, '')} ${r.kodeSop.replace('POM-04.01-', '')}`, capaian: r.persenTepatWaktu ?? null }))} />
            <Tabel kepala={[k.unit, k.sop, k.selesai, k.tepatWaktu, k.terlambat, k.sedangTerlambat, k.kegiatanSelesai, k.persenTepat]} testId="kepatuhan-ringkasan">
              {data.data.ringkasan.map((r) => (
                <Table.Tr key={`${r.unitId}-${r.kodeSop}`}>
                  <Table.Td>{r.unit}</Table.Td>
                  <Table.Td>{r.kodeSop}</Table.Td>
                  <Table.Td>{r.selesai}</Table.Td>
                  <Table.Td>{r.tepatWaktu}</Table.Td>
                  <Table.Td>{r.terlambat}</Table.Td>
                  <Table.Td>{r.sedangTerlambat}</Table.Td>
                  <Table.Td>{r.kegiatanSelesai}</Table.Td>
                  <Table.Td>{angka(r.persenTepatWaktu)}</Table.Td>
                </Table.Tr>
              ))}
            </Tabel>
            {data.data.ringkasan.length === 0 && <Text c="dimmed" size="sm">{t.umum.kosong}</Text>}
          </Card>
          <Card withBorder>
            <Title order={4}>{k.langkah}</Title>
            <Tabel kepala={[k.unit, k.sop, k.langkah, k.selesai, k.tepatWaktu, k.terlambat, k.sedangTerlambat, k.medianHk, k.hkDiizinkan]} testId="kepatuhan-langkah">
              {data.data.langkah.map((r) => (
                <Table.Tr key={`${r.unitId}-${r.kodeSop}-${r.langkahKode}`}>
                  <Table.Td>{r.unit}</Table.Td>
                  <Table.Td>{r.kodeSop}</Table.Td>
                  <Table.Td>{r.langkahKode}</Table.Td>
                  <Table.Td>{r.selesai}</Table.Td>
                  <Table.Td>{r.tepatWaktu}</Table.Td>
                  <Table.Td>{r.terlambat}</Table.Td>
                  <Table.Td>{r.sedangTerlambat}</Table.Td>
                  <Table.Td>{r.medianHkTerpakai ?? '—'}</Table.Td>
                  <Table.Td>{r.hkDiizinkan ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Tabel>
          </Card>
        </>
      )}
    </Stack>
  );
}

/** Follow-up monitoring (recommendations with action plans, sign-off, semester recap) and SKM results. */
export function RencanaAksiPage() {
  const s = useSesi();
  const qc = useQueryClient();
  const [tahun, setTahun] = useState<number>(new Date().getFullYear());
  const [semester, setSemester] = useState<string>(new Date().getMonth() < 6 ? '1' : '2');
  const daftar = useQuery({ queryKey: ['kinerja', 'rencana-aksi', tahun, semester], queryFn: () => unwrap(api.GET('/api/kinerja/rencana-aksi', { params: { query: { tahun, semester: Number(semester) } } })) });
  const rekap = useQuery({ queryKey: ['kinerja', 'rencana-aksi', 'rekap', tahun, semester], queryFn: () => unwrap(api.GET('/api/kinerja/rencana-aksi/rekap', { params: { query: { tahun, semester: Number(semester) } } })) });
  const segarkan = () => void qc.invalidateQueries({ queryKey: ['kinerja', 'rencana-aksi'] });
  const [baru, setBaru] = useState({ nomor: '', rekomendasi: '', sumber: 'Skm', unitId: '' });
  // The planning unit records recommendations for any unit; others for their own (the API enforces it).
  const units = useQuery({ queryKey: ['unit-kerja', 'semua'], queryFn: () => unwrap(api.GET('/api/unit-kerja')) });
  const unitOpsi = (units.data ?? []).map((u) => ({ value: u.id, label: u.nama }));
  const buat = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/kinerja/rencana-aksi', {
        body: {
          unitId: baru.unitId || s!.unitId,
          tahun,
          semester: Number(semester),
          sumber: baru.sumber as RencanaAksi['sumber'],
          nomorRekomendasi: baru.nomor,
          rekomendasi: baru.rekomendasi,
        },
      })),
    onSuccess: () => {
      setBaru({ ...baru, nomor: '', rekomendasi: '' });
      segarkan();
    },
  });
  return (
    <Stack>
      <Title order={2}>{k.rencanaJudul}</Title>
      <Text c="dimmed" size="sm">{k.rencanaKet}</Text>
      <Group align="end">
        <NumberInput label={k.tahun} value={tahun} min={2000} max={2100} w={110} onChange={(v) => typeof v === 'number' && setTahun(v)} />
        <Select label={k.semester} data={['1', '2']} value={semester} onChange={(v) => v && setSemester(v)} w={100} allowDeselect={false} />
      </Group>
      {rekap.data && (
        <Card withBorder>
          <Title order={4}>{k.rekap}</Title>
          <Tabel kepala={[k.unit, k.jumlah, k.sesuai, k.persenSesuai, k.open, k.close]} testId="rekap-rencana-aksi">
            {[...rekap.data.unit, rekap.data.total].map((u) => (
              <Table.Tr key={u.unitId} fw={u.unitId === rekap.data.total.unitId ? 700 : undefined}>
                <Table.Td>{u.unit}</Table.Td>
                <Table.Td>{u.jumlah}</Table.Td>
                <Table.Td>{u.sesuai}</Table.Td>
                <Table.Td>{angka(u.persenSesuai)}</Table.Td>
                <Table.Td>{u.open}</Table.Td>
                <Table.Td>{u.close}</Table.Td>
              </Table.Tr>
            ))}
          </Tabel>
        </Card>
      )}
      <Card withBorder>
        <Title order={4}>{k.rekomendasiBaru}</Title>
        <Group align="end">
          <Select label={k.unit} searchable data={unitOpsi} value={baru.unitId || s?.unitId || null} onChange={(v) => v && setBaru({ ...baru, unitId: v })} w={320} allowDeselect={false} />
          <Select label={k.sumberRek} data={opsi(k.sumberRekNama)} value={baru.sumber} onChange={(v) => v && setBaru({ ...baru, sumber: v })} w={150} allowDeselect={false} />
          <TextInput label={k.nomor} value={baru.nomor} onChange={(e) => setBaru({ ...baru, nomor: e.currentTarget.value })} w={140} />
          <TextInput label={k.rekomendasi} value={baru.rekomendasi} onChange={(e) => setBaru({ ...baru, rekomendasi: e.currentTarget.value })} w={420} />
          <Button onClick={() => buat.mutate()} loading={buat.isPending}>{t.umum.simpan}</Button>
        </Group>
        <DaftarGalat error={buat.error} />
      </Card>
      {daftar.data?.map((r) => <ItemRencanaAksi key={r.id} r={r} onUbah={segarkan} />)}
      {daftar.data?.length === 0 && <Text c="dimmed">{t.umum.kosong}</Text>}
      <SkmBagian tahun={tahun} />
    </Stack>
  );
}

function ItemRencanaAksi({ r, onUbah }: { r: RencanaAksi; onUbah: () => void }) {
  const [rencana, setRencana] = useState(r.rencana ?? '');
  const [batas, setBatas] = useState(r.batasWaktu ?? '');
  const [bukti, setBukti] = useState<DokumenKinerja[]>([]);
  const [mengunggah, setMengunggah] = useState(false);
  const kirim = useMutation({
    mutationFn: (body: { aksi: 'Isi' | 'Nilai' | 'SahkanBukti' | 'Tutup'; sesuai?: boolean }) =>
      unwrap(api.POST('/api/kinerja/rencana-aksi/{id}', {
        params: { path: { id: r.id } },
        body: { aksi: body.aksi, sesuai: body.sesuai ?? null, rencana, batasWaktu: batas || null, catatan: null, bukti: [...r.bukti, ...bukti.map((b) => b.id)] },
      })),
    onSuccess: () => {
      setBukti([]);
      onUbah();
    },
  });
  const unggah = async (berkas: File | null) => {
    if (!berkas) return;
    const data = new FormData();
    data.set('unitId', r.unitId);
    data.set('berkas', berkas);
    setMengunggah(true);
    try {
      const d = await kirimForm<DokumenKinerja>('/api/kinerja/dokumen', data);
      setBukti((b) => [...b, d]);
    } finally {
      setMengunggah(false);
    }
  };
  return (
    <Card withBorder data-testid={`rencana-${r.nomorRekomendasi}`}>
      <Group justify="space-between">
        <Text fw={600}>{r.nomorRekomendasi} · {r.rekomendasi}</Text>
        <Group gap="xs">
          <Badge variant="light">{k.sumberRekNama[r.sumber]}</Badge>
          <Badge color={r.status === 'Close' ? 'teal' : 'orange'}>{r.status}</Badge>
          {r.sesuaiRekomendasi !== null && r.sesuaiRekomendasi !== undefined && <Badge color={r.sesuaiRekomendasi ? 'teal' : 'red'} variant="outline">{r.sesuaiRekomendasi ? k.nilaiSesuai : k.nilaiTidakSesuai}</Badge>}
        </Group>
      </Group>
      <Text size="sm" c="dimmed">{r.unit}</Text>
      {r.alasanMasihOpen && <Text size="sm" c="orange">{k.masihOpen}: {r.alasanMasihOpen}</Text>}
      {r.buktiDisahkanOleh && <Text size="sm">{k.disahkanOleh}: {r.buktiDisahkanOleh}</Text>}
      <Group gap="xs">
        {r.bukti.map((b) => <Button key={b} size="compact-xs" variant="subtle" onClick={() => unduhBerkas(`/api/kinerja/dokumen/${b}`, 'data-dukung')}>{t.kegiatan.unduh}</Button>)}
      </Group>
      {bukti.length > 0 && (
        <Group gap="xs" mt="xs" data-testid="bukti-baru">
          {bukti.map((b) => <Badge key={b.id} variant="outline">{b.namaBerkas}</Badge>)}
        </Group>
      )}
      {r.bolehUbah && (
        <Group align="end" mt="xs">
          <TextInput label={k.rencana} value={rencana} onChange={(e) => setRencana(e.currentTarget.value)} w={360} />
          <TextInput label={k.batasWaktu} type="date" value={batas} onChange={(e) => setBatas(e.currentTarget.value)} w={160} />
          <FileInput label={k.buktiBerkas} placeholder={k.buktiBerkas} value={null} onChange={(b) => void unggah(b)} w={200} />
          <Button onClick={() => kirim.mutate({ aksi: 'Isi' })} disabled={mengunggah} loading={kirim.isPending}>{k.isiRencana}</Button>
          <Button variant="outline" onClick={() => kirim.mutate({ aksi: 'Tutup' })}>{k.tutupItem}</Button>
        </Group>
      )}
      <Group mt="xs">
        {r.bolehSahkanBukti && <Button color="teal" onClick={() => kirim.mutate({ aksi: 'SahkanBukti' })}>{k.sahkanBukti}</Button>}
        {r.bolehNilai && (
          <>
            <Button variant="light" color="teal" onClick={() => kirim.mutate({ aksi: 'Nilai', sesuai: true })}>{k.nilaiSesuai}</Button>
            <Button variant="light" color="red" onClick={() => kirim.mutate({ aksi: 'Nilai', sesuai: false })}>{k.nilaiTidakSesuai}</Button>
          </>
        )}
      </Group>
      <DaftarGalat error={kirim.error} />
    </Card>
  );
}

function SkmBagian({ tahun }: { tahun: number }) {
  const s = useSesi();
  const qc = useQueryClient();
  const daftar = useQuery({ queryKey: ['kinerja', 'skm', tahun], queryFn: () => unwrap(api.GET('/api/kinerja/skm', { params: { query: { tahun } } })) });
  const [periode, setPeriode] = useState('S1');
  const [layanan, setLayanan] = useState('');
  const [responden, setResponden] = useState<number | ''>('');
  const [unsur, setUnsur] = useState<(number | '')[]>(Array(9).fill(''));
  const simpan = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/kinerja/skm', {
        body: { unitId: s!.unitId, tahun, periode, layanan, jumlahResponden: Number(responden || 0), unsur: unsur.map((u) => Number(u || 0)) },
      })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['kinerja', 'skm'] }),
  });
  return (
    <Card withBorder>
      <Title order={4}>{k.skmJudul}</Title>
      <Group align="end" wrap="wrap">
        <Select label={k.periode} data={['S1', 'S2', 'TW1', 'TW2', 'TW3', 'TW4', 'TAHUNAN']} value={periode} onChange={(v) => v && setPeriode(v)} w={120} allowDeselect={false} />
        <TextInput label={k.layanan} value={layanan} onChange={(e) => setLayanan(e.currentTarget.value)} w={260} />
        <NumberInput label={k.responden} value={responden} min={1} w={110} onChange={(v) => setResponden(v === '' ? '' : Number(v))} />
      </Group>
      <Group align="end" wrap="wrap" mt="xs">
        {k.unsur.map((nama, i) => (
          <NumberInput key={nama} label={`U${i + 1}`} title={nama} aria-label={`U${i + 1} ${nama}`} value={unsur[i]} min={1} max={4} step={0.01} decimalScale={2} decimalSeparator="," w={80}
            onChange={(v) => setUnsur((u) => u.map((x, j) => (j === i ? (v === '' ? '' : Number(v)) : x)))} />
        ))}
        <Button onClick={() => simpan.mutate()} loading={simpan.isPending}>{k.simpanSkm}</Button>
      </Group>
      <DaftarGalat error={simpan.error} />
      {daftar.data && daftar.data.length > 0 && (
        <Tabel kepala={[k.unit, k.periode, k.layanan, k.responden, k.ikm, k.mutu]} testId="daftar-skm">
          {daftar.data.map((h) => (
            <Table.Tr key={h.id}>
              <Table.Td>{h.unit}</Table.Td>
              <Table.Td>{h.periode}</Table.Td>
              <Table.Td>{h.layanan}</Table.Td>
              <Table.Td>{h.jumlahResponden}</Table.Td>
              <Table.Td>{angka(h.ikm)}</Table.Td>
              <Table.Td>{h.mutu} ({h.mutuKeterangan})</Table.Td>
            </Table.Tr>
          ))}
        </Tabel>
      )}
    </Card>
  );
}

