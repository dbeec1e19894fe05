import { Alert, Anchor, Badge, Button, Card, Checkbox, FileInput, Group, Loader, Modal, MultiSelect, Pagination, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, api, kirimForm, unwrap, type Angkatan, type PesertaAngkatan } from '../api/client';
import { sesi } from '../auth/session';
import { DaftarKegiatanSop } from '../components/DaftarKegiatanSop';
import { BagianSop, pesanGalat } from '../components/KegiatanSop';
import { KepalaKegiatan } from '../components/KepalaKegiatan';
import { t } from '../i18n';
import { formatTanggalPanjang } from '../lib/tanggal';

const warnaStatus: Record<string, string> = {
  Terdaftar: 'gray', Direkrut: 'blue', Dilatih: 'cyan', TersertifikasiKompetensi: 'grape', Diakui: 'green', Berhenti: 'dark',
};

/** Cohorts the user may read. */
export function AngkatanDaftarPage() {
  return (
    <DaftarKegiatanSop
      judul={t.fasilitator.judul}
      keterangan={t.fasilitator.keterangan}
      modul="fasilitator/angkatan"
      bolehBuat={sesi.punyaPeran('UnitKerjaPusat')}
      labelCari={t.fasilitator.cari}
      labelBaru={t.fasilitator.baru}
      testId="daftar-angkatan"
      ambil={(query) =>
        unwrap(api.GET('/api/fasilitator/angkatan', { params: { query } })).then((h) => ({
          ...h,
          item: h.item.map((a) => ({ ...a, judul: a.nama, tanggalRencanaMulai: a.pendaftaranMulai })),
        }))
      }
      rincian={(a) => `${a.jumlahPeserta} ${t.fasilitator.peserta.toLowerCase()} · ${a.jumlahDiakui} ${t.fasilitator.statusNama.Diakui!.toLowerCase()}`}
    />
  );
}

/** Create form of a cohort (directorates running SOP D). */
export function AngkatanBaruPage() {
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [nama, setNama] = useState('');
  const [dasar, setDasar] = useState('');
  const [upt, setUpt] = useState<string[]>([]);
  const [mulai, setMulai] = useState('');
  const [selesai, setSelesai] = useState('');
  const [lembaga, setLembaga] = useState('');
  const [galat, setGalat] = useState<Record<string, string>>({});
  const units = useQuery({ queryKey: ['unit-kerja', 'semua'], queryFn: () => unwrap(api.GET('/api/unit-kerja')) });
  const opsiUpt = (units.data ?? []).filter((u) => ['BalaiBesarPom', 'BalaiPom', 'LokaPom'].includes(u.jenis)).map((u) => ({ value: u.id, label: u.nama }));
  const simpan = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/fasilitator/angkatan', {
        body: { nama, dasarKegiatan: dasar, uptIds: upt, pendaftaranMulai: mulai || null, pendaftaranSelesai: selesai || null, lembagaPelatihan: lembaga },
      })),
    onSuccess: (a) => {
      qc.invalidateQueries({ queryKey: ['fasilitator/angkatan'] });
      notifications.show({ color: 'teal', message: t.fasilitator.dibuat });
      navigate(`/fasilitator/angkatan/${a.id}`);
    },
    onError: (e) => setGalat(e instanceof ApiError ? e.fieldErrors : {}),
  });
  return (
    <Stack maw={900} component="form" onSubmit={(e) => { e.preventDefault(); setGalat({}); simpan.mutate(); }}>
      <Title order={2}>{t.fasilitator.baru}</Title>
      {simpan.isError && !(simpan.error instanceof ApiError && simpan.error.status === 400) && <Alert color="red">{pesanGalat(simpan.error)}</Alert>}
      <TextInput label={t.fasilitator.nama} value={nama} onChange={(e) => setNama(e.currentTarget.value)} error={galat.nama} required />
      <TextInput label={t.fasilitator.dasar} value={dasar} onChange={(e) => setDasar(e.currentTarget.value)} error={galat.dasarKegiatan} required />
      <MultiSelect searchable label={t.fasilitator.upt} data={opsiUpt} value={upt} onChange={setUpt} error={galat.uptIds} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="date" label={t.fasilitator.daftarMulai} value={mulai} onChange={(e) => setMulai(e.currentTarget.value)} error={galat.pendaftaranMulai} required />
        <TextInput type="date" label={t.fasilitator.daftarSelesai} value={selesai} onChange={(e) => setSelesai(e.currentTarget.value)} error={galat.pendaftaranSelesai} required />
      </SimpleGrid>
      <TextInput label={t.fasilitator.lembaga} value={lembaga} onChange={(e) => setLembaga(e.currentTarget.value)} error={galat.lembagaPelatihan} required />
      <Group justify="flex-end">
        <Button variant="default" onClick={() => navigate('/fasilitator/angkatan')}>{t.umum.batal}</Button>
        <Button type="submit" loading={simpan.isPending}>{t.fasilitator.simpan}</Button>
      </Group>
    </Stack>
  );
}

