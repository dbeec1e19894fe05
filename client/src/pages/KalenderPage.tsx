import { Alert, Button, Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { useSesi } from '../auth/useSesi';
import { HitungJatuhTempo } from '../components/HitungJatuhTempo';
import { KalenderTahun } from '../components/KalenderTahun';
import { t } from '../i18n';
import { formatTanggalPanjang } from '../lib/tanggal';

export function pilihanTahun(tahunIni: number): string[] {
  return Array.from({ length: 6 }, (_, i) => String(tahunIni - 3 + i));
}

export function useHariLibur(tahun: number) {
  return useQuery({
    queryKey: ['hari-libur', tahun],
    queryFn: () => unwrap(api.GET('/api/kalender/hari-libur', { params: { query: { tahun } } })),
  });
}

export function KalenderPage() {
  const s = useSesi();
  const [tahun, setTahun] = useState(new Date().getFullYear());
  const libur = useHariLibur(tahun);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t.kalender.judul}</Title>
        {s?.peran.includes('Admin') && (
          <Button component={Link} to="/kalender/kelola" variant="light">
            {t.nav.kelolaHariLibur}
          </Button>
        )}
      </Group>
      <HitungJatuhTempo />
      <Group>
        <Select
          label={t.kalender.tahun}
          data={pilihanTahun(new Date().getFullYear())}
          value={String(tahun)}
          onChange={(v) => v && setTahun(Number(v))}
          w={120}
          allowDeselect={false}
        />
      </Group>
      {libur.isPending && <Loader aria-label={t.umum.memuat} />}
      {libur.isError && <Alert color="red">{t.umum.gagalMemuat}</Alert>}
      {libur.data && (
        <>
          {libur.data.length === 0 && <Alert color="yellow">{t.kalender.belumAdaData(tahun)}</Alert>}
          <KalenderTahun tahun={tahun} libur={libur.data} />
          <Title order={4}>{t.kalender.daftarLibur}</Title>
          {libur.data.length === 0 ? (
            <Text c="dimmed">{t.umum.kosong}</Text>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table striped data-testid="daftar-libur">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t.kalender.tanggal}</Table.Th>
                    <Table.Th>{t.kalender.jenis}</Table.Th>
                    <Table.Th>{t.kalender.nama}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {libur.data.map((h) => (
                    <Table.Tr key={h.id}>
                      <Table.Td>{formatTanggalPanjang(h.tanggal)}</Table.Td>
                      <Table.Td>{h.jenis === 'cuti_bersama' ? t.kalender.cutiBersama : t.kalender.liburNasional}</Table.Td>
                      <Table.Td>{h.nama}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
    </Stack>
  );
}
