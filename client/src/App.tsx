import { MantineProvider, createTheme } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Navigate, RouterProvider, createBrowserRouter } from 'react-router';
import { ApiError } from './api/client';
import { Layout } from './components/Layout';
import { WajibMasuk, WajibPeran } from './components/Guards';
import { AdvokasiBaruPage } from './pages/AdvokasiBaruPage';
import { AdvokasiDaftarPage } from './pages/AdvokasiDaftarPage';
import { AdvokasiDetailPage } from './pages/AdvokasiDetailPage';
import { BerandaPage } from './pages/BerandaPage';
import { AngkatanBaruPage, AngkatanDaftarPage, AngkatanDetailPage, AntreanPpsdmPage, CetakSertifikatPage, ProfilFasilitatorPage, RegistriFasilitatorPage, VerifikasiPage } from './pages/FasilitatorPages';
import { KaderPage, PemberdayaanDaftarPage, PemberdayaanDetailPage, PemberdayaanFormPage } from './pages/PemberdayaanPages';
import { PembinaanDaftarPage, PembinaanDetailPage, PembinaanFormPage, SasaranDaftarPage, SasaranDetailPage } from './pages/PembinaanPages';
import { KalenderPage } from './pages/KalenderPage';
import { KepatuhanSopPage, KinerjaNasionalPage, KinerjaPage, PerjanjianKinerjaPage, RealisasiPage, RencanaAksiPage } from './pages/KinerjaPages';
import { KelolaHariLiburPage } from './pages/KelolaHariLiburPage';
import { LoginPage } from './pages/LoginPage';
import { SopPage } from './pages/SopPage';
import { TidakDitemukanPage } from './pages/TidakDitemukanPage';
import { UnitKerjaPage } from './pages/UnitKerjaPage';

const theme = createTheme({ primaryColor: 'teal', defaultRadius: 'md' });

export function buatQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      },
    },
  });
}

export const routes = [
  { path: '/login', element: <LoginPage /> },
  { path: '/verifikasi/*', element: <VerifikasiPage /> },
  { path: '/verifikasi', element: <VerifikasiPage /> },
  {
    path: '/',
    element: (
      <WajibMasuk>
        <Layout />
      </WajibMasuk>
    ),
    children: [
      { index: true, element: <Navigate to="/beranda" replace /> },
      { path: 'beranda', element: <BerandaPage /> },
      { path: 'advokasi', element: <AdvokasiDaftarPage /> },
      { path: 'advokasi/baru', element: <AdvokasiBaruPage /> },
      { path: 'advokasi/:id', element: <AdvokasiDetailPage /> },
      { path: 'pembinaan', element: <PembinaanDaftarPage /> },
      { path: 'pembinaan/baru', element: <PembinaanFormPage /> },
      { path: 'pembinaan/sasaran', element: <SasaranDaftarPage /> },
      { path: 'pembinaan/sasaran/:id', element: <SasaranDetailPage /> },
      { path: 'pembinaan/:id', element: <PembinaanDetailPage /> },
      { path: 'pembinaan/:id/ubah', element: <PembinaanFormPage /> },
      { path: 'pemberdayaan', element: <PemberdayaanDaftarPage /> },
      { path: 'pemberdayaan/baru', element: <PemberdayaanFormPage /> },
      { path: 'pemberdayaan/kader', element: <KaderPage /> },
      { path: 'pemberdayaan/:id', element: <PemberdayaanDetailPage /> },
      { path: 'pemberdayaan/:id/ubah', element: <PemberdayaanFormPage /> },
      { path: 'fasilitator/angkatan', element: <AngkatanDaftarPage /> },
      { path: 'fasilitator/angkatan/baru', element: <AngkatanBaruPage /> },
      { path: 'fasilitator/angkatan/:id', element: <AngkatanDetailPage /> },
      { path: 'fasilitator/registri', element: <RegistriFasilitatorPage /> },
      { path: 'fasilitator/antrean-ppsdm', element: <AntreanPpsdmPage /> },
      { path: 'fasilitator/cetak/*', element: <CetakSertifikatPage /> },
      { path: 'fasilitator/:id', element: <ProfilFasilitatorPage /> },
      { path: 'kinerja', element: <KinerjaPage /> },
      { path: 'kinerja/realisasi', element: <RealisasiPage /> },
      { path: 'kinerja/pk', element: <PerjanjianKinerjaPage /> },
      { path: 'kinerja/nasional', element: <KinerjaNasionalPage /> },
      { path: 'kinerja/kepatuhan-sop', element: <KepatuhanSopPage /> },
      { path: 'kinerja/rencana-aksi', element: <RencanaAksiPage /> },
      { path: 'kalender', element: <KalenderPage /> },
      {
        path: 'kalender/kelola',
        element: (
          <WajibPeran peran="Admin">
            <KelolaHariLiburPage />
          </WajibPeran>
        ),
      },
      { path: 'unit-kerja', element: <UnitKerjaPage /> },
      { path: 'sop', element: <SopPage /> },
      { path: '*', element: <TidakDitemukanPage /> },
    ],
  },
];

const router = createBrowserRouter(routes);
const queryClient = buatQueryClient();

export function App() {
  return (
    <MantineProvider theme={theme}>
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
