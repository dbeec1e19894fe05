import { ActionIcon, Alert, Anchor, Badge, Button, Card, Checkbox, Group, Loader, NumberInput, Pagination, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, api, unwrap, type DataKegiatanPembinaan, type KegiatanPembinaan } from '../api/client';
import { sesi } from '../auth/session';
import { DaftarKegiatanSop } from '../components/DaftarKegiatanSop';
import { BagianSop } from '../components/KegiatanSop';
import { KepalaKegiatan } from '../components/KepalaKegiatan';
import { t } from '../i18n';
import { formatTanggalPanjang } from '../lib/tanggal';

const opsi = (r: Record<string, string>) => Object.entries(r).map(([value, label]) => ({ value, label }));

/** Kegiatan Pembinaan dan Pendampingan the user may read. */
export function PembinaanDaftarPage() {
  const [komoditas, setKomoditas] = useState<string | null>(null);
  const [fungsi, setFungsi] = useState<string | null>(null);
  return (
    <DaftarKegiatanSop
      judul={t.pembinaan.judul}
      keterangan={t.pembinaan.keterangan}
      modul="pembinaan"
      bolehBuat={sesi.punyaPeran('Upt') || sesi.punyaPeran('UnitKerjaPusat')}
      labelCari={t.advokasi.cari}
      testId="daftar-pembinaan"
      saringanTambahan={{
        nilai: { komoditas: komoditas ?? undefined, fungsi: fungsi ?? undefined },
        elemen: (
          <>
            <Select label={t.pembinaan.komoditas} clearable placeholder={t.umum.semua} data={opsi(t.pembinaan.komoditasNama)} value={komoditas} onChange={setKomoditas} w={190} />
            <Select label={t.pembinaan.fungsi} clearable placeholder={t.umum.semua} data={opsi(t.pembinaan.fungsiNama)} value={fungsi} onChange={setFungsi} w={140} />
          </>
        ),
      }}
      ambil={(query) =>
        unwrap(
          api.GET('/api/pembinaan', {
            params: { query: { ...query, komoditas: (komoditas ?? undefined) as DataKegiatanPembinaan['komoditas'] | undefined, fungsi: (fungsi ?? undefined) as DataKegiatanPembinaan['fungsi'] | undefined } },
          }),
        )
      }
      rincian={(k) => `${t.pembinaan.komoditasNama[k.komoditas]} · ${t.pembinaan.fungsiNama[k.fungsi]} · ${t.pembinaan.bentukNama[k.bentuk]} · ${k.jumlahSasaran} ${t.pembinaan.jumlahSasaran.toLowerCase()}`}
    />
  );
}

interface BarisSasaran {
  id?: string | null;
  nama: string;
  jenis: string | null;
  nib: string;
  umkm: boolean;
  irtp: boolean;
  provinsi: string;
  kabupatenKota: string;
}

const sasaranKosong = (): BarisSasaran => ({ nama: '', jenis: 'PelakuUsaha', nib: '', umkm: false, irtp: false, provinsi: '', kabupatenKota: '' });

/** Create and edit form of a Kegiatan Pembinaan. */
export function PembinaanFormPage() {
  const { id } = useParams();
  const ada = useQuery({ queryKey: ['pembinaan', id], enabled: !!id, queryFn: () => unwrap(api.GET('/api/pembinaan/{id}', { params: { path: { id: id! } } })) });
  if (id && ada.isPending) return <Loader aria-label={t.umum.memuat} />;
  if (id && ada.isError) return <Alert color="red">{t.umum.gagalMemuat}</Alert>;
  return <FormPembinaan awal={ada.data} />;
}

