import { Alert,Stack,Text } from '@mantine/core';
import { ApiError } from '../api/client';
import { t } from '../i18n';

/** The one message of a failed call: the first field error, or the problem's detail, or a server error. */
export function pesanGalat(e: unknown): string {
  if (e instanceof ApiError) return Object.values(e.fieldErrors)[0] ?? e.message;
  return t.galat.server;
}

/** A field path of the API ("baris[3].nik", "isian[0].kode") in words: "Baris 3, NIK", "Isian ke-1, kode". */
export function namaKolom(kolom: string): string {
  return kolom
    .split('.')
    .map((bagian) => {
      const m = /^([A-Za-z]+)\[(\d+)\]$/.exec(bagian);
      const kata = (s: string) => t.kolom[s.toLowerCase()] ?? s.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
      if (!m) return kata(bagian);
      // CSV and import rows are numbered as in the file (the API counts them from 1); other lists from 0.
      return m[1]!.toLowerCase() === 'baris' ? `Baris ${m[2]}` : `${kata(m[1]!)} ke-${Number(m[2]) + 1}`;
    })
    .join(', ')
    .replace(/^./, (c) => c.toUpperCase());
}

/** Every message of a failed call: each field error as "Kolom: pesan" in words, or the problem's detail. */
export function daftarGalat(error: unknown): string[] {
  if (error instanceof ApiError) {
    const f = Object.entries(error.problem.errors ?? {}).map(([kolom, pesan]) => `${namaKolom(kolom)}: ${pesan.join(' ')}`);
    return f.length > 0 ? f : [error.message];
  }
  return [t.galat.server];
}

/** Whether a failure is a validation error shown beside the fields (forms show the rest with {@link GalatAksi}). */
export function galatIsian(error: unknown): boolean {
  return error instanceof ApiError && error.status === 400;
}

/**
 * Shows a failed mutation or call: nothing when there is no error; with `semua`, every field error listed; otherwise
 * one message, leaving 400 validation errors to the form fields when `kecualiIsian` is set.
 */
export function GalatAksi({ error, semua = false, kecualiIsian = false, testId }: { error: unknown; semua?: boolean; kecualiIsian?: boolean; testId?: string }) {
  if (!error || (kecualiIsian && galatIsian(error))) return null;
  return (
    <Alert color="red" data-testid={testId}>
      {semua ? (
        <Stack gap={2}>
          {daftarGalat(error).map((g) => (
            <Text size="sm" key={g}>
              {g}
            </Text>
          ))}
        </Stack>
      ) : (
        pesanGalat(error)
      )}
    </Alert>
  );
}
