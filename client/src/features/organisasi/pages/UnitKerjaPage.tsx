import { Alert,Badge,Button,Group,Modal,Select,Stack,Switch,Table,Text,TextInput,Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation,useQuery,useQueryClient } from '@tanstack/react-query';
import { useMemo,useState } from 'react';
import { ApiError,api,unwrap,type UnitKerja } from '../../../api/client';
import { useSesi } from '../../../auth/useSesi';
import { StatusMuat } from '../../../components/StatusMuat';
import { t } from '../../../i18n';

const JENIS = ['UnitKerjaPusat', 'BalaiBesarPom', 'BalaiPom', 'LokaPom', 'Ppsdm', 'Pimpinan'] as const;
type Jenis = (typeof JENIS)[number];

function UbahKoordinator({ loka, balai, onSelesai }: { loka: UnitKerja; balai: UnitKerja[]; onSelesai: () => void }) {
  const [koordinatorId, setKoordinatorId] = useState<string | null>(loka.koordinatorId ?? null);
  const qc = useQueryClient();
  const simpan = useMutation({
    mutationFn: () => unwrap(api.PUT('/api/unit-kerja/{id}/koordinator', { params: { path: { id: loka.id } }, body: { koordinatorId }, headers: { 'If-Match': loka.etag } })),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['unit-kerja'] });
      notifications.show({ color: 'teal', message: t.umum.berhasilDisimpan });
      onSelesai();
    },
  });
  const errors = simpan.error instanceof ApiError ? simpan.error.fieldErrors : {};
  return (
    <Stack>
      <Select
        label={t.unit.pilihKoordinator}
        placeholder={t.unit.tanpaKoordinator}
        data={balai.map((b) => ({ value: b.id, label: b.nama }))}
        value={koordinatorId}
        onChange={setKoordinatorId}
        error={errors.koordinatorId}
        searchable
        clearable
        data-testid="pilih-koordinator"
      />
      {simpan.error && !errors.koordinatorId && <Alert color="red">{simpan.error.message}</Alert>}
      <Group justify="flex-end">
        <Button variant="default" onClick={onSelesai}>
          {t.umum.batal}
        </Button>
        <Button onClick={() => simpan.mutate()} loading={simpan.isPending}>
          {t.umum.simpan}
        </Button>
      </Group>
    </Stack>
  );
}

const ZONA = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'];

/** Create (no <code>unit</code>) or edit a unit: name, kind (on create), category, eselon I, city, province, time zone,
 * active. The API validates; its messages show beside the fields. */
function FormUnit({ unit, onSelesai }: { unit: UnitKerja | null; onSelesai: () => void }) {
  const qc = useQueryClient();
  const [nama, setNama] = useState(unit?.nama ?? '');
  const [jenis, setJenis] = useState<Jenis | null>(unit?.jenis ?? null);
  const [kategori, setKategori] = useState(unit?.kategori ?? '');
  const [eselon1, setEselon1] = useState(unit?.eselon1 ?? '');
  const [kota, setKota] = useState(unit?.kota ?? '');
  const [provinsi, setProvinsi] = useState(unit?.provinsi ?? '');
  const [zonaWaktu, setZonaWaktu] = useState<string | null>(unit?.zonaWaktu ?? 'Asia/Jakarta');
  const [aktif, setAktif] = useState(unit?.aktif ?? true);
  const simpan = useMutation({
    mutationFn: () => {
      const isi = { nama, kategori: kategori || null, eselon1: eselon1 || null, kota: kota || null, provinsi, zonaWaktu: zonaWaktu ?? '' };
      return unit
        ? unwrap(api.PUT('/api/unit-kerja/{id}', { params: { path: { id: unit.id } }, body: { ...isi, aktif }, headers: { 'If-Match': unit.etag } }))
        : unwrap(api.POST('/api/unit-kerja', { body: { ...isi, jenis: jenis as Jenis } }));
    },
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['unit-kerja'] });
      notifications.show({ color: 'teal', message: t.umum.berhasilDisimpan });
      onSelesai();
    },
  });
  const galat = simpan.error instanceof ApiError ? simpan.error.fieldErrors : {};
  return (
    <Stack>
      <TextInput label={t.unit.nama} value={nama} onChange={(e) => setNama(e.currentTarget.value)} error={galat.nama} required />
      {!unit && (
        <Select label={t.unit.jenis} searchable data={JENIS.map((j) => ({ value: j, label: t.jenisUnit[j] ?? j }))} value={jenis} onChange={(v) => setJenis(v as Jenis | null)} error={galat.jenis} required />
      )}
      <TextInput label={t.unit.kategori} value={kategori} onChange={(e) => setKategori(e.currentTarget.value)} error={galat.kategori} />
      <TextInput label={t.unit.eselon1} value={eselon1} onChange={(e) => setEselon1(e.currentTarget.value)} error={galat.eselon1} />
      <TextInput label={t.unit.kota} value={kota} onChange={(e) => setKota(e.currentTarget.value)} error={galat.kota} />
      <TextInput label={t.unit.provinsi} value={provinsi} onChange={(e) => setProvinsi(e.currentTarget.value)} error={galat.provinsi} required />
      <Select label={t.unit.zonaWaktu} data={ZONA} value={zonaWaktu} onChange={setZonaWaktu} error={galat.zonaWaktu} allowDeselect={false} required />
      {unit && <Switch label={t.unit.aktif} checked={aktif} onChange={(e) => setAktif(e.currentTarget.checked)} />}
      {unit?.aktif && !aktif && <Alert color="orange">{t.unit.nonaktifPeringatan}</Alert>}
      {simpan.error && Object.keys(galat).length === 0 && <Alert color="red">{simpan.error.message}</Alert>}
      <Group justify="flex-end">
        <Button variant="default" onClick={onSelesai}>{t.umum.batal}</Button>
        <Button onClick={() => simpan.mutate()} loading={simpan.isPending}>{t.umum.simpan}</Button>
      </Group>
    </Stack>
  );
}

