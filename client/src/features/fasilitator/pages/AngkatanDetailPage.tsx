import { Card,SimpleGrid,Stack,Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api,unwrap } from '../../../api/client';
import { KepalaKegiatan } from '../../../components/KepalaKegiatan';
import { BagianSop } from '../../../components/sop/BagianSop';
import { StatusMuat } from '../../../components/StatusMuat';
import { t } from '../../../i18n';
import { formatTanggalPanjang } from '../../../lib/tanggal';
import { PanelMonevTriwulan } from '../components/PanelMonevTriwulan';
import { PanelPeserta } from '../components/PanelPeserta';

/** A cohort: its data, participants (bulk actions, import, certificates) and the SOP D run. */
export function AngkatanDetailPage() {
  const { id } = useParams();
  const angkatan = useQuery({ queryKey: ['fasilitator/angkatan', id], queryFn: () => unwrap(api.GET('/api/fasilitator/angkatan/{id}', { params: { path: { id: id! } } })) });
  if (!angkatan.data) return <StatusMuat query={angkatan} />;
  const a = angkatan.data;
  return (
    <Stack>
      <KepalaKegiatan judul={a.nama} instans={a.instans} />
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Text size="sm"><b>{t.fasilitator.dasar}:</b> {a.dasarKegiatan}</Text>
          <Text size="sm"><b>{t.fasilitator.lembaga}:</b> {a.lembagaPelatihan}</Text>
          <Text size="sm"><b>{t.fasilitator.daftarMulai}:</b> {formatTanggalPanjang(a.pendaftaranMulai)} – {formatTanggalPanjang(a.pendaftaranSelesai)}</Text>
          <Text size="sm"><b>{t.fasilitator.upt}:</b> {a.upt.map((u) => u.nama).join(', ') || '—'}</Text>
        </SimpleGrid>
      </Card>
      <PanelPeserta a={a} />
      <PanelMonevTriwulan angkatanId={a.id} />
      <BagianSop instans={a.instans} kegiatanId={a.id} kunci="fasilitator/angkatan" />
    </Stack>
  );
}
