import { AppShell, Badge, Burger, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { NavLink as RouterNavLink, Outlet, useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { sesi } from '../auth/session';
import { useSesi } from '../auth/useSesi';
import { t } from '../i18n';
import { formatTanggalPanjang, hariIniIso } from '../lib/tanggal';

const menu = [
  { to: '/beranda', label: t.nav.beranda, peran: null, end: true },
  { to: '/advokasi', label: t.nav.advokasi, peran: null, end: false },
  { to: '/pembinaan', label: t.nav.pembinaan, peran: null, end: true },
  { to: '/pembinaan/sasaran', label: t.nav.pelakuUsaha, peran: null, end: false },
  { to: '/pemberdayaan', label: t.nav.pemberdayaan, peran: null, end: true },
  { to: '/pemberdayaan/kader', label: t.nav.kader, peran: null, end: false },
  { to: '/fasilitator/angkatan', label: t.nav.angkatan, peran: null, end: false },
  { to: '/fasilitator/registri', label: t.nav.registriFasilitator, peran: null, end: false },
  { to: '/fasilitator/antrean-ppsdm', label: t.nav.antreanPpsdm, peran: 'Ppsdm', end: false },
  { to: '/kinerja', label: t.nav.kinerja, peran: null, end: true },
  { to: '/kinerja/realisasi', label: t.nav.realisasi, peran: null, end: false },
  { to: '/kinerja/pk', label: t.nav.pk, peran: null, end: false },
  { to: '/kinerja/nasional', label: t.nav.kinerjaNasional, peran: null, end: false },
  { to: '/kinerja/kepatuhan-sop', label: t.nav.kepatuhanSop, peran: null, end: false },
  { to: '/kinerja/rencana-aksi', label: t.nav.rencanaAksi, peran: null, end: false },
  { to: '/kalender', label: t.nav.kalender, peran: null, end: true },
  { to: '/kalender/kelola', label: t.nav.kelolaHariLibur, peran: 'Admin', end: false },
  { to: '/unit-kerja', label: t.nav.unitKerja, peran: null, end: false },
  { to: '/sop', label: t.nav.sop, peran: null, end: false },
] as const;

export function useProfil() {
  return useQuery({ queryKey: ['profil'], queryFn: () => unwrap(api.GET('/api/auth/saya')) });
}

export function Layout() {
  const [opened, { toggle, close }] = useDisclosure();
  const s = useSesi();
  const profil = useProfil();
  const navigate = useNavigate();
  const keluar = () => {
    sesi.akhiri();
    navigate('/login');
  };

  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t.layout.menu} />
            <div>
              <Title order={4}>{t.app.nama}</Title>
              <Text size="xs" c="dimmed" visibleFrom="sm">
                {t.layout.hariIni}: {formatTanggalPanjang(hariIniIso())}
              </Text>
            </div>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Stack gap={0} align="flex-end" visibleFrom="xs" data-testid="pengguna">
              <Text size="sm" fw={600}>
                {profil.data?.namaLengkap ?? s?.nama}
              </Text>
              <Text size="xs" c="dimmed" lineClamp={1} maw={320}>
                {profil.data?.namaUnit ?? ''}
              </Text>
            </Stack>
            {s?.peran.map((p) => (
              <Badge key={p} variant="light" data-testid="peran">
                {t.peran[p] ?? p}
              </Badge>
            ))}
            <Button variant="subtle" size="xs" onClick={keluar}>
              {t.layout.keluar}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        {menu
          .filter((m) => m.peran === null || s?.peran.includes(m.peran))
          .map((m) => (
            <NavLink key={m.to} component={RouterNavLink} to={m.to} end={m.end} label={m.label} onClick={close} />
          ))}
        {s?.peran.includes('Admin') && <NavLink href="/hangfire" target="_blank" label={t.nav.hangfire} />}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
