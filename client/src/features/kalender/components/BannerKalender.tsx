import { Alert,Anchor } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api,unwrap } from '../../../api/client';
import { t } from '../../../i18n';

/** For admins, on every screen: the current year's holidays missing, or — from 1 October — next year's (due dates
 * running into it would be computed on weekends alone). */
export function BannerKalender() {
  const status = useQuery({ queryKey: ['kalender-status'], staleTime: 30 * 60_000, queryFn: () => unwrap(api.GET('/api/kalender/status')) });
  const s = status.data;
  if (!s) return null;
  const tahun = Number(s.hariIni.slice(0, 4));
  const bulan = Number(s.hariIni.slice(5, 7));
  const tahunIni = s.tahun.some((x) => x.tahun === tahun);
  if (tahunIni && (s.tahunDepanTersedia || bulan < 10)) return null;
  return (
    <Alert color="orange" mb="md" data-testid="banner-kalender" title={t.umpan.bannerJudul}>
      {tahunIni ? t.umpan.bannerTahunDepan(tahun + 1) : t.kalender.belumAdaData(tahun)}{' '}
      <Anchor component={Link} to="/kalender/kelola" c="inherit" fw={700} underline="always">{t.umpan.bannerTautan}</Anchor>
    </Alert>
  );
}
