import { Alert,Stack,Text } from '@mantine/core';
import { ApiError } from '../api/client';
import { t } from '../i18n';

/** The one message of a failed call: the first field error, or the problem's detail, or a server error. */
export function pesanGalat(e: unknown): string {
  if (e instanceof ApiError) return Object.values(e.fieldErrors)[0] ?? e.message;
  return t.galat.server;
}

/** Every message of a failed call: each field error as "kolom: pesan", or the problem's detail. */
export function daftarGalat(error: unknown): string[] {
  if (error instanceof ApiError) {
    const f = Object.entries(error.problem.errors ?? {}).map(([kolom, pesan]) => `${kolom}: ${pesan.join(' ')}`);
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
