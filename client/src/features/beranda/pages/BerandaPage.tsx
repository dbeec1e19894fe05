import { Stack,Text,Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api,unwrap } from '../../../api/client';
import { StatusMuat } from '../../../components/StatusMuat';
import { t } from '../../../i18n';
import { PanelNotifikasi } from '../components/PanelNotifikasi';
import { TabelTugas } from '../components/TabelTugas';

/** Beranda: "Tugas Saya" (active steps across SOPs by due date) and the user's notifications. */
export function BerandaPage() {
  const tugas = useQuery({ queryKey: ['tugas-saya'], queryFn: () => unwrap(api.GET('/api/tugas-saya')) });
  return (
    <Stack>
      <div>
        <Title order={2}>{t.beranda.judul}</Title>
        <Text c="dimmed" size="sm">
          {t.beranda.keterangan}
        </Text>
      </div>
      <StatusMuat query={tugas} />
      {tugas.data && tugas.data.length === 0 && <Text c="dimmed">{t.beranda.kosong}</Text>}
      {tugas.data && tugas.data.length > 0 && <TabelTugas data={tugas.data} />}
      <PanelNotifikasi />
    </Stack>
  );
}
