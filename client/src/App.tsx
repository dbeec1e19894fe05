import { Badge,FileInput,MantineProvider,Modal,Notification,Pagination,Table,createTheme,darken,defaultVariantColorsResolver,parseThemeColor,type CSSVariablesResolver,type VariantColorsResolver } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient,QueryClientProvider } from '@tanstack/react-query';
import { Navigate,RouterProvider,createBrowserRouter,type RouteObject } from 'react-router';
import { ApiError } from './api/client';
import { WajibMasuk } from './app/Guards';
import { Layout } from './app/Layout';
import { LoginPage } from './app/LoginPage';
import { TidakDitemukanPage } from './app/TidakDitemukanPage';
import { fitur } from './features/registry';

// WCAG 2.1 AA contrast: filled buttons and badges use teal 9 (#087f5b, 5.0:1 with white, not teal 6's 2.5:1), and
// "dimmed" text is gray 7 (#495057, 8:1 on white) instead of gray 6 (3.3:1).
// Badges are never cut ("BERJA…"): they keep their width. Wide tables scroll inside their own box (focusable with
// the keyboard) instead of pushing the page sideways on a phone. Pagination, dialog and notification close buttons are
// named for screen readers; field errors are red 9.
const KONTROL: Record<string, string> = { next: 'Halaman berikutnya', previous: 'Halaman sebelumnya', first: 'Halaman pertama', last: 'Halaman terakhir' };
// Text on tinted (light, subtle, outline, default) variants is the colour's shade 9 darkened 30 % (≥ 5:1 on its tint
// for every palette colour); filled green, lime, yellow and orange are darkened too, so white text on them is ≥ 4.5:1.
const GELAP = new Set(['green', 'lime', 'yellow', 'orange']);
const warnaVarian: VariantColorsResolver = (input) => {
  const hasil = defaultVariantColorsResolver(input);
  const warna = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
  if (!warna.isThemeColor || !warna.color || !input.theme.colors[warna.color]) return hasil;
  const palet = input.theme.colors[warna.color]!;
  if (input.variant === 'filled' && warna.shade === undefined && GELAP.has(warna.color)) {
    const latar = darken(palet[9], 0.3);
    return { ...hasil, background: latar, hover: darken(palet[9], 0.4), color: '#fff' };
  }
  if (input.variant === 'filled' && warna.shade === undefined) {
    // Hover darkens shade 9 instead of moving to shade 8 (teal 8 #099268 is 3.9:1 with white).
    return { ...hasil, hover: darken(palet[9], 0.15) };
  }
  if (['light', 'subtle', 'outline', 'transparent'].includes(input.variant)) {
    const teks = darken(palet[9], 0.3);
    return { ...hasil, color: teks, hoverColor: teks, border: input.variant === 'outline' ? `1px solid ${teks}` : hasil.border };
  }
  return hasil;
};

const theme = createTheme({
  primaryColor: 'teal',
  variantColorResolver: warnaVarian,
  primaryShade: { light: 9, dark: 7 },
  defaultRadius: 'md',
  components: {
    Badge: Badge.extend({ styles: { root: { flexShrink: 0, maxWidth: 'none', overflow: 'visible' }, label: { overflow: 'visible', textOverflow: 'clip' } } }),
    TableScrollContainer: Table.ScrollContainer.extend({ defaultProps: { type: 'native', tabIndex: 0 } }),
    // Every dialog's close button is named for screen readers (axe button-name).
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Tutup' } } }),
    FileInput: FileInput.extend({ defaultProps: { clearButtonProps: { 'aria-label': 'Hapus berkas terpilih' } } }),
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Tutup pemberitahuan' } } }),
    Pagination: Pagination.extend({
      defaultProps: {
        getItemProps: (halaman: number) => ({ 'aria-label': `Halaman ${halaman}` }),
        getControlProps: (kontrol: string) => ({ 'aria-label': KONTROL[kontrol] ?? kontrol }),
      },
    }),
  },
});

const variabel: CSSVariablesResolver = (tema) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    // field error messages: red 9 (#c92a2a, 5.4:1 on white) instead of red 6 (3.6:1)
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    // the active menu entry (NavLink) and other primary-tinted text
    '--mantine-primary-color-light-color': darken(tema.colors.teal![9]!, 0.3),
    // a default (primary, filled) button under the pointer: darker than teal 9, not teal 8 (3.9:1 with white)
    '--mantine-primary-color-filled-hover': darken(tema.colors.teal![9]!, 0.15),
  },
  dark: {},
});

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

/** The shell: login, the public routes of features, and every feature's screens inside the signed-in layout. */
export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  ...fitur.flatMap((f) => f.ruteTerbuka ?? []),
  {
    path: '/',
    element: (
      <WajibMasuk>
        <Layout />
      </WajibMasuk>
    ),
    children: [
      { index: true, element: <Navigate to="/beranda" replace /> },
      ...fitur.flatMap((f) => f.rute),
      { path: '*', element: <TidakDitemukanPage /> },
    ],
  },
];

const router = createBrowserRouter(routes);
const queryClient = buatQueryClient();

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={variabel}>
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
