import { ActionIcon,Alert,Button,Card,Checkbox,Group,NumberInput,Select,SimpleGrid,Stack,TextInput,Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation,useQuery,useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError,api,unwrap } from '../../../api/client';
import { GalatAksi } from '../../../components/Galat';
import { t } from '../../../i18n';
import type { DataKegiatanPembinaan,KegiatanPembinaan } from '../api';

import { opsi,tanpaValidasiPeramban } from '../../../lib/opsi';

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

export function FormPembinaan({ awal }: { awal?: KegiatanPembinaan }) {
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
        sasaran: sasaran.map((s) => (s.id ? { id: s.id } : { nama: s.nama, jenis: s.jenis, nib: s.nib || null, umkm: s.umkm, irtp: s.irtp && komoditas === 'PanganOlahan' && s.jenis === 'PelakuUsaha', provinsi: s.provinsi, kabupatenKota: s.kabupatenKota })),
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
    <Stack maw={1000} component="form" {...tanpaValidasiPeramban} onSubmit={(e) => { e.preventDefault(); setGalat({}); simpan.mutate(); }}>
      <Title order={1} size="h2">{awal ? t.pembinaan.ubahJudul : t.pembinaan.judulBaru}</Title>
      <GalatAksi error={simpan.error} kecualiIsian />
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
            {/* IRTP is a kind of business producing pangan olahan: offered only where the API accepts it. */}
            {komoditas === 'PanganOlahan' && s.jenis === 'PelakuUsaha' && (
              <Checkbox label={t.pembinaan.irtp} checked={s.irtp} onChange={(e) => ubahBaris(i, { irtp: e.currentTarget.checked })} mb={8} />
            )}
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
