import { Alert,Loader } from '@mantine/core';
import { ApiError } from '../api/client';
import { t } from '../i18n';

interface Muatan {
  isPending: boolean;
  isError: boolean;
  error: unknown;
}

/**
 * The loading and failure state of a query, the same on every screen: a loader while it loads, "tidak ditemukan"
 * (or `tidakDitemukan`) for a 404, "gagal dimuat" for anything else, nothing once the data is there.
 * `warna` yellow suits an expected absence (no PK yet), red a failure.
 */
export function StatusMuat({ query, tidakDitemukan = t.galat.tidakDitemukan, warna = 'red', testId }: { query: Muatan; tidakDitemukan?: string; warna?: string; testId?: string }) {
  if (query.isPending) return <Loader aria-label={t.umum.memuat} />;
  if (!query.isError) return null;
  const hilang = query.error instanceof ApiError && query.error.status === 404;
  return (
    <Alert color={hilang ? warna : 'red'} data-testid={testId}>
      {hilang ? tidakDitemukan : t.umum.gagalMemuat}
    </Alert>
  );
}
