import { Group,Pagination,Table,Text,UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { t } from '../i18n';

/** One page of a server-paged list (the API's `Halaman`). */
export interface DataHalaman<T> {
  item: T[];
  total: number;
  ukuranHalaman: number;
  /** False when the total is a lower bound (long lists count up to a cap): one more page is always offered. */
  totalPasti?: boolean;
}

/** A column heading the list can be sorted by: a button in the heading, its state announced through aria-sort. */
export interface KolomUrut {
  label: string;
  /** How the list is sorted by this column now (none: by another). */
  urut: 'ascending' | 'descending' | 'none';
  onUrut: () => void;
}

function adalahKolomUrut(k: unknown): k is KolomUrut {
  return typeof k === 'object' && k !== null && 'onUrut' in k;
}

/** How many pages the picker offers: all of them, or — past a capped count — at least one beyond the current. */
export function jumlahHalaman(data: DataHalaman<unknown>, halaman: number): number {
  const semua = Math.ceil(data.total / data.ukuranHalaman);
  return data.totalPasti === false ? Math.max(semua, halaman + 1) : semua;
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
  /** Headings; a {@link KolomUrut} makes the column sortable. */
  kolom: (ReactNode | KolomUrut)[];
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
              {kolom.map((k, i) =>
                adalahKolomUrut(k) ? (
                  <Table.Th key={i} aria-sort={k.urut}>
                    <UnstyledButton onClick={k.onUrut} fw={700} fz="sm" data-urut={k.urut} title={t.umum.urutkanMenurut(k.label)}>
                      <Group gap={4} wrap="nowrap">
                        <span>{k.label}</span>
                        <span aria-hidden="true">{k.urut === 'ascending' ? '▲' : k.urut === 'descending' ? '▼' : '↕'}</span>
                      </Group>
                    </UnstyledButton>
                  </Table.Th>
                ) : (
                  <Table.Th key={i}>{k}</Table.Th>
                ),
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{data.item.map(baris)}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {data.item.length === 0 && <Text c="dimmed">{t.umum.kosong}</Text>}
      {jumlahHalaman(data, halaman) > 1 && <Pagination total={jumlahHalaman(data, halaman)} value={halaman} onChange={onHalaman} />}
    </>
  );
}
