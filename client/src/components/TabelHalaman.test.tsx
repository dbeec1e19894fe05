import { MantineProvider,Table } from '@mantine/core';
import { fireEvent,render,screen } from '@testing-library/react';
import { describe,expect,it,vi } from 'vitest';
import { t } from '../i18n';
import { TabelHalaman,jumlahHalaman } from './TabelHalaman';

const baris = (n: string) => (
  <Table.Tr key={n}>
    <Table.Td>{n}</Table.Td>
  </Table.Tr>
);

function tampil(item: string[], total: number, onHalaman = vi.fn()) {
  render(
    <MantineProvider>
      <TabelHalaman data={{ item, total, ukuranHalaman: 2 }} kolom={['Nama']} baris={baris} halaman={1} onHalaman={onHalaman} testId="tabel" />
    </MantineProvider>,
  );
  return onHalaman;
}

describe('TabelHalaman', () => {
  it('shows the columns and one row per item, without a page picker when everything fits', () => {
    tampil(['Balai POM di Bengkulu', 'Loka POM di Rejang Lebong'], 2);
    expect(screen.getByRole('columnheader', { name: 'Nama' })).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: '2' })).toBeNull();
    expect(screen.queryByText(t.umum.kosong)).toBeNull();
  });

  it('says the page is empty', () => {
    tampil([], 0);
    expect(screen.getByText(t.umum.kosong)).toBeInTheDocument();
  });

  it('offers the other pages and reports the one picked', () => {
    const onHalaman = tampil(['a', 'b'], 5);
    expect(screen.getByRole('button', { name: '3' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '4' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '2' }));
    expect(onHalaman).toHaveBeenCalledWith(2);
  });

  it('offers one page beyond the current one when the total is only a lower bound', () => {
    expect(jumlahHalaman({ item: [], total: 1000, ukuranHalaman: 20 }, 1)).toBe(50);
    expect(jumlahHalaman({ item: [], total: 1000, ukuranHalaman: 20, totalPasti: false }, 50)).toBe(51);
    expect(jumlahHalaman({ item: [], total: 1000, ukuranHalaman: 20, totalPasti: false }, 3)).toBe(50);
  });
});
