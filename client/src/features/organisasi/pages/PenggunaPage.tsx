import { Alert,Badge,Button,Group,Modal,MultiSelect,Pagination,Paper,PasswordInput,Select,Stack,Switch,Table,Text,TextInput,Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation,useQuery,useQueryClient } from '@tanstack/react-query';
import { useMemo,useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError,api,unwrap,type Schemas } from '../../../api/client';
import { FormImporBerkas,formBerkas } from '../../../components/FormImporBerkas';
import { StatusMuat } from '../../../components/StatusMuat';
import { t } from '../../../i18n';
import { formatWaktu } from '../../../lib/tanggal';

type Pengguna = Schemas['PenggunaDto'];
const p = t.pengguna;
const PERAN = ['Admin', 'UnitKerjaPusat', 'Upt', 'KepalaUnit', 'Ppsdm', 'Pimpinan'];
const UKURAN = 25;

function useUnitOpsi() {
  const semua = useQuery({ queryKey: ['unit-kerja', 'semua'], queryFn: () => unwrap(api.GET('/api/unit-kerja')) });
  return useMemo(() => (semua.data ?? []).map((u) => ({ value: u.id, label: u.nama })), [semua.data]);
}

/** Create (no <code>pengguna</code>) or edit an account: name, unit, roles, active; a new account also gets a username and password. */
function FormPengguna({ pengguna, onSelesai }: { pengguna: Pengguna | null; onSelesai: () => void }) {
  const qc = useQueryClient();
  const unitOpsi = useUnitOpsi();
  const [username, setUsername] = useState('');
  const [namaLengkap, setNamaLengkap] = useState(pengguna?.namaLengkap ?? '');
  const [unitId, setUnitId] = useState<string | null>(pengguna?.unitId ?? null);
  const [peran, setPeran] = useState<string[]>(pengguna?.peran ?? []);
  const [aktif, setAktif] = useState(pengguna?.aktif ?? true);
  const [email, setEmail] = useState(pengguna?.email ?? '');
  const [kataSandi, setKataSandi] = useState('');
  const simpan = useMutation({
    mutationFn: () =>
      pengguna
        ? unwrap(api.PUT('/api/pengguna/{id}', { params: { path: { id: pengguna.id } }, body: { namaLengkap, unitId: unitId as string, peran, aktif, email: email.trim() || null }, headers: { 'If-Match': pengguna.etag } }))
        : unwrap(api.POST('/api/pengguna', { body: { username, namaLengkap, unitId: unitId as string, peran, kataSandi, email: email.trim() || null } })),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['pengguna'] });
      notifications.show({ color: 'teal', message: p.tersimpan });
      onSelesai();
    },
    onError: () => void qc.invalidateQueries({ queryKey: ['pengguna'] }),
  });
  const galat = simpan.error instanceof ApiError ? simpan.error.fieldErrors : {};
  const nonaktifkan = pengguna?.aktif && !aktif;
  return (
    <Stack>
      {!pengguna && <TextInput label={p.username} value={username} onChange={(e) => setUsername(e.currentTarget.value)} error={galat.username} required autoComplete="off" />}
      <TextInput label={p.namaLengkap} value={namaLengkap} onChange={(e) => setNamaLengkap(e.currentTarget.value)} error={galat.namaLengkap} required />
      <TextInput label={p.email} description={p.emailKet} type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={galat.email} autoComplete="off" />
      <Select label={p.unit} data={unitOpsi} value={unitId} onChange={setUnitId} searchable error={galat.unitId} required />
      <MultiSelect label={p.peran} data={PERAN.map((x) => ({ value: x, label: t.peran[x] ?? x }))} value={peran} onChange={setPeran} error={galat.peran} required />
      {!pengguna && <PasswordInput label={p.kataSandi} description={p.kataSandiKet} value={kataSandi} onChange={(e) => setKataSandi(e.currentTarget.value)} error={galat.kataSandi} required autoComplete="new-password" />}
      {pengguna && <Switch label={p.akunAktif} checked={aktif} onChange={(e) => setAktif(e.currentTarget.checked)} />}
      {nonaktifkan && <Alert color="orange">{p.nonaktifkanKonfirmasi(pengguna.username)}</Alert>}
      {simpan.error && Object.keys(galat).length === 0 && <Alert color="red">{simpan.error.message}</Alert>}
      <Group justify="flex-end">
        <Button variant="default" onClick={onSelesai}>
          {t.umum.batal}
        </Button>
        <Button onClick={() => simpan.mutate()} loading={simpan.isPending} color={nonaktifkan ? 'red' : undefined}>
          {t.umum.simpan}
        </Button>
      </Group>
    </Stack>
  );
}

