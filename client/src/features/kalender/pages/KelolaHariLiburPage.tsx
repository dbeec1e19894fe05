import { ActionIcon,Alert,Button,Group,Modal,Paper,Select,Stack,Switch,Text,TextInput,Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation,useQuery,useQueryClient } from '@tanstack/react-query';
import { useState,type FormEvent } from 'react';
import { ApiError,api,unwrap } from '../../../api/client';
import { FormImporBerkas,formBerkas } from '../../../components/FormImporBerkas';
import { StatusMuat } from '../../../components/StatusMuat';
import { t } from '../../../i18n';
import { formatTanggalPanjang } from '../../../lib/tanggal';
import type { HariLibur } from '../api';
import { DaftarHariLibur,PilihTahun } from '../components/DaftarHariLibur';
import { KalenderTahun } from '../components/KalenderTahun';
import { useHariLibur } from './KalenderPage';

interface FormLibur {
  tanggal: string;
  jenis: string;
  nama: string;
  dasarHukum: string;
}

const kosong: FormLibur = { tanggal: '', jenis: 'libur_nasional', nama: '', dasarHukum: '' };

function FormHariLibur({ awal, id, etag, onSelesai }: { awal: FormLibur; id?: string; etag?: string; onSelesai: () => void }) {
  const [form, setForm] = useState(awal);
  const qc = useQueryClient();
  const simpan = useMutation({
    mutationFn: () => {
      const body = { tanggal: form.tanggal || null, jenis: form.jenis, nama: form.nama, dasarHukum: form.dasarHukum || null };
      return id
        ? unwrap(api.PUT('/api/kalender/hari-libur/{id}', { params: { path: { id } }, body, headers: etag ? { 'If-Match': etag } : {} }))
        : unwrap(api.POST('/api/kalender/hari-libur', { body }));
    },
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['hari-libur'] });
      await qc.invalidateQueries({ queryKey: ['kalender-status'] });
      notifications.show({ color: 'teal', message: t.umum.berhasilDisimpan });
      onSelesai();
    },
  });
  const errors = simpan.error instanceof ApiError ? simpan.error.fieldErrors : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    simpan.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
      <TextInput type="date" label={t.kalender.tanggal} name="tanggal" value={form.tanggal} onChange={(e) => setForm({ ...form, tanggal: e.currentTarget.value })} error={errors.tanggal} required />
      <Select
        label={t.kalender.jenis}
        name="jenis"
        data={[
          { value: 'libur_nasional', label: t.kalender.liburNasional },
          { value: 'cuti_bersama', label: t.kalender.cutiBersama },
        ]}
        value={form.jenis}
        onChange={(v) => setForm({ ...form, jenis: v ?? '' })}
        error={errors.jenis}
        allowDeselect={false}
      />
      <TextInput label={t.kalender.nama} name="nama" value={form.nama} onChange={(e) => setForm({ ...form, nama: e.currentTarget.value })} error={errors.nama} required />
      <TextInput label={t.kalender.dasarHukum} name="dasarHukum" value={form.dasarHukum} onChange={(e) => setForm({ ...form, dasarHukum: e.currentTarget.value })} error={errors.dasarHukum} />
      {simpan.error && Object.keys(errors).length === 0 && <Alert color="red">{simpan.error.message}</Alert>}
      <Group justify="flex-end">
        <Button variant="default" onClick={onSelesai}>
          {t.umum.batal}
        </Button>
        <Button type="submit" loading={simpan.isPending}>
          {t.umum.simpan}
        </Button>
      </Group>
      </Stack>
    </form>
  );
}

function ImporCsv({ onSelesai }: { onSelesai: () => void }) {
  const qc = useQueryClient();
  return (
    <FormImporBerkas
      keterangan={t.kelola.imporKeterangan}
      testId="berkas-csv"
      kirim={(berkas) => unwrap(api.POST('/api/kalender/hari-libur/impor', formBerkas(berkas)))}
      onBerhasil={async (hasil) => {
        await qc.invalidateQueries({ queryKey: ['hari-libur'] });
        await qc.invalidateQueries({ queryKey: ['kalender-status'] });
        notifications.show({ color: 'teal', message: t.kelola.hasilImpor(hasil.ditambahkan, hasil.diperbarui, hasil.tidakBerubah) });
      }}
      onSelesai={onSelesai}
    />
  );
}

