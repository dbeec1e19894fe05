import { Anchor,Badge,Button,Card,Group,Stack,Text,Title } from '@mantine/core';
import { useMutation,useQuery,useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api,unwrap } from '../../../api/client';
import { t } from '../../../i18n';
import { tautanKegiatan } from '../../registry';

export function PanelNotifikasi() {
  const qc = useQueryClient();
  const notif = useQuery({ queryKey: ['notifikasi'], queryFn: () => unwrap(api.GET('/api/notifikasi', { params: { query: { batas: 20 } } })) });
  const semua = useMutation({
    mutationFn: () => unwrap(api.POST('/api/notifikasi/dibaca-semua')),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['notifikasi'] }),
  });
  return (
    <Card withBorder data-testid="notifikasi">
      <Group justify="space-between" mb="xs">
        <Title order={4}>
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
        {notif.data?.item.map((n) => {
          const tautan = tautanKegiatan(n.modul, n.referensiId);
          return (
            <div key={n.id} data-jenis={n.jenis}>
              <Text size="sm" fw={n.dibacaPada ? 400 : 700}>
                {tautan ? (
                  <Anchor component={Link} to={tautan}>
                    {n.judul}
                  </Anchor>
                ) : (
                  n.judul
                )}
              </Text>
              <Text size="xs" c="dimmed">
                {n.pesan}
              </Text>
            </div>
          );
        })}
      </Stack>
    </Card>
  );
}
