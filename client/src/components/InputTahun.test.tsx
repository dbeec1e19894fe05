import { MantineProvider } from '@mantine/core';
import { render,screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe,expect,it,vi } from 'vitest';
import { InputTahun } from './InputTahun';

describe('InputTahun', () => {
  it('takes the year only once it is a whole year in range, and an empty box as "every year" when allowed', async () => {
    const onTahun = vi.fn();
    const { rerender } = render(<MantineProvider><InputTahun tahun={null} onTahun={onTahun} bolehKosong /></MantineProvider>);
    const kotak = screen.getByRole('textbox', { name: 'Tahun' });
    await userEvent.type(kotak, '2025');
    expect(onTahun.mock.calls).toEqual([[2025]]); // not 2, 20 or 202
    rerender(<MantineProvider><InputTahun tahun={2025} onTahun={onTahun} bolehKosong /></MantineProvider>); // the parent took it
    await userEvent.clear(kotak);
    expect(onTahun).toHaveBeenLastCalledWith(null);
  });
});
