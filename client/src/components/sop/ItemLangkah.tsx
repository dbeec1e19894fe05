import { Badge,Button,Card,FileInput,Group,Modal,Stack,Text,TextInput,Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api,kirimForm,unduhDokumen,unwrap,type Instans,type Langkah } from '../../api/client';
import { t } from '../../i18n';
import { aksiBeralasan,sisaWaktu,warnaSla,warnaStatusLangkah } from '../../lib/sop';
import { formatTanggalPanjang } from '../../lib/tanggal';
import { pesanGalat } from '../Galat';
import { useSegarkan } from './BagianSop';
import { DaftarPenugasan } from './DaftarPenugasan';

type Aksi = Langkah['aksiTersedia'][number];

export function ItemLangkah({ instans, langkah: l, kegiatanId, kunci, aktif }: { instans: Instans; langkah: Langkah; kegiatanId: string; kunci: string; aktif: boolean }) {
  const jt = l.sla.jatuhTempo ?? l.jatuhTempo;
  return (
    <Stack gap={4} mt={4}>
      <Group gap="xs">
        <Badge size="sm" color={warnaStatusLangkah[l.status]} variant="light" data-testid="status-langkah">
          {t.statusLangkah[l.status]}
        </Badge>
        <Badge size="sm" color={warnaSla[l.sla.status]} variant={l.sla.status === 'Terlambat' ? 'filled' : 'light'} data-testid="sla-langkah">
          {t.sla[l.sla.status]}
        </Badge>
        <Text size="xs" c="dimmed">
          {l.waktuHk != null ? t.sop.hk(l.waktuHk) : t.sop.disesuaikan}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {[
          l.tanggalMulai && t.kegiatan.mulai(formatTanggalPanjang(l.tanggalMulai)),
          jt && t.kegiatan.jatuhTempo(formatTanggalPanjang(jt)),
          l.tanggalSelesai && t.kegiatan.selesai(formatTanggalPanjang(l.tanggalSelesai)),
          l.sla.hkTerpakai != null && l.sla.hkBudget != null && t.kegiatan.hkTerpakai(l.sla.hkTerpakai, l.sla.hkBudget),
          aktif && sisaWaktu(l.sla.hkTersisa, l.rencanaSelesai),
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {l.peringatanKalender && (
        <Text size="xs" c="#a94400" data-testid="peringatan-jatuh-tempo">
          ⚠ {l.peringatanKalender}
        </Text>
      )}
      {l.jeda.map((j, i) => (
        <Text key={i} size="xs" c="violet.9">
          {t.kegiatan.jeda(formatTanggalPanjang(j.mulai), j.selesai ? formatTanggalPanjang(j.selesai) : null)}: {j.alasan}
        </Text>
      ))}
      {l.alasanTerakhir && (
        <Text size="xs" c="#a94400">
          {t.kegiatan.alasanTerakhir}: {l.alasanTerakhir}
        </Text>
      )}
      {l.dokumen.length > 0 && (
        <Stack gap={2}>
          {l.dokumen.map((d) => (
            <Group key={d.id} gap="xs" data-testid="dokumen">
              <Text size="xs">
                {t.kegiatan.jenisDokumen[d.jenis]} v{d.versi}: {d.namaBerkas}
              </Text>
              <Button size="compact-xs" variant="subtle" onClick={() => unduhDokumen(d.id, d.namaBerkas)}>
                {t.kegiatan.unduh}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
      {l.penugasan.length > 0 && <DaftarPenugasan instans={instans} langkah={l} kegiatanId={kegiatanId} kunci={kunci} />}
      {aktif && <AksiLangkah instans={instans} langkah={l} kegiatanId={kegiatanId} kunci={kunci} />}
    </Stack>
  );
}

function AksiLangkah({ instans, langkah: l, kegiatanId, kunci }: { instans: Instans; langkah: Langkah; kegiatanId: string; kunci: string }) {
  const segarkan = useSegarkan(kunci, kegiatanId, instans.id);
  const [berkas, setBerkas] = useState<File | null>(null);
  const [alasanUntuk, setAlasanUntuk] = useState<Aksi | null>(null);
  const [alasan, setAlasan] = useState('');
  const [rencana, setRencana] = useState(l.rencanaSelesai ?? '');
  const jenis = l.status === 'Menunggu' ? 'Kelengkapan' : 'Output';

  const unggah = useMutation({
    mutationFn: () => {
      const form = new FormData();
      form.append('jenis', jenis);
      form.append('berkas', berkas!);
      return kirimForm(`/api/sop/instans/${instans.id}/langkah/${l.kode}/dokumen`, form);
    },
    onSuccess: () => {
      setBerkas(null);
      notifications.show({ color: 'teal', message: t.kegiatan.berhasilUnggah });
      segarkan();
    },
    onError: (e) => notifications.show({ color: 'red', message: pesanGalat(e) }),
  });
  const jalankan = useMutation({
    mutationFn: ({ aksi, alasan }: { aksi: Aksi; alasan?: string }) =>
      unwrap(api.POST('/api/sop/instans/{id}/langkah/{kode}/{aksi}', { params: { path: { id: instans.id, kode: l.kode, aksi } }, body: { alasan: alasan ?? null }, headers: { 'If-Match': instans.etag } })),
    onSuccess: (_, v) => {
      setAlasanUntuk(null);
      setAlasan('');
      notifications.show({ color: 'teal', message: t.aksiBerhasil[v.aksi] });
      segarkan();
    },
    onError: (e) => notifications.show({ color: 'red', message: pesanGalat(e) }),
  });
  const simpanRencana = useMutation({
    mutationFn: () => unwrap(api.PUT('/api/sop/instans/{id}/langkah/{kode}/rencana', { params: { path: { id: instans.id, kode: l.kode } }, body: { rencanaSelesai: rencana || null }, headers: { 'If-Match': instans.etag } })),
    onSuccess: () => { notifications.show({ color: 'teal', message: t.umum.berhasilDisimpan }); segarkan(); },
    onError: (e) => notifications.show({ color: 'red', message: pesanGalat(e) }),
  });

  if (!l.bolehUnggah && l.aksiTersedia.length === 0) return null;
  return (
    <Card withBorder p="xs" mt={4} data-testid="aksi-langkah">
      <Stack gap="xs">
        {l.bolehUnggah && (jenis === 'Output' || l.kelengkapanTersedia === false) && (
          <Group align="end">
            <FileInput
              label={jenis === 'Kelengkapan' ? `${t.kegiatan.unggahKelengkapan}: ${l.kelengkapan}` : `${t.kegiatan.unggahOutput}: ${l.output}`}
              value={berkas}
              onChange={setBerkas}
              accept=".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.png,.jpg,.jpeg"
              w={420}
              data-testid="berkas"
            />
            <Button onClick={() => unggah.mutate()} disabled={!berkas} loading={unggah.isPending}>
              {t.kegiatan.unggah}
            </Button>
          </Group>
        )}
        {l.bolehUnggah && l.waktuHk == null && l.status !== 'Menunggu' && (
          <Group align="end">
            <TextInput type="date" label={t.kegiatan.rencana} value={rencana} onChange={(e) => setRencana(e.currentTarget.value)} />
            <Button variant="light" onClick={() => simpanRencana.mutate()} loading={simpanRencana.isPending}>
              {t.kegiatan.simpanRencana}
            </Button>
          </Group>
        )}
        <Group gap="xs">
          {l.aksiTersedia.map((a) => (
            <Button
              key={a}
              size="xs"
              variant={a === 'Setujui' || a === 'Ajukan' || a === 'Mulai' ? 'filled' : 'light'}
              color={a === 'Kembalikan' ? 'orange' : undefined}
              loading={jalankan.isPending && jalankan.variables?.aksi === a}
              onClick={() => (aksiBeralasan.has(a) ? setAlasanUntuk(a) : jalankan.mutate({ aksi: a }))}
            >
              {t.aksi[a]}
            </Button>
          ))}
        </Group>
      </Stack>
      <Modal opened={alasanUntuk !== null} onClose={() => setAlasanUntuk(null)} title={alasanUntuk ? t.kegiatan.alasanJudul(t.aksi[alasanUntuk]!) : ''}>
        <Stack>
          <Textarea label={t.kegiatan.alasan} value={alasan} onChange={(e) => setAlasan(e.currentTarget.value)} autosize minRows={2} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAlasanUntuk(null)}>
              {t.umum.batal}
            </Button>
            <Button onClick={() => alasanUntuk && jalankan.mutate({ aksi: alasanUntuk, alasan })} disabled={!alasan.trim()} loading={jalankan.isPending}>
              {alasanUntuk ? t.aksi[alasanUntuk] : ''}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
