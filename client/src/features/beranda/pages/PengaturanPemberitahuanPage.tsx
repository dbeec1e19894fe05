import { Alert,Button,Group,Paper,SegmentedControl,Select,Stack,Text,Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation,useQuery,useQueryClient } from '@tanstack/react-query';
import { useEffect,useState } from 'react';
import { ApiError,api,unwrap,type Schemas } from '../../../api/client';
import { StatusMuat } from '../../../components/StatusMuat';
import { t } from '../../../i18n';
import { UmpanKalender } from '../../kalender/components/UmpanKalender';

type Preferensi = Schemas['PreferensiSurelDto'];
type Pilihan = Preferensi['pengingat'];
const s = t.pemberitahuan;
const JENIS = ['pengingat', 'eskalasi', 'informasi'] as const;
const JAM = Array.from({ length: 24 }, (_, h) => ({ value: String(h), label: `${String(h).padStart(2, '0')}.00` }));

/** How each kind of notification reaches the user by e-mail (now, in the daily digest, or in-app only), the digest's
 * hour, and the calendar feeds — everything that takes deadlines outside the app, on one page. */
export function PengaturanPemberitahuanPage() {
  const pref = useQuery({ queryKey: ['preferensi-surel'], queryFn: () => unwrap(api.GET('/api/notifikasi/preferensi')) });
  return (
    <Stack>
      <div>
        <Title order={1} size="h2">{s.judul}</Title>
        <Text c="dimmed" size="sm">{s.keterangan}</Text>
      </div>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="xs">{s.surel}</Title>
        {pref.data ? <FormPreferensi awal={pref.data} /> : <StatusMuat query={pref} />}
      </Paper>
      <UmpanKalender />
    </Stack>
  );
}

function FormPreferensi({ awal }: { awal: Preferensi }) {
  const qc = useQueryClient();
  const [nilai, setNilai] = useState<Record<(typeof JENIS)[number], Pilihan>>({ pengingat: awal.pengingat, eskalasi: awal.eskalasi, informasi: awal.informasi });
  const [jam, setJam] = useState<string | null>(awal.jamRingkasanBawaan ? null : String(awal.jamRingkasan));
  useEffect(() => {
    setNilai({ pengingat: awal.pengingat, eskalasi: awal.eskalasi, informasi: awal.informasi });
    setJam(awal.jamRingkasanBawaan ? null : String(awal.jamRingkasan));
  }, [awal]);
  const simpan = useMutation({
    mutationFn: () =>
      unwrap(api.PUT('/api/notifikasi/preferensi', { body: { ...nilai, jamRingkasan: jam === null ? null : Number(jam) }, headers: { 'If-Match': awal.etag } })),
    onSuccess: (baru) => {
      qc.setQueryData(['preferensi-surel'], baru);
      notifications.show({ color: 'teal', message: s.tersimpan });
    },
    onError: () => void qc.invalidateQueries({ queryKey: ['preferensi-surel'] }),
  });
  const galat = simpan.error instanceof ApiError ? simpan.error.fieldErrors : {};
  const adaRingkasan = Object.values(nilai).includes('Ringkasan');
  return (
    <Stack data-testid="preferensi-surel">
      {!awal.surelAktif && <Alert color="yellow">{s.surelMati}</Alert>}
      {awal.email ? (
        <Text size="sm">{s.alamat} <strong>{awal.email}</strong></Text>
      ) : (
        <Alert color="yellow">{s.tanpaAlamat}</Alert>
      )}
      {JENIS.map((j) => (
        <Stack key={j} gap={4}>
          <Text fw={600} size="sm" id={`label-${j}`}>{s.jenis[j]}</Text>
          <Text size="xs" c="dimmed">{s.jenisKet[j]}</Text>
          <SegmentedControl
            aria-labelledby={`label-${j}`}
            data-jenis={j}
            value={nilai[j]}
            onChange={(v) => setNilai((n) => ({ ...n, [j]: v as Pilihan }))}
            data={[
              { value: 'Segera', label: s.pilihan.Segera },
              { value: 'Ringkasan', label: s.pilihan.Ringkasan },
              { value: 'Tidak', label: s.pilihan.Tidak },
            ]}
            fullWidth
            maw={520}
          />
          {galat[j] && <Text size="xs" c="red">{galat[j]}</Text>}
        </Stack>
      ))}
      <Select
        label={s.jam}
        description={adaRingkasan ? s.jamKet : s.jamTanpaRingkasan}
        data={JAM}
        value={jam}
        onChange={setJam}
        placeholder={s.jamBawaan(awal.jamRingkasanBawaan ? awal.jamRingkasan : 7)}
        clearable
        error={galat.jamRingkasan}
        w={280}
        maw="100%"
      />
      {simpan.error && Object.keys(galat).length === 0 && <Alert color="red">{simpan.error.message}</Alert>}
      <Group>
        <Button onClick={() => simpan.mutate()} loading={simpan.isPending}>{t.umum.simpan}</Button>
      </Group>
    </Stack>
  );
}
