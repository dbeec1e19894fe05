import { Alert,Button,Card,FileInput,Group,Text,TextInput,Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { kirimForm } from '../../../api/client';
import { k } from '../lib';
import { GalatImpor } from '../../../components/GalatImpor';

type Hasil = { baris: number };

/** A CSV/XLSX import card posting the file (multipart `berkas`, optional `alasan`) to `path`: what was stored, or the
 * refused file's every bad row and column. */
export function ImporBerkas<T extends Hasil>({ judul, keterangan, path, ringkasan, onSelesai, testId, denganAlasan = false }: {
  judul: string; keterangan: string; path: string; ringkasan: (h: T) => string; onSelesai: () => void; testId: string; denganAlasan?: boolean;
}) {
  const [berkas, setBerkas] = useState<File | null>(null);
  const [alasan, setAlasan] = useState('');
  const impor = useMutation({
    mutationFn: () => {
      const f = new FormData();
      f.set('berkas', berkas!);
      if (alasan.trim()) f.set('alasan', alasan.trim());
      return kirimForm<T>(path, f);
    },
    onSuccess: (h) => {
      notifications.show({ color: 'teal', message: k.imporBerhasil(h.baris) });
      onSelesai();
    },
  });
  return (
    <Card withBorder data-testid={testId}>
      <Title order={2} size="h4">{judul}</Title>
      <Text size="xs" c="dimmed" mb="xs" style={{ overflowWrap: 'anywhere' }}>{keterangan}</Text>
      <Group align="end">
        <FileInput label={k.berkasImpor} accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" value={berkas} onChange={setBerkas} w={320} maw="100%" clearable />
        {denganAlasan && <TextInput label={k.keteranganImpor} value={alasan} onChange={(e) => setAlasan(e.currentTarget.value)} w={280} maw="100%" />}
        <Button disabled={!berkas} loading={impor.isPending} onClick={() => impor.mutate()}>{k.impor}</Button>
      </Group>
      {impor.isSuccess && <Alert color="teal" mt="sm" data-testid={`${testId}-hasil`}>{k.imporBerhasil(impor.data.baris)} {ringkasan(impor.data)}</Alert>}
      {impor.isError && <GalatImpor error={impor.error} />}
    </Card>
  );
}
