import { Badge,Group,Text,Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Instans } from '../api/client';
import { t } from '../i18n';
import { formatTanggalPanjang } from '../lib/tanggal';

/** The heading of an SOP activity page (any module): title, status, SOP code, unit and the unit's today, with the
 * module's actions (e.g. "Ubah") on the right. */
export function KepalaKegiatan({ judul, instans, aksi }: { judul: string; instans: Instans; aksi?: ReactNode }) {
  return (
    <Group justify="space-between">
      <div>
        <Group gap="xs">
          <Title order={2} data-testid="judul-kegiatan">
            {judul}
          </Title>
          <Badge data-testid="status-kegiatan" color={instans.status === 'Selesai' ? 'green' : instans.status === 'Dibatalkan' ? 'dark' : 'blue'}>
            {t.statusKegiatan[instans.status]}
          </Badge>
        </Group>
        <Text c="dimmed" size="sm">
          {instans.kodeSop} · {instans.namaUnit} · {t.kegiatan.hariIniUnit(formatTanggalPanjang(instans.hariIni))}
        </Text>
      </div>
      {aksi}
    </Group>
  );
}
