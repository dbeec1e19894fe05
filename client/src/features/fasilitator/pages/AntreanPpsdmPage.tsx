import { Anchor,Stack,Table,Text,Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api,unwrap } from '../../../api/client';
import { StatusMuat } from '../../../components/StatusMuat';
import { t } from '../../../i18n';

/** What waits for PPSDM. */
export function AntreanPpsdmPage() {
  const antrean = useQuery({ queryKey: ['fasilitator', 'antrean'], queryFn: () => unwrap(api.GET('/api/fasilitator/antrean-ppsdm')) });
  return (
    <Stack>
      <Title order={1} size="h2">{t.fasilitator.antrean}</Title>
      <Text c="dimmed" size="sm">{t.fasilitator.antreanKet}</Text>
      <StatusMuat query={antrean} />
      {antrean.data && antrean.data.length === 0 && <Text c="dimmed">{t.fasilitator.kosongAntrean}</Text>}
      {antrean.data && antrean.data.length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table striped data-testid="antrean-ppsdm">
            <Table.Tbody>
              {antrean.data.map((x) => (
                <Table.Tr key={x.pesertaId}>
                  <Table.Td><Anchor component={Link} to={`/fasilitator/angkatan/${x.angkatanId}`}>{x.angkatan}</Anchor></Table.Td>
                  <Table.Td>{x.nama}</Table.Td>
                  <Table.Td>{t.fasilitator.statusNama[x.status]}</Table.Td>
                  <Table.Td>{t.fasilitator.aksiBerikut}: {t.fasilitator.aksiNama[x.aksiBerikut]}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
