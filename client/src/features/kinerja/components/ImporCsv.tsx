import { Alert,Button,Card,FileInput,Group,Text,Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { kirimTeks } from '../../../api/client';
import type { HasilImporKinerja } from '../api';
import { k } from '../lib';
import { GalatImpor } from '../../../components/GalatImpor';

export function ImporCsv({ onSelesai }: { onSelesai: () => void }) {
  const [berkas, setBerkas] = useState<File | null>(null);
  const impor = useMutation({
    mutationFn: async () => kirimTeks<HasilImporKinerja>('/api/kinerja/impor', await berkas!.text()),
    onSuccess: (h) => {
      notifications.show({ color: 'teal', message: k.imporBerhasil(h.baris) });
      onSelesai();
    },
  });
  return (
    <Card withBorder data-testid="impor-pk">
      <Title order={4}>{k.imporJudul}</Title>
      <Text size="xs" c="dimmed" mb="xs" style={{ overflowWrap: 'anywhere' }}>{k.imporKet}</Text>
      <Group align="end">
        <FileInput label={k.berkasCsv} accept=".csv,text/csv" value={berkas} onChange={setBerkas} w={320} clearable />
        <Button disabled={!berkas} loading={impor.isPending} onClick={() => impor.mutate()}>{k.impor}</Button>
      </Group>
      {impor.isSuccess && <Alert color="teal" mt="sm" data-testid="hasil-impor">{k.imporBerhasil(impor.data.baris)} {impor.data.unit.map((u) => `${u.unit} ${u.tahun} (${k.versi} ${u.versiPk})`).join('; ')}</Alert>}
      {impor.isError && <GalatImpor error={impor.error} />}
    </Card>
  );
}
