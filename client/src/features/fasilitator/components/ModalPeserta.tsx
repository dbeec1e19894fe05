import { Button,Group,Modal,SimpleGrid,Stack,TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError,api,unwrap } from '../../../api/client';
import { pesanGalat } from '../../../components/Galat';
import { t } from '../../../i18n';
import type { Angkatan } from '../api';
import { useSegarkanAngkatan } from './PanelPeserta';
import { tanpaValidasiPeramban } from '../../../lib/opsi';

export function ModalPeserta({ a, buka, tutup }: { a: Angkatan; buka: boolean; tutup: () => void }) {
  const segarkan = useSegarkanAngkatan(a.id);
  const kosong = { nama: '', nik: '', telepon: '', email: '', provinsi: '', kabupatenKota: '', instansiPenugas: '', perjanjian: '' };
  const [d, setD] = useState(kosong);
  const [galat, setGalat] = useState<Record<string, string>>({});
  const simpan = useMutation({
    mutationFn: () => unwrap(api.POST('/api/fasilitator/angkatan/{id}/peserta', {
      params: { path: { id: a.id } },
      body: { ...d, telepon: d.telepon || null, email: d.email || null, perjanjian: d.perjanjian || null, uptId: null },
    })),
    onSuccess: () => { setD(kosong); setGalat({}); segarkan(); tutup(); },
    onError: (e) => setGalat(e instanceof ApiError ? e.fieldErrors : { 'peserta.nama': pesanGalat(e) }),
  });
  const kolom = (k: keyof typeof kosong, label: string) => (
    <TextInput label={label} value={d[k]} onChange={(e) => { const v = e.currentTarget.value; setD({ ...d, [k]: v }); }} error={galat[`peserta.${k}`]} />
  );
  return (
    <Modal opened={buka} onClose={tutup} title={t.fasilitator.tambahPeserta} size="lg">
      <Stack component="form" {...tanpaValidasiPeramban} onSubmit={(e) => { e.preventDefault(); simpan.mutate(); }}>
        <SimpleGrid cols={2}>
          {kolom('nama', t.fasilitator.namaPeserta)}
          {kolom('nik', t.fasilitator.nik)}
          {kolom('telepon', t.fasilitator.telepon)}
          {kolom('email', t.fasilitator.email)}
          {kolom('provinsi', t.fasilitator.provinsi)}
          {kolom('kabupatenKota', t.fasilitator.kabKota)}
          {kolom('instansiPenugas', t.fasilitator.instansi)}
          {kolom('perjanjian', t.fasilitator.perjanjian)}
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={tutup}>{t.umum.batal}</Button>
          <Button type="submit" loading={simpan.isPending}>{t.umum.simpan}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
