import { ActionIcon,Alert,Button,Group,Select,SimpleGrid,Stack,TextInput,Textarea,Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation,useQuery,useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate,useParams } from 'react-router';
import { ApiError,api,unwrap } from '../../../api/client';
import { GalatAksi } from '../../../components/Galat';
import { StatusMuat } from '../../../components/StatusMuat';
import { t } from '../../../i18n';
import type { DataKegiatanAdvokasi,KegiatanAdvokasi } from '../api';

type Pemangku = DataKegiatanAdvokasi['pemangkuKepentingan'] extends (infer P)[] | null | undefined ? P : never;

import { opsi,tanpaValidasiPeramban } from '../../../lib/opsi';

/** Create (/advokasi/baru) and edit (/advokasi/:id/ubah) page of a Kegiatan Advokasi. */
export function AdvokasiBaruPage() {
  const { id } = useParams();
  const ada = useQuery({ queryKey: ['advokasi', id], enabled: !!id, queryFn: () => unwrap(api.GET('/api/advokasi/{id}', { params: { path: { id: id! } } })) });
  if (id && !ada.data) return <StatusMuat query={ada} />;
  return <FormAdvokasi key={ada.data?.id ?? 'baru'} awal={ada.data} />;
}

/** The form of a Kegiatan Advokasi: empty for a new one (the user's own unit), filled with <code>awal</code> to edit. */
function FormAdvokasi({ awal }: { awal?: KegiatanAdvokasi }) {
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [judul, setJudul] = useState(awal?.judul ?? '');
  const [topik, setTopik] = useState(awal?.topik ?? '');
  const [komoditas, setKomoditas] = useState<string | null>(awal?.komoditas ?? null);
  const [bentuk, setBentuk] = useState<string | null>(awal?.bentuk ?? null);
  const [bentukLainnya, setBentukLainnya] = useState(awal?.bentukLainnya ?? '');
  const [lokasi, setLokasi] = useState(awal?.lokasi ?? '');
  const [mulai, setMulai] = useState(awal?.tanggalRencanaMulai ?? '');
  const [selesai, setSelesai] = useState(awal?.tanggalRencanaSelesai ?? '');
  const [dasar, setDasar] = useState(awal?.dasarKegiatan ?? '');
  const [pemangku, setPemangku] = useState<{ jenis: string | null; nama: string }[]>(
    awal?.pemangkuKepentingan.map((p) => ({ jenis: p.jenis, nama: p.nama })) ?? [{ jenis: null, nama: '' }],
  );
  const [galat, setGalat] = useState<Record<string, string>>({});

  const simpan = useMutation({
    mutationFn: () => {
      const body = {
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
          } as DataKegiatanAdvokasi;
      return awal
        ? unwrap(api.PUT('/api/advokasi/{id}', { params: { path: { id: awal.id } }, body, headers: { 'If-Match': awal.instans.etag } }))
        : unwrap(api.POST('/api/advokasi', { body }));
    },
    onSuccess: (k) => {
      qc.invalidateQueries({ queryKey: ['advokasi'] });
      qc.invalidateQueries({ queryKey: ['tugas-saya'] });
      notifications.show({ color: 'teal', message: awal ? t.umum.berhasilDisimpan : t.advokasi.dibuat });
      navigate(`/advokasi/${k.id}`);
    },
    onError: (e) => setGalat(e instanceof ApiError ? e.fieldErrors : {}),
  });

  return (
    <Stack maw={900} component="form" {...tanpaValidasiPeramban} onSubmit={(e) => { e.preventDefault(); setGalat({}); simpan.mutate(); }}>
      <Title order={1} size="h2">{awal ? t.advokasi.ubahJudul : t.advokasi.judulBaru}</Title>
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
        <Button variant="default" onClick={() => navigate(awal ? `/advokasi/${awal.id}` : '/advokasi')}>
          {t.umum.batal}
        </Button>
        <Button type="submit" loading={simpan.isPending}>
          {t.advokasi.simpan}
        </Button>
      </Group>
    </Stack>
  );
}
