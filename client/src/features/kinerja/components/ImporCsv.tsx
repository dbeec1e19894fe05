import { Alert,Button,Card,FileInput,Group,Table,Text,Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError,kirimTeks } from '../../../api/client';
import type { HasilImporKinerja } from '../api';
import { k } from '../lib';
import { namaKolom } from '../../../components/Galat';

export function ImporCsv({ onSelesai }: { onSelesai: () => void }) {
  const [berkas, setBerkas] = useState<File | null>(null);
  const impor = useMutation({
    mutationFn: async () => kirimTeks<HasilImporKinerja>('/api/kinerja/impor', await berkas!.text()),
    onSuccess: (h) => {
      notifications.show({ color: 'teal', message: k.imporBerhasil(h.baris) });
      onSelesai();
    },
  });
  const masalah = impor.error instanceof ApiError ? Object.entries(impor.error.problem.errors ?? {}) : [];
  return (
    <Card withBorder>
      <Title order={4}>{k.imporJudul}</Title>
      <Text size="xs" c="dimmed" mb="xs">{k.imporKet}</Text>
      <Group align="end">
        <FileInput label={k.berkasCsv} accept=".csv,text/csv" value={berkas} onChange={setBerkas} w={320} clearable />
        <Button disabled={!berkas} loading={impor.isPending} onClick={() => impor.mutate()}>{k.impor}</Button>
      </Group>
      {impor.isSuccess && <Alert color="teal" mt="sm" data-testid="hasil-impor">{k.imporBerhasil(impor.data.baris)} {impor.data.unit.map((u) => `${u.unit} ${u.tahun} (${k.versi} ${u.versiPk})`).join('; ')}</Alert>}
      {impor.isError && (
        <Alert color="red" mt="sm" title={k.imporGagal} data-testid="galat-impor">
          {masalah.length > 0 ? (
            <Table.ScrollContainer minWidth={480}>
              <Table>
                <Table.Tbody>
                  {masalah.map(([kolom, pesan]) => (
                    <Table.Tr key={kolom} data-kolom={kolom}><Table.Td>{namaKolom(kolom)}</Table.Td><Table.Td>{pesan.join(' ')}</Table.Td></Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : (
            <Text size="sm">{impor.error.message}</Text>
          )}
        </Alert>
      )}
    </Card>
  );
}
