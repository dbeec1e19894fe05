import { ActionIcon, Alert, Anchor, Button, Card, Group, Loader, NumberInput, Pagination, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, api, unwrap, type DataKegiatanPemberdayaan, type KegiatanPemberdayaan } from '../api/client';
import { sesi } from '../auth/session';
import { DaftarKegiatanSop } from '../components/DaftarKegiatanSop';
import { BagianSop } from '../components/KegiatanSop';
import { KepalaKegiatan } from '../components/KepalaKegiatan';
import { t } from '../i18n';
import { formatTanggalPanjang } from '../lib/tanggal';

const opsi = (r: Record<string, string>) => Object.entries(r).map(([value, label]) => ({ value, label }));
type Program = DataKegiatanPemberdayaan['program'];

/** Kegiatan Pemberdayaan Masyarakat the user may read. */
export function PemberdayaanDaftarPage() {
  const [program, setProgram] = useState<string | null>(null);
  return (
    <DaftarKegiatanSop
      judul={t.pemberdayaan.judul}
      keterangan={t.pemberdayaan.keterangan}
      modul="pemberdayaan"
      bolehBuat={sesi.punyaPeran('Upt') || sesi.punyaPeran('UnitKerjaPusat')}
      labelCari={t.advokasi.cari}
      testId="daftar-pemberdayaan"
      saringanTambahan={{
        nilai: { program: program ?? undefined },
        elemen: <Select label={t.pemberdayaan.program} clearable placeholder={t.umum.semua} data={opsi(t.pemberdayaan.programNama)} value={program} onChange={setProgram} w={200} />,
      }}
      ambil={(query) => unwrap(api.GET('/api/pemberdayaan', { params: { query: { ...query, program: (program ?? undefined) as Program | undefined } } }))}
      rincian={(k) => `${t.pemberdayaan.programNama[k.program]} · ${t.pemberdayaan.bentukNama[k.bentuk]} · ${k.jumlahKomunitas} ${t.pemberdayaan.komunitas.toLowerCase()} · ${k.jumlahKader} kader`}
    />
  );
}

interface BarisKomunitas { jenis: string | null; nama: string; provinsi: string; kabupatenKota: string }
interface BarisKader { nama: string; peran: string | null; komunitas: string | null; kontak: string }

/** Create and edit form of a Kegiatan Pemberdayaan (kader can be added after the event). */
export function PemberdayaanFormPage() {
  const { id } = useParams();
  const ada = useQuery({ queryKey: ['pemberdayaan', id], enabled: !!id, queryFn: () => unwrap(api.GET('/api/pemberdayaan/{id}', { params: { path: { id: id! } } })) });
  if (id && ada.isPending) return <Loader aria-label={t.umum.memuat} />;
  if (id && ada.isError) return <Alert color="red">{t.umum.gagalMemuat}</Alert>;
  return <FormPemberdayaan awal={ada.data} />;
}

