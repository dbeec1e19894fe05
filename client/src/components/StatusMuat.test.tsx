import { MantineProvider } from '@mantine/core';
import { render,screen } from '@testing-library/react';
import { describe,expect,it } from 'vitest';
import { ApiError } from '../api/client';
import { t } from '../i18n';
import { GalatAksi } from './Galat';
import { StatusMuat } from './StatusMuat';

const masalah = (status: number, errors?: Record<string, string[]>) =>
  new ApiError(status, { title: 'Gagal', status, detail: `detail ${status}`, errors });

const tampil = (ui: React.ReactNode) => render(<MantineProvider>{ui}</MantineProvider>);

describe('StatusMuat', () => {
  it('shows a loader while the query loads', () => {
    tampil(<StatusMuat query={{ isPending: true, isError: false, error: null }} />);
    expect(screen.getByLabelText(t.umum.memuat)).toBeInTheDocument();
  });

  it('shows nothing once the data is there', () => {
    tampil(<StatusMuat query={{ isPending: false, isError: false, error: null }} />);
    expect(screen.queryByLabelText(t.umum.memuat)).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says "not found" for a 404 and "failed" for anything else', () => {
    const { rerender } = tampil(<StatusMuat query={{ isPending: false, isError: true, error: masalah(404) }} tidakDitemukan="PK belum ada" />);
    expect(screen.getByText('PK belum ada')).toBeInTheDocument();
    rerender(
      <MantineProvider>
        <StatusMuat query={{ isPending: false, isError: true, error: masalah(500) }} tidakDitemukan="PK belum ada" />
      </MantineProvider>,
    );
    expect(screen.queryByText('PK belum ada')).toBeNull();
    expect(screen.getByText(t.umum.gagalMemuat)).toBeInTheDocument();
  });
});

describe('GalatAksi', () => {
  it('shows nothing without an error', () => {
    tampil(<GalatAksi error={null} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows one message, or every field error with semua', () => {
    const e = masalah(400, { nama: ['Wajib diisi.'], tahun: ['Di luar rentang.'], 'baris[3].nik': ['NIK harus 16 digit.'] });
    const { rerender } = tampil(<GalatAksi error={e} />);
    expect(screen.getByText('Wajib diisi.')).toBeInTheDocument();
    expect(screen.queryByText(/tahun/)).toBeNull();
    rerender(
      <MantineProvider>
        <GalatAksi error={e} semua />
      </MantineProvider>,
    );
    // Field paths in words: the column name, and an import row as "Baris 3".
    expect(screen.getByText('Nama: Wajib diisi.')).toBeInTheDocument();
    expect(screen.getByText('Tahun: Di luar rentang.')).toBeInTheDocument();
    expect(screen.getByText('Baris 3, NIK: NIK harus 16 digit.')).toBeInTheDocument();
  });

  it('leaves validation errors to the fields when kecualiIsian is set, but still shows other failures', () => {
    const { rerender } = tampil(<GalatAksi error={masalah(400, { nama: ['Wajib diisi.'] })} kecualiIsian />);
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(
      <MantineProvider>
        <GalatAksi error={masalah(409)} kecualiIsian />
      </MantineProvider>,
    );
    expect(screen.getByText('detail 409')).toBeInTheDocument();
  });

  it('falls back to a server error for a failure that is not a problem', () => {
    tampil(<GalatAksi error={new TypeError('fetch failed')} />);
    expect(screen.getByText(t.galat.server)).toBeInTheDocument();
  });
});
