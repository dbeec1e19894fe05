import { Button,Card,FileInput,Group,Select,Stack,Text,TextInput,Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation,useQuery,useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError,api,kirimForm,unduhBerkas,unwrap } from '../../../api/client';
import { GalatAksi } from '../../../components/Galat';
import type { Schemas } from '../../../api/client';
import { k,triwulanDari } from '../lib';

type LaporanFinal = Schemas['LaporanFinalDto'];

const PERIODE_LAPORAN = ['TW1', 'TW2', 'TW3', 'TW4', 'TAHUN'];

/** The unit's Laporan Kinerja: generated as Word for a quarter or the year, and the signed PDF kept as that period's
 * final (uploaded by the unit's staff; replacing it needs a reason). */
export function LaporanKinerjaBagian({ unitId, unit, tahun, periode }: { unitId: string; unit: string; tahun: number; periode: string }) {
  const qc = useQueryClient();
  const [pilihan, setPilihan] = useState<string | null>(null);
  const laporan = pilihan ?? triwulanDari(periode);
  const [alasan, setAlasan] = useState('');
  const [berkas, setBerkas] = useState<File | null>(null);
  const kunci = ['kinerja', 'laporan-final', unitId, tahun, laporan];
  const final = useQuery({
    queryKey: kunci,
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/kinerja/laporan/final', { params: { query: { unitId, tahun, periode: laporan } } }));
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
  });
  // Whether the user may upload: the realisation form of the period says so (the unit's staff, planning, admin).
  const form = useQuery({
    queryKey: ['kinerja', 'realisasi', unitId, tahun, laporan === 'TAHUN' ? 'TW4' : laporan],
    queryFn: () => unwrap(api.GET('/api/kinerja/realisasi', { params: { query: { unitId, tahun, periode: laporan === 'TAHUN' ? 'TW4' : laporan } } })),
    retry: false,
  });
  const unggah = useMutation({
    mutationFn: () => {
      const data = new FormData();
      data.set('unitId', unitId);
      data.set('tahun', String(tahun));
      data.set('periode', laporan);
      if (alasan.trim()) data.set('alasan', alasan.trim());
      if (berkas) data.set('berkas', berkas);
      return kirimForm<LaporanFinal>('/api/kinerja/laporan/final', data);
    },
    onSuccess: (d) => {
      notifications.show({ color: 'teal', message: k.finalTersimpan(d.versi) });
      setBerkas(null);
      setAlasan('');
      qc.setQueryData(kunci, d);
    },
  });
  const galat = unggah.error instanceof ApiError ? unggah.error.fieldErrors : {};
  const namaPeriode = (p: string) => (p === 'TAHUN' ? k.tahunan : p);
  return (
    <Card withBorder data-testid="laporan-kinerja">
      <Stack>
        <Title order={2} size="h4">{k.laporanJudul}</Title>
        <Text size="sm" c="dimmed">{k.laporanKet}</Text>
        <Group align="end">
          <Select label={k.periodeLaporan} data={PERIODE_LAPORAN.map((p) => ({ value: p, label: namaPeriode(p) }))} value={laporan} allowDeselect={false}
            onChange={(v) => v && setPilihan(v)} w={160} />
          <Button onClick={() => unduhBerkas(`/api/kinerja/laporan?unitId=${unitId}&tahun=${tahun}&periode=${laporan}`,
            `laporan-kinerja-${unit}-${tahun}-${laporan}.docx`)}>
            {k.unduhLaporan}
          </Button>
        </Group>
        <Text size="sm" data-testid="status-final">
          {final.data
            ? k.finalAda(final.data.versi, final.data.namaBerkas, new Date(final.data.pada).toLocaleString('id-ID'), final.data.oleh)
            : final.isFetched ? k.finalBelum : ''}
        </Text>
        {final.data && (
          <Group>
            <Button variant="light" onClick={() => unduhBerkas(`/api/kinerja/dokumen/${final.data!.dokumenId}`, final.data!.namaBerkas)}>{k.unduhFinal}</Button>
          </Group>
        )}
        {form.data?.bolehUbah && (
          <Group align="end">
            <FileInput label={k.berkasFinal} accept="application/pdf" value={berkas} onChange={setBerkas} w={280} maw="100%" error={galat.berkas} clearable />
            {final.data && <TextInput label={k.alasanGanti} value={alasan} onChange={(e) => setAlasan(e.currentTarget.value)} w={320} maw="100%" error={galat.alasan} />}
            <Button variant="light" disabled={!berkas} loading={unggah.isPending} onClick={() => unggah.mutate()}>{final.data ? k.gantiFinal : k.unggahFinal}</Button>
          </Group>
        )}
        <GalatAksi error={unggah.error} kecualiIsian testId="galat-final" />
      </Stack>
    </Card>
  );
}