function FormPemberdayaan({ awal }: { awal?: KegiatanPemberdayaan }) {
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [judul, setJudul] = useState(awal?.judul ?? '');
  const [program, setProgram] = useState<string | null>(awal?.program ?? null);
  const [programLainnya, setProgramLainnya] = useState(awal?.programLainnya ?? '');
  const [bentuk, setBentuk] = useState<string | null>(awal?.bentuk ?? null);
  const [peserta, setPeserta] = useState<number | ''>(awal?.jumlahPeserta ?? '');
  const [lokasi, setLokasi] = useState(awal?.lokasi ?? '');
  const [mulai, setMulai] = useState(awal?.tanggalRencanaMulai ?? '');
  const [selesai, setSelesai] = useState(awal?.tanggalRencanaSelesai ?? '');
  const [dasar, setDasar] = useState(awal?.dasarKegiatan ?? '');
  const [komunitas, setKomunitas] = useState<BarisKomunitas[]>(awal?.komunitas.map((k) => ({ ...k })) ?? [{ jenis: null, nama: '', provinsi: '', kabupatenKota: '' }]);
  const [kader, setKader] = useState<BarisKader[]>(awal?.kader.map((k) => ({ nama: k.nama, peran: k.peran, komunitas: k.komunitas, kontak: k.kontak ?? '' })) ?? []);
  const [galat, setGalat] = useState<Record<string, string>>({});
  const namaKomunitas = komunitas.map((k) => k.nama.trim()).filter(Boolean);

  const simpan = useMutation({
    mutationFn: () => {
      const body = {
        judul,
        program,
        programLainnya: programLainnya || null,
        bentuk,
        jumlahPeserta: peserta === '' ? null : peserta,
        lokasi,
        tanggalRencanaMulai: mulai || null,
        tanggalRencanaSelesai: selesai || null,
        dasarKegiatan: dasar,
        komunitas,
        kader: kader.map((k) => ({ ...k, kontak: k.kontak || null, komunitas: k.komunitas ?? '' })),
      } as unknown as DataKegiatanPemberdayaan;
      return awal
        ? unwrap(api.PUT('/api/pemberdayaan/{id}', { params: { path: { id: awal.id } }, body }))
        : unwrap(api.POST('/api/pemberdayaan', { body }));
    },
    onSuccess: (k) => {
      qc.invalidateQueries({ queryKey: ['pemberdayaan'] });
      qc.invalidateQueries({ queryKey: ['tugas-saya'] });
      notifications.show({ color: 'teal', message: awal ? t.umum.berhasilDisimpan : t.pemberdayaan.dibuat });
      navigate(`/pemberdayaan/${k.id}`);
    },
    onError: (e) => setGalat(e instanceof ApiError ? e.fieldErrors : {}),
  });

  return (
    <Stack maw={1000} component="form" onSubmit={(e) => { e.preventDefault(); setGalat({}); simpan.mutate(); }}>
      <Title order={2}>{awal ? t.pemberdayaan.ubahJudul : t.pemberdayaan.baru}</Title>
      {simpan.isError && !(simpan.error instanceof ApiError && simpan.error.status === 400) && <Alert color="red">{simpan.error.message}</Alert>}
      <TextInput label={t.advokasi.judulKegiatan} value={judul} onChange={(e) => setJudul(e.currentTarget.value)} error={galat.judul} required />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select searchable label={t.pemberdayaan.program} data={opsi(t.pemberdayaan.programNama)} value={program} onChange={setProgram} error={galat.program} required />
        {program === 'Lainnya' ? (
          <TextInput label={t.pemberdayaan.programLainnya} value={programLainnya} onChange={(e) => setProgramLainnya(e.currentTarget.value)} error={galat.programLainnya} required />
        ) : (
          <div />
        )}
        <Select searchable label={t.pemberdayaan.bentuk} data={opsi(t.pemberdayaan.bentukNama)} value={bentuk} onChange={setBentuk} error={galat.bentuk} required />
        <NumberInput label={t.pembinaan.peserta} value={peserta} min={0} onChange={(v) => setPeserta(typeof v === 'number' ? v : '')} error={galat.jumlahPeserta} required />
        <TextInput label={t.advokasi.lokasi} value={lokasi} onChange={(e) => setLokasi(e.currentTarget.value)} error={galat.lokasi} required />
        <TextInput label={t.advokasi.dasar} value={dasar} onChange={(e) => setDasar(e.currentTarget.value)} error={galat.dasarKegiatan} required />
        <TextInput type="date" label={t.advokasi.mulai} value={mulai} onChange={(e) => setMulai(e.currentTarget.value)} error={galat.tanggalRencanaMulai} required />
        <TextInput type="date" label={t.advokasi.selesai} value={selesai} onChange={(e) => setSelesai(e.currentTarget.value)} error={galat.tanggalRencanaSelesai} required />
      </SimpleGrid>
      <Title order={5}>{t.pemberdayaan.komunitas}</Title>
      {galat.komunitas && <Alert color="red">{galat.komunitas}</Alert>}
      {komunitas.map((k, i) => (
        <Group key={i} align="end" gap="xs" data-testid={`komunitas-${i}`}>
          <Select searchable label={t.pemberdayaan.jenisKomunitas} data={opsi(t.pemberdayaan.komunitasNama)} value={k.jenis} onChange={(v) => setKomunitas(komunitas.map((x, j) => (j === i ? { ...x, jenis: v } : x)))} error={galat[`komunitas[${i}].jenis`]} w={200} />
          <TextInput label={t.pemberdayaan.namaKomunitas} value={k.nama} onChange={(e) => { const v = e.currentTarget.value; setKomunitas(komunitas.map((x, j) => (j === i ? { ...x, nama: v } : x))); }} error={galat[`komunitas[${i}].nama`]} style={{ flex: 1 }} />
          <TextInput label={t.pembinaan.provinsi} value={k.provinsi} onChange={(e) => { const v = e.currentTarget.value; setKomunitas(komunitas.map((x, j) => (j === i ? { ...x, provinsi: v } : x))); }} error={galat[`komunitas[${i}].provinsi`]} w={160} />
          <TextInput label={t.pembinaan.kabKota} value={k.kabupatenKota} onChange={(e) => { const v = e.currentTarget.value; setKomunitas(komunitas.map((x, j) => (j === i ? { ...x, kabupatenKota: v } : x))); }} error={galat[`komunitas[${i}].kabupatenKota`]} w={200} />
          {komunitas.length > 1 && (
            <ActionIcon variant="subtle" color="red" aria-label={t.umum.hapus} onClick={() => setKomunitas(komunitas.filter((_, j) => j !== i))} mb={4}>×</ActionIcon>
          )}
        </Group>
      ))}
      <Group>
        <Button variant="light" onClick={() => setKomunitas([...komunitas, { jenis: null, nama: '', provinsi: '', kabupatenKota: '' }])}>{t.pemberdayaan.tambahKomunitas}</Button>
      </Group>
      <Title order={5}>{t.pemberdayaan.kader}</Title>
      {kader.map((k, i) => (
        <Group key={i} align="end" gap="xs" data-testid={`kader-${i}`}>
          <TextInput label={t.pemberdayaan.namaKader} value={k.nama} onChange={(e) => { const v = e.currentTarget.value; setKader(kader.map((x, j) => (j === i ? { ...x, nama: v } : x))); }} error={galat[`kader[${i}].nama`]} style={{ flex: 1 }} />
          <Select searchable label={t.pemberdayaan.peranKader} data={opsi(t.pemberdayaan.peranNama)} value={k.peran} onChange={(v) => setKader(kader.map((x, j) => (j === i ? { ...x, peran: v } : x)))} error={galat[`kader[${i}].peran`]} w={120} />
          <Select searchable label={t.pemberdayaan.komunitasKader} data={namaKomunitas} value={k.komunitas} onChange={(v) => setKader(kader.map((x, j) => (j === i ? { ...x, komunitas: v } : x)))} error={galat[`kader[${i}].komunitas`] ?? galat[`kader[${i}]`]} w={240} />
          <TextInput label={t.pemberdayaan.kontak} value={k.kontak} onChange={(e) => { const v = e.currentTarget.value; setKader(kader.map((x, j) => (j === i ? { ...x, kontak: v } : x))); }} error={galat[`kader[${i}].kontak`]} w={160} />
          <ActionIcon variant="subtle" color="red" aria-label={t.umum.hapus} onClick={() => setKader(kader.filter((_, j) => j !== i))} mb={4}>×</ActionIcon>
        </Group>
      ))}
      <Group>
        <Button variant="light" onClick={() => setKader([...kader, { nama: '', peran: 'Kader', komunitas: namaKomunitas[0] ?? null, kontak: '' }])}>{t.pemberdayaan.tambahKader}</Button>
      </Group>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => navigate(awal ? `/pemberdayaan/${awal.id}` : '/pemberdayaan')}>{t.umum.batal}</Button>
        <Button type="submit" loading={simpan.isPending}>{t.advokasi.simpan}</Button>
      </Group>
    </Stack>
  );
}