/** Edits the account as it is now (the list may be older — a sign-in changes the account's version): the form is
 * filled from, and checked against, the version the admin sees. */
function UbahPengguna({ id, onSelesai }: { id: string; onSelesai: () => void }) {
  const kini = useQuery({ queryKey: ['pengguna', 'satu', id], queryFn: () => unwrap(api.GET('/api/pengguna/{id}', { params: { path: { id } } })), staleTime: 0 });
  if (!kini.data) return <StatusMuat query={kini} />;
  return <FormPengguna pengguna={kini.data} onSelesai={onSelesai} />;
}

function FormKataSandi({ pengguna, onSelesai }: { pengguna: Pengguna; onSelesai: () => void }) {
  const qc = useQueryClient();
  const [kataSandi, setKataSandi] = useState('');
  const simpan = useMutation({
    mutationFn: () => unwrap(api.PUT('/api/pengguna/{id}/kata-sandi', { params: { path: { id: pengguna.id } }, body: { kataSandi } })),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['pengguna'] });
      notifications.show({ color: 'teal', message: p.sandiDiatur });
      onSelesai();
    },
  });
  const galat = simpan.error instanceof ApiError ? simpan.error.fieldErrors : {};
  return (
    <Stack>
      <PasswordInput label={p.kataSandiBaru} description={p.kataSandiKet} value={kataSandi} onChange={(e) => setKataSandi(e.currentTarget.value)} error={galat.kataSandi} required autoComplete="new-password" />
      {simpan.error && !galat.kataSandi && <Alert color="red">{simpan.error.message}</Alert>}
      <Group justify="flex-end">
        <Button variant="default" onClick={onSelesai}>
          {t.umum.batal}
        </Button>
        <Button onClick={() => simpan.mutate()} loading={simpan.isPending}>
          {p.aturKataSandi}
        </Button>
      </Group>
    </Stack>
  );
}

/** Sets many users' e-mail addresses from the staff office's list (CSV or XLSX: nama_pengguna,email). */
function ImporEmail({ onSelesai }: { onSelesai: () => void }) {
  const qc = useQueryClient();
  return (
    <FormImporBerkas
      keterangan={p.imporEmailKet}
      testId="berkas-email"
      kirim={(berkas) => unwrap(api.POST('/api/pengguna/impor-email', formBerkas(berkas)))}
      onBerhasil={async (hasil) => {
        await qc.invalidateQueries({ queryKey: ['pengguna'] });
        notifications.show({ color: 'teal', message: p.hasilImporEmail(hasil.diperbarui, hasil.tidakBerubah) });
      }}
      onSelesai={onSelesai}
    />
  );
}

