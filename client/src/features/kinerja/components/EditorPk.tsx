import { Button,Card,Checkbox,Group,NumberInput,Select,Stack,Text,TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type ReactNode,useEffect,useState } from 'react';
import { GalatAksi } from '../../../components/Galat';
import { opsi } from '../../../lib/opsi';
import type { IndikatorPk,PerspektifPk } from '../api';
import { BULAN,TRIWULAN,k } from '../lib';

const indikatorBaru = (): IndikatorPk => ({
  kode: '', nama: '', satuan: '%', arah: 'Naik', definisi: null, pembilang: null, penyebut: null, targetTahunan: null, target: {}, akhirTahunSaja: false, sumber: 'Manual', kodeSop: null, penugasanDirektif: false,
});

/**
 * The PK structure editor (perspectives → sasaran → indicators with targets), for a unit's PK and the national one:
 * `simpan` stores it, `tambahan` adds fields of its own to every indicator (the national roll-up rule).
 */
export function EditorPk({ versi, awal, bolehUbah, simpan: simpanFn, onSimpan, tambahan }: {
  versi: number;
  awal: PerspektifPk[];
  bolehUbah: boolean;
  simpan: (struktur: PerspektifPk[], alasan: string | null) => Promise<unknown>;
  onSimpan: () => void;
  tambahan?: (x: IndikatorPk) => ReactNode;
}) {
  const [struktur, setStruktur] = useState<PerspektifPk[]>(awal);
  const [alasan, setAlasan] = useState('');
  useEffect(() => setStruktur(awal), [awal]);
  const simpan = useMutation({
    mutationFn: () => simpanFn(struktur, alasan || null),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: k.pkTersimpan });
      onSimpan();
    },
  });
  const ubahP = (pi: number, f: (p: PerspektifPk) => PerspektifPk) => setStruktur((s) => s.map((p, i) => (i === pi ? f(p) : p)));
  const ubahS = (pi: number, si: number, f: (s: PerspektifPk['sasaran'][number]) => PerspektifPk['sasaran'][number]) =>
    ubahP(pi, (p) => ({ ...p, sasaran: p.sasaran.map((s, i) => (i === si ? f(s) : s)) }));
  const ubahI = (pi: number, si: number, ii: number, v: Partial<IndikatorPk>) =>
    ubahS(pi, si, (s) => ({ ...s, indikator: s.indikator.map((x, i) => (i === ii ? { ...x, ...v } : x)) }));
  const target = (x: IndikatorPk, periode: string, v: number | string) => {
    const baru = { ...(x.target ?? {}) } as Record<string, number>;
    if (v === '' || v === null) delete baru[periode];
    else baru[periode] = Number(v);
    return baru;
  };
  return (
    <Stack data-testid="editor-pk">
      {versi > 0 && <Text size="sm" c="dimmed">{k.versi} {versi}</Text>}
      {struktur.map((p, pi) => (
        <Card withBorder key={pi} data-testid={`perspektif-${pi}`}>
          <Group align="end">
            <TextInput label={k.perspektif} value={p.nama} disabled={!bolehUbah} onChange={(e) => { const v = e.currentTarget.value; ubahP(pi, (x) => ({ ...x, nama: v })); }} w={320} />
            {bolehUbah && <Button variant="subtle" color="red" onClick={() => setStruktur((s) => s.filter((_, i) => i !== pi))}>{k.hapus}</Button>}
          </Group>
          {p.sasaran.map((s, si) => (
            <Card withBorder mt="sm" key={si} data-testid={`sasaran-${pi}-${si}`}>
              <Group align="end">
                <TextInput label={`${k.kode} ${k.sasaran}`} value={s.kode} disabled={!bolehUbah} w={110} onChange={(e) => { const v = e.currentTarget.value; ubahS(pi, si, (x) => ({ ...x, kode: v })); }} />
                <TextInput label={`${k.nama} ${k.sasaran}`} value={s.nama} disabled={!bolehUbah} w={360} onChange={(e) => { const v = e.currentTarget.value; ubahS(pi, si, (x) => ({ ...x, nama: v })); }} />
                <Checkbox label={k.dihitung} checked={s.hitungNko} disabled={!bolehUbah} onChange={(e) => { const v = e.currentTarget.checked; ubahS(pi, si, (x) => ({ ...x, hitungNko: v })); }} />
                {bolehUbah && <Button variant="subtle" color="red" onClick={() => ubahP(pi, (x) => ({ ...x, sasaran: x.sasaran.filter((_, i) => i !== si) }))}>{k.hapus}</Button>}
              </Group>
              {s.indikator.map((x, ii) => (
                <Stack key={ii} gap={4} mt="sm" p="xs" style={{ borderTop: '1px solid #dee2e6' }} data-testid={`indikator-${pi}-${si}-${ii}`}>
                  <Group align="end" wrap="wrap">
                    <TextInput label={k.kode} value={x.kode} disabled={!bolehUbah} w={80} onChange={(e) => ubahI(pi, si, ii, { kode: e.currentTarget.value })} />
                    <TextInput label={k.nama} value={x.nama} disabled={!bolehUbah} w={300} onChange={(e) => ubahI(pi, si, ii, { nama: e.currentTarget.value })} />
                    <TextInput label={k.satuan} value={x.satuan} disabled={!bolehUbah} w={90} onChange={(e) => ubahI(pi, si, ii, { satuan: e.currentTarget.value })} />
                    <Select label={k.arah} searchable data={opsi(k.arahNama)} value={x.arah} disabled={!bolehUbah} w={250} allowDeselect={false} onChange={(v) => v && ubahI(pi, si, ii, { arah: v as IndikatorPk['arah'] })} />
                    <NumberInput label={k.targetTahunan} value={x.targetTahunan ?? ''} disabled={!bolehUbah} w={120} decimalSeparator="," onChange={(v) => ubahI(pi, si, ii, { targetTahunan: v === '' ? null : Number(v) })} />
                    {TRIWULAN.map((tw) => (
                      <NumberInput key={tw} label={tw} value={x.target?.[tw] ?? ''} disabled={!bolehUbah} w={80} decimalSeparator="," onChange={(v) => ubahI(pi, si, ii, { target: target(x, tw, v) })} />
                    ))}
                  </Group>
                  <Group align="end" wrap="wrap">
                    <TextInput label={k.pembilang} value={x.pembilang ?? ''} disabled={!bolehUbah} w={220} onChange={(e) => ubahI(pi, si, ii, { pembilang: e.currentTarget.value || null })} />
                    <TextInput label={k.penyebut} value={x.penyebut ?? ''} disabled={!bolehUbah} w={220} onChange={(e) => ubahI(pi, si, ii, { penyebut: e.currentTarget.value || null })} />
                    <Select label={k.sumber} searchable data={opsi(k.sumberNama)} value={x.sumber ?? 'Manual'} disabled={!bolehUbah} w={300} allowDeselect={false} onChange={(v) => v && ubahI(pi, si, ii, { sumber: v as IndikatorPk['sumber'] })} />
                    {x.sumber !== 'Manual' && <TextInput label={k.kodeSop} value={x.kodeSop ?? ''} disabled={!bolehUbah} w={200} onChange={(e) => ubahI(pi, si, ii, { kodeSop: e.currentTarget.value || null })} />}
                    <Checkbox label={k.akhirTahunSaja} checked={x.akhirTahunSaja} disabled={!bolehUbah} onChange={(e) => ubahI(pi, si, ii, { akhirTahunSaja: e.currentTarget.checked })} />
                    <Checkbox label={k.penugasanDirektif} checked={x.penugasanDirektif ?? false} disabled={!bolehUbah} onChange={(e) => ubahI(pi, si, ii, { penugasanDirektif: e.currentTarget.checked })} />
                    {bolehUbah && <Button variant="subtle" color="red" onClick={() => ubahS(pi, si, (y) => ({ ...y, indikator: y.indikator.filter((_, i) => i !== ii) }))}>{k.hapus}</Button>}
                  </Group>
                  {tambahan?.(x)}
                  <Group align="end" wrap="wrap" gap={4}>
                    <Text size="xs" c="dimmed" w="100%">{k.targetBulanan}</Text>
                    {BULAN.map((b) => (
                      <NumberInput key={b} label={namaBulanPendek(b)} aria-label={`${b} ${x.kode}`} value={x.target?.[b] ?? ''} disabled={!bolehUbah} w={70} size="xs" decimalSeparator="," onChange={(v) => ubahI(pi, si, ii, { target: target(x, b, v) })} />
                    ))}
                  </Group>
                </Stack>
              ))}
              {bolehUbah && <Button mt="xs" size="xs" variant="light" onClick={() => ubahS(pi, si, (y) => ({ ...y, indikator: [...y.indikator, indikatorBaru()] }))}>{k.tambahIndikator}</Button>}
            </Card>
          ))}
          {bolehUbah && (
            <Button mt="sm" size="xs" variant="light" onClick={() => ubahP(pi, (x) => ({ ...x, sasaran: [...x.sasaran, { kode: '', nama: '', hitungNko: true, indikator: [indikatorBaru()] }] }))}>
              {k.tambahSasaran}
            </Button>
          )}
        </Card>
      ))}
      {bolehUbah && (
        <>
          <Group>
            <Button variant="light" onClick={() => setStruktur((s) => [...s, { nama: '', sasaran: [{ kode: '', nama: '', hitungNko: true, indikator: [indikatorBaru()] }] }])}>{k.tambahPerspektif}</Button>
          </Group>
          <GalatAksi error={simpan.error} semua testId="galat-kinerja" />
          <Group align="end">
            {versi > 0 && <TextInput label={k.alasanRevisi} value={alasan} onChange={(e) => setAlasan(e.currentTarget.value)} w={360} />}
            <Button onClick={() => simpan.mutate()} loading={simpan.isPending} disabled={struktur.length === 0}>{versi > 0 ? k.simpanPk : k.buatPk}</Button>
          </Group>
        </>
      )}
    </Stack>
  );
}

/** "B03" → "Mar": the month a monthly target box is for. */
function namaBulanPendek(kode: string): string {
  return new Intl.DateTimeFormat('id-ID', { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, Number(kode.slice(1)) - 1, 1)));
}