function Pengaturan() {
  const qc = useQueryClient();
  const status = useQuery({ queryKey: ['kalender-status'], queryFn: () => unwrap(api.GET('/api/kalender/status')) });
  const pengaturan = useQuery({ queryKey: ['kalender-pengaturan'], queryFn: () => unwrap(api.GET('/api/kalender/pengaturan')) });
  const ubah = useMutation({
    mutationFn: (nilai: boolean) => unwrap(api.PUT('/api/kalender/pengaturan', { body: { cutiBersamaSebagaiHariKerja: nilai } })),
    onSuccess: (data) => {
      qc.setQueryData(['kalender-pengaturan'], data);
      notifications.show({ color: 'teal', message: t.umum.berhasilDisimpan });
    },
  });
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={4}>{t.kelola.status}</Title>
        {status.data?.peringatan.map((p) => (
          <Alert key={p} color="orange" data-testid="peringatan-kalender">
            {p}
          </Alert>
        ))}
        {status.data && (
          <Text size="sm">
            {t.kelola.tahunTermuat}: {status.data.tahun.map((y) => `${y.tahun} (${y.liburNasional} + ${y.cutiBersama})`).join(', ') || '—'}
          </Text>
        )}
        <Switch
          label={t.kelola.cutiSebagaiHariKerja}
          checked={pengaturan.data?.cutiBersamaSebagaiHariKerja ?? false}
          disabled={!pengaturan.data || ubah.isPending}
          onChange={(e) => ubah.mutate(e.currentTarget.checked)}
        />
      </Stack>
    </Paper>
  );
}

export function KelolaHariLiburPage() {
  const [tahun, setTahun] = useState(new Date().getFullYear());
  const libur = useHariLibur(tahun);
  const qc = useQueryClient();
  const [edit, setEdit] = useState<HariLibur | 'baru' | null>(null);
  const [imporBuka, setImporBuka] = useState(false);
  const hapus = useMutation({
    mutationFn: (h: HariLibur) => unwrap(api.DELETE('/api/kalender/hari-libur/{id}', { params: { path: { id: h.id } }, headers: { 'If-Match': h.etag } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['hari-libur'] }),
    onError: (e) => notifications.show({ color: 'red', message: e.message }),
  });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">{t.kelola.judul}</Title>
        <Group>
          <Button onClick={() => setEdit('baru')}>{t.kelola.tambah}</Button>
          <Button variant="light" onClick={() => setImporBuka(true)}>
            {t.kelola.impor}
          </Button>
        </Group>
      </Group>
      <Pengaturan />
      <PilihTahun tahun={tahun} onChange={setTahun} />
      <StatusMuat query={libur} />
      {libur.data && (
        <>
          {libur.data.length === 0 && <Alert color="yellow">{t.kalender.belumAdaData(tahun)}</Alert>}
          <DaftarHariLibur
            libur={libur.data}
            testId="kelola-libur"
            aksi={(h) => (
              <Group gap={4} wrap="nowrap">
                <Button size="compact-xs" variant="light" onClick={() => setEdit(h)}>
                  {t.umum.ubah}
                </Button>
                <ActionIcon
                  variant="light"
                  color="red"
                  aria-label={t.umum.hapus}
                  loading={hapus.isPending && hapus.variables?.id === h.id}
                  onClick={() => window.confirm(t.kelola.konfirmasiHapus(h.nama, formatTanggalPanjang(h.tanggal))) && hapus.mutate(h)}
                >
                  ✕
                </ActionIcon>
              </Group>
            )}
          />
          <KalenderTahun tahun={tahun} libur={libur.data} />
        </>
      )}
      <Modal opened={edit !== null} onClose={() => setEdit(null)} title={edit === 'baru' ? t.kelola.tambah : t.kelola.ubahJudul}>
        {edit !== null && (
          <FormHariLibur
            key={edit === 'baru' ? 'baru' : edit.id}
            id={edit === 'baru' ? undefined : edit.id}
            etag={edit === 'baru' ? undefined : edit.etag}
            awal={edit === 'baru' ? kosong : { tanggal: edit.tanggal, jenis: edit.jenis, nama: edit.nama, dasarHukum: edit.dasarHukum ?? '' }}
            onSelesai={() => setEdit(null)}
          />
        )}
      </Modal>
      <Modal opened={imporBuka} onClose={() => setImporBuka(false)} title={t.kelola.imporJudul}>
        {imporBuka && <ImporCsv onSelesai={() => setImporBuka(false)} />}
      </Modal>
    </Stack>
  );
}
