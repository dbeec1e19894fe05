import { MantineProvider,createTheme } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient,QueryClientProvider } from '@tanstack/react-query';
import { Navigate,RouterProvider,createBrowserRouter,type RouteObject } from 'react-router';
import { ApiError } from './api/client';
import { WajibMasuk } from './app/Guards';
import { Layout } from './app/Layout';
import { LoginPage } from './app/LoginPage';
import { TidakDitemukanPage } from './app/TidakDitemukanPage';
import { fitur } from './features/registry';

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
    <MantineProvider theme={theme}>
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
