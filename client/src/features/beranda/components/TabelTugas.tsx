import { Anchor,Badge,Table,Text } from '@mantine/core';
import { Link } from 'react-router';
import { type Tugas } from '../../../api/client';
import { t } from '../../../i18n';
import { sisaWaktu,warnaSla,warnaStatusLangkah } from '../../../lib/sop';
import { formatTanggalPanjang } from '../../../lib/tanggal';
import { tautanKegiatan } from '../../registry';

export function TabelTugas({ data }: { data: Tugas[] }) {
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped data-testid="tugas-saya">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.beranda.kegiatan}</Table.Th>
            <Table.Th>{t.beranda.langkah}</Table.Th>
            <Table.Th>{t.beranda.status}</Table.Th>
            <Table.Th>{t.beranda.peran}</Table.Th>
            <Table.Th>{t.beranda.jatuhTempo}</Table.Th>
            <Table.Th>{t.beranda.sisa}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.map((x) => {
            const tautan = tautanKegiatan(x.modul, x.referensiId);
            return (
              <Table.Tr key={`${x.instansId}-${x.langkahKode}`} data-terlambat={x.terlambat} data-langkah={x.langkahKode}>
                <Table.Td>
                  {tautan ? (
                    <Anchor component={Link} to={tautan}>
                      {x.judul}
                    </Anchor>
                  ) : (
                    x.judul
                  )}
                  <Text size="xs" c="dimmed">
                    {x.kodeSop} · {x.namaUnit}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {x.langkahKode} {x.namaLangkah}
                </Table.Td>
                <Table.Td>
                  <Badge color={warnaStatusLangkah[x.status]} variant="light">
                    {t.statusLangkah[x.status]}
                  </Badge>
                </Table.Td>
                <Table.Td>{t.beranda.peranTugas[x.peran] ?? x.peran}</Table.Td>
                <Table.Td>{x.jatuhTempo ? formatTanggalPanjang(x.jatuhTempo) : '—'}</Table.Td>
                <Table.Td>
                  <Badge color={warnaSla[x.sla]} variant={x.terlambat ? 'filled' : 'light'}>
                    {sisaWaktu(x.hkTersisa, x.rencanaSelesai) || t.sla[x.sla]}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
