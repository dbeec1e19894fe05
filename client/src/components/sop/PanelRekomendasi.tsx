import { Badge,Button,Card,FileInput,Group,Stack,Text,TextInput,Textarea,Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation,useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError,api,kirimForm,unduhDokumen,unwrap,type Instans,type Rekomendasi } from '../../api/client';
import { t } from '../../i18n';
import { formatTanggalPanjang } from '../../lib/tanggal';
import { pesanGalat } from '../Galat';
import { useSegarkan } from './BagianSop';
import { tanpaValidasiPeramban } from '../../lib/opsi';

export function PanelRekomendasi({ instans, kegiatanId, kunci }: { instans: Instans; kegiatanId: string; kunci: string }) {
  const segarkan = useSegarkan(kunci, kegiatanId, instans.id);
  const daftar = useQuery({ queryKey: ['rekomendasi', instans.id], queryFn: () => unwrap(api.GET('/api/sop/instans/{id}/rekomendasi', { params: { path: { id: instans.id } } })) });
  const [uraian, setUraian] = useState('');
  const [pj, setPj] = useState('');
  const [target, setTarget] = useState('');
  const [galat, setGalat] = useState<Record<string, string>>({});
  const tambah = useMutation({
    mutationFn: () => unwrap(api.POST('/api/sop/instans/{id}/rekomendasi', { params: { path: { id: instans.id } }, body: { uraian, penanggungJawab: pj, targetTanggal: target || null } })),
    onSuccess: () => { setUraian(''); setPj(''); setTarget(''); setGalat({}); segarkan(); },
    onError: (e) => setGalat(e instanceof ApiError ? e.fieldErrors : { uraian: t.galat.server }),
  });
  const bolehUbah = instans.bolehMengelola;
  return (
    <Card withBorder data-testid="rekomendasi">
      <Title order={4} mb="sm">
        {t.kegiatan.rekomendasi}
      </Title>
      {daftar.data && daftar.data.length === 0 && <Text c="dimmed" size="sm">{t.kegiatan.tidakAdaRekomendasi}</Text>}
      <Stack>
        {daftar.data?.map((r) => <ItemRekomendasi key={r.id} r={r} instansId={instans.id} bolehUbah={bolehUbah} segarkan={segarkan} />)}
      </Stack>
      {bolehUbah && (
        <Stack gap="xs" mt="md" component="form" {...tanpaValidasiPeramban} onSubmit={(e) => { e.preventDefault(); tambah.mutate(); }}>
          <Textarea label={t.kegiatan.uraian} value={uraian} onChange={(e) => setUraian(e.currentTarget.value)} error={galat.uraian} autosize />
          <Group align="start">
            <TextInput label={t.kegiatan.penanggungJawab} value={pj} onChange={(e) => setPj(e.currentTarget.value)} error={galat.penanggungJawab} style={{ flex: 1 }} />
            <TextInput type="date" label={t.kegiatan.target} value={target} onChange={(e) => setTarget(e.currentTarget.value)} error={galat.targetTanggal} />
          </Group>
          <Group>
            <Button type="submit" variant="light" loading={tambah.isPending}>
              {t.kegiatan.tambahRekomendasi}
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}

function ItemRekomendasi({ r, instansId, bolehUbah, segarkan }: { r: Rekomendasi; instansId: string; bolehUbah: boolean; segarkan: () => void }) {
  const [uraianTl, setUraianTl] = useState('');
  const [bukti, setBukti] = useState<Record<string, File | null>>({});
  const tambahTl = useMutation({
    mutationFn: () => unwrap(api.POST('/api/sop/instans/{id}/rekomendasi/{rekomendasiId}/tindak-lanjut', { params: { path: { id: instansId, rekomendasiId: r.id } }, body: { uraian: uraianTl } })),
    onSuccess: () => { setUraianTl(''); segarkan(); },
    onError: (e) => notifications.show({ color: 'red', message: pesanGalat(e) }),
  });
  const tutup = useMutation({
    mutationFn: (tlId: string) => {
      const form = new FormData();
      form.append('berkas', bukti[tlId]!);
      return kirimForm(`/api/sop/instans/${instansId}/rekomendasi/${r.id}/tindak-lanjut/${tlId}/tutup`, form);
    },
    onSuccess: () => segarkan(),
    onError: (e) => notifications.show({ color: 'red', message: pesanGalat(e) }),
  });
  return (
    <Card withBorder p="sm" data-testid={`rekomendasi-${r.nomor}`} data-status={r.status}>
      <Group justify="space-between">
        <Text fw={600} size="sm">
          {r.nomor}. {r.uraian}
        </Text>
        <Group gap={4}>
          {r.terlambat && <Badge color="red">{t.kegiatan.lewatTarget}</Badge>}
          <Badge color={r.status === 'Close' ? 'green' : 'yellow'}>{t.statusTindakLanjut[r.status] ?? r.status}</Badge>
        </Group>
      </Group>
      <Text size="xs" c="dimmed">
        {t.kegiatan.penanggungJawab}: {r.penanggungJawab} · {t.kegiatan.target}: {formatTanggalPanjang(r.targetTanggal)}
      </Text>
      <Stack gap={4} mt="xs">
        {r.tindakLanjut.map((tl) => (
          <Group key={tl.id} gap="xs" data-testid={`tindak-lanjut-${r.nomor}-${tl.nomor}`} data-status={tl.status}>
            <Badge size="xs" color={tl.status === 'Close' ? 'green' : 'yellow'}>{t.statusTindakLanjut[tl.status] ?? tl.status}</Badge>
            <Text size="sm">{tl.uraian}</Text>
            {tl.bukti && (
              <Button size="compact-xs" variant="subtle" onClick={() => unduhDokumen(tl.bukti!.id, tl.bukti!.namaBerkas)}>
                {tl.bukti.namaBerkas}
              </Button>
            )}
            {bolehUbah && tl.status === 'Open' && (
              <>
                <FileInput size="xs" placeholder={t.kegiatan.berkas} value={bukti[tl.id] ?? null} onChange={(f) => setBukti({ ...bukti, [tl.id]: f })} w={220} data-testid="bukti" />
                <Button size="compact-xs" disabled={!bukti[tl.id]} loading={tutup.isPending} onClick={() => tutup.mutate(tl.id)}>
                  {t.kegiatan.tutupDenganBukti}
                </Button>
              </>
            )}
          </Group>
        ))}
      </Stack>
      {bolehUbah && (
        <Group mt="xs" align="end">
          <TextInput size="xs" label={t.kegiatan.tindakLanjut} value={uraianTl} onChange={(e) => setUraianTl(e.currentTarget.value)} style={{ flex: 1 }} />
          <Button size="xs" variant="light" disabled={!uraianTl.trim()} loading={tambahTl.isPending} onClick={() => tambahTl.mutate()}>
            {t.kegiatan.tambahTindakLanjut}
          </Button>
        </Group>
      )}
    </Card>
  );
}
