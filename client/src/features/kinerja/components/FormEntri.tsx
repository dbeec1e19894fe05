import { Alert,Badge,Button,Card,FileInput,Group,NumberInput,SimpleGrid,Stack,Table,Text,TextInput,Textarea,Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation,useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError,api,kirimForm,unduhBerkas,unwrap } from '../../../api/client';
import { GalatAksi } from '../../../components/Galat';
import { t } from '../../../i18n';
import { formatTanggalPanjang } from '../../../lib/tanggal';
import type { DokumenKinerja,FormRealisasi } from '../api';
import { Tabel,angka,k } from '../lib';
import { TandaTanpaLibur } from '../../../components/TandaTanpaLibur';

/** The report's per-indicator analysis, in the order of a BPOM interim report. */
const ANALISIS = ['penyebab', 'upaya', 'programPendukung', 'kendala', 'rencanaTindakLanjut', 'efisiensi'] as const;
type KolomAnalisis = (typeof ANALISIS)[number];

type Isian = { nilai: number | ''; pembilang: number | ''; penyebut: number | ''; bukti: DokumenKinerja[] } & Record<KolomAnalisis, string>;

const ISIAN_KOSONG: Isian = {
  nilai: '', pembilang: '', penyebut: '', bukti: [], penyebab: '', upaya: '', programPendukung: '', kendala: '', rencanaTindakLanjut: '', efisiensi: '',
};

