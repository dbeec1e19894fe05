import { ActionIcon,Alert,Button,Group,Select,SimpleGrid,Stack,TextInput,Textarea,Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation,useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError,api,unwrap } from '../../../api/client';
import { GalatAksi } from '../../../components/Galat';
import { t } from '../../../i18n';
import type { DataKegiatanAdvokasi } from '../api';

type Pemangku = DataKegiatanAdvokasi['pemangkuKepentingan'] extends (infer P)[] | null | undefined ? P : never;

import { opsi } from '../../../lib/opsi';

/** Create form for a Kegiatan Advokasi (the user's own unit). */
export function AdvokasiBaruPage() {
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [judul, setJudul] = useState('');
  const [topik, setTopik] = useState('');
  const [komoditas, setKomoditas] = useState<string | null>(null);
  const [bentuk, setBentuk] = useState<string | null>(null);
  const [bentukLainnya, setBentukLainnya] = useState('');
  const [lokasi, setLokasi] = useState('');
  const [mulai, setMulai] = useState('');
  const [selesai, setSelesai] = useState('');
  const [dasar, setDasar] = useState('');
  const [pemangku, setPemangku] = useState<{ jenis: string | null; nama: string }[]>([{ jenis: null, nama: '' }]);
  const [galat, setGalat] = useState<Record<string, string>>({});

  const simpan = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/advokasi', {
          body: {
            judul,
            topik,
            komoditas: komoditas as DataKegiatanAdvokasi['komoditas'],
            bentuk: bentuk as DataKegiatanAdvokasi['bentuk'],
            bentukLainnya: bentukLainnya || null,
            lokasi,
            tanggalRencanaMulai: mulai || null,
            tanggalRencanaSelesai: selesai || null,
            dasarKegiatan: dasar,
            pemangkuKepentingan: pemangku.filter((p) => p.jenis || p.nama).map((p) => ({ jenis: p.jenis, nama: p.nama }) as unknown as Pemangku),
          } as DataKegiatanAdvokasi,
        }),
      ),
    onSuccess: (k) => {
      qc.invalidateQueries({ queryKey: ['advokasi'] });
      qc.invalidateQueries({ queryKey: ['tugas-saya'] });
      notifications.show({ color: 'teal', message: t.advokasi.dibuat });
      navigate(`/advokasi/${k.id}`);
    },
    onError: (e) => setGalat(e instanceof ApiError ? e.fieldErrors : {}),
  });

  return (
    <Stack maw={900} component="form" onSubmit={(e) => { e.preventDefault(); setGalat({}); simpan.mutate(); }}>
      <Title order={2}>{t.advokasi.baru}</Title>
      <GalatAksi error={simpan.error} kecualiIsian />
      <TextInput label={t.advokasi.judulKegiatan} value={judul} onChange={(e) => setJudul(e.currentTarget.value)} error={galat.judul} required />
      <TextInput label={t.advokasi.topik} value={topik} onChange={(e) => setTopik(e.currentTarget.value)} error={galat.topik} required />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select searchable label={t.advokasi.komoditas} data={opsi(t.advokasi.komoditasNama)} value={komoditas} onChange={setKomoditas} error={galat.komoditas} required />
        <Select searchable label={t.advokasi.bentuk} data={opsi(t.advokasi.bentukNama)} value={bentuk} onChange={setBentuk} error={galat.bentuk} required />
      </SimpleGrid>
      {bentuk === 'Lainnya' && (
        <TextInput label={t.advokasi.bentukLainnya} value={bentukLainnya} onChange={(e) => setBentukLainnya(e.currentTarget.value)} error={galat.bentukLainnya} required />
      )}
      <TextInput label={t.advokasi.lokasi} value={lokasi} onChange={(e) => setLokasi(e.currentTarget.value)} error={galat.lokasi} required />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="date" label={t.advokasi.mulai} value={mulai} onChange={(e) => setMulai(e.currentTarget.value)} error={galat.tanggalRencanaMulai} required />
        <TextInput type="date" label={t.advokasi.selesai} value={selesai} onChange={(e) => setSelesai(e.currentTarget.value)} error={galat.tanggalRencanaSelesai} required />
      </SimpleGrid>
      <Textarea label={t.advokasi.dasar} value={dasar} onChange={(e) => setDasar(e.currentTarget.value)} error={galat.dasarKegiatan} required />
      <Title order={5}>{t.advokasi.pemangku}</Title>
      {galat.pemangkuKepentingan && <Alert color="red">{galat.pemangkuKepentingan}</Alert>}
      {pemangku.map((p, i) => (
        <Group key={i} align="end" data-testid={`pemangku-${i}`}>
          <Select
            searchable
            label={t.advokasi.jenisPemangku}
            data={opsi(t.advokasi.pemangkuNama)}
            value={p.jenis}
            onChange={(v) => setPemangku(pemangku.map((x, j) => (j === i ? { ...x, jenis: v } : x)))}
            error={galat[`pemangkuKepentingan[${i}].jenis`]}
            w={320}
          />
          <TextInput
            label={t.advokasi.namaPemangku}
            value={p.nama}
            onChange={(e) => { const nama = e.currentTarget.value; setPemangku(pemangku.map((x, j) => (j === i ? { ...x, nama } : x))); }}
            error={galat[`pemangkuKepentingan[${i}].nama`]}
            style={{ flex: 1 }}
          />
          {pemangku.length > 1 && (
            <ActionIcon variant="subtle" color="red" aria-label={t.umum.hapus} onClick={() => setPemangku(pemangku.filter((_, j) => j !== i))} mb={4}>
              ×
            </ActionIcon>
          )}
        </Group>
      ))}
      <Group>
        <Button variant="light" onClick={() => setPemangku([...pemangku, { jenis: null, nama: '' }])}>
          {t.advokasi.tambahPemangku}
        </Button>
      </Group>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => navigate('/advokasi')}>
          {t.umum.batal}
        </Button>
        <Button type="submit" loading={simpan.isPending}>
          {t.advokasi.simpan}
        </Button>
      </Group>
    </Stack>
  );
}