/** Mails the server could not deliver for good: who, which address, the server's answer; sent again after a fix. */
function SurelGagal() {
  const qc = useQueryClient();
  const [halaman, setHalaman] = useState(1);
  const gagal = useQuery({
    queryKey: ['surel-gagal', halaman],
    queryFn: () => unwrap(api.GET('/api/notifikasi/surel/gagal', { params: { query: { halaman, ukuran: 10 } } })),
    placeholderData: (prev) => prev,
  });
  const ulang = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/notifikasi/surel/{id}/kirim-ulang', { params: { path: { id } } })),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['surel-gagal'] });
      notifications.show({ color: 'teal', message: p.dikirimUlang });
    },
  });
  const data = gagal.data;
  if (!data || data.total === 0) return null;
  return (
    <Paper withBorder p="md" data-testid="surel-gagal">
      <Stack gap="xs">
        <Title order={2} size="h4">{p.surelGagal(data.total)}</Title>
        <Text size="sm" c="dimmed">{p.surelGagalKet}</Text>
        <Table.ScrollContainer minWidth={720} tabIndex={0} aria-label={p.surelGagal(data.total)}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{p.penerima}</Table.Th>
                <Table.Th>{p.subjek}</Table.Th>
                <Table.Th>{p.galat}</Table.Th>
                <Table.Th>{p.gagalPada}</Table.Th>
                <Table.Th>{p.aksi}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.item.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{s.namaPengguna || '—'}<Text size="xs" c="dimmed">{s.alamat}</Text></Table.Td>
                  <Table.Td>{s.subjek}</Table.Td>
                  <Table.Td><Text size="sm">{s.galat}</Text><Text size="xs" c="dimmed">{p.percobaan(s.percobaan)}</Text></Table.Td>
                  <Table.Td>{s.gagalPada ? formatWaktu(s.gagalPada) : '—'}</Table.Td>
                  <Table.Td><Button size="xs" variant="light" onClick={() => ulang.mutate(s.id)} loading={ulang.isPending && ulang.variables === s.id}>{p.kirimUlang}</Button></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {data.total > 10 && <Pagination total={Math.ceil(data.total / 10)} value={halaman} onChange={setHalaman} size="sm" getItemProps={(h) => ({ 'aria-label': `Halaman ${h}` })} />}
      </Stack>
    </Paper>
  );
}

/** Admin: user accounts, searched and filtered by unit (both in the URL), paged in the database; create, edit,
 * password, unlock, import e-mail addresses, failed mails. */
