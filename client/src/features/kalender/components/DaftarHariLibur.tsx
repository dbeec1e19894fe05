import { Select,Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { t } from '../../../i18n';
import { formatTanggalPanjang } from '../../../lib/tanggal';
import type { HariLibur } from '../api';

export function labelJenisLibur(jenis: string): string {
  return jenis === 'cuti_bersama' ? t.kalender.cutiBersama : t.kalender.liburNasional;
}

/** The holidays of a year as a table; with <aksi>, a last column of row actions (admin screens). */
export function DaftarHariLibur({ libur, testId, aksi }: { libur: readonly HariLibur[]; testId: string; aksi?: (h: HariLibur) => ReactNode }) {
  return (
    <Table.ScrollContainer minWidth={aksi ? 640 : 560}>
      <Table striped data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.kalender.tanggal}</Table.Th>
            <Table.Th>{t.kalender.jenis}</Table.Th>
            <Table.Th>{t.kalender.nama}</Table.Th>
            <Table.Th>{t.kalender.dasarHukum}</Table.Th>
            {aksi && <Table.Th>{t.kelola.aksi}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {libur.map((h) => (
            <Table.Tr key={h.id}>
              <Table.Td>{formatTanggalPanjang(h.tanggal)}</Table.Td>
              <Table.Td>{labelJenisLibur(h.jenis)}</Table.Td>
              <Table.Td>{h.nama}</Table.Td>
              <Table.Td>{h.dasarHukum}</Table.Td>
              {aksi && <Table.Td>{aksi(h)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Year picker: three years back to two ahead of the current one. */
export function PilihTahun({ tahun, onChange }: { tahun: number; onChange: (tahun: number) => void }) {
  const sekarang = new Date().getFullYear();
  return (
    <Select
      label={t.kalender.tahun}
      data={Array.from({ length: 6 }, (_, i) => String(sekarang - 3 + i))}
      value={String(tahun)}
      onChange={(v) => v && onChange(Number(v))}
      w={120}
      allowDeselect={false}
    />
  );
}
