import { Button,Card,CopyButton,Group,Stack,Text,TextInput,Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation,useQuery,useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api,unwrap } from '../../../api/client';
import { useSesi } from '../../../auth/useSesi';
import { GalatAksi } from '../../../components/Galat';
import { t } from '../../../i18n';

type Cakupan = 'pribadi' | 'unit';

/** The user's secret calendar feed address (iCalendar) to subscribe to in a calendar app: copy, rotate, stop. Unit
 * heads also get the unit's. */
export function UmpanKalender() {
  const s = useSesi();
  return (
    <Card withBorder data-testid="umpan-kalender">
      <Stack gap="sm">
        <Title order={2} size="h4">{t.umpan.judul}</Title>
        <Text size="sm" c="dimmed">{t.umpan.keterangan}</Text>
        <Alamat cakupan="pribadi" label={t.umpan.pribadi} />
        {s?.peran.includes('KepalaUnit') && <Alamat cakupan="unit" label={t.umpan.unit} />}
      </Stack>
    </Card>
  );
}

function Alamat({ cakupan, label }: { cakupan: Cakupan; label: string }) {
  const qc = useQueryClient();
  const kunci = ['kalender', 'umpan', cakupan];
  // Reading the address makes one; after "Hentikan" none is made until the user asks for a new one.
  const [berhenti, setBerhenti] = useState(false);
  const alamat = useQuery({ queryKey: kunci, enabled: !berhenti, queryFn: () => unwrap(api.GET('/api/kalender/feed', { params: { query: { cakupan } } })) });
  const ganti = useMutation({
    mutationFn: () => unwrap(api.POST('/api/kalender/feed/rotasi', { params: { query: { cakupan } } })),
    onSuccess: (d) => { qc.setQueryData(kunci, d); notifications.show({ color: 'teal', message: t.umpan.diganti }); },
  });
  const hentikan = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/kalender/feed', { params: { query: { cakupan } } })),
    onSuccess: () => { setBerhenti(true); qc.removeQueries({ queryKey: kunci }); notifications.show({ color: 'teal', message: t.umpan.dihentikan }); },
  });
  const url = berhenti ? '' : alamat.data?.url ?? '';
  return (
    <Stack gap={4} data-cakupan={cakupan}>
      <Group align="end" wrap="wrap">
        <TextInput label={label} value={url} readOnly w={{ base: '100%', sm: 520 }} aria-label={label} onFocus={(e) => e.currentTarget.select()} />
        <CopyButton value={url}>
          {({ copied, copy }) => <Button variant="light" onClick={copy} disabled={!url}>{copied ? t.umpan.tersalin : t.umpan.salin}</Button>}
        </CopyButton>
        <Button variant="subtle" loading={ganti.isPending} disabled={!url} onClick={() => { if (window.confirm(t.umpan.gantiKonfirmasi)) ganti.mutate(); }}>{t.umpan.ganti}</Button>
        {berhenti
          ? <Button variant="light" onClick={() => setBerhenti(false)}>{t.umpan.buat}</Button>
          : <Button variant="subtle" color="red" loading={hentikan.isPending} disabled={!url} onClick={() => hentikan.mutate()}>{t.umpan.hentikan}</Button>}
      </Group>
      <GalatAksi error={alamat.error ?? ganti.error ?? hentikan.error} />
    </Stack>
  );
}