function FormPembinaan({ awal }: { awal?: KegiatanPembinaan }) {
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [judul, setJudul] = useState(awal?.judul ?? '');
  const [asal, setAsal] = useState<string | null>(awal?.asal ?? null);
  const [dasar, setDasar] = useState(awal?.dasarKegiatan ?? '');
  const [komoditas, setKomoditas] = useState<string | null>(awal?.komoditas ?? null);
  const [fungsi, setFungsi] = useState<string | null>(awal?.fungsi ?? null);
  const [bentuk, setBentuk] = useState<string | null>(awal?.bentuk ?? null);
  const [peserta, setPeserta] = useState<number | ''>(awal?.jumlahPeserta ?? '');
  const [lokasi, setLokasi] = useState(awal?.lokasi ?? '');
  const [mulai, setMulai] = useState(awal?.tanggalRencanaMulai ?? '');
  const [selesai, setSelesai] = useState(awal?.tanggalRencanaSelesai ?? '');
  const [upt, setUpt] = useState<string | null>(awal?.uptSetempatId ?? null);
  const [sasaran, setSasaran] = useState<BarisSasaran[]>(
    awal?.sasaran.map((s) => ({ id: s.id, nama: s.nama, jenis: s.jenis, nib: s.nib ?? '', umkm: s.umkm, irtp: s.irtp, provinsi: s.provinsi, kabupatenKota: s.kabupatenKota })) ?? [sasaranKosong()],
  );
  const [galat, setGalat] = useState<Record<string, string>>({});
  const units = useQuery({ queryKey: ['unit-kerja', 'semua'], queryFn: () => unwrap(api.GET('/api/unit-kerja')) });
  const opsiUpt = (units.data ?? []).filter((u) => u.jenis !== 'UnitKerjaPusat' && u.jenis !== 'Ppsdm' && u.jenis !== 'Pimpinan').map((u) => ({ value: u.id, label: u.nama }));
  const ubahBaris = (i: number, perubahan: Partial<BarisSasaran>) => setSasaran(sasaran.map((x, j) => (j === i ? { ...x, ...perubahan, id: null } : x)));

  const simpan = useMutation({
    mutationFn: () => {
      const body = {
        judul,
        asal,
        dasarKegiatan: dasar,
        komoditas,
        fungsi,
        bentuk,
        jumlahPeserta: peserta === '' ? null : peserta,
        lokasi,
        tanggalRencanaMulai: mulai || null,
        tanggalRencanaSelesai: selesai || null,
        uptSetempatId: upt,
        sasaran: sasaran.map((s) => (s.id ? { id: s.id } : { nama: s.nama, jenis: s.jenis, nib: s.nib || null, umkm: s.umkm, irtp: s.irtp, provinsi: s.provinsi, kabupatenKota: s.kabupatenKota })),
      } as unknown as DataKegiatanPembinaan;
      return awal
        ? unwrap(api.PUT('/api/pembinaan/{id}', { params: { path: { id: awal.id } }, body }))
        : unwrap(api.POST('/api/pembinaan', { body }));
    },
    onSuccess: (k) => {
      qc.invalidateQueries({ queryKey: ['pembinaan'] });
      qc.invalidateQueries({ queryKey: ['tugas-saya'] });
      notifications.show({ color: 'teal', message: awal ? t.umum.berhasilDisimpan : t.pembinaan.dibuat });
      navigate(`/pembinaan/${k.id}`);
    },
    onError: (e) => setGalat(e instanceof ApiError ? e.fieldErrors : {}),
  });

  return (
    <Stack maw={1000} component="form" onSubmit={(e) => { e.preventDefault(); setGalat({}); simpan.mutate(); }}>
      <Title order={2}>{awal ? t.pembinaan.ubahJudul : t.pembinaan.baru}</Title>
      {simpan.isError && !(simpan.error instanceof ApiError && simpan.error.status === 400) && <Alert color="red">{simpan.error.message}</Alert>}
      <TextInput label={t.advokasi.judulKegiatan} value={judul} onChange={(e) => setJudul(e.currentTarget.value)} error={galat.judul} required />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select searchable label={t.pembinaan.asal} data={opsi(t.pembinaan.asalNama)} value={asal} onChange={setAsal} error={galat.asal} required />
        <TextInput label={t.pembinaan.dasar} value={dasar} onChange={(e) => setDasar(e.currentTarget.value)} error={galat.dasarKegiatan} required />
        <Select searchable label={t.pembinaan.komoditas} data={opsi(t.pembinaan.komoditasNama)} value={komoditas} onChange={setKomoditas} error={galat.komoditas} required />
        <Select searchable label={t.pembinaan.fungsi} data={opsi(t.pembinaan.fungsiNama)} value={fungsi} onChange={setFungsi} error={galat.fungsi} required />
        <Select searchable label={t.pembinaan.bentuk} data={opsi(t.pembinaan.bentukNama)} value={bentuk} onChange={setBentuk} error={galat.bentuk} required />
        <NumberInput label={t.pembinaan.peserta} value={peserta} min={0} onChange={(v) => setPeserta(typeof v === 'number' ? v : '')} error={galat.jumlahPeserta} required />
        <TextInput label={t.advokasi.lokasi} value={lokasi} onChange={(e) => setLokasi(e.currentTarget.value)} error={galat.lokasi} required />
        <Select
          searchable
          clearable
          label={t.pembinaan.uptSetempat}
          description={t.pembinaan.uptSetempatKet}
          data={opsiUpt}
          value={upt}
          onChange={setUpt}
          error={galat.uptSetempatId}
        />
        <TextInput type="date" label={t.advokasi.mulai} value={mulai} onChange={(e) => setMulai(e.currentTarget.value)} error={galat.tanggalRencanaMulai} required />
        <TextInput type="date" label={t.advokasi.selesai} value={selesai} onChange={(e) => setSelesai(e.currentTarget.value)} error={galat.tanggalRencanaSelesai} required />
      </SimpleGrid>
      <Title order={5}>{t.pembinaan.sasaran}</Title>
      {galat.sasaran && <Alert color="red">{galat.sasaran}</Alert>}
      {sasaran.map((s, i) => (
        <Card withBorder p="xs" key={i} data-testid={`sasaran-${i}`}>
          <Group align="end" gap="xs">
            <TextInput label={t.pembinaan.namaSasaran} value={s.nama} onChange={(e) => ubahBaris(i, { nama: e.currentTarget.value })} error={galat[`sasaran[${i}].nama`] ?? galat[`sasaran[${i}].id`]} style={{ flex: 2 }} />
            <Select searchable label={t.pembinaan.jenisSasaran} data={opsi(t.advokasi.pemangkuNama)} value={s.jenis} onChange={(v) => ubahBaris(i, { jenis: v })} error={galat[`sasaran[${i}].jenis`]} w={230} />
            <TextInput label={t.pembinaan.nib} value={s.nib} onChange={(e) => ubahBaris(i, { nib: e.currentTarget.value })} error={galat[`sasaran[${i}].nib`]} w={150} />
            <TextInput label={t.pembinaan.provinsi} value={s.provinsi} onChange={(e) => ubahBaris(i, { provinsi: e.currentTarget.value })} error={galat[`sasaran[${i}].provinsi`]} w={150} />
            <TextInput label={t.pembinaan.kabKota} value={s.kabupatenKota} onChange={(e) => ubahBaris(i, { kabupatenKota: e.currentTarget.value })} error={galat[`sasaran[${i}].kabupatenKota`]} w={170} />
            <Checkbox label={t.pembinaan.umkm} checked={s.umkm} onChange={(e) => ubahBaris(i, { umkm: e.currentTarget.checked })} mb={8} />
            <Checkbox label={t.pembinaan.irtp} checked={s.irtp} onChange={(e) => ubahBaris(i, { irtp: e.currentTarget.checked })} mb={8} />
            {sasaran.length > 1 && (
              <ActionIcon variant="subtle" color="red" aria-label={t.umum.hapus} onClick={() => setSasaran(sasaran.filter((_, j) => j !== i))} mb={4}>
                ×
              </ActionIcon>
            )}
          </Group>
        </Card>
      ))}
      <Group>
        <Button variant="light" onClick={() => setSasaran([...sasaran, sasaranKosong()])}>
          {t.pembinaan.tambahSasaran}
        </Button>
      </Group>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => navigate(awal ? `/pembinaan/${awal.id}` : '/pembinaan')}>
          {t.umum.batal}
        </Button>
        <Button type="submit" loading={simpan.isPending}>
          {t.advokasi.simpan}
        </Button>
      </Group>
    </Stack>
  );
}

