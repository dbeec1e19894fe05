import { Alert, Badge, Button, Card, FileInput, Group, Modal, Stack, Table, Text, TextInput, Textarea, Timeline, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api, kirimForm, unduhDokumen, unwrap, type Instans, type Langkah, type Penugasan, type Rekomendasi } from '../api/client';
import { t } from '../i18n';
import { aksiBeralasan, sisaWaktu, warnaSla, warnaStatusLangkah } from '../lib/sop';
import { formatTanggalPanjang } from '../lib/tanggal';

type Aksi = Langkah['aksiTersedia'][number];

export function pesanGalat(e: unknown): string {
  if (e instanceof ApiError) return Object.values(e.fieldErrors)[0] ?? e.message;
  return t.galat.server;
}

/** The SOP parts of an activity page (any SOP module): step timeline with actions and routings, recommendations and
 * the audit trail. <code>kunci</code> is the module's query key, refreshed after every change. */
export function BagianSop({ instans, kegiatanId, kunci }: { instans: Instans; kegiatanId: string; kunci: string }) {
  return (
    <>
      <Tahapan instans={instans} kegiatanId={kegiatanId} kunci={kunci} />
      <PanelRekomendasi instans={instans} kegiatanId={kegiatanId} kunci={kunci} />
      <JejakAudit instansId={instans.id} />
    </>
  );
}

function useSegarkan(kunci: string, kegiatanId: string, instansId: string) {
  const qc = useQueryClient();
  return () => {
    qc.invalidateQueries({ queryKey: [kunci, kegiatanId] });
    qc.invalidateQueries({ queryKey: [kunci] });
    qc.invalidateQueries({ queryKey: ['rekomendasi', instansId] });
    qc.invalidateQueries({ queryKey: ['audit', instansId] });
    qc.invalidateQueries({ queryKey: ['tugas-saya'] });
  };
}

function Tahapan({ instans, kegiatanId, kunci }: { instans: Instans; kegiatanId: string; kunci: string }) {
  const aktif = instans.langkah.findIndex((l) => l.kode === instans.langkahAktif);
  return (
    <Card withBorder>
      <Title order={4} mb="sm">
        {t.kegiatan.tahapan}
      </Title>
      {instans.status === 'Selesai' && <Alert color="green" mb="sm">{t.kegiatan.kegiatanSelesai}</Alert>}
      <Timeline active={aktif === -1 ? instans.langkah.length - 1 : aktif - 1} bulletSize={22} lineWidth={2}>
        {instans.langkah.map((l) => (
          <Timeline.Item key={l.kode} bullet={<Text size="xs">{l.nomor}</Text>} title={`${l.kode} ${l.nama}`} data-testid={`langkah-${l.kode}`} data-status={l.status} data-sla={l.sla.status}>
            <ItemLangkah instans={instans} langkah={l} kegiatanId={kegiatanId} kunci={kunci} aktif={l.kode === instans.langkahAktif} />
          </Timeline.Item>
        ))}
      </Timeline>
    </Card>
  );
}

