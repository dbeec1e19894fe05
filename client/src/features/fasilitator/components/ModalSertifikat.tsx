import { Button,FileInput,Group,Modal,SimpleGrid,Stack,TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError,api,kirimForm,unwrap } from '../../../api/client';
import { t } from '../../../i18n';
import type { Angkatan,PesertaAngkatan } from '../api';
import { useSegarkanAngkatan } from './PanelPeserta';
import { tanpaValidasiPeramban } from '../../../lib/opsi';

export function ModalSertifikat({ a, p, jenis, tutup }: { a: Angkatan; p: PesertaAngkatan; jenis: 'CatatSertifikatKompetensi' | 'CatatSertifikatPengakuan'; tutup: () => void }) {
  const segarkan = useSegarkanAngkatan(a.id);
  const kompetensi = jenis === 'CatatSertifikatKompetensi';
  const [d, setD] = useState({ nomor: '', skema: 'Fasilitator Keamanan Pangan', lsp: '', disahkanOleh: 'Kepala Badan POM', tanggal: '', berlakuSampai: '' });
  const [pindaian, setPindaian] = useState<File | null>(null);
  const [galat, setGalat] = useState<Record<string, string>>({});
  const simpan = useMutation({
    mutationFn: async () => {
      const umum = { nomor: d.nomor, tanggal: d.tanggal || null, berlakuSampai: d.berlakuSampai || null };
      await (kompetensi
        ? unwrap(api.POST('/api/fasilitator/peserta/{pesertaId}/sertifikat-kompetensi', { params: { path: { pesertaId: p.id } }, body: { ...umum, skema: d.skema, lsp: d.lsp } }))
        : unwrap(api.POST('/api/fasilitator/peserta/{pesertaId}/sertifikat-pengakuan', { params: { path: { pesertaId: p.id } }, body: { ...umum, disahkanOleh: d.disahkanOleh } })));
      if (pindaian) {
        const form = new FormData();
        form.append('sertifikat', jenis);
        form.append('berkas', pindaian);
        await kirimForm(`/api/fasilitator/peserta/${p.id}/pindaian`, form);
      }
    },
    onSuccess: () => { notifications.show({ color: 'teal', message: t.fasilitator.berhasil }); segarkan(); tutup(); },
    onError: (e) => setGalat(e instanceof ApiError ? (Object.keys(e.fieldErrors).length ? e.fieldErrors : { nomor: e.message }) : { nomor: t.galat.server }),
  });
  const ubah = (k: keyof typeof d) => (e: React.ChangeEvent<HTMLInputElement>) => { const v = e.currentTarget.value; setD({ ...d, [k]: v }); };
  return (
    <Modal opened onClose={tutup} title={`${kompetensi ? t.fasilitator.catatSk : t.fasilitator.catatSp}: ${p.nama}`}>
      <Stack component="form" {...tanpaValidasiPeramban} onSubmit={(e) => { e.preventDefault(); simpan.mutate(); }}>
        <TextInput label={t.fasilitator.nomor} value={d.nomor} onChange={ubah('nomor')} error={galat.nomor} required />
        {kompetensi ? (
          <>
            <TextInput label={t.fasilitator.skema} value={d.skema} onChange={ubah('skema')} error={galat.skema} required />
            <TextInput label={t.fasilitator.lsp} value={d.lsp} onChange={ubah('lsp')} error={galat.lsp} required />
          </>
        ) : (
          <TextInput label={t.fasilitator.disahkanOleh} value={d.disahkanOleh} onChange={ubah('disahkanOleh')} error={galat.disahkanOleh} required />
        )}
        <SimpleGrid cols={2}>
          <TextInput type="date" label={t.fasilitator.tanggal} value={d.tanggal} onChange={ubah('tanggal')} error={galat.tanggal} required />
          <TextInput type="date" label={t.fasilitator.berlakuSampai} value={d.berlakuSampai} onChange={ubah('berlakuSampai')} error={galat.berlakuSampai} required={!kompetensi} />
        </SimpleGrid>
        <FileInput label={t.fasilitator.pindaian} value={pindaian} onChange={setPindaian} accept=".pdf,.png,.jpg,.jpeg" />
        <Group justify="flex-end">
          <Button variant="default" onClick={tutup}>{t.umum.batal}</Button>
          <Button type="submit" loading={simpan.isPending}>{t.umum.simpan}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
