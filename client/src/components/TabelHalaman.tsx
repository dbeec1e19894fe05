import { Pagination,Table,Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { t } from '../i18n';

/** One page of a server-paged list (the API's `Halaman`). */
export interface DataHalaman<T> {
  item: T[];
  total: number;
  ukuranHalaman: number;
}

/**
 * A page of a paged list as every list screen shows it: a table that scrolls sideways on a phone rather than
 * squeezing its columns, "tidak ada data" when the page is empty, and the page picker when there is more than one.
 */
export function TabelHalaman<T>({
  data,
  kolom,
  baris,
  halaman,
  onHalaman,
  testId,
  lebarMin = 700,
}: {
  data: DataHalaman<T>;
  kolom: ReactNode[];
  baris: (item: T) => ReactNode;
  halaman: number;
  onHalaman: (halaman: number) => void;
  testId?: string;
  lebarMin?: number;
}) {
  return (
    <>
      <Table.ScrollContainer minWidth={lebarMin}>
        <Table striped data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              {kolom.map((k, i) => (
                <Table.Th key={i}>{k}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{data.item.map(baris)}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {data.item.length === 0 && <Text c="dimmed">{t.umum.kosong}</Text>}
      {data.total > data.ukuranHalaman && <Pagination total={Math.ceil(data.total / data.ukuranHalaman)} value={halaman} onChange={onHalaman} />}
    </>
  );
}
