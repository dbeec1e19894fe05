import { Anchor,Badge,Button,Card,Group,Stack,Text,Title } from '@mantine/core';
import { useMutation,useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api,unwrap } from '../../../api/client';
import { t } from '../../../i18n';
import { formatWaktu } from '../../../lib/tanggal';
import { tautanNotifikasi,useNotifikasi,useTandaiDibaca,type Notifikasi } from '../notifikasi';

/** One notification: its title links to the item (opening it marks it read), its message and when it came. */
export function ItemNotifikasi({ n, onBuka }: { n: Notifikasi; onBuka?: () => void }) {
  const dibaca = useTandaiDibaca();
  const tautan = tautanNotifikasi(n);
  const buka = () => {
    if (!n.dibacaPada) dibaca.mutate(n.id);
    onBuka?.();
  };
  return (
    <div data-jenis={n.jenis} data-testid="item-notifikasi" data-dibaca={n.dibacaPada ? 'ya' : 'tidak'}>
      <Text size="sm" fw={n.dibacaPada ? 400 : 700}>
        {tautan ? (
          <Anchor component={Link} to={tautan} onClick={buka}>
            {n.judul}
          </Anchor>
        ) : (
          n.judul
        )}
      </Text>
      <Text size="xs" c="dimmed">
        {n.pesan}
      </Text>
      <Text size="xs" c="dimmed">
        {formatWaktu(n.dibuatPada)}
      </Text>
    </div>
  );
}

export function PanelNotifikasi() {
  const qc = useQueryClient();
  const notif = useNotifikasi();
  const semua = useMutation({
    mutationFn: () => unwrap(api.POST('/api/notifikasi/dibaca-semua')),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['notifikasi'] }),
  });
  return (
    <Card withBorder data-testid="notifikasi">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t.beranda.notifikasi}{' '}
          {notif.data && notif.data.belumDibaca > 0 && (
            <Badge color="red" data-testid="belum-dibaca">
              {t.beranda.belumDibaca(notif.data.belumDibaca)}
            </Badge>
          )}
        </Title>
        {notif.data && notif.data.belumDibaca > 0 && (
          <Button size="xs" variant="subtle" onClick={() => semua.mutate()} loading={semua.isPending}>
            {t.beranda.tandaiSemua}
          </Button>
        )}
      </Group>
      {notif.data && notif.data.item.length === 0 && <Text c="dimmed">{t.beranda.tidakAdaNotifikasi}</Text>}
      <Stack gap="xs">
        {notif.data?.item.map((n) => <ItemNotifikasi key={n.id} n={n} />)}
      </Stack>
      <Anchor component={Link} to="/pengaturan/pemberitahuan" size="sm" mt="sm" display="block">
        {t.beranda.pengaturan}
      </Anchor>
    </Card>
  );
}