export function PenggunaPage() {
  const qc = useQueryClient();
  const [cariUrl, setCariUrl] = useSearchParams();
  const unitId = cariUrl.get('unitId');
  const halaman = Math.max(1, Number(cariUrl.get('halaman')) || 1);
  const [cari, setCari] = useState(cariUrl.get('cari') ?? '');
  const [cariTunda] = useDebouncedValue(cari, 250);
  const [modal, setModal] = useState<{ jenis: 'baru' | 'impor' } | { jenis: 'ubah' | 'sandi'; pengguna: Pengguna } | null>(null);
  const unitOpsi = useUnitOpsi();
  const atur = (nilai: Record<string, string | null>) =>
    setCariUrl((c) => {
      const baru = new URLSearchParams(c);
      for (const [k, v] of Object.entries(nilai)) if (v) baru.set(k, v); else baru.delete(k);
      return baru;
    });
  const daftar = useQuery({
    queryKey: ['pengguna', unitId, cariTunda, halaman],
    queryFn: () => unwrap(api.GET('/api/pengguna', { params: { query: { unitId: unitId ?? undefined, cari: cariTunda || undefined, halaman, ukuran: UKURAN } } })),
    placeholderData: (prev) => prev,
  });
  const buka = useMutation({
    mutationFn: (u: Pengguna) => unwrap(api.POST('/api/pengguna/{id}/buka-kunci', { params: { path: { id: u.id } } })),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['pengguna'] });
      notifications.show({ color: 'teal', message: p.dibuka });
    },
  });
  const total = daftar.data?.total ?? 0;
  const jumlahHalaman = Math.max(1, Math.ceil(total / UKURAN));
  const tampil = daftar.data?.item ?? [];
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <div>
          <Title order={1} size="h2">{p.judul}</Title>
          <Text c="dimmed" size="sm">{p.keterangan}</Text>
        </div>
        <Group gap="xs">
          <Button variant="default" onClick={() => setModal({ jenis: 'impor' })}>{p.imporEmail}</Button>
          <Button onClick={() => setModal({ jenis: 'baru' })}>{p.tambah}</Button>
        </Group>
      </Group>
      <SurelGagal />
      <Group align="flex-end" wrap="wrap">
        <TextInput label={p.cari} value={cari} onChange={(e) => { setCari(e.currentTarget.value); atur({ cari: e.currentTarget.value || null, halaman: null }); }} w={280} maw="100%" />
        <Select label={p.unit} placeholder={t.umum.semua} data={unitOpsi} value={unitId} onChange={(v) => atur({ unitId: v, halaman: null })} searchable clearable w={360} maw="100%" />
      </Group>
      <StatusMuat query={daftar} />
      {daftar.data && <Text size="sm" c="dimmed" data-testid="jumlah-pengguna">{p.jumlah(total, daftar.data?.totalPasti ?? true)}</Text>}
      <Table.ScrollContainer minWidth={900} tabIndex={0} aria-label={p.judul}>
        <Table striped data-testid="tabel-pengguna">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{p.username}</Table.Th>
              <Table.Th>{p.namaLengkap}</Table.Th>
              <Table.Th>{p.email}</Table.Th>
              <Table.Th>{p.unit}</Table.Th>
              <Table.Th>{p.peran}</Table.Th>
              <Table.Th>{p.status}</Table.Th>
              <Table.Th>{p.loginTerakhir}</Table.Th>
              <Table.Th>{p.aksi}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tampil.map((u) => (
              <Table.Tr key={u.id} data-username={u.username}>
                <Table.Td>{u.username}</Table.Td>
                <Table.Td>{u.namaLengkap}</Table.Td>
                <Table.Td>{u.email ?? <Text span size="sm" c="dimmed">{p.tanpaEmail}</Text>}</Table.Td>
                <Table.Td>{u.namaUnit}</Table.Td>
                <Table.Td>{u.peran.map((x) => t.peran[x] ?? x).join(', ')}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Badge color={u.aktif ? 'teal.9' : 'gray.7'} variant="filled" style={{ whiteSpace: 'nowrap' }}>{u.aktif ? p.aktif : p.nonaktif}</Badge>
                    {u.terkunci && <Badge color="red.9" variant="filled">{p.terkunci}</Badge>}
                  </Group>
                </Table.Td>
                <Table.Td>{u.loginTerakhir ? formatWaktu(u.loginTerakhir) : p.belumPernah}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="xs" variant="light" onClick={() => setModal({ jenis: 'ubah', pengguna: u })} aria-label={`${p.ubah} ${u.username}`}>{p.ubah}</Button>
                    <Button size="xs" variant="light" onClick={() => setModal({ jenis: 'sandi', pengguna: u })} aria-label={`${p.aturKataSandi} ${u.username}`}>{p.kataSandi}</Button>
                    {u.terkunci && <Button size="xs" variant="light" color="red" onClick={() => buka.mutate(u)} loading={buka.isPending}>{p.bukaKunci}</Button>}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {jumlahHalaman > 1 && (
        <Pagination total={jumlahHalaman} value={halaman} onChange={(h) => atur({ halaman: String(h) })}
          getItemProps={(h) => ({ 'aria-label': `Halaman ${h}` })}
          getControlProps={(c) => ({ 'aria-label': c === 'next' ? 'Halaman berikutnya' : c === 'previous' ? 'Halaman sebelumnya' : c === 'first' ? 'Halaman pertama' : 'Halaman terakhir' })} />
      )}
      <Modal opened={modal !== null} onClose={() => setModal(null)} title={modal?.jenis === 'baru' ? p.tambah : modal?.jenis === 'impor' ? p.imporEmail : modal?.jenis === 'ubah' ? p.ubahJudul(modal.pengguna.username) : modal?.jenis === 'sandi' ? p.kataSandiJudul(modal.pengguna.username) : ''}>
        {modal?.jenis === 'baru' && <FormPengguna pengguna={null} onSelesai={() => setModal(null)} />}
        {modal?.jenis === 'impor' && <ImporEmail onSelesai={() => setModal(null)} />}
        {modal?.jenis === 'ubah' && <UbahPengguna id={modal.pengguna.id} onSelesai={() => setModal(null)} />}
        {modal?.jenis === 'sandi' && <FormKataSandi pengguna={modal.pengguna} onSelesai={() => setModal(null)} />}
      </Modal>
    </Stack>
  );
}
