import { Badge,Button,Card,FileInput,Group,Text,TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api,kirimForm,unduhBerkas,unwrap } from '../../../api/client';
import { GalatAksi } from '../../../components/Galat';
import { t } from '../../../i18n';
import type { DokumenKinerja,RencanaAksi } from '../api';
import { k } from '../lib';

export function ItemRencanaAksi({ r, onUbah }: { r: RencanaAksi; onUbah: () => void }) {
  const [rencana, setRencana] = useState(r.rencana ?? '');
  const [batas, setBatas] = useState(r.batasWaktu ?? '');
  const [sebelum, setSebelum] = useState(r.kondisiSebelum ?? '');
  const [sesudah, setSesudah] = useState(r.kondisiSesudah ?? '');
  const [bukti, setBukti] = useState<DokumenKinerja[]>([]);
  const [mengunggah, setMengunggah] = useState(false);
  const kirim = useMutation({
    mutationFn: (body: { aksi: 'Isi' | 'Nilai' | 'SahkanBukti' | 'Tutup'; sesuai?: boolean }) =>
      unwrap(api.POST('/api/kinerja/rencana-aksi/{id}', {
        params: { path: { id: r.id } },
        body: { aksi: body.aksi, sesuai: body.sesuai ?? null, rencana, batasWaktu: batas || null, catatan: null, kondisiSebelum: sebelum || null, kondisiSesudah: sesudah || null, bukti: [...r.bukti, ...bukti.map((b) => b.id)] },
      })),
    onSuccess: () => {
      setBukti([]);
      onUbah();
    },
  });
  const unggah = async (berkas: File | null) => {
    if (!berkas) return;
    const data = new FormData();
    data.set('unitId', r.unitId);
    data.set('berkas', berkas);
    setMengunggah(true);
    try {
      const d = await kirimForm<DokumenKinerja>('/api/kinerja/dokumen', data);
      setBukti((b) => [...b, d]);
    } finally {
      setMengunggah(false);
    }
  };
  return (
    <Card withBorder data-testid={`rencana-${r.nomorRekomendasi}`}>
      <Group justify="space-between">
        <Text fw={600}>{r.nomorRekomendasi} · {r.rekomendasi}</Text>
        <Group gap="xs">
          <Badge variant="light">{k.sumberRekNama[r.sumber]}</Badge>
          {r.unsur && <Badge variant="outline" title={k.unsur[Number(r.unsur.slice(1)) - 1]}>{r.unsur}</Badge>}
          <Badge color={r.status === 'Close' ? 'teal' : 'orange'}>{t.statusTindakLanjut[r.status] ?? r.status}</Badge>
          {r.sesuaiRekomendasi !== null && r.sesuaiRekomendasi !== undefined && <Badge color={r.sesuaiRekomendasi ? 'teal' : 'red'} variant="outline">{r.sesuaiRekomendasi ? k.nilaiSesuai : k.nilaiTidakSesuai}</Badge>}
        </Group>
      </Group>
      <Text size="sm" c="dimmed">{r.unit}</Text>
      {(r.kondisiSebelum || r.kondisiSesudah) && !r.bolehUbah && (
        <Text size="sm">{k.kondisiSebelum}: {r.kondisiSebelum ?? '—'} · {k.kondisiSesudah}: {r.kondisiSesudah ?? '—'}</Text>
      )}
      {r.alasanMasihOpen && <Text size="sm" c="#a94400">{k.masihOpen}: {r.alasanMasihOpen}</Text>}
      {r.buktiDisahkanOleh && <Text size="sm">{k.disahkanOleh}: {r.buktiDisahkanOleh}</Text>}
      <Group gap="xs">
        {r.bukti.map((b) => <Button key={b} size="compact-xs" variant="subtle" onClick={() => unduhBerkas(`/api/kinerja/dokumen/${b}`, 'data-dukung')}>{t.kegiatan.unduh}</Button>)}
      </Group>
      {bukti.length > 0 && (
        <Group gap="xs" mt="xs" data-testid="bukti-baru">
          {bukti.map((b) => <Badge key={b.id} variant="outline">{b.namaBerkas}</Badge>)}
        </Group>
      )}
      {r.bolehUbah && (
        <Group align="end" mt="xs">
          <TextInput label={k.rencana} value={rencana} onChange={(e) => setRencana(e.currentTarget.value)} w={360} />
          <TextInput label={k.batasWaktu} type="date" value={batas} onChange={(e) => setBatas(e.currentTarget.value)} w={160} />
          <TextInput label={k.kondisiSebelum} value={sebelum} onChange={(e) => setSebelum(e.currentTarget.value)} w={240} maw="100%" />
          <TextInput label={k.kondisiSesudah} value={sesudah} onChange={(e) => setSesudah(e.currentTarget.value)} w={240} maw="100%" />
          <FileInput label={k.buktiBerkas} placeholder={k.buktiBerkas} value={null} onChange={(b) => void unggah(b)} w={200} />
          <Button onClick={() => kirim.mutate({ aksi: 'Isi' })} disabled={mengunggah} loading={kirim.isPending}>{k.isiRencana}</Button>
          <Button variant="outline" onClick={() => kirim.mutate({ aksi: 'Tutup' })}>{k.tutupItem}</Button>
        </Group>
      )}
      <Group mt="xs">
        {r.bolehSahkanBukti && <Button color="teal" onClick={() => kirim.mutate({ aksi: 'SahkanBukti' })}>{k.sahkanBukti}</Button>}
        {r.bolehNilai && (
          <>
            <Button variant="light" color="teal" onClick={() => kirim.mutate({ aksi: 'Nilai', sesuai: true })}>{k.nilaiSesuai}</Button>
            <Button variant="light" color="red" onClick={() => kirim.mutate({ aksi: 'Nilai', sesuai: false })}>{k.nilaiTidakSesuai}</Button>
          </>
        )}
      </Group>
      <GalatAksi error={kirim.error} semua testId="galat-kinerja" />
    </Card>
  );
}
