import { Alert,Badge,Button,Group,Modal,Stack,Text,Textarea,Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation,useQueryClient } from '@tanstack/react-query';
import { useState,type ReactNode } from 'react';
import { ApiError,api,unwrap,type Instans } from '../api/client';
import { t } from '../i18n';
import { formatTanggalPanjang } from '../lib/tanggal';

/** Cancelling an activity (its unit's head, while it runs): asks for the reason and a confirmation first. */
function BatalkanKegiatan({ instans, judul }: { instans: Instans; judul: string }) {
  const [buka, { open, close }] = useDisclosure(false);
  const [alasan, setAlasan] = useState('');
  const qc = useQueryClient();
  const batal = useMutation({
    mutationFn: () => unwrap(api.POST('/api/sop/instans/{id}/batalkan', { params: { path: { id: instans.id } }, body: { alasan }, headers: { 'If-Match': instans.etag } })),
    onSuccess: async () => {
      close();
      notifications.show({ color: 'teal', message: t.kegiatan.dibatalkan });
      await qc.invalidateQueries();
    },
  });
  const galat = batal.error instanceof ApiError ? batal.error.fieldErrors : {};
  return (
    <>
      <Button variant="outline" color="red.9" onClick={open}>
        {t.kegiatan.batalkan}
      </Button>
      <Modal opened={buka} onClose={close} title={t.kegiatan.batalkanJudul}>
        <Stack>
          <Text size="sm">{t.kegiatan.batalkanKonfirmasi(judul)}</Text>
          <Textarea label={t.kegiatan.alasanBatal} value={alasan} onChange={(e) => setAlasan(e.currentTarget.value)} error={galat.alasan} required autosize minRows={2} data-autofocus />
          {batal.error && !galat.alasan && <Alert color="red">{batal.error.message}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t.umum.batal}
            </Button>
            <Button color="red.9" onClick={() => batal.mutate()} loading={batal.isPending}>
              {t.kegiatan.batalkan}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** The heading of an SOP activity page (any module): title, status, SOP code, unit and the unit's today, with the
 * module's actions (e.g. "Ubah") and, for the unit's head, "Batalkan kegiatan" on the right. */
export function KepalaKegiatan({ judul, instans, aksi }: { judul: string; instans: Instans; aksi?: ReactNode }) {
  const bolehBatal = instans.bolehBatalkan && instans.status === 'Berjalan';
  return (
    <Group justify="space-between" align="flex-start">
      <div style={{ minWidth: 0 }}>
        <Group gap="xs">
          <Title order={1} size="h2" data-testid="judul-kegiatan" style={{ overflowWrap: 'anywhere' }}>
            {judul}
          </Title>
          <Badge data-testid="status-kegiatan" color={instans.status === 'Selesai' ? 'green' : instans.status === 'Dibatalkan' ? 'dark' : 'blue.9'} style={{ flexShrink: 0 }}>
            {t.statusKegiatan[instans.status]}
          </Badge>
        </Group>
        <Text c="dimmed" size="sm">
          {instans.kodeSop} · {instans.namaUnit} · {t.kegiatan.hariIniUnit(formatTanggalPanjang(instans.hariIni))}
        </Text>
      </div>
      {(aksi || bolehBatal) && (
        <Group gap="xs">
          {aksi}
          {bolehBatal && <BatalkanKegiatan instans={instans} judul={judul} />}
        </Group>
      )}
    </Group>
  );
}
