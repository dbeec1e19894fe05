import { Alert,Table,Text } from '@mantine/core';
import { ApiError } from '../api/client';
import { t } from '../i18n';
import { namaKolom } from './Galat';

/** A refused import: every bad row and column the server names (<code>baris[n].kolom</code>, each row tagged
 * <code>data-kolom</code>) in words with its message, or the one message of the refusal. Nothing was saved then. */
export function GalatImpor({ error, judul = t.impor.ditolak, testId = 'galat-impor' }: { error: unknown; judul?: string; testId?: string }) {
  if (!error) return null;
  const masalah = error instanceof ApiError ? Object.entries(error.problem.errors ?? {}) : [];
  return (
    <Alert color="red" mt="sm" title={judul} data-testid={testId}>
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
        <Text size="sm">{error instanceof Error ? error.message : String(error)}</Text>
      )}
    </Alert>
  );
}
