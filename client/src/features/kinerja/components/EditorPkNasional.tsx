import { Alert,Button,Group,Loader,Select,Stack,Text,TextInput } from '@mantine/core';
import { useQuery,useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError,api,unwrap,type Schemas } from '../../../api/client';
import { GalatAksi } from '../../../components/Galat';
import { t } from '../../../i18n';
import { opsi } from '../../../lib/opsi';
import type { IndikatorPk,PerspektifPk } from '../api';
import { k } from '../lib';
import { EditorPk } from './EditorPk';

type Aturan = Schemas['AturanIndikatorNasional'];
type Pilihan = Record<string, Pick<Aturan, 'aturan' | 'kodeSumber'>>;

/** A new indicator's default rule: percentages are averaged, counts summed. */
const bawaan = (x: IndikatorPk): Pick<Aturan, 'aturan' | 'kodeSumber'> => ({ aturan: x.satuan.trim() === '%' ? 'RataRata' : 'Jumlah', kodeSumber: null });

const dariDto = (aturan: Aturan[]): Pilihan => Object.fromEntries(aturan.map((a) => [a.kode, { aturan: a.aturan, kodeSumber: a.kodeSumber ?? null }]));

/** The national PK (the Kepala BPOM's IKU): the PK editor plus, per indicator, the rule that rolls the units up. The
 * planning unit and Admin edit; Pimpinan read; a year without one can start from the previous year's. */
export function EditorPkNasional({ tahun }: { tahun: number }) {
  const qc = useQueryClient();
  const pk = useQuery({
    queryKey: ['kinerja', 'pk-nasional', tahun],
    queryFn: () => unwrap(api.GET('/api/kinerja/nasional/pk/{tahun}', { params: { path: { tahun } } })),
    retry: false,
  });
  const [salinan, setSalinan] = useState<{ perspektif: PerspektifPk[]; aturan: Pilihan } | null>(null);
  const [pilihan, setPilihan] = useState<Pilihan | null>(null);
  const lalu = useQuery({
    queryKey: ['kinerja', 'pk-nasional', tahun - 1],
    queryFn: () => unwrap(api.GET('/api/kinerja/nasional/pk/{tahun}', { params: { path: { tahun: tahun - 1 } } })),
    enabled: false,
    retry: false,
  });
  if (pk.error instanceof ApiError && pk.error.status === 403) return <Alert color="gray">{k.bpomTanpaAkses}</Alert>;
  if (pk.isPending) return <Loader aria-label={t.umum.memuat} />;
  if (!pk.data) return <GalatAksi error={pk.error} />;
  const data = pk.data;
  const aturan = pilihan ?? salinan?.aturan ?? dariDto(data.aturan);
  const awal = salinan?.perspektif ?? data.perspektif;
  const salin = async () => {
    const r = await lalu.refetch();
    if (r.data && r.data.versi > 0) {
      setSalinan({ perspektif: r.data.perspektif, aturan: dariDto(r.data.aturan) });
      setPilihan(null);
    }
  };
  const simpan = (perspektif: PerspektifPk[], alasan: string | null) => {
    const indikator = perspektif.flatMap((p) => p.sasaran.flatMap((s) => s.indikator));
    const body = {
      tahun,
      perspektif,
      alasan,
      aturan: indikator.map((x) => ({ kode: x.kode, ...(aturan[x.kode] ?? bawaan(x)) })),
    };
    return unwrap(api.PUT('/api/kinerja/nasional/pk', { body: body as Schemas['SimpanPkNasionalBody'] }));
  };
  return (
    <Stack data-testid="pk-nasional">
      <Text size="sm" c="dimmed">{data.bolehUbah ? k.pkNasionalKet : k.pkNasionalBaca}</Text>
      {data.bolehUbah && data.versi === 0 && (
        <Group>
          <Button variant="light" onClick={() => void salin()} loading={lalu.isFetching}>{k.salinTahunLalu(tahun - 1)}</Button>
          {lalu.data?.versi === 0 && <Text size="sm" c="dimmed">{k.tidakAdaTahunLalu(tahun - 1)}</Text>}
        </Group>
      )}
      <EditorPk
        key={`${tahun}-${data.versi}-${salinan ? 'salin' : 'asli'}`}
        versi={data.versi}
        awal={awal}
        bolehUbah={data.bolehUbah}
        simpan={simpan}
        onSimpan={() => {
          setSalinan(null);
          setPilihan(null);
          void qc.invalidateQueries({ queryKey: ['kinerja'] });
        }}
        tambahan={(x) => {
          const a = aturan[x.kode] ?? bawaan(x);
          const ubah = (v: Partial<Pick<Aturan, 'aturan' | 'kodeSumber'>>) => setPilihan({ ...aturan, [x.kode]: { ...a, ...v } });
          return (
            <Group align="end" wrap="wrap" data-testid={`aturan-${x.kode}`}>
              <Select label={k.aturanAgregasi} data={opsi(k.aturanNama)} value={a.aturan} disabled={!data.bolehUbah || !x.kode} w={260} allowDeselect={false}
                onChange={(v) => v && ubah({ aturan: v as Aturan['aturan'] })} />
              <TextInput label={k.kodeSumber} value={a.kodeSumber ?? ''} placeholder={x.kode} disabled={!data.bolehUbah || !x.kode} w={180}
                onChange={(e) => ubah({ kodeSumber: e.currentTarget.value || null })} />
            </Group>
          );
        }}
      />
    </Stack>
  );
}