export function FormEntri({ f, onBaru }: { f: FormRealisasi; onBaru: (f: FormRealisasi) => void }) {
  const qc = useQueryClient();
  const [isian, setIsian] = useState<Record<string, Isian>>(() =>
    Object.fromEntries(f.indikator.map((i) => [i.kode, {
      nilai: i.isian?.pembilang != null ? '' : (i.isian?.nilai ?? ''),
      pembilang: i.isian?.pembilang ?? '',
      penyebut: i.isian?.penyebut ?? '',
      ...Object.fromEntries(ANALISIS.map((a) => [a, i.isian?.[a] ?? ''])) as Record<KolomAnalisis, string>,
      bukti: [],
    }])),
  );
  const [alasan, setAlasan] = useState('');
  const [analisisBuka, setAnalisisBuka] = useState<string | null>(null);
  const [alasanKembali, setAlasanKembali] = useState('');
  const ubah = (kode: string, v: Partial<Isian>) => setIsian((s) => ({ ...s, [kode]: { ...(s[kode] ?? ISIAN_KOSONG), ...v } }));
  const segarkan = (d: FormRealisasi) => {
    onBaru(d);
    void qc.invalidateQueries({ queryKey: ['kinerja', 'nilai'] });
  };
  const simpan = useMutation({
    mutationFn: () =>
      unwrap(api.PUT('/api/kinerja/realisasi', {
        headers: { 'If-Match': f.etag },
        body: {
          unitId: f.unitId,
          tahun: f.tahun,
          periode: f.periode,
          alasan: alasan || null,
          isian: f.indikator.filter((i) => i.sumber === 'Manual').map((i) => {
            const x = isian[i.kode] ?? ISIAN_KOSONG;
            const pakaiRasio = x.pembilang !== '' || x.penyebut !== '';
            return {
              kode: i.kode,
              nilai: pakaiRasio || x.nilai === '' ? null : Number(x.nilai),
              pembilang: pakaiRasio && x.pembilang !== '' ? Number(x.pembilang) : null,
              penyebut: pakaiRasio && x.penyebut !== '' ? Number(x.penyebut) : null,
              ...Object.fromEntries(ANALISIS.map((a) => [a, x[a].trim() || null])),
              bukti: [...(i.isian?.bukti ?? []), ...x.bukti.map((b) => b.id)],
            };
          }),
        },
      })),
    onSuccess: (d) => {
      notifications.show({ color: 'teal', message: k.tersimpan });
      segarkan(d);
    },
  });
  const aksi = useMutation({
    mutationFn: (a: NonNullable<FormRealisasi['aksi']>[number]) =>
      unwrap(api.POST('/api/kinerja/realisasi/aksi', {
        headers: { 'If-Match': f.etag },
        body: { unitId: f.unitId, tahun: f.tahun, periode: f.periode, aksi: a, alasan: a === 'Kembalikan' ? alasanKembali : null },
      })),
    onSuccess: (d, a) => {
      notifications.show({ color: 'teal', message: k.aksiBerhasil[a] ?? k.tersimpan });
      setAlasanKembali('');
      segarkan(d);
    },
  });
  const galatAksi = aksi.error instanceof ApiError ? aksi.error.fieldErrors : {};
  const galatSimpan = simpan.error instanceof ApiError ? simpan.error.fieldErrors : {};
  // The latest return with its reason, shown above the form until the report is submitted again.
  const kembali = f.status === 'Diajukan' || f.status === 'Diverifikasi' || f.status === 'Disahkan'
    ? undefined
    : f.riwayatVersi.flatMap((v) => v.riwayat).filter((r) => r.aksi === 'Kembalikan').sort((x, y) => y.pada.localeCompare(x.pada))[0];
  const unggah = async (kode: string, berkas: File | null) => {
    if (!berkas) return;
    const data = new FormData();
    data.set('unitId', f.unitId);
    data.set('berkas', berkas);
    const d = await kirimForm<DokumenKinerja>('/api/kinerja/dokumen', data);
    ubah(kode, { bukti: [...(isian[kode]?.bukti ?? []), d] });
  };
  const bolehIsi = f.bolehUbah && f.status !== 'Diajukan';
  return (
    <Stack>
      <Group>
        <Badge size="lg" variant="light" data-testid="status-realisasi">{f.status ? `${k.statusNama[f.status]} · ${k.versi} ${f.versi}` : k.statusNama.Draft}</Badge>
        <Text size="sm" data-testid="batas-entri">{k.batasEntri}: {formatTanggalPanjang(f.batasEntri)}<TandaTanpaLibur tanggal={f.batasEntri} /></Text>
      </Group>
      {kembali && (
        <Alert color="orange" title={k.dikembalikanJudul(kembali.oleh)} data-testid="alasan-kembali">
          {kembali.alasan}
        </Alert>
      )}
      {f.ditutup && <Alert color="orange">{k.ditutup}</Alert>}
      <Tabel kepala={[k.kode, k.indikator, k.target, k.realisasi, k.analisis, k.buktiBerkas]} testId="form-realisasi">
        {f.indikator.flatMap((i) => {
          const x = isian[i.kode] ?? ISIAN_KOSONG;
          const terisi = ANALISIS.filter((a) => x[a].trim() !== '').length;
          const buka = analisisBuka === i.kode;
          return [
            <Table.Tr key={i.kode} data-kode={i.kode}>
              <Table.Td>{i.kode}</Table.Td>
              <Table.Td>{i.nama}<Text size="xs" c="dimmed">{i.satuan}</Text></Table.Td>
              <Table.Td>{angka(i.targetPeriode)}</Table.Td>
              <Table.Td>
                {i.sumber !== 'Manual' ? (
                  <Text size="sm">{angka(i.realisasiOtomatis)} <Badge size="xs" variant="outline">{k.otomatis}</Badge></Text>
                ) : i.pembilang ? (
                  <Group gap={4} wrap="nowrap">
                    <NumberInput aria-label={`${k.pembilang} ${i.kode}`} placeholder={k.pembilang} title={i.pembilang} value={x.pembilang} disabled={!bolehIsi} w={90} decimalSeparator="," onChange={(v) => ubah(i.kode, { pembilang: v === '' ? '' : Number(v) })} />
                    <Text>/</Text>
                    <NumberInput aria-label={`${k.penyebut} ${i.kode}`} placeholder={k.penyebut} title={i.penyebut ?? ''} value={x.penyebut} disabled={!bolehIsi} w={90} decimalSeparator="," onChange={(v) => ubah(i.kode, { penyebut: v === '' ? '' : Number(v) })} />
                  </Group>
                ) : (
                  <NumberInput aria-label={`${k.realisasi} ${i.kode}`} value={x.nilai} disabled={!bolehIsi} w={110} decimalSeparator="," onChange={(v) => ubah(i.kode, { nilai: v === '' ? '' : Number(v) })} />
                )}
                {i.isian?.nilai != null && i.pembilang && <Text size="xs" c="dimmed">= {angka(i.isian.nilai)}</Text>}
              </Table.Td>
              <Table.Td>
                <Button size="compact-sm" variant={buka ? 'light' : 'subtle'} aria-expanded={buka} aria-controls={`analisis-${i.kode}`}
                  aria-label={`${k.analisis} ${i.kode}`} onClick={() => setAnalisisBuka(buka ? null : i.kode)}>
                  {k.analisisTerisi(terisi, ANALISIS.length)}
                </Button>
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  {(i.isian?.bukti ?? []).map((b) => (
                    <Button key={b} size="compact-xs" variant="subtle" onClick={() => unduhBerkas(`/api/kinerja/dokumen/${b}`, 'data-dukung')}>{t.kegiatan.unduh}</Button>
                  ))}
                  {x.bukti.map((b) => <Text size="xs" key={b.id}>{b.namaBerkas}</Text>)}
                  {bolehIsi && i.sumber === 'Manual' && <FileInput aria-label={`${k.buktiBerkas} ${i.kode}`} placeholder={k.buktiBerkas} size="xs" value={null} onChange={(b) => void unggah(i.kode, b)} />}
                </Stack>
              </Table.Td>
            </Table.Tr>,
            buka && (
              <Table.Tr key={`${i.kode}-analisis`} id={`analisis-${i.kode}`} data-testid={`analisis-${i.kode}`}>
                <Table.Td colSpan={6}>
                  <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
                    {ANALISIS.map((a) => (
                      <Textarea key={a} label={k.namaAnalisis[a]} value={x[a]} disabled={!bolehIsi} autosize minRows={2} maxLength={2000}
                        error={galatSimpan[`isian[${f.indikator.filter((y) => y.sumber === 'Manual').findIndex((y) => y.kode === i.kode)}].${a}`]}
                        onChange={(e) => ubah(i.kode, { [a]: e.currentTarget.value })} />
                    ))}
                  </SimpleGrid>
                </Table.Td>
              </Table.Tr>
            ),
          ];
        })}
      </Tabel>
      <GalatAksi error={simpan.error ?? aksi.error} semua testId="galat-kinerja" />
      {bolehIsi && (
        <Group align="end">
          {f.ditutup && <TextInput label={k.alasanUbah} value={alasan} onChange={(e) => setAlasan(e.currentTarget.value)} w={360} maw="100%" error={galatSimpan.alasan} />}
          <Button onClick={() => simpan.mutate()} loading={simpan.isPending}>{k.simpanRealisasi}</Button>
        </Group>
      )}
      {f.aksi.length > 0 && (
        <Group align="end">
          {f.aksi.includes('Kembalikan') && <TextInput label={k.alasanKembali} value={alasanKembali} onChange={(e) => setAlasanKembali(e.currentTarget.value)} w={320} maw="100%" error={galatAksi.alasan} />}
          {f.aksi.map((a) => (
            <Button key={a} variant={a === 'Kembalikan' ? 'outline' : 'filled'} color={a === 'Kembalikan' ? 'orange' : 'teal'} loading={aksi.isPending} onClick={() => aksi.mutate(a)}>
              {k.aksiNama[a]}
            </Button>
          ))}
        </Group>
      )}
      {f.riwayatVersi.length > 0 && (
        <Card withBorder>
          <Title order={4}>{k.riwayatVersi}</Title>
          <Tabel kepala={[k.versi, k.status, t.kegiatan.waktu, t.kegiatan.oleh, k.catatan]} testId="riwayat-versi">
            {f.riwayatVersi.flatMap((v) => v.riwayat.map((r, n) => (
              <Table.Tr key={`${v.versi}-${n}`}>
                <Table.Td>{v.versi}</Table.Td>
                <Table.Td>{k.aksiNama[r.aksi] ?? r.aksi} → {k.statusNama[r.ke]}</Table.Td>
                <Table.Td>{new Date(r.pada).toLocaleString('id-ID')}</Table.Td>
                <Table.Td>{r.oleh}</Table.Td>
                <Table.Td>{r.alasan ?? ''}</Table.Td>
              </Table.Tr>
            )))}
          </Tabel>
        </Card>
      )}
    </Stack>
  );
}
