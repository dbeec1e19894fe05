import { Anchor,Badge,Button,Card,Group,Stack,Table,Text,TextInput,Title } from '@mantine/core';
import { useMutation,useQuery,useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link,useParams } from 'react-router';
import { ApiError,api,unwrap } from '../../../api/client';
import { StatusMuat } from '../../../components/StatusMuat';
import { t } from '../../../i18n';
import { formatTanggalPanjang } from '../../../lib/tanggal';
import { warnaStatus } from '../lib';
import { tanpaValidasiPeramban } from '../../../lib/opsi';

/** A facilitator's profile: data, cohorts with path and certificates, and mentoring assignments. */
export function ProfilFasilitatorPage() {
  const { id } = useParams();
  const qc = useQueryClient();
  const profil = useQuery({ queryKey: ['fasilitator', id], queryFn: () => unwrap(api.GET('/api/fasilitator/{id}', { params: { path: { id: id! } } })) });
  const [usaha, setUsaha] = useState('');
  const [mulai, setMulai] = useState('');
  const [galat, setGalat] = useState<Record<string, string>>({});
  const tugaskan = useMutation({
    mutationFn: () => unwrap(api.POST('/api/fasilitator/{id}/pendampingan', { params: { path: { id: id! } }, body: { namaUsaha: usaha, mulai: mulai || null } })),
    onSuccess: () => { setUsaha(''); setMulai(''); setGalat({}); qc.invalidateQueries({ queryKey: ['fasilitator', id] }); },
    onError: (e) => setGalat(e instanceof ApiError ? (Object.keys(e.fieldErrors).length ? e.fieldErrors : { namaUsaha: e.message }) : {}),
  });
  if (!profil.data) return <StatusMuat query={profil} />;
  const f = profil.data;
  return (
    <Stack>
      <div>
        <Title order={1} size="h2">{f.nama}</Title>
        <Text c="dimmed" size="sm">{t.fasilitator.nik} {f.nik} · {f.kabupatenKota}, {f.provinsi} · {f.instansiPenugas}{f.perjanjian ? ` (${f.perjanjian})` : ''}</Text>
        <Text c="dimmed" size="sm">{[f.telepon, f.email].filter(Boolean).join(' · ')}</Text>
      </div>
      <Title order={4}>{t.fasilitator.keikutsertaan}</Title>
      {f.keikutsertaan.map((k) => (
        <Card withBorder key={k.angkatanId} data-testid="keikutsertaan">
          <Group justify="space-between">
            <Anchor component={Link} to={`/fasilitator/angkatan/${k.angkatanId}`}>{k.angkatan}</Anchor>
            <Badge color={warnaStatus[k.peserta.status]}>{t.fasilitator.statusNama[k.peserta.status]}</Badge>
          </Group>
          {k.peserta.sertifikatKompetensi && (
            <Text size="sm">{t.fasilitator.sertifikatKompetensi}: {k.peserta.sertifikatKompetensi.nomor} · {k.peserta.sertifikatKompetensi.skema} · {k.peserta.sertifikatKompetensi.lsp} · {formatTanggalPanjang(k.peserta.sertifikatKompetensi.tanggal)}</Text>
          )}
          {k.peserta.sertifikatPengakuan && (
            <Group gap="xs">
              <Text size="sm">{t.fasilitator.sertifikatPengakuan}: {k.peserta.sertifikatPengakuan.nomor} · {k.peserta.sertifikatPengakuan.disahkanOleh} · {t.fasilitator.berlakuSampai} {formatTanggalPanjang(k.peserta.sertifikatPengakuan.berlakuSampai)}</Text>
              <Anchor component={Link} to={`/fasilitator/cetak/${k.peserta.sertifikatPengakuan.nomor}`} size="sm">{t.fasilitator.cetak}</Anchor>
            </Group>
          )}
          <Table.ScrollContainer minWidth={480}>
            <Table mt="xs">
              <Table.Tbody>
                {k.peserta.riwayat.map((r, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(r.pada))}</Table.Td>
                    <Table.Td>{t.fasilitator.aksiNama[r.aksi]}{r.catatan ? `: ${r.catatan}` : ''}</Table.Td>
                    <Table.Td>{r.olehNama}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      ))}
      <Title order={4}>{t.fasilitator.pendampingan}</Title>
      <Table.ScrollContainer minWidth={480}>
        <Table data-testid="pendampingan">
          <Table.Tbody>
            {f.pendampingan.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{p.namaUsaha}{p.nib ? ` (NIB ${p.nib})` : ''}</Table.Td>
                <Table.Td>{formatTanggalPanjang(p.mulai)}{p.selesai ? ` – ${formatTanggalPanjang(p.selesai)}` : ''}</Table.Td>
                <Table.Td>{p.catatan ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {f.bolehTugaskan && (
        <Group align="end" component="form" {...tanpaValidasiPeramban} onSubmit={(e) => { e.preventDefault(); tugaskan.mutate(); }}>
          <TextInput label={t.fasilitator.namaUsaha} value={usaha} onChange={(e) => setUsaha(e.currentTarget.value)} error={galat.namaUsaha} />
          <TextInput type="date" label={t.fasilitator.mulai} value={mulai} onChange={(e) => setMulai(e.currentTarget.value)} error={galat.mulai} />
          <Button type="submit" variant="light" loading={tugaskan.isPending}>{t.fasilitator.tugaskan}</Button>
        </Group>
      )}
    </Stack>
  );
}
