import { ActionIcon,Anchor,Group,Indicator,Popover,ScrollArea,Stack,Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link } from 'react-router';
import { t } from '../../../i18n';
import { useNotifikasi } from '../notifikasi';
import { ItemNotifikasi } from './PanelNotifikasi';

/** The header's bell: the unread count, and the latest notifications one click away (each opens its item). */
export function LoncengNotifikasi() {
  const [buka, { toggle, close }] = useDisclosure(false);
  const notif = useNotifikasi();
  const belum = notif.data?.belumDibaca ?? 0;
  return (
    <Popover opened={buka} onChange={(v) => !v && close()} position="bottom-end" width={360} shadow="md" withinPortal>
      <Indicator label={belum > 99 ? '99+' : belum} size={18} color="red.9" disabled={belum === 0} offset={4} data-testid="lonceng-jumlah">
        <Popover.Target>
          <ActionIcon variant="subtle" size="lg" onClick={toggle} aria-label={t.beranda.lonceng(belum)} data-testid="lonceng">
            <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
              <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
              <path d="M13.73 21a2 2 0 0 1-3.46 0" />
            </svg>
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown>
        <Text fw={700} size="sm" mb="xs">
          {t.beranda.notifikasi}
          {belum > 0 && ` · ${t.beranda.belumDibaca(belum)}`}
        </Text>
        <ScrollArea.Autosize mah={400} type="auto">
          <Stack gap="xs" data-testid="daftar-lonceng">
            {notif.data?.item.length === 0 && <Text c="dimmed" size="sm">{t.beranda.tidakAdaNotifikasi}</Text>}
            {notif.data?.item.slice(0, 10).map((n) => <ItemNotifikasi key={n.id} n={n} onBuka={close} />)}
          </Stack>
        </ScrollArea.Autosize>
        <Group justify="space-between" mt="xs">
          <Anchor component={Link} to="/beranda" size="sm" onClick={close}>
            {t.beranda.lihatSemua}
          </Anchor>
          <Anchor component={Link} to="/pengaturan/pemberitahuan" size="sm" onClick={close}>
            {t.beranda.pengaturan}
          </Anchor>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
