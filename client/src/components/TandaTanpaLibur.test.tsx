import { MantineProvider } from '@mantine/core';
import { QueryClient,QueryClientProvider } from '@tanstack/react-query';
import { render,screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe,expect,it } from 'vitest';
import { BannerKalender } from '../features/kalender/components/BannerKalender';
import { t } from '../i18n';
import { TandaTanpaLibur } from './TandaTanpaLibur';

function tampil(ui: React.ReactNode, isi: [unknown[], unknown][]) {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  for (const [kunci, data] of isi) qc.setQueryData(kunci, data);
  return render(<QueryClientProvider client={qc}><MantineProvider><MemoryRouter>{ui}</MemoryRouter></MantineProvider></QueryClientProvider>);
}

const libur = { id: '1', tanggal: '2026-12-25', jenis: 'libur_nasional', nama: 'Natal', dasarHukum: null };

describe('TandaTanpaLibur', () => {
  it('warns next to a due date whose year has no holidays loaded', () => {
    tampil(<TandaTanpaLibur tanggal="2027-01-05" />, [[['hari-libur', 2027], []]]);
    expect(screen.getByTestId('tanpa-libur')).toHaveTextContent(t.kalender.tanpaLiburSingkat(2027));
  });

  it('says nothing when the year is loaded or there is no date', () => {
    const { container } = tampil(<><TandaTanpaLibur tanggal="2026-12-28" /><TandaTanpaLibur tanggal={null} /></>, [[['hari-libur', 2026], [libur]]]);
    expect(container.querySelector('[data-testid="tanpa-libur"]')).toBeNull();
  });
});

const status = (hariIni: string, tahunDepan: boolean) => ({
  hariIni, tahun: [{ tahun: 2026, liburNasional: 17, cutiBersama: 8 }], tahunDepanTersedia: tahunDepan, cutiBersamaSebagaiHariKerja: false, peringatan: [],
});

describe('BannerKalender', () => {
  it('from 1 October tells the admin that next year is missing', () => {
    tampil(<BannerKalender />, [[['kalender-status'], status('2026-10-01', false)]]);
    expect(screen.getByTestId('banner-kalender')).toHaveTextContent(t.umpan.bannerTahunDepan(2027));
  });

  it('stays quiet before October, and once next year is loaded', () => {
    const { container, unmount } = tampil(<BannerKalender />, [[['kalender-status'], status('2026-09-30', false)]]);
    expect(container.querySelector('[data-testid="banner-kalender"]')).toBeNull();
    unmount();
    const kedua = tampil(<BannerKalender />, [[['kalender-status'], status('2026-12-02', true)]]);
    expect(kedua.container.querySelector('[data-testid="banner-kalender"]')).toBeNull();
  });
});
