import { Alert,Table,Text } from '@mantine/core';
import { ApiError } from '../../../api/client';
import { namaKolom } from '../../../components/Galat';
import { k } from '../lib';

/** A refused import: every bad row and column (baris[n].kolom) with its message, or the one message of the refusal. */
export function GalatImpor({ error }: { error: unknown }) {
  if (!error) return null;
  const masalah = error instanceof ApiError ? Object.entries(error.problem.errors ?? {}) : [];
  return (
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
        <Text size="sm">{error instanceof Error ? error.message : String(error)}</Text>
      )}
    </Alert>
  );
}
