import { Alert,Button,Group,NumberInput,Paper,Select,Stack,Text,TextInput,Title } from '@mantine/core';
import { useMutation,useQuery } from '@tanstack/react-query';
import { useState,type FormEvent } from 'react';
import { ApiError,api,unwrap } from '../../../api/client';
import { t } from '../../../i18n';
import { formatTanggalPanjang,hariIniIso } from '../../../lib/tanggal';
import { tanpaValidasiPeramban } from '../../../lib/opsi';

/** "Tanggal mulai + N HK": anyone signed in may compute a due date. */
export function HitungJatuhTempo() {
  const [mulai, setMulai] = useState(hariIniIso());
  const [hk, setHk] = useState<string | number>(5);
  const [unitId, setUnitId] = useState<string | null>(null);
  const units = useQuery({ queryKey: ['unit-kerja', 'semua'], queryFn: () => unwrap(api.GET('/api/unit-kerja')) });
  const hitung = useMutation({
    mutationFn: () =>
      unwrap(
        api.GET('/api/kalender/hari-kerja/jatuh-tempo', {
          params: { query: { mulai: mulai || undefined, hk: hk === '' ? undefined : Number(hk), unitId: unitId ?? undefined } },
        }),
      ),
  });
  const errors = hitung.error instanceof ApiError ? hitung.error.fieldErrors : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    hitung.mutate();
  };

  return (
    <Paper withBorder p="md" component="form" {...tanpaValidasiPeramban} onSubmit={submit} noValidate data-testid="hitung-jatuh-tempo">
      <Stack gap="sm">
        <div>
          <Title order={4}>{t.hitung.judul}</Title>
          <Text size="sm" c="dimmed">
            {t.hitung.keterangan}
          </Text>
        </div>
        <Group align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
          <TextInput type="date" label={t.hitung.mulai} name="mulai" value={mulai} onChange={(e) => setMulai(e.currentTarget.value)} error={errors.mulai} miw={160} />
          <NumberInput label={t.hitung.hk} name="hk" value={hk} onChange={setHk} error={errors.hk} allowDecimal={false} miw={140} />
          <Select
            label={t.hitung.unit}
            placeholder={t.hitung.unitKosong}
            data={(units.data ?? []).map((u) => ({ value: u.id, label: u.nama }))}
            value={unitId}
            onChange={setUnitId}
            error={errors.unitId}
            searchable
            clearable
            miw={240}
          />
        </Group>
        <Group>
          <Button type="submit" loading={hitung.isPending}>
            {t.hitung.hitung}
          </Button>
        </Group>
        {hitung.error && !(hitung.error instanceof ApiError && Object.keys(errors).length > 0) && (
          <Alert color="red">{hitung.error instanceof ApiError ? hitung.error.message : t.galat.server}</Alert>
        )}
        {hitung.data && (
          <Alert color="teal" title={t.hitung.hasil} data-testid="hasil-jatuh-tempo">
            <Text fw={700} size="lg" data-testid="jatuh-tempo" data-iso={hitung.data.jatuhTempo} data-request={`${hitung.data.mulai}+${hitung.data.hk}`} data-waktu={hitung.submittedAt}>
              {formatTanggalPanjang(hitung.data.jatuhTempo)}
            </Text>
            <Text size="sm">{t.hitung.batasWaktu(hitung.data.zonaWaktu)}</Text>
            {hitung.data.peringatan.map((p) => (
              <Text key={p} size="sm" c="#a94400" mt={4}>
                {p}
              </Text>
            ))}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
