import { Stack,Text,Title } from '@mantine/core';
import { keepPreviousData,useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api,unwrap } from '../../../api/client';
import { StatusMuat } from '../../../components/StatusMuat';
import { t } from '../../../i18n';
import { useSesi } from '../../../auth/useSesi';
import { IkhtisarNasional } from '../components/IkhtisarNasional';
import { PanelNotifikasi } from '../components/PanelNotifikasi';
import { TabelTugas } from '../components/TabelTugas';

/** Beranda: "Tugas Saya" (active steps across SOPs by due date) and the user's notifications; leadership and admins
 * open on the national overview, central units find it below their tasks. */
export function BerandaPage() {
  const s = useSesi();
  const pimpinan = !!s && (s.peran.includes('Pimpinan') || s.peran.includes('Admin'));
  const pusat = !!s && s.peran.includes('UnitKerjaPusat');
  const [halaman, setHalaman] = useState(1);
  const tugas = useQuery({
    queryKey: ['tugas-saya', halaman],
    queryFn: () => unwrap(api.GET('/api/tugas-saya', { params: { query: { halaman, ukuran: 50 } } })),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack>
      {pimpinan && <IkhtisarNasional />}
      <div>
        <Title order={pimpinan ? 2 : 1} size="h2">{t.beranda.judul}</Title>
        <Text c="dimmed" size="sm">
          {t.beranda.keterangan}
        </Text>
      </div>
      <StatusMuat query={tugas} />
      {tugas.data && tugas.data.total === 0 && <Text c="dimmed">{t.beranda.kosong}</Text>}
      {tugas.data && tugas.data.total > 0 && (
        <>
          <Text size="sm" c="dimmed" data-testid="jumlah-tugas">
            {t.beranda.jumlah(tugas.data.total, tugas.data.totalPasti)}
          </Text>
          <TabelTugas data={tugas.data} halaman={halaman} onHalaman={setHalaman} />
        </>
      )}
      {!pimpinan && pusat && <IkhtisarNasional />}
      <PanelNotifikasi />
    </Stack>
  );
}
