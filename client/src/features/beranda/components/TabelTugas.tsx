import { Anchor,Badge,Table,Text } from '@mantine/core';
import { Link } from 'react-router';
import { type Tugas } from '../../../api/client';
import { TabelHalaman,type DataHalaman } from '../../../components/TabelHalaman';
import { t } from '../../../i18n';
import { sisaWaktu,warnaSla,warnaStatusLangkah } from '../../../lib/sop';
import { formatTanggalPanjang } from '../../../lib/tanggal';
import { tautanKegiatan } from '../../registry';
import { TandaTanpaLibur } from '../../../components/TandaTanpaLibur';

/** One page of "Tugas Saya": activity, step, state, the user's part, due date and what is left. */
export function TabelTugas({ data, halaman, onHalaman }: { data: DataHalaman<Tugas>; halaman: number; onHalaman: (h: number) => void }) {
  return (
    <TabelHalaman
      data={data}
      testId="tugas-saya"
      lebarMin={800}
      kolom={[t.beranda.kegiatan, t.beranda.langkah, t.beranda.status, t.beranda.peran, t.beranda.jatuhTempo, t.beranda.sisa]}
      halaman={halaman}
      onHalaman={onHalaman}
      baris={(x) => {
        const tautan = tautanKegiatan(x.modul, x.referensiId);
        return (
          <Table.Tr key={`${x.instansId}-${x.langkahKode}-${x.peran}`} data-terlambat={x.terlambat} data-langkah={x.langkahKode}>
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
            <Table.Td>{x.jatuhTempo ? formatTanggalPanjang(x.jatuhTempo) : '—'}<TandaTanpaLibur tanggal={x.jatuhTempo ?? x.rencanaSelesai} /></Table.Td>
            <Table.Td>
              <Badge color={warnaSla[x.sla]} variant={x.terlambat ? 'filled' : 'light'}>
                {sisaWaktu(x.hkTersisa, x.rencanaSelesai) || t.sla[x.sla]}
              </Badge>
            </Table.Td>
          </Table.Tr>
        );
      }}
    />
  );
}
