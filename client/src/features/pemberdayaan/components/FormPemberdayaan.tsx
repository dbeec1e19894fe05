import { ActionIcon,Alert,Button,Group,NumberInput,Select,SimpleGrid,Stack,TextInput,Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation,useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError,api,unwrap } from '../../../api/client';
import { GalatAksi } from '../../../components/Galat';
import { t } from '../../../i18n';
import type { DataKegiatanPemberdayaan,KegiatanPemberdayaan } from '../api';

import { opsi,tanpaValidasiPeramban } from '../../../lib/opsi';

export type Program = DataKegiatanPemberdayaan['program'];

interface BarisKomunitas { jenis: string | null; nama: string; provinsi: string; kabupatenKota: string }

interface BarisKader { nama: string; peran: string | null; komunitas: string | null; kontak: string }

export function FormPemberdayaan({ awal }: { awal?: KegiatanPemberdayaan }) {
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
    <Stack maw={1000} component="form" {...tanpaValidasiPeramban} onSubmit={(e) => { e.preventDefault(); setGalat({}); simpan.mutate(); }}>
      <Title order={1} size="h2">{awal ? t.pemberdayaan.ubahJudul : t.pemberdayaan.judulBaru}</Title>
      <GalatAksi error={simpan.error} kecualiIsian />
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
