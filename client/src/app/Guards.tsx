import { Alert,Button,Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link,Navigate,useLocation } from 'react-router';
import { useSesi } from '../auth/useSesi';
import { t } from '../i18n';

/** Sends visitors without a valid session to the login page, remembering where they were going. */
export function WajibMasuk({ children }: { children: ReactNode }) {
  const s = useSesi();
  const location = useLocation();
  if (!s) return <Navigate to={`/login?kembali=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <>{children}</>;
}

/** Shows "Akses ditolak" unless the user holds <peran>. The API enforces the same rule. */
export function WajibPeran({ peran, children }: { peran: string; children: ReactNode }) {
  const s = useSesi();
  if (!s?.peran.includes(peran)) {
    return (
      <Stack maw={520}>
        <Alert color="red" title={t.galat.aksesDitolak} data-testid="akses-ditolak">
          {t.galat.aksesDitolakKeterangan}
        </Alert>
        <Button component={Link} to="/kalender" variant="light" w="fit-content">
          {t.galat.kembali}
        </Button>
      </Stack>
    );
  }
  return <>{children}</>;
}