function ItemLangkah({ instans, langkah: l, kegiatanId, kunci, aktif }: { instans: Instans; langkah: Langkah; kegiatanId: string; kunci: string; aktif: boolean }) {
  const jt = l.sla.jatuhTempo ?? l.jatuhTempo;
  return (
    <Stack gap={4} mt={4}>
      <Group gap="xs">
        <Badge size="sm" color={warnaStatusLangkah[l.status]} variant="light" data-testid="status-langkah">
          {t.statusLangkah[l.status]}
        </Badge>
        <Badge size="sm" color={warnaSla[l.sla.status]} variant={l.sla.status === 'Terlambat' ? 'filled' : 'light'} data-testid="sla-langkah">
          {t.sla[l.sla.status]}
        </Badge>
        <Text size="xs" c="dimmed">
          {l.waktuHk != null ? t.sop.hk(l.waktuHk) : t.sop.disesuaikan}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {[
          l.tanggalMulai && t.kegiatan.mulai(formatTanggalPanjang(l.tanggalMulai)),
          jt && t.kegiatan.jatuhTempo(formatTanggalPanjang(jt)),
          l.tanggalSelesai && t.kegiatan.selesai(formatTanggalPanjang(l.tanggalSelesai)),
          l.sla.hkTerpakai != null && l.sla.hkBudget != null && t.kegiatan.hkTerpakai(l.sla.hkTerpakai, l.sla.hkBudget),
          aktif && sisaWaktu(l.sla.hkTersisa, l.rencanaSelesai),
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {l.jeda.map((j, i) => (
        <Text key={i} size="xs" c="violet">
          {t.kegiatan.jeda(formatTanggalPanjang(j.mulai), j.selesai ? formatTanggalPanjang(j.selesai) : null)}: {j.alasan}
        </Text>
      ))}
      {l.alasanTerakhir && (
        <Text size="xs" c="orange">
          {t.kegiatan.alasanTerakhir}: {l.alasanTerakhir}
        </Text>
      )}
      {l.dokumen.length > 0 && (
        <Stack gap={2}>
          {l.dokumen.map((d) => (
            <Group key={d.id} gap="xs" data-testid="dokumen">
              <Text size="xs">
                {t.kegiatan.jenisDokumen[d.jenis]} v{d.versi}: {d.namaBerkas}
              </Text>
              <Button size="compact-xs" variant="subtle" onClick={() => unduhDokumen(d.id, d.namaBerkas)}>
                {t.kegiatan.unduh}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
      {l.penugasan.length > 0 && <DaftarPenugasan instans={instans} langkah={l} kegiatanId={kegiatanId} kunci={kunci} />}
      {aktif && <AksiLangkah instans={instans} langkah={l} kegiatanId={kegiatanId} kunci={kunci} />}
    </Stack>
  );
}

function AksiLangkah({ instans, langkah: l, kegiatanId, kunci }: { instans: Instans; langkah: Langkah; kegiatanId: string; kunci: string }) {
  const segarkan = useSegarkan(kunci, kegiatanId, instans.id);
  const [berkas, setBerkas] = useState<File | null>(null);
  const [alasanUntuk, setAlasanUntuk] = useState<Aksi | null>(null);
  const [alasan, setAlasan] = useState('');
  const [rencana, setRencana] = useState(l.rencanaSelesai ?? '');
  const jenis = l.status === 'Menunggu' ? 'Kelengkapan' : 'Output';

  const unggah = useMutation({
    mutationFn: () => {
      const form = new FormData();
      form.append('jenis', jenis);
      form.append('berkas', berkas!);
      return kirimForm(`/api/sop/instans/${instans.id}/langkah/${l.kode}/dokumen`, form);
    },
    onSuccess: () => {
      setBerkas(null);
      notifications.show({ color: 'teal', message: t.kegiatan.berhasilUnggah });
      segarkan();
    },
    onError: (e) => notifications.show({ color: 'red', message: pesanGalat(e) }),
  });
  const jalankan = useMutation({
    mutationFn: ({ aksi, alasan }: { aksi: Aksi; alasan?: string }) =>
      unwrap(api.POST('/api/sop/instans/{id}/langkah/{kode}/{aksi}', { params: { path: { id: instans.id, kode: l.kode, aksi } }, body: { alasan: alasan ?? null } })),
    onSuccess: (_, v) => {
      setAlasanUntuk(null);
      setAlasan('');
      notifications.show({ color: 'teal', message: t.aksiBerhasil[v.aksi] });
      segarkan();
    },
    onError: (e) => notifications.show({ color: 'red', message: pesanGalat(e) }),
  });
  const simpanRencana = useMutation({
    mutationFn: () => unwrap(api.PUT('/api/sop/instans/{id}/langkah/{kode}/rencana', { params: { path: { id: instans.id, kode: l.kode } }, body: { rencanaSelesai: rencana || null } })),
    onSuccess: () => { notifications.show({ color: 'teal', message: t.umum.berhasilDisimpan }); segarkan(); },
    onError: (e) => notifications.show({ color: 'red', message: pesanGalat(e) }),
  });

  if (!l.bolehUnggah && l.aksiTersedia.length === 0) return null;
  return (
    <Card withBorder p="xs" mt={4} data-testid="aksi-langkah">
      <Stack gap="xs">
        {l.bolehUnggah && (jenis === 'Output' || l.kelengkapanTersedia === false) && (
          <Group align="end">
            <FileInput
              label={jenis === 'Kelengkapan' ? `${t.kegiatan.unggahKelengkapan}: ${l.kelengkapan}` : `${t.kegiatan.unggahOutput}: ${l.output}`}
              value={berkas}
              onChange={setBerkas}
              accept=".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.png,.jpg,.jpeg"
              w={420}
              data-testid="berkas"
            />
            <Button onClick={() => unggah.mutate()} disabled={!berkas} loading={unggah.isPending}>
              {t.kegiatan.unggah}
            </Button>
          </Group>
        )}
        {l.bolehUnggah && l.waktuHk == null && l.status !== 'Menunggu' && (
          <Group align="end">
            <TextInput type="date" label={t.kegiatan.rencana} value={rencana} onChange={(e) => setRencana(e.currentTarget.value)} />
            <Button variant="light" onClick={() => simpanRencana.mutate()} loading={simpanRencana.isPending}>
              {t.kegiatan.simpanRencana}
            </Button>
          </Group>
        )}
        <Group gap="xs">
          {l.aksiTersedia.map((a) => (
            <Button
              key={a}
              size="xs"
              variant={a === 'Setujui' || a === 'Ajukan' || a === 'Mulai' ? 'filled' : 'light'}
              color={a === 'Kembalikan' ? 'orange' : undefined}
              loading={jalankan.isPending && jalankan.variables?.aksi === a}
              onClick={() => (aksiBeralasan.has(a) ? setAlasanUntuk(a) : jalankan.mutate({ aksi: a }))}
            >
              {t.aksi[a]}
            </Button>
          ))}
        </Group>
      </Stack>
      <Modal opened={alasanUntuk !== null} onClose={() => setAlasanUntuk(null)} title={alasanUntuk ? t.kegiatan.alasanJudul(t.aksi[alasanUntuk]!) : ''}>
        <Stack>
          <Textarea label={t.kegiatan.alasan} value={alasan} onChange={(e) => setAlasan(e.currentTarget.value)} autosize minRows={2} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAlasanUntuk(null)}>
              {t.umum.batal}
            </Button>
            <Button onClick={() => alasanUntuk && jalankan.mutate({ aksi: alasanUntuk, alasan })} disabled={!alasan.trim()} loading={jalankan.isPending}>
              {alasanUntuk ? t.aksi[alasanUntuk] : ''}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}

function PanelRekomendasi({ instans, kegiatanId, kunci }: { instans: Instans; kegiatanId: string; kunci: string }) {
  const segarkan = useSegarkan(kunci, kegiatanId, instans.id);
  const daftar = useQuery({ queryKey: ['rekomendasi', instans.id], queryFn: () => unwrap(api.GET('/api/sop/instans/{id}/rekomendasi', { params: { path: { id: instans.id } } })) });
  const [uraian, setUraian] = useState('');
  const [pj, setPj] = useState('');
  const [target, setTarget] = useState('');
  const [galat, setGalat] = useState<Record<string, string>>({});
  const tambah = useMutation({
    mutationFn: () => unwrap(api.POST('/api/sop/instans/{id}/rekomendasi', { params: { path: { id: instans.id } }, body: { uraian, penanggungJawab: pj, targetTanggal: target || null } })),
    onSuccess: () => { setUraian(''); setPj(''); setTarget(''); setGalat({}); segarkan(); },
    onError: (e) => setGalat(e instanceof ApiError ? e.fieldErrors : { uraian: t.galat.server }),
  });
  const bolehUbah = instans.bolehMengelola;
  return (
    <Card withBorder data-testid="rekomendasi">
      <Title order={4} mb="sm">
        {t.kegiatan.rekomendasi}
      </Title>
      {daftar.data && daftar.data.length === 0 && <Text c="dimmed" size="sm">{t.kegiatan.tidakAdaRekomendasi}</Text>}
      <Stack>
        {daftar.data?.map((r) => <ItemRekomendasi key={r.id} r={r} instansId={instans.id} bolehUbah={bolehUbah} segarkan={segarkan} />)}
      </Stack>
      {bolehUbah && (
        <Stack gap="xs" mt="md" component="form" onSubmit={(e) => { e.preventDefault(); tambah.mutate(); }}>
          <Textarea label={t.kegiatan.uraian} value={uraian} onChange={(e) => setUraian(e.currentTarget.value)} error={galat.uraian} autosize />
          <Group align="start">
            <TextInput label={t.kegiatan.penanggungJawab} value={pj} onChange={(e) => setPj(e.currentTarget.value)} error={galat.penanggungJawab} style={{ flex: 1 }} />
            <TextInput type="date" label={t.kegiatan.target} value={target} onChange={(e) => setTarget(e.currentTarget.value)} error={galat.targetTanggal} />
          </Group>
          <Group>
            <Button type="submit" variant="light" loading={tambah.isPending}>
              {t.kegiatan.tambahRekomendasi}
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}

function ItemRekomendasi({ r, instansId, bolehUbah, segarkan }: { r: Rekomendasi; instansId: string; bolehUbah: boolean; segarkan: () => void }) {
  const [uraianTl, setUraianTl] = useState('');
  const [bukti, setBukti] = useState<Record<string, File | null>>({});
  const tambahTl = useMutation({
    mutationFn: () => unwrap(api.POST('/api/sop/instans/{id}/rekomendasi/{rekomendasiId}/tindak-lanjut', { params: { path: { id: instansId, rekomendasiId: r.id } }, body: { uraian: uraianTl } })),
    onSuccess: () => { setUraianTl(''); segarkan(); },
    onError: (e) => notifications.show({ color: 'red', message: pesanGalat(e) }),
  });
  const tutup = useMutation({
    mutationFn: (tlId: string) => {
      const form = new FormData();
      form.append('berkas', bukti[tlId]!);
      return kirimForm(`/api/sop/instans/${instansId}/rekomendasi/${r.id}/tindak-lanjut/${tlId}/tutup`, form);
    },
    onSuccess: () => segarkan(),
    onError: (e) => notifications.show({ color: 'red', message: pesanGalat(e) }),
  });
  return (
    <Card withBorder p="sm" data-testid={`rekomendasi-${r.nomor}`} data-status={r.status}>
      <Group justify="space-between">
        <Text fw={600} size="sm">
          {r.nomor}. {r.uraian}
        </Text>
        <Group gap={4}>
          {r.terlambat && <Badge color="red">{t.kegiatan.lewatTarget}</Badge>}
          <Badge color={r.status === 'Close' ? 'green' : 'yellow'}>{r.status}</Badge>
        </Group>
      </Group>
      <Text size="xs" c="dimmed">
        {t.kegiatan.penanggungJawab}: {r.penanggungJawab} · {t.kegiatan.target}: {formatTanggalPanjang(r.targetTanggal)}
      </Text>
      <Stack gap={4} mt="xs">
        {r.tindakLanjut.map((tl) => (
          <Group key={tl.id} gap="xs" data-testid={`tindak-lanjut-${r.nomor}-${tl.nomor}`} data-status={tl.status}>
            <Badge size="xs" color={tl.status === 'Close' ? 'green' : 'yellow'}>{tl.status}</Badge>
            <Text size="sm">{tl.uraian}</Text>
            {tl.bukti && (
              <Button size="compact-xs" variant="subtle" onClick={() => unduhDokumen(tl.bukti!.id, tl.bukti!.namaBerkas)}>
                {tl.bukti.namaBerkas}
              </Button>
            )}
            {bolehUbah && tl.status === 'Open' && (
              <>
                <FileInput size="xs" placeholder={t.kegiatan.berkas} value={bukti[tl.id] ?? null} onChange={(f) => setBukti({ ...bukti, [tl.id]: f })} w={220} data-testid="bukti" />
                <Button size="compact-xs" disabled={!bukti[tl.id]} loading={tutup.isPending} onClick={() => tutup.mutate(tl.id)}>
                  {t.kegiatan.tutupDenganBukti}
                </Button>
              </>
            )}
          </Group>
        ))}
      </Stack>
      {bolehUbah && (
        <Group mt="xs" align="end">
          <TextInput size="xs" label={t.kegiatan.tindakLanjut} value={uraianTl} onChange={(e) => setUraianTl(e.currentTarget.value)} style={{ flex: 1 }} />
          <Button size="xs" variant="light" disabled={!uraianTl.trim()} loading={tambahTl.isPending} onClick={() => tambahTl.mutate()}>
            {t.kegiatan.tambahTindakLanjut}
          </Button>
        </Group>
      )}
    </Card>
  );
}

/** Units a step is routed to: who must report their part (Pelaksana) or acknowledge the output (Penerima). */
function DaftarPenugasan({ instans, langkah: l, kegiatanId, kunci }: { instans: Instans; langkah: Langkah; kegiatanId: string; kunci: string }) {
  return (
    <Stack gap={2} data-testid="penugasan">
      {l.penugasan.map((p) => (
        <ItemPenugasan key={p.id} p={p} instans={instans} langkah={l} kegiatanId={kegiatanId} kunci={kunci} />
      ))}
    </Stack>
  );
}

function ItemPenugasan({ p, instans, langkah: l, kegiatanId, kunci }: { p: Penugasan; instans: Instans; langkah: Langkah; kegiatanId: string; kunci: string }) {
  const segarkan = useSegarkan(kunci, kegiatanId, instans.id);
  const [catatan, setCatatan] = useState('');
  const [bukti, setBukti] = useState<File | null>(null);
  const [galat, setGalat] = useState<string | undefined>();
  const selesaikan = useMutation({
    mutationFn: async () => {
      if (bukti) {
        const form = new FormData();
        form.append('jenis', 'Bukti');
        form.append('berkas', bukti);
        await kirimForm(`/api/sop/instans/${instans.id}/langkah/${l.kode}/dokumen`, form);
      }
      return unwrap(api.POST('/api/sop/instans/{id}/langkah/{kode}/penugasan', { params: { path: { id: instans.id, kode: l.kode } }, body: { catatan: catatan || null } }));
    },
    onSuccess: () => {
      setCatatan('');
      setBukti(null);
      setGalat(undefined);
      notifications.show({ color: 'teal', message: p.jenis === 'Penerima' ? t.penugasan.diterima : t.penugasan.dilaporkan });
      segarkan();
    },
    onError: (e) => setGalat(pesanGalat(e)),
  });
  return (
    <Card withBorder p={6} data-testid={`penugasan-${l.kode}`} data-unit={p.namaUnit} data-selesai={p.selesaiPada ? 'ya' : 'tidak'}>
      <Group gap="xs">
        <Badge size="xs" variant="light" color={p.jenis === 'Penerima' ? 'cyan' : 'grape'}>
          {t.penugasan.jenis[p.jenis]}
        </Badge>
        <Text size="xs" fw={600}>{p.namaUnit}</Text>
        <Badge size="xs" color={p.selesaiPada ? 'green' : 'yellow'}>
          {p.selesaiPada ? (p.jenis === 'Penerima' ? t.penugasan.sudahDiterima : t.penugasan.sudahDilaporkan) : t.penugasan.menunggu}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">{p.keterangan}</Text>
      {p.catatan && <Text size="xs">{p.selesaiOleh}: {p.catatan}</Text>}
      {p.bolehSelesaikan && (
        <Stack gap={4} mt={4}>
          <Textarea
            size="xs"
            label={p.jenis === 'Penerima' ? t.penugasan.catatanTerima : t.penugasan.hasilTindakLanjut}
            value={catatan}
            onChange={(e) => setCatatan(e.currentTarget.value)}
            error={galat}
            autosize
            required={p.jenis === 'Pelaksana'}
          />
          {p.jenis === 'Pelaksana' && (
            <FileInput size="xs" label={t.penugasan.bukti} value={bukti} onChange={setBukti} w={320} data-testid="bukti-penugasan" />
          )}
          <Group>
            <Button size="compact-sm" onClick={() => selesaikan.mutate()} loading={selesaikan.isPending}>
              {p.jenis === 'Penerima' ? t.penugasan.tandaiDiterima : t.penugasan.laporkan}
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}

function JejakAudit({ instansId }: { instansId: string }) {
  const audit = useQuery({ queryKey: ['audit', instansId], queryFn: () => unwrap(api.GET('/api/sop/instans/{id}/audit', { params: { path: { id: instansId } } })) });
  const waktu = new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Card withBorder>
      <Title order={4} mb="sm">
        {t.kegiatan.audit}
      </Title>
      <Table.ScrollContainer minWidth={800}>
        <Table striped data-testid="audit">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.kegiatan.waktu}</Table.Th>
              <Table.Th>{t.beranda.langkah}</Table.Th>
              <Table.Th>{t.kegiatan.perubahan}</Table.Th>
              <Table.Th>{t.kegiatan.oleh}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {audit.data?.map((a) => (
              <Table.Tr key={a.id} data-aksi={a.aksi}>
                <Table.Td>{waktu.format(new Date(a.waktu))}</Table.Td>
                <Table.Td>{a.langkahKode ?? '—'}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {a.aksi}
                    {a.dari || a.ke ? `: ${a.dari ?? '—'} → ${a.ke ?? '—'}` : ''}
                  </Text>
                  {(a.alasan || a.keterangan) && (
                    <Text size="xs" c="dimmed">
                      {[a.alasan, a.keterangan].filter(Boolean).join(' · ')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{a.oleh}</Text>
                  {a.unit && <Text size="xs" c="dimmed">{a.unit}</Text>}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
