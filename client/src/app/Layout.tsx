import { AppShell,Badge,Burger,Button,Group,NavLink,ScrollArea,Stack,Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Outlet,NavLink as RouterNavLink,useNavigate } from 'react-router';
import { api,cabutSesi,unwrap } from '../api/client';
import { sesi } from '../auth/session';
import { useSesi } from '../auth/useSesi';
import { LoncengNotifikasi } from '../features/beranda/components/LoncengNotifikasi';
import { BannerKalender } from '../features/kalender/components/BannerKalender';
import { menu } from '../features/registry';
import { t } from '../i18n';
import { formatTanggalPanjang,hariIniIso } from '../lib/tanggal';


export function useProfil() {
  return useQuery({ queryKey: ['profil'], queryFn: () => unwrap(api.GET('/api/auth/saya')) });
}

export function Layout() {
  const [opened, { toggle, close }] = useDisclosure();
  const s = useSesi();
  const profil = useProfil();
  const navigate = useNavigate();
  const keluar = () => {
    // The SPA forgets the session at once; the server revokes it (its tokens stop working) in the background.
    const token = sesi.token();
    sesi.akhiri();
    if (token) cabutSesi(token);
    navigate('/login');
  };

  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t.layout.menu} />
            <div>
              <Text fw={700} size="lg" component="p">
                {t.app.nama}
              </Text>
              <Text size="xs" c="dimmed" visibleFrom="sm">
                {t.layout.hariIni}: {formatTanggalPanjang(hariIniIso())}
              </Text>
            </div>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LoncengNotifikasi />
            <Stack gap={0} align="flex-end" visibleFrom="md" data-testid="pengguna">
              <Text size="sm" fw={600}>
                {profil.data?.namaLengkap ?? s?.nama}
              </Text>
              <Text size="xs" c="dimmed" lineClamp={1} maw={320}>
                {profil.data?.namaUnit ?? ''}
              </Text>
            </Stack>
            {s?.peran.map((p) => (
              <Badge key={p} variant="light" data-testid="peran" visibleFrom="lg">
                {t.peran[p] ?? p}
              </Badge>
            ))}
            <Button variant="subtle" size="xs" onClick={keluar} style={{ flexShrink: 0 }}>
              {t.layout.keluar}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t.layout.menu}>
        <AppShell.Section grow component={ScrollArea} type="auto" offsetScrollbars>
        {menu
          .filter((m) => !m.peran || s?.peran.includes(m.peran))
          .map((m) => (
            <NavLink key={m.to} component={RouterNavLink} to={m.to} end={m.end ?? false} label={m.label} onClick={close} />
          ))}
        {s?.peran.includes('Admin') && <NavLink href="/hangfire" target="_blank" label={t.nav.hangfire} />}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        {s?.peran.includes('Admin') && <BannerKalender />}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
