import { Button,FileInput,Group,Progress,Stack,Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { t } from '../i18n';
import { GalatImpor } from './GalatImpor';

/** The body of a multipart upload with one field named <code>berkas</code> (what the import endpoints take). */
export function formBerkas(berkas: File | null) {
  return {
    body: { berkas: berkas as unknown as string },
    bodySerializer: () => {
      const fd = new FormData();
      if (berkas) fd.append('berkas', berkas);
      return fd;
    },
  };
}

/** An import dialog's form: what the file must hold, the file (CSV or XLSX), progress, each bad row the server
 * names (the whole file is refused then), cancel and upload. <code>kirim</code> posts the file; on success
 * <code>onBerhasil</code> gets its answer. */
export function FormImporBerkas<T>({ keterangan, kirim, onBerhasil, onSelesai, testId }: {
  keterangan: string;
  kirim: (berkas: File | null) => Promise<T>;
  onBerhasil: (hasil: T) => Promise<void> | void;
  onSelesai: () => void;
  testId: string;
}) {
  const [berkas, setBerkas] = useState<File | null>(null);
  const impor = useMutation({
    mutationFn: () => kirim(berkas),
    onSuccess: async (hasil) => {
      await onBerhasil(hasil);
      onSelesai();
    },
  });
  return (
    <Stack>
      <Text size="sm">{keterangan}</Text>
      <FileInput label={t.impor.berkas} accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" value={berkas} onChange={setBerkas} clearable data-testid={testId} />
      {impor.isPending && (
        <Stack gap={4}>
          <Text size="sm">{t.impor.mengunggah}</Text>
          <Progress value={100} animated striped aria-label={t.impor.mengunggah} />
        </Stack>
      )}
      <GalatImpor error={impor.error} testId={`galat-${testId}`} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onSelesai}>{t.umum.batal}</Button>
        <Button onClick={() => impor.mutate()} loading={impor.isPending} disabled={!berkas}>{t.impor.unggah}</Button>
      </Group>
    </Stack>
  );
}
