import { Card,Table,Text,Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api,unwrap } from '../../api/client';
import { t } from '../../i18n';

export function JejakAudit({ instansId }: { instansId: string }) {
  const audit = useQuery({ queryKey: ['audit', instansId], queryFn: () => unwrap(api.GET('/api/sop/instans/{id}/audit', { params: { path: { id: instansId } } })) });
  const waktu = new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Card withBorder>
      <Title order={4} mb="sm">
        {t.kegiatan.audit}
      </Title>
      <Table.ScrollContainer minWidth={800}>
        <Table striped data-testid="audit">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.kegiatan.waktu}</Table.Th>
              <Table.Th>{t.beranda.langkah}</Table.Th>
              <Table.Th>{t.kegiatan.perubahan}</Table.Th>
              <Table.Th>{t.kegiatan.oleh}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {audit.data?.map((a) => (
              <Table.Tr key={a.id} data-aksi={a.aksi}>
                <Table.Td>{waktu.format(new Date(a.waktu))}</Table.Td>
                <Table.Td>{a.langkahKode ?? '—'}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {t.aksiAudit[a.aksi] ?? a.aksi.replace(/([a-z])([A-Z])/g, '$1 $2')}
                    {a.dari || a.ke ? `: ${t.statusLangkah[a.dari ?? ''] ?? a.dari ?? '—'} → ${t.statusLangkah[a.ke ?? ''] ?? a.ke ?? '—'}` : ''}
                  </Text>
                  {(a.alasan || a.keterangan) && (
                    <Text size="xs" c="dimmed">
                      {[a.alasan, a.keterangan].filter(Boolean).join(' · ')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{a.oleh}</Text>
                  {a.unit && <Text size="xs" c="dimmed">{a.unit}</Text>}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
