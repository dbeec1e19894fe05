import { MantineProvider } from '@mantine/core';
import { render,screen } from '@testing-library/react';
import { MemoryRouter,Route,Routes } from 'react-router';
import { afterEach,describe,expect,it } from 'vitest';
import { sesi,sesiDariToken } from '../auth/session';
import { WajibMasuk,WajibPeran } from './Guards';

function masukSebagai(role: string) {
  sesi.mulai(sesiDariToken(`x.${btoa(JSON.stringify({ sub: '1', role }))}.y`, '2099-01-01T00:00:00Z'));
}

function tampilkan(path: string) {
  return render(
    <MantineProvider>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/login" element={<p>halaman masuk</p>} />
          <Route
            path="/kalender/kelola"
            element={
              <WajibMasuk>
                <WajibPeran peran="Admin">
                  <p>layar admin</p>
                </WajibPeran>
              </WajibMasuk>
            }
          />
        </Routes>
      </MemoryRouter>
    </MantineProvider>,
  );
}

describe('route guards', () => {
  afterEach(() => sesi.akhiri());

  it('sends visitors without a session to the login page', () => {
    tampilkan('/kalender/kelola');
    expect(screen.getByText('halaman masuk')).toBeInTheDocument();
  });

  it('keeps a UPT user out of admin screens', () => {
    masukSebagai('Upt');
    tampilkan('/kalender/kelola');
    expect(screen.getByText('Akses ditolak')).toBeInTheDocument();
    expect(screen.queryByText('layar admin')).not.toBeInTheDocument();
  });

  it('lets an admin in', () => {
    masukSebagai('Admin');
    tampilkan('/kalender/kelola');
    expect(screen.getByText('layar admin')).toBeInTheDocument();
  });
});