/** A cohort: its data, participants (bulk actions, import, certificates) and the SOP D run. */
export function AngkatanDetailPage() {
  const { id } = useParams();
  const angkatan = useQuery({ queryKey: ['fasilitator/angkatan', id], queryFn: () => unwrap(api.GET('/api/fasilitator/angkatan/{id}', { params: { path: { id: id! } } })) });
  if (angkatan.isPending) return <Loader aria-label={t.umum.memuat} />;
  if (angkatan.isError) return <Alert color="red">{angkatan.error instanceof ApiError && angkatan.error.status === 404 ? t.galat.tidakDitemukan : t.umum.gagalMemuat}</Alert>;
  const a = angkatan.data;
  return (
    <Stack>
      <KepalaKegiatan judul={a.nama} instans={a.instans} />
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Text size="sm"><b>{t.fasilitator.dasar}:</b> {a.dasarKegiatan}</Text>
          <Text size="sm"><b>{t.fasilitator.lembaga}:</b> {a.lembagaPelatihan}</Text>
          <Text size="sm"><b>{t.fasilitator.daftarMulai}:</b> {formatTanggalPanjang(a.pendaftaranMulai)} – {formatTanggalPanjang(a.pendaftaranSelesai)}</Text>
          <Text size="sm"><b>{t.fasilitator.upt}:</b> {a.upt.map((u) => u.nama).join(', ') || '—'}</Text>
        </SimpleGrid>
      </Card>
      <PanelPeserta a={a} />
      <PanelMonevTriwulan angkatanId={a.id} />
      <BagianSop instans={a.instans} kegiatanId={a.id} kunci="fasilitator/angkatan" />
    </Stack>
  );
}