export function UnitKerjaPage() {
  const s = useSesi();
  const admin = s?.peran.includes('Admin') ?? false;
  const [jenis, setJenis] = useState<Jenis | null>(null);
  const [provinsi, setProvinsi] = useState<string | null>(null);
  const [cari, setCari] = useState('');
  const [cariDebounced] = useDebouncedValue(cari, 250);
  const [edit, setEdit] = useState<UnitKerja | null>(null);
  const [formUnit, setFormUnit] = useState<{ unit: UnitKerja | null } | null>(null);

  const semua = useQuery({ queryKey: ['unit-kerja', 'semua'], queryFn: () => unwrap(api.GET('/api/unit-kerja')) });
  const daftar = useQuery({
    queryKey: ['unit-kerja', jenis, provinsi, cariDebounced],
    queryFn: () =>
      unwrap(api.GET('/api/unit-kerja', { params: { query: { jenis: jenis ?? undefined, provinsi: provinsi ?? undefined, cari: cariDebounced || undefined } } })),
    placeholderData: (prev) => prev,
  });
  const provinsiList = useMemo(() => [...new Set((semua.data ?? []).map((u) => u.provinsi))].sort(), [semua.data]);
  const balai = useMemo(() => (semua.data ?? []).filter((u) => u.jenis === 'BalaiBesarPom' || u.jenis === 'BalaiPom'), [semua.data]);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">{t.unit.judul}</Title>
        {admin && <Button onClick={() => setFormUnit({ unit: null })}>{t.unit.tambah}</Button>}
      </Group>
      <Group align="flex-end" wrap="wrap">
        <TextInput label={t.unit.cari} value={cari} onChange={(e) => setCari(e.currentTarget.value)} w={260} />
        <Select
          label={t.unit.jenis}
          placeholder={t.umum.semua}
          data={JENIS.map((j) => ({ value: j, label: t.jenisUnit[j] ?? j }))}
          value={jenis}
          onChange={(v) => setJenis(v as Jenis | null)}
          clearable
          w={200}
          data-testid="filter-jenis"
        />
        <Select label={t.unit.provinsi} placeholder={t.umum.semua} data={provinsiList} value={provinsi} onChange={setProvinsi} clearable searchable w={220} />
        {daftar.data && <Text c="dimmed" size="sm">{t.unit.jumlah(daftar.data.length)}</Text>}
      </Group>
      <StatusMuat query={daftar} />
      {daftar.data && daftar.data.length === 0 && <Text c="dimmed">{t.umum.kosong}</Text>}
      {daftar.data && daftar.data.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover data-testid="daftar-unit">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t.unit.nama}</Table.Th>
                <Table.Th>{t.unit.jenis}</Table.Th>
                <Table.Th>{t.unit.provinsi}</Table.Th>
                <Table.Th>{t.unit.zonaWaktu}</Table.Th>
                <Table.Th>{t.unit.koordinator}</Table.Th>
                {admin && <Table.Th>{t.unit.aksi}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {daftar.data.map((u) => (
                <Table.Tr key={u.id} data-unit={u.nama}>
                  <Table.Td>
                    {u.nama}
                    {!u.aktif && <Badge ml={6} size="sm" color="gray.7" variant="filled">{t.unit.nonaktif}</Badge>}
                  </Table.Td>
                  <Table.Td>{t.jenisUnit[u.jenis] ?? u.jenis}</Table.Td>
                  <Table.Td>{u.provinsi}</Table.Td>
                  <Table.Td>{u.zonaWaktu}</Table.Td>
                  <Table.Td data-testid="koordinator">{u.namaKoordinator ?? ''}</Table.Td>
                  {admin && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button size="compact-xs" variant="light" onClick={() => setFormUnit({ unit: u })} aria-label={`${t.umum.ubah} ${u.nama}`}>
                          {t.umum.ubah}
                        </Button>
                        {u.jenis === 'LokaPom' && (
                          <Button size="compact-xs" variant="light" onClick={() => setEdit(u)}>
                            {t.unit.ubahKoordinator}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal opened={formUnit !== null} onClose={() => setFormUnit(null)} title={formUnit?.unit ? t.unit.ubahJudul(formUnit.unit.nama) : t.unit.tambah}>
        {formUnit && <FormUnit unit={formUnit.unit} onSelesai={() => setFormUnit(null)} />}
      </Modal>
      <Modal opened={edit !== null} onClose={() => setEdit(null)} title={edit ? t.unit.koordinatorJudul(edit.nama) : ''}>
        {edit && <UbahKoordinator loka={edit} balai={balai} onSelesai={() => setEdit(null)} />}
      </Modal>
    </Stack>
  );
}