/** A Kegiatan Pembinaan: its data, the parties guided, then the SOP steps with routing, recommendations and audit. */
export function PembinaanDetailPage() {
  const { id } = useParams();
  const kegiatan = useQuery({ queryKey: ['pembinaan', id], queryFn: () => unwrap(api.GET('/api/pembinaan/{id}', { params: { path: { id: id! } } })) });
  if (kegiatan.isPending) return <Loader aria-label={t.umum.memuat} />;
  if (kegiatan.isError) return <Alert color="red">{kegiatan.error instanceof ApiError && kegiatan.error.status === 404 ? t.galat.tidakDitemukan : t.umum.gagalMemuat}</Alert>;
  const k = kegiatan.data;
  return (
    <Stack>
      <KepalaKegiatan
        judul={k.judul}
        instans={k.instans}
        aksi={k.bolehUbah && <Button variant="light" component={Link} to={`/pembinaan/${k.id}/ubah`}>{t.umum.ubah}</Button>}
      />
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Text size="sm"><b>{t.pembinaan.asal}:</b> {t.pembinaan.asalNama[k.asal]} — {k.dasarKegiatan}</Text>
          <Text size="sm"><b>{t.pembinaan.komoditas}:</b> {t.pembinaan.komoditasNama[k.komoditas]}</Text>
          <Text size="sm"><b>{t.pembinaan.fungsi}:</b> {t.pembinaan.fungsiNama[k.fungsi]}</Text>
          <Text size="sm"><b>{t.pembinaan.bentuk}:</b> {t.pembinaan.bentukNama[k.bentuk]}</Text>
          <Text size="sm"><b>{t.advokasi.lokasi}:</b> {k.lokasi}</Text>
          <Text size="sm"><b>{t.pembinaan.peserta}:</b> {k.jumlahPeserta}</Text>
          <Text size="sm"><b>{t.advokasi.mulai}:</b> {formatTanggalPanjang(k.tanggalRencanaMulai)} – {formatTanggalPanjang(k.tanggalRencanaSelesai)}</Text>
          <Text size="sm"><b>{t.pembinaan.uptSetempat}:</b> {k.namaUptSetempat}</Text>
        </SimpleGrid>
        <Table mt="sm" data-testid="sasaran-kegiatan">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.pembinaan.namaSasaran}</Table.Th>
              <Table.Th>{t.pembinaan.jenisSasaran}</Table.Th>
              <Table.Th>{t.pembinaan.nib}</Table.Th>
              <Table.Th>{t.pembinaan.kabKota}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {k.sasaran.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/pembinaan/sasaran/${s.id}`}>{s.nama}</Anchor>
                  {s.umkm && <Badge size="xs" ml={4}>{t.pembinaan.umkm}</Badge>}
                  {s.irtp && <Badge size="xs" ml={4} color="orange">{t.pembinaan.irtp}</Badge>}
                </Table.Td>
                <Table.Td>{t.advokasi.pemangkuNama[s.jenis]}</Table.Td>
                <Table.Td>{s.nib ?? '—'}</Table.Td>
                <Table.Td>{s.kabupatenKota}, {s.provinsi}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <BagianSop instans={k.instans} kegiatanId={k.id} kunci="pembinaan" />
    </Stack>
  );
}

/** The registry of businesses and stakeholders guided (one record per business across activities). */
export function SasaranDaftarPage() {
  const [cari, setCari] = useState('');
  const [cariTunda] = useDebouncedValue(cari, 300);
  const [jenis, setJenis] = useState<string | null>(null);
  const [halaman, setHalaman] = useState(1);
  const query = { cari: cariTunda || undefined, jenis: (jenis ?? undefined) as 'PelakuUsaha' | undefined, halaman, ukuran: 20 };
  const daftar = useQuery({ queryKey: ['pembinaan', 'sasaran', query], queryFn: () => unwrap(api.GET('/api/pembinaan/sasaran', { params: { query } })) });
  return (
    <Stack>
      <div>
        <Title order={2}>{t.pembinaan.registri}</Title>
        <Text c="dimmed" size="sm">{t.pembinaan.registriKet}</Text>
      </div>
      <Group align="end">
        <TextInput label={t.pembinaan.cariRegistri} value={cari} onChange={(e) => { setCari(e.currentTarget.value); setHalaman(1); }} />
        <Select label={t.pembinaan.jenisSasaran} clearable placeholder={t.umum.semua} data={opsi(t.advokasi.pemangkuNama)} value={jenis} onChange={(v) => { setJenis(v); setHalaman(1); }} w={260} />
      </Group>
      {daftar.isPending && <Loader aria-label={t.umum.memuat} />}
      {daftar.data && (
        <>
          <Table striped data-testid="registri-sasaran">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t.pembinaan.namaSasaran}</Table.Th>
                <Table.Th>{t.pembinaan.nib}</Table.Th>
                <Table.Th>{t.pembinaan.kabKota}</Table.Th>
                <Table.Th>{t.pembinaan.jumlahKegiatan}</Table.Th>
                <Table.Th>{t.pembinaan.terakhir}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {daftar.data.item.map((s) => (
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

/** One business or stakeholder with its guidance history. */
export function SasaranDetailPage() {
  const { id } = useParams();
  const data = useQuery({ queryKey: ['pembinaan', 'sasaran', id], queryFn: () => unwrap(api.GET('/api/pembinaan/sasaran/{id}', { params: { path: { id: id! } } })) });
  if (data.isPending) return <Loader aria-label={t.umum.memuat} />;
  if (data.isError) return <Alert color="red">{data.error instanceof ApiError && data.error.status === 404 ? t.galat.tidakDitemukan : t.umum.gagalMemuat}</Alert>;
  const { sasaran: s, riwayat } = data.data;
  return (
    <Stack>
      <div>
        <Title order={2}>{s.nama}</Title>
        <Text c="dimmed" size="sm">
          {t.advokasi.pemangkuNama[s.jenis]} · {s.nib ? `${t.pembinaan.nib} ${s.nib} · ` : ''}{s.kabupatenKota}, {s.provinsi}
          {s.umkm ? ` · ${t.pembinaan.umkm}` : ''}{s.irtp ? ` · ${t.pembinaan.irtp}` : ''}
        </Text>
      </div>
      <Title order={4}>{t.pembinaan.riwayat}</Title>
      <Table striped data-testid="riwayat-pembinaan">
        <Table.Tbody>
          {riwayat.map((k) => (
            <Table.Tr key={k.id}>
              <Table.Td><Anchor component={Link} to={`/pembinaan/${k.id}`}>{k.judul}</Anchor></Table.Td>
              <Table.Td>{k.namaUnit}</Table.Td>
              <Table.Td>{formatTanggalPanjang(k.tanggalRencanaMulai)}</Table.Td>
              <Table.Td>{t.pembinaan.fungsiNama[k.fungsi]} · {t.pembinaan.bentukNama[k.bentuk]}</Table.Td>
              <Table.Td>{t.statusKegiatan[k.status]}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
