import { Badge,Button,Card,FileInput,Group,Stack,Text,Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api,kirimForm,unwrap,type Instans,type Langkah,type Penugasan } from '../../api/client';
import { t } from '../../i18n';
import { pesanGalat } from '../Galat';
import { useSegarkan } from './BagianSop';

/** Units a step is routed to: who must report their part (Pelaksana) or acknowledge the output (Penerima). */
export function DaftarPenugasan({ instans, langkah: l, kegiatanId, kunci }: { instans: Instans; langkah: Langkah; kegiatanId: string; kunci: string }) {
  return (
    <Stack gap={2} data-testid="penugasan">
      {l.penugasan.map((p) => (
        <ItemPenugasan key={p.id} p={p} instans={instans} langkah={l} kegiatanId={kegiatanId} kunci={kunci} />
      ))}
    </Stack>
  );
}

function ItemPenugasan({ p, instans, langkah: l, kegiatanId, kunci }: { p: Penugasan; instans: Instans; langkah: Langkah; kegiatanId: string; kunci: string }) {
  const segarkan = useSegarkan(kunci, kegiatanId, instans.id);
  const [catatan, setCatatan] = useState('');
  const [bukti, setBukti] = useState<File | null>(null);
  const [galat, setGalat] = useState<string | undefined>();
  const selesaikan = useMutation({
    mutationFn: async () => {
      if (bukti) {
        const form = new FormData();
        form.append('jenis', 'Bukti');
        form.append('berkas', bukti);
        await kirimForm(`/api/sop/instans/${instans.id}/langkah/${l.kode}/dokumen`, form);
      }
      return unwrap(api.POST('/api/sop/instans/{id}/langkah/{kode}/penugasan', { params: { path: { id: instans.id, kode: l.kode } }, body: { catatan: catatan || null } }));
    },
    onSuccess: () => {
      setCatatan('');
      setBukti(null);
      setGalat(undefined);
      notifications.show({ color: 'teal', message: p.jenis === 'Penerima' ? t.penugasan.diterima : t.penugasan.dilaporkan });
      segarkan();
    },
    onError: (e) => setGalat(pesanGalat(e)),
  });
  return (
    <Card withBorder p={6} data-testid={`penugasan-${l.kode}`} data-unit={p.namaUnit} data-selesai={p.selesaiPada ? 'ya' : 'tidak'}>
      <Group gap="xs">
        <Badge size="xs" variant="light" color={p.jenis === 'Penerima' ? 'cyan' : 'grape'}>
          {t.penugasan.jenis[p.jenis]}
        </Badge>
        <Text size="xs" fw={600}>{p.namaUnit}</Text>
        <Badge size="xs" color={p.selesaiPada ? 'green' : 'yellow'}>
          {p.selesaiPada ? (p.jenis === 'Penerima' ? t.penugasan.sudahDiterima : t.penugasan.sudahDilaporkan) : t.penugasan.menunggu}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">{p.keterangan}</Text>
      {p.catatan && <Text size="xs">{p.selesaiOleh}: {p.catatan}</Text>}
      {p.bolehSelesaikan && (
        <Stack gap={4} mt={4}>
          <Textarea
            size="xs"
            label={p.jenis === 'Penerima' ? t.penugasan.catatanTerima : t.penugasan.hasilTindakLanjut}
            value={catatan}
            onChange={(e) => setCatatan(e.currentTarget.value)}
            error={galat}
            autosize
            required={p.jenis === 'Pelaksana'}
          />
          {p.jenis === 'Pelaksana' && (
            <FileInput size="xs" label={t.penugasan.bukti} value={bukti} onChange={setBukti} w={320} data-testid="bukti-penugasan" />
          )}
          <Group>
            <Button size="compact-sm" onClick={() => selesaikan.mutate()} loading={selesaikan.isPending}>
              {p.jenis === 'Penerima' ? t.penugasan.tandaiDiterima : t.penugasan.laporkan}
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}