/** A Kegiatan Pemberdayaan: programme, communities, kader, then the SOP steps, recommendations and audit. */
export function PemberdayaanDetailPage() {
  const { id } = useParams();
  const kegiatan = useQuery({ queryKey: ['pemberdayaan', id], queryFn: () => unwrap(api.GET('/api/pemberdayaan/{id}', { params: { path: { id: id! } } })) });
  if (kegiatan.isPending) return <Loader aria-label={t.umum.memuat} />;
  if (kegiatan.isError) return <Alert color="red">{kegiatan.error instanceof ApiError && kegiatan.error.status === 404 ? t.galat.tidakDitemukan : t.umum.gagalMemuat}</Alert>;
  const k = kegiatan.data;
  return (
    <Stack>
      <KepalaKegiatan
        judul={k.judul}
        instans={k.instans}
        aksi={k.bolehUbah && <Button variant="light" component={Link} to={`/pemberdayaan/${k.id}/ubah`}>{t.umum.ubah}</Button>}
      />
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Text size="sm"><b>{t.pemberdayaan.program}:</b> {t.pemberdayaan.programNama[k.program]}{k.programLainnya ? ` (${k.programLainnya})` : ''}</Text>
          <Text size="sm"><b>{t.pemberdayaan.bentuk}:</b> {t.pemberdayaan.bentukNama[k.bentuk]}</Text>
          <Text size="sm"><b>{t.advokasi.lokasi}:</b> {k.lokasi}</Text>
          <Text size="sm"><b>{t.pembinaan.peserta}:</b> {k.jumlahPeserta}</Text>
          <Text size="sm"><b>{t.advokasi.mulai}:</b> {formatTanggalPanjang(k.tanggalRencanaMulai)} – {formatTanggalPanjang(k.tanggalRencanaSelesai)}</Text>
          <Text size="sm"><b>{t.advokasi.dasar}:</b> {k.dasarKegiatan}</Text>
          <Text size="sm" style={{ gridColumn: '1 / -1' }}>
            <b>{t.pemberdayaan.komunitas}:</b> {k.komunitas.map((x) => `${x.nama} (${t.pemberdayaan.komunitasNama[x.jenis]}, ${x.kabupatenKota})`).join('; ')}
          </Text>
        </SimpleGrid>
        {k.kader.length > 0 && (
          <Table mt="sm" data-testid="kader-kegiatan">
            <Table.Tbody>
              {k.kader.map((x) => (
                <Table.Tr key={x.id}>
                  <Table.Td>{x.nama}</Table.Td>
                  <Table.Td>{t.pemberdayaan.peranNama[x.peran]}</Table.Td>
                  <Table.Td>{x.komunitas}</Table.Td>
                  <Table.Td>{x.kontak ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      <BagianSop instans={k.instans} kegiatanId={k.id} kunci="pemberdayaan" />
    </Stack>
  );
}

/** The kader/duta registry and the recap of what was reached per unit and period. */
export function KaderPage() {
  const [cari, setCari] = useState('');
  const [cariTunda] = useDebouncedValue(cari, 300);
  const [halaman, setHalaman] = useState(1);
  const [tahun, setTahun] = useState<number>(new Date().getFullYear());
  const [periode, setPeriode] = useState<string | null>(null);
  const query = { cari: cariTunda || undefined, halaman, ukuran: 20 };
  const daftar = useQuery({ queryKey: ['pemberdayaan', 'kader', query], queryFn: () => unwrap(api.GET('/api/pemberdayaan/kader', { params: { query } })) });
  const rekap = useQuery({
    queryKey: ['pemberdayaan', 'rekap', tahun, periode],
    queryFn: () => unwrap(api.GET('/api/pemberdayaan/rekap', { params: { query: { tahun, periode: periode ?? undefined } } })),
  });
  const periodeOpsi = [...['TW1', 'TW2', 'TW3', 'TW4'], ...Array.from({ length: 12 }, (_, i) => `B${String(i + 1).padStart(2, '0')}`)];
  const kolom = Object.entries(t.pemberdayaan.kolom) as [keyof typeof t.pemberdayaan.kolom, string][];
  return (
    <Stack>
      <Title order={2}>{t.pemberdayaan.rekap}</Title>
      <Text c="dimmed" size="sm">{t.pemberdayaan.rekapKet}</Text>
      <Group align="end">
        <NumberInput label={t.advokasi.tahun} value={tahun} min={2000} max={2100} w={110} onChange={(v) => typeof v === 'number' && setTahun(v)} />
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
      <Title order={3} mt="md">{t.pemberdayaan.registri}</Title>
      <TextInput label={t.pemberdayaan.cariKader} value={cari} onChange={(e) => { setCari(e.currentTarget.value); setHalaman(1); }} w={320} />
      {daftar.data && (
        <>
          <Table striped data-testid="registri-kader">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t.pemberdayaan.namaKader}</Table.Th>
                <Table.Th>{t.pemberdayaan.peranKader}</Table.Th>
                <Table.Th>{t.pemberdayaan.komunitasKader}</Table.Th>
                <Table.Th>{t.pemberdayaan.kontak}</Table.Th>
                <Table.Th>{t.pemberdayaan.kegiatan}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {daftar.data.item.map((k) => (
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
              ))}
            </Table.Tbody>
          </Table>
          {daftar.data.item.length === 0 && <Text c="dimmed">{t.umum.kosong}</Text>}
          {daftar.data.total > daftar.data.ukuranHalaman && (
            <Pagination total={Math.ceil(daftar.data.total / daftar.data.ukuranHalaman)} value={halaman} onChange={setHalaman} />
          )}
        </>
      )}
    </Stack>
  );
}
