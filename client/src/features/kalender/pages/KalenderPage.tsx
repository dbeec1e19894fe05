import { Alert,Button,Group,Stack,Text,Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api,unwrap } from '../../../api/client';
import { useSesi } from '../../../auth/useSesi';
import { StatusMuat } from '../../../components/StatusMuat';
import { t } from '../../../i18n';
import { DaftarHariLibur,PilihTahun } from '../components/DaftarHariLibur';
import { HitungJatuhTempo } from '../components/HitungJatuhTempo';
import { KalenderTahun } from '../components/KalenderTahun';
import { UmpanKalender } from '../components/UmpanKalender';
import { menu } from '../teks';

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
        <Title order={1} size="h2">{t.kalender.judul}</Title>
        {s?.peran.includes('Admin') && (
          <Button component={Link} to="/kalender/kelola" variant="light">
            {menu.kelolaHariLibur}
          </Button>
        )}
      </Group>
      <HitungJatuhTempo />
      <UmpanKalender />
      <PilihTahun tahun={tahun} onChange={setTahun} />
      <StatusMuat query={libur} />
      {libur.data && (
        <>
          {libur.data.length === 0 && <Alert color="yellow">{t.kalender.belumAdaData(tahun)}</Alert>}
          <KalenderTahun tahun={tahun} libur={libur.data} />
          <Title order={4}>{t.kalender.daftarLibur}</Title>
          {libur.data.length === 0 ? (
            <Text c="dimmed">{t.umum.kosong}</Text>
          ) : (
            <DaftarHariLibur libur={libur.data} testId="daftar-libur" />
          )}
        </>
      )}
    </Stack>
  );
}
