import { Loader,Stack,Text,Title } from '@mantine/core';
import { useQuery,useQueryClient } from '@tanstack/react-query';
import {
ApiError,
api,
unwrap
} from '../../../api/client';
import type { Schemas } from '../../../api/client';
import { t } from '../../../i18n';
import { EditorPk } from '../components/EditorPk';
import { ImporBerkas } from '../components/ImporBerkas';
import { ImporCsv } from '../components/ImporCsv';
import { k,usePilihan } from '../lib';

/** PK editor (perspectives → sasaran → indicators with targets) and the CSV import. */
export function PerjanjianKinerjaPage() {
  const p = usePilihan(false);
  const qc = useQueryClient();
  const pk = useQuery({
    queryKey: ['kinerja', 'pk', p.unitId, p.tahun],
    enabled: !!p.unitId,
    queryFn: () => unwrap(api.GET('/api/kinerja/pk/{unitId}/{tahun}', { params: { path: { unitId: p.unitId!, tahun: p.tahun } } })),
    retry: false,
  });
  return (
    <Stack>
      <Title order={1} size="h2">{k.pkJudul}</Title>
      <Text c="dimmed" size="sm">{k.pkKet}</Text>
      {p.pemilih}
      <ImporCsv onSelesai={() => void qc.invalidateQueries({ queryKey: ['kinerja'] })} />
      <ImporBerkas<Schemas['HasilImporRenstraDto']>
        judul={k.renstraJudul} keterangan={k.renstraKet} path="/api/kinerja/renstra/impor" testId="impor-renstra"
        ringkasan={(h) => h.unit.map((u) => k.hasilImporRenstra(u.unit, u.tahunAwal, u.tahunAkhir, u.indikator)).join('; ')}
        onSelesai={() => void qc.invalidateQueries({ queryKey: ['kinerja'] })} />
      {pk.isPending && p.unitId && <Loader aria-label={t.umum.memuat} />}
      {(pk.data || (pk.error instanceof ApiError && pk.error.status === 404)) && p.unitId && (
        <EditorPk
          key={`${p.unitId}-${p.tahun}-${pk.data?.versi ?? 0}`}
          simpan={(perspektif, alasan) => unwrap(api.PUT('/api/kinerja/pk', { body: { unitId: p.unitId!, tahun: p.tahun, perspektif, alasan }, headers: pk.data ? { 'If-Match': pk.data.etag } : {} }))}
          versi={pk.data?.versi ?? 0}
          awal={pk.data?.perspektif ?? []}
          bolehUbah={pk.data?.bolehUbah ?? true}
          onSimpan={() => void qc.invalidateQueries({ queryKey: ['kinerja'] })}
        />
      )}
    </Stack>
  );
}