/** The cohort's quarterly monev reports (opened after each quarter, due on the 10th day after); a unit submits its own. */
function PanelMonevTriwulan({ angkatanId }: { angkatanId: string }) {
  const qc = useQueryClient();
  const daftar = useQuery({ queryKey: ['fasilitator', 'monev'], queryFn: () => unwrap(api.GET('/api/fasilitator/monev-triwulan')) });
  const [ringkasan, setRingkasan] = useState<Record<string, string>>({});
  const kirim = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/fasilitator/monev-triwulan/{id}/kirim', { params: { path: { id } }, body: { ringkasan: ringkasan[id] ?? '' } })),
    onSuccess: () => { notifications.show({ color: 'teal', message: t.fasilitator.monevTerkirim }); qc.invalidateQueries({ queryKey: ['fasilitator', 'monev'] }); },
    onError: (e) => notifications.show({ color: 'red', message: pesanGalat(e) }),
  });
  const milik = (daftar.data ?? []).filter((l) => l.angkatanId === angkatanId);
  if (milik.length === 0) return null;
  return (
    <Card withBorder data-testid="monev-triwulan">
      <Title order={4} mb="sm">{t.fasilitator.monev}</Title>
      <Table>
        <Table.Tbody>
          {milik.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td>TW{l.triwulan} {l.tahun}</Table.Td>
              <Table.Td>{l.namaUnit}</Table.Td>
              <Table.Td>
                {t.kegiatan.jatuhTempo(formatTanggalPanjang(l.jatuhTempo))}
                {l.terlambat && <Badge ml={4} color="red">{t.sla.Terlambat}</Badge>}
              </Table.Td>
              <Table.Td>
                {l.dikirimPada ? (
                  <Text size="sm">{l.dikirimOleh}: {l.ringkasan}</Text>
                ) : l.bolehKirim ? (
                  <Group gap={4}>
                    <TextInput size="xs" placeholder={t.fasilitator.ringkasanMonev} value={ringkasan[l.id] ?? ''} onChange={(e) => { const v = e.currentTarget.value; setRingkasan({ ...ringkasan, [l.id]: v }); }} />
                    <Button size="xs" disabled={!(ringkasan[l.id] ?? '').trim()} loading={kirim.isPending} onClick={() => kirim.mutate(l.id)}>{t.fasilitator.kirimMonev}</Button>
                  </Group>
                ) : (
                  <Text size="sm" c="dimmed">{t.penugasan.menunggu}</Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

function useSegarkanAngkatan(id: string) {
  const qc = useQueryClient();
  return () => {
    qc.invalidateQueries({ queryKey: ['fasilitator/angkatan', id] });
    qc.invalidateQueries({ queryKey: ['audit'] });
  };
}

function PanelPeserta({ a }: { a: Angkatan }) {
  const segarkan = useSegarkanAngkatan(a.id);
  const [pilih, setPilih] = useState<string[]>([]);
  const [alasan, setAlasan] = useState('');
  const [tambah, setTambah] = useState(false);
  const [berkas, setBerkas] = useState<File | null>(null);
  const [galatImpor, setGalatImpor] = useState<Record<string, string>>({});
  const [sertifikat, setSertifikat] = useState<{ p: PesertaAngkatan; jenis: 'CatatSertifikatKompetensi' | 'CatatSertifikatPengakuan' } | null>(null);
  const transisi = useMutation({
    mutationFn: (v: { aksi: 'Rekrut' | 'CatatPelatihan' | 'Hentikan'; hasil?: 'Kompeten' | 'BelumKompeten' }) =>
      unwrap(api.POST('/api/fasilitator/angkatan/{id}/peserta/transisi', {
        params: { path: { id: a.id } },
        body: { pesertaIds: pilih, aksi: v.aksi, hasilPelatihan: v.hasil, catatan: v.aksi === 'Hentikan' ? alasan : null },
      })),
    onSuccess: () => { setPilih([]); setAlasan(''); notifications.show({ color: 'teal', message: t.fasilitator.berhasil }); segarkan(); },
    onError: (e) => notifications.show({ color: 'red', message: pesanGalat(e) }),
  });
  const impor = useMutation({
    mutationFn: () => {
      const form = new FormData();
      form.append('berkas', berkas!);
      return kirimForm(`/api/fasilitator/angkatan/${a.id}/peserta/impor`, form);
    },
    onSuccess: () => { setBerkas(null); setGalatImpor({}); notifications.show({ color: 'teal', message: t.fasilitator.berhasil }); segarkan(); },
    onError: (e) => setGalatImpor(e instanceof ApiError ? (Object.keys(e.fieldErrors).length ? e.fieldErrors : { berkas: e.message }) : { berkas: t.galat.server }),
  });
  const dipilih = a.peserta.filter((p) => pilih.includes(p.id));
  const bisaSemua = (aksi: string) => dipilih.length > 0 && dipilih.every((p) => p.aksiTersedia.includes(aksi as never));
  return (
    <Card withBorder data-testid="peserta">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t.fasilitator.peserta} ({a.peserta.length})</Title>
        {a.bolehTambahPeserta && <Button size="xs" variant="light" onClick={() => setTambah(true)}>{t.fasilitator.tambahPeserta}</Button>}
      </Group>
      {a.bolehTambahPeserta && (
        <Stack gap={4} mb="sm">
          <Group align="end">
            <FileInput label={t.fasilitator.imporPeserta} accept=".csv,.xlsx" value={berkas} onChange={setBerkas} w={360} data-testid="berkas-impor" />
            <Button onClick={() => impor.mutate()} disabled={!berkas} loading={impor.isPending}>{t.fasilitator.impor}</Button>
          </Group>
          <Text size="xs" c="dimmed">{t.fasilitator.imporKet}</Text>
          {Object.keys(galatImpor).length > 0 && (
            <Alert color="red" title={t.fasilitator.imporGagal} data-testid="galat-impor">
              {Object.entries(galatImpor).map(([k, v]) => <Text key={k} size="sm">{k}: {v}</Text>)}
            </Alert>
          )}
        </Stack>
      )}
      <Group gap="xs" mb="xs" data-testid="aksi-massal">
        <Text size="sm" c="dimmed">{t.fasilitator.dipilih(pilih.length)}</Text>
        {bisaSemua('Rekrut') && <Button size="xs" onClick={() => transisi.mutate({ aksi: 'Rekrut' })}>{t.fasilitator.rekrut}</Button>}
        {bisaSemua('CatatPelatihan') && (
          <>
            <Button size="xs" onClick={() => transisi.mutate({ aksi: 'CatatPelatihan', hasil: 'Kompeten' })}>{t.fasilitator.dilatihKompeten}</Button>
            <Button size="xs" variant="light" onClick={() => transisi.mutate({ aksi: 'CatatPelatihan', hasil: 'BelumKompeten' })}>{t.fasilitator.dilatihBelum}</Button>
          </>
        )}
        {bisaSemua('Hentikan') && (
          <Group gap={4}>
            <TextInput size="xs" placeholder={t.fasilitator.alasanBerhenti} value={alasan} onChange={(e) => setAlasan(e.currentTarget.value)} />
            <Button size="xs" color="red" variant="light" disabled={!alasan.trim()} onClick={() => transisi.mutate({ aksi: 'Hentikan' })}>{t.fasilitator.hentikan}</Button>
          </Group>
        )}
      </Group>
      <Table.ScrollContainer minWidth={900}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <Checkbox aria-label={t.umum.semua} checked={pilih.length > 0 && pilih.length === a.peserta.length} onChange={(e) => setPilih(e.currentTarget.checked ? a.peserta.map((p) => p.id) : [])} />
              </Table.Th>
              <Table.Th>{t.fasilitator.namaPeserta}</Table.Th>
              <Table.Th>{t.fasilitator.nik}</Table.Th>
              <Table.Th>{t.fasilitator.instansi}</Table.Th>
              <Table.Th>{t.fasilitator.status}</Table.Th>
              <Table.Th>{t.fasilitator.sertifikatPengakuan}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {a.peserta.map((p) => (
              <Table.Tr key={p.id} data-testid="baris-peserta" data-nama={p.nama} data-status={p.status}>
                <Table.Td>
                  <Checkbox aria-label={p.nama} checked={pilih.includes(p.id)} onChange={(e) => setPilih(e.currentTarget.checked ? [...pilih, p.id] : pilih.filter((x) => x !== p.id))} />
                </Table.Td>
                <Table.Td><Anchor component={Link} to={`/fasilitator/${p.fasilitatorId}`}>{p.nama}</Anchor><Text size="xs" c="dimmed">{p.kabupatenKota}, {p.provinsi}</Text></Table.Td>
                <Table.Td>{p.nik}</Table.Td>
                <Table.Td>{p.instansiPenugas}</Table.Td>
                <Table.Td>
                  <Badge color={warnaStatus[p.status]} variant="light">{t.fasilitator.statusNama[p.status]}</Badge>
                  {p.hasilPelatihan && <Text size="xs">{t.fasilitator.hasilNama[p.hasilPelatihan]}</Text>}
                  {p.alasanBerhenti && <Text size="xs" c="dimmed">{p.alasanBerhenti}</Text>}
                </Table.Td>
                <Table.Td>
                  {p.sertifikatKompetensi && <Text size="xs">{t.fasilitator.sertifikatKompetensi}: {p.sertifikatKompetensi.nomor}</Text>}
                  {p.sertifikatPengakuan && <Text size="xs" fw={600}>{p.sertifikatPengakuan.nomor}</Text>}
                  {p.aksiTersedia.includes('CatatSertifikatKompetensi') && (
                    <Button size="compact-xs" variant="light" onClick={() => setSertifikat({ p, jenis: 'CatatSertifikatKompetensi' })}>{t.fasilitator.catatSk}</Button>
                  )}
                  {p.aksiTersedia.includes('CatatSertifikatPengakuan') && (
                    <Button size="compact-xs" variant="light" onClick={() => setSertifikat({ p, jenis: 'CatatSertifikatPengakuan' })}>{t.fasilitator.catatSp}</Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ModalPeserta a={a} buka={tambah} tutup={() => setTambah(false)} />
      {sertifikat && <ModalSertifikat a={a} p={sertifikat.p} jenis={sertifikat.jenis} tutup={() => setSertifikat(null)} />}
    </Card>
  );
}

function ModalPeserta({ a, buka, tutup }: { a: Angkatan; buka: boolean; tutup: () => void }) {
  const segarkan = useSegarkanAngkatan(a.id);
  const kosong = { nama: '', nik: '', telepon: '', email: '', provinsi: '', kabupatenKota: '', instansiPenugas: '', perjanjian: '' };
  const [d, setD] = useState(kosong);
  const [galat, setGalat] = useState<Record<string, string>>({});
  const simpan = useMutation({
    mutationFn: () => unwrap(api.POST('/api/fasilitator/angkatan/{id}/peserta', {
      params: { path: { id: a.id } },
      body: { ...d, telepon: d.telepon || null, email: d.email || null, perjanjian: d.perjanjian || null, uptId: null },
    })),
    onSuccess: () => { setD(kosong); setGalat({}); segarkan(); tutup(); },
    onError: (e) => setGalat(e instanceof ApiError ? e.fieldErrors : { 'peserta.nama': pesanGalat(e) }),
  });
  const kolom = (k: keyof typeof kosong, label: string) => (
    <TextInput label={label} value={d[k]} onChange={(e) => { const v = e.currentTarget.value; setD({ ...d, [k]: v }); }} error={galat[`peserta.${k}`]} />
  );
  return (
    <Modal opened={buka} onClose={tutup} title={t.fasilitator.tambahPeserta} size="lg">
      <Stack component="form" onSubmit={(e) => { e.preventDefault(); simpan.mutate(); }}>
        <SimpleGrid cols={2}>
          {kolom('nama', t.fasilitator.namaPeserta)}
          {kolom('nik', t.fasilitator.nik)}
          {kolom('telepon', t.fasilitator.telepon)}
          {kolom('email', t.fasilitator.email)}
          {kolom('provinsi', t.fasilitator.provinsi)}
          {kolom('kabupatenKota', t.fasilitator.kabKota)}
          {kolom('instansiPenugas', t.fasilitator.instansi)}
          {kolom('perjanjian', t.fasilitator.perjanjian)}
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={tutup}>{t.umum.batal}</Button>
          <Button type="submit" loading={simpan.isPending}>{t.umum.simpan}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ModalSertifikat({ a, p, jenis, tutup }: { a: Angkatan; p: PesertaAngkatan; jenis: 'CatatSertifikatKompetensi' | 'CatatSertifikatPengakuan'; tutup: () => void }) {
  const segarkan = useSegarkanAngkatan(a.id);
  const kompetensi = jenis === 'CatatSertifikatKompetensi';
  const [d, setD] = useState({ nomor: '', skema: 'Fasilitator Keamanan Pangan', lsp: '', disahkanOleh: 'Kepala Badan POM', tanggal: '', berlakuSampai: '' });
  const [pindaian, setPindaian] = useState<File | null>(null);
  const [galat, setGalat] = useState<Record<string, string>>({});
  const simpan = useMutation({
    mutationFn: async () => {
      const umum = { nomor: d.nomor, tanggal: d.tanggal || null, berlakuSampai: d.berlakuSampai || null };
      await (kompetensi
        ? unwrap(api.POST('/api/fasilitator/peserta/{pesertaId}/sertifikat-kompetensi', { params: { path: { pesertaId: p.id } }, body: { ...umum, skema: d.skema, lsp: d.lsp } }))
        : unwrap(api.POST('/api/fasilitator/peserta/{pesertaId}/sertifikat-pengakuan', { params: { path: { pesertaId: p.id } }, body: { ...umum, disahkanOleh: d.disahkanOleh } })));
      if (pindaian) {
        const form = new FormData();
        form.append('sertifikat', jenis);
        form.append('berkas', pindaian);
        await kirimForm(`/api/fasilitator/peserta/${p.id}/pindaian`, form);
      }
    },
    onSuccess: () => { notifications.show({ color: 'teal', message: t.fasilitator.berhasil }); segarkan(); tutup(); },
    onError: (e) => setGalat(e instanceof ApiError ? (Object.keys(e.fieldErrors).length ? e.fieldErrors : { nomor: e.message }) : { nomor: t.galat.server }),
  });
  const ubah = (k: keyof typeof d) => (e: React.ChangeEvent<HTMLInputElement>) => { const v = e.currentTarget.value; setD({ ...d, [k]: v }); };
  return (
    <Modal opened onClose={tutup} title={`${kompetensi ? t.fasilitator.catatSk : t.fasilitator.catatSp}: ${p.nama}`}>
      <Stack component="form" onSubmit={(e) => { e.preventDefault(); simpan.mutate(); }}>
        <TextInput label={t.fasilitator.nomor} value={d.nomor} onChange={ubah('nomor')} error={galat.nomor} required />
        {kompetensi ? (
          <>
            <TextInput label={t.fasilitator.skema} value={d.skema} onChange={ubah('skema')} error={galat.skema} required />
            <TextInput label={t.fasilitator.lsp} value={d.lsp} onChange={ubah('lsp')} error={galat.lsp} required />
          </>
        ) : (
          <TextInput label={t.fasilitator.disahkanOleh} value={d.disahkanOleh} onChange={ubah('disahkanOleh')} error={galat.disahkanOleh} required />
        )}
        <SimpleGrid cols={2}>
          <TextInput type="date" label={t.fasilitator.tanggal} value={d.tanggal} onChange={ubah('tanggal')} error={galat.tanggal} required />
          <TextInput type="date" label={t.fasilitator.berlakuSampai} value={d.berlakuSampai} onChange={ubah('berlakuSampai')} error={galat.berlakuSampai} required={!kompetensi} />
        </SimpleGrid>
        <FileInput label={t.fasilitator.pindaian} value={pindaian} onChange={setPindaian} accept=".pdf,.png,.jpg,.jpeg" />
        <Group justify="flex-end">
          <Button variant="default" onClick={tutup}>{t.umum.batal}</Button>
          <Button type="submit" loading={simpan.isPending}>{t.umum.simpan}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The facilitator registry: search by name, province, status or certificate number. */
export function RegistriFasilitatorPage() {
  const [cari, setCari] = useState('');
  const [nomor, setNomor] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [cariTunda] = useDebouncedValue(cari, 300);
  const [nomorTunda] = useDebouncedValue(nomor, 300);
  const [halaman, setHalaman] = useState(1);
  const query = { cari: cariTunda || undefined, nomorSertifikat: nomorTunda || undefined, status: (status ?? undefined) as 'Diakui' | undefined, halaman, ukuran: 20 };
  const daftar = useQuery({ queryKey: ['fasilitator', 'registri', query], queryFn: () => unwrap(api.GET('/api/fasilitator', { params: { query } })) });
  return (
    <Stack>
      <Title order={2}>{t.fasilitator.registri}</Title>
      <Group align="end">
        <TextInput label={t.fasilitator.cari} value={cari} onChange={(e) => { setCari(e.currentTarget.value); setHalaman(1); }} />
        <TextInput label={t.fasilitator.cariNomor} value={nomor} onChange={(e) => { setNomor(e.currentTarget.value); setHalaman(1); }} />
        <Select label={t.fasilitator.status} clearable placeholder={t.umum.semua} data={Object.entries(t.fasilitator.statusNama).map(([value, label]) => ({ value, label }))} value={status} onChange={(v) => { setStatus(v); setHalaman(1); }} w={220} />
      </Group>
      {daftar.isPending && <Loader aria-label={t.umum.memuat} />}
      {daftar.data && (
        <>
          <Table striped data-testid="registri-fasilitator">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t.fasilitator.namaPeserta}</Table.Th>
                <Table.Th>{t.fasilitator.nik}</Table.Th>
                <Table.Th>{t.fasilitator.kabKota}</Table.Th>
                <Table.Th>{t.fasilitator.status}</Table.Th>
                <Table.Th>{t.fasilitator.sertifikatPengakuan}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {daftar.data.item.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td><Anchor component={Link} to={`/fasilitator/${f.id}`}>{f.nama}</Anchor><Text size="xs" c="dimmed">{f.instansiPenugas}</Text></Table.Td>
                  <Table.Td>{f.nik}</Table.Td>
                  <Table.Td>{f.kabupatenKota}, {f.provinsi}</Table.Td>
                  <Table.Td><Badge color={warnaStatus[f.status]} variant="light">{t.fasilitator.statusNama[f.status]}</Badge><Text size="xs" c="dimmed">{f.angkatan}</Text></Table.Td>
                  <Table.Td>{f.nomorSertifikatPengakuan ?? '—'}{f.berlakuSampai && <Text size="xs" c="dimmed">{t.fasilitator.berlakuSampai} {formatTanggalPanjang(f.berlakuSampai)}</Text>}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {daftar.data.item.length === 0 && <Text c="dimmed">{t.umum.kosong}</Text>}
          {daftar.data.total > daftar.data.ukuranHalaman && <Pagination total={Math.ceil(daftar.data.total / daftar.data.ukuranHalaman)} value={halaman} onChange={setHalaman} />}
        </>
      )}
    </Stack>
  );
}

/** A facilitator's profile: data, cohorts with path and certificates, and mentoring assignments. */
export function ProfilFasilitatorPage() {
  const { id } = useParams();
  const qc = useQueryClient();
  const profil = useQuery({ queryKey: ['fasilitator', id], queryFn: () => unwrap(api.GET('/api/fasilitator/{id}', { params: { path: { id: id! } } })) });
  const [usaha, setUsaha] = useState('');
  const [mulai, setMulai] = useState('');
  const [galat, setGalat] = useState<Record<string, string>>({});
  const tugaskan = useMutation({
    mutationFn: () => unwrap(api.POST('/api/fasilitator/{id}/pendampingan', { params: { path: { id: id! } }, body: { namaUsaha: usaha, mulai: mulai || null } })),
    onSuccess: () => { setUsaha(''); setMulai(''); setGalat({}); qc.invalidateQueries({ queryKey: ['fasilitator', id] }); },
    onError: (e) => setGalat(e instanceof ApiError ? (Object.keys(e.fieldErrors).length ? e.fieldErrors : { namaUsaha: e.message }) : {}),
  });
  if (profil.isPending) return <Loader aria-label={t.umum.memuat} />;
  if (profil.isError) return <Alert color="red">{profil.error instanceof ApiError && profil.error.status === 404 ? t.galat.tidakDitemukan : t.umum.gagalMemuat}</Alert>;
  const f = profil.data;
  return (
    <Stack>
      <div>
        <Title order={2}>{f.nama}</Title>
        <Text c="dimmed" size="sm">{t.fasilitator.nik} {f.nik} · {f.kabupatenKota}, {f.provinsi} · {f.instansiPenugas}{f.perjanjian ? ` (${f.perjanjian})` : ''}</Text>
        <Text c="dimmed" size="sm">{[f.telepon, f.email].filter(Boolean).join(' · ')}</Text>
      </div>
      <Title order={4}>{t.fasilitator.keikutsertaan}</Title>
      {f.keikutsertaan.map((k) => (
        <Card withBorder key={k.angkatanId} data-testid="keikutsertaan">
          <Group justify="space-between">
            <Anchor component={Link} to={`/fasilitator/angkatan/${k.angkatanId}`}>{k.angkatan}</Anchor>
            <Badge color={warnaStatus[k.peserta.status]}>{t.fasilitator.statusNama[k.peserta.status]}</Badge>
          </Group>
          {k.peserta.sertifikatKompetensi && (
            <Text size="sm">{t.fasilitator.sertifikatKompetensi}: {k.peserta.sertifikatKompetensi.nomor} · {k.peserta.sertifikatKompetensi.skema} · {k.peserta.sertifikatKompetensi.lsp} · {formatTanggalPanjang(k.peserta.sertifikatKompetensi.tanggal)}</Text>
          )}
          {k.peserta.sertifikatPengakuan && (
            <Group gap="xs">
              <Text size="sm">{t.fasilitator.sertifikatPengakuan}: {k.peserta.sertifikatPengakuan.nomor} · {k.peserta.sertifikatPengakuan.disahkanOleh} · {t.fasilitator.berlakuSampai} {formatTanggalPanjang(k.peserta.sertifikatPengakuan.berlakuSampai)}</Text>
              <Anchor component={Link} to={`/fasilitator/cetak/${k.peserta.sertifikatPengakuan.nomor}`} size="sm">{t.fasilitator.cetak}</Anchor>
            </Group>
          )}
          <Table mt="xs">
            <Table.Tbody>
              {k.peserta.riwayat.map((r, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(r.pada))}</Table.Td>
                  <Table.Td>{t.fasilitator.aksiNama[r.aksi]}{r.catatan ? `: ${r.catatan}` : ''}</Table.Td>
                  <Table.Td>{r.olehNama}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      ))}
      <Title order={4}>{t.fasilitator.pendampingan}</Title>
      <Table data-testid="pendampingan">
        <Table.Tbody>
          {f.pendampingan.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>{p.namaUsaha}{p.nib ? ` (NIB ${p.nib})` : ''}</Table.Td>
              <Table.Td>{formatTanggalPanjang(p.mulai)}{p.selesai ? ` – ${formatTanggalPanjang(p.selesai)}` : ''}</Table.Td>
              <Table.Td>{p.catatan ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {f.bolehTugaskan && (
        <Group align="end" component="form" onSubmit={(e) => { e.preventDefault(); tugaskan.mutate(); }}>
          <TextInput label={t.fasilitator.namaUsaha} value={usaha} onChange={(e) => setUsaha(e.currentTarget.value)} error={galat.namaUsaha} />
          <TextInput type="date" label={t.fasilitator.mulai} value={mulai} onChange={(e) => setMulai(e.currentTarget.value)} error={galat.mulai} />
          <Button type="submit" variant="light" loading={tugaskan.isPending}>{t.fasilitator.tugaskan}</Button>
        </Group>
      )}
    </Stack>
  );
}

/** What waits for PPSDM. */
export function AntreanPpsdmPage() {
  const antrean = useQuery({ queryKey: ['fasilitator', 'antrean'], queryFn: () => unwrap(api.GET('/api/fasilitator/antrean-ppsdm')) });
  return (
    <Stack>
      <Title order={2}>{t.fasilitator.antrean}</Title>
      <Text c="dimmed" size="sm">{t.fasilitator.antreanKet}</Text>
      {antrean.isPending && <Loader aria-label={t.umum.memuat} />}
      {antrean.isError && <Alert color="red">{pesanGalat(antrean.error)}</Alert>}
      {antrean.data && antrean.data.length === 0 && <Text c="dimmed">{t.fasilitator.kosongAntrean}</Text>}
      {antrean.data && antrean.data.length > 0 && (
        <Table striped data-testid="antrean-ppsdm">
          <Table.Tbody>
            {antrean.data.map((x) => (
              <Table.Tr key={x.pesertaId}>
                <Table.Td><Anchor component={Link} to={`/fasilitator/angkatan/${x.angkatanId}`}>{x.angkatan}</Anchor></Table.Td>
                <Table.Td>{x.nama}</Table.Td>
                <Table.Td>{t.fasilitator.statusNama[x.status]}</Table.Td>
                <Table.Td>{t.fasilitator.aksiBerikut}: {t.fasilitator.aksiNama[x.aksiBerikut]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

/** Public (no login): is a recognition certificate valid? */
export function VerifikasiPage() {
  const params = useParams();
  const awal = params['*'] ?? '';
  const navigate = useNavigate();
  const [nomor, setNomor] = useState(awal);
  const hasil = useQuery({
    queryKey: ['verifikasi', awal],
    enabled: awal.length > 0,
    retry: false,
    queryFn: async () => {
      const r = await fetch(`/api/fasilitator/sertifikat/${awal.split('/').map(encodeURIComponent).join('/')}`);
      const body = await r.json();
      if (!r.ok) throw new ApiError(r.status, body);
      return body as { nomor: string; nama: string; status: string; disahkanOleh: string; tanggalPengesahan: string; berlakuSampai: string; angkatan: string };
    },
  });
  return (
    <Stack maw={640} mx="auto" p="md">
      <Title order={2}>{t.fasilitator.verifikasi}</Title>
      <Text c="dimmed" size="sm">{t.fasilitator.verifikasiKet}</Text>
      <Group align="end" component="form" onSubmit={(e) => { e.preventDefault(); navigate(`/verifikasi/${nomor.trim()}`); }}>
        <TextInput label={t.fasilitator.nomor} value={nomor} onChange={(e) => setNomor(e.currentTarget.value)} style={{ flex: 1 }} />
        <Button type="submit">{t.fasilitator.periksa}</Button>
      </Group>
      {hasil.isPending && awal && <Loader aria-label={t.umum.memuat} />}
      {hasil.isError && <Alert color="red" data-testid="hasil-verifikasi">{hasil.error instanceof ApiError && hasil.error.status === 404 ? t.fasilitator.tidakDitemukan : pesanGalat(hasil.error)}</Alert>}
      {hasil.data && (
        <Card withBorder data-testid="hasil-verifikasi" data-status={hasil.data.status}>
          <Group justify="space-between">
            <Title order={4}>{hasil.data.nama}</Title>
            <Badge size="lg" color={hasil.data.status === 'Berlaku' ? 'green' : 'red'}>{t.fasilitator.statusSertifikat[hasil.data.status]}</Badge>
          </Group>
          <Text size="sm">{t.fasilitator.nomor}: {hasil.data.nomor}</Text>
          <Text size="sm">{t.fasilitator.disahkanOleh}: {hasil.data.disahkanOleh}, {formatTanggalPanjang(hasil.data.tanggalPengesahan)}</Text>
          <Text size="sm">{t.fasilitator.berlakuSampai}: {formatTanggalPanjang(hasil.data.berlakuSampai)}</Text>
          <Text size="sm" c="dimmed">{hasil.data.angkatan}</Text>
        </Card>
      )}
    </Stack>
  );
}

/** The printed recognition certificate with a QR code pointing at the public verification page. */
export function CetakSertifikatPage() {
  const params = useParams();
  const nomor = params['*'] ?? '';
  const jalur = nomor.split('/').map(encodeURIComponent).join('/');
  const data = useQuery({ queryKey: ['verifikasi', nomor], queryFn: () => fetch(`/api/fasilitator/sertifikat/${jalur}`).then((r) => r.json()) });
  return (
    <Card withBorder p="xl" maw={800} mx="auto" data-testid="sertifikat-cetak" style={{ textAlign: 'center' }}>
      <Title order={3}>{t.fasilitator.sertifikatJudul}</Title>
      <Text mt="md">{t.fasilitator.nomor}: {nomor}</Text>
      <Text mt="md">{t.fasilitator.diberikanKepada}</Text>
      <Title order={2} my="sm">{data.data?.nama ?? '…'}</Title>
      {data.data && <Text>{t.fasilitator.disahkanOleh} {data.data.disahkanOleh}, {formatTanggalPanjang(data.data.tanggalPengesahan)} · {t.fasilitator.berlakuSampai} {formatTanggalPanjang(data.data.berlakuSampai)}</Text>}
      <img src={`/api/fasilitator/qr-sertifikat/${jalur}`} alt={t.fasilitator.pindaiUntukVerifikasi} width={180} height={180} style={{ margin: '24px auto 8px', display: 'block' }} data-testid="qr" />
      <Text size="xs" c="dimmed">{t.fasilitator.pindaiUntukVerifikasi}</Text>
    </Card>
  );
}
