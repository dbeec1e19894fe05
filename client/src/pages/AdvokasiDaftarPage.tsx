import { Alert, Anchor, Badge, Button, Checkbox, Group, Loader, NumberInput, Pagination, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { sesi } from '../auth/session';
import { t } from '../i18n';
import { sisaWaktu, warnaSla } from '../lib/sop';
import { formatTanggalPanjang } from '../lib/tanggal';

type StatusKegiatan = 'Berjalan' | 'Selesai' | 'Dibatalkan';

/** Kegiatan Advokasi the user may read, with filters and where each stands on the SOP. */
export function AdvokasiDaftarPage() {
  const [tahun, setTahun] = useState<number | ''>('');
  const [status, setStatus] = useState<StatusKegiatan | null>(null);
  const [terlambat, setTerlambat] = useState(false);
  const [cari, setCari] = useState('');
  const [cariTunda] = useDebouncedValue(cari, 300);
  const [halaman, setHalaman] = useState(1);
  const query = {
    tahun: tahun === '' ? undefined : tahun,
    status: status ?? undefined,
    terlambat: terlambat ? true : undefined,
    cari: cariTunda || undefined,
    halaman,
    ukuran: 20,
  };
  const daftar = useQuery({ queryKey: ['advokasi', query], queryFn: () => unwrap(api.GET('/api/advokasi', { params: { query } })) });
  const bolehBuat = sesi.punyaPeran('Upt') || sesi.punyaPeran('UnitKerjaPusat');

  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={2}>{t.advokasi.judul}</Title>
          <Text c="dimmed" size="sm">
            {t.advokasi.keterangan}
          </Text>
        </div>
        {bolehBuat && (
          <Button component={Link} to="/advokasi/baru">
            {t.advokasi.baru}
          </Button>
        )}
      </Group>
      <Group align="end">
        <TextInput label={t.advokasi.cari} value={cari} onChange={(e) => { setCari(e.currentTarget.value); setHalaman(1); }} />
        <NumberInput label={t.advokasi.tahun} value={tahun} min={2000} max={2100} w={110} onChange={(v) => { setTahun(typeof v === 'number' ? v : ''); setHalaman(1); }} />
        <Select
          label={t.advokasi.status}
          clearable
          placeholder={t.umum.semua}
          value={status}
          data={(['Berjalan', 'Selesai', 'Dibatalkan'] as const).map((s) => ({ value: s, label: t.statusKegiatan[s]! }))}
          onChange={(v) => { setStatus(v as StatusKegiatan | null); setHalaman(1); }}
          w={160}
        />
        <Checkbox label={t.advokasi.hanyaTerlambat} checked={terlambat} onChange={(e) => { setTerlambat(e.currentTarget.checked); setHalaman(1); }} mb={8} />
      </Group>
      {daftar.isPending && <Loader aria-label={t.umum.memuat} />}
      {daftar.isError && <Alert color="red">{t.umum.gagalMemuat}</Alert>}
      {daftar.data && (
        <>
          <Text size="sm" c="dimmed" data-testid="jumlah-kegiatan">
            {t.advokasi.jumlah(daftar.data.total)}
          </Text>
          <Table.ScrollContainer minWidth={800}>
            <Table striped data-testid="daftar-advokasi">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t.advokasi.judulKegiatan}</Table.Th>
                  <Table.Th>{t.advokasi.unit}</Table.Th>
                  <Table.Th>{t.advokasi.mulai}</Table.Th>
                  <Table.Th>{t.advokasi.langkahAktif}</Table.Th>
                  <Table.Th>{t.advokasi.status}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {daftar.data.item.map((k) => (
                  <Table.Tr key={k.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/advokasi/${k.id}`}>
                        {k.judul}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {t.advokasi.komoditasNama[k.komoditas]} · {t.advokasi.bentukNama[k.bentuk]}
                      </Text>
                    </Table.Td>
                    <Table.Td>{k.namaUnit}</Table.Td>
                    <Table.Td>{formatTanggalPanjang(k.tanggalRencanaMulai)}</Table.Td>
                    <Table.Td>
                      {k.langkahAktif ? `${k.langkahAktif} ${k.namaLangkahAktif ?? ''}` : '—'}
                      {k.sla && (
                        <div>
                          <Badge size="sm" color={warnaSla[k.sla]} variant={k.terlambat ? 'filled' : 'light'}>
                            {sisaWaktu(k.hkTersisa) || t.sla[k.sla]}
                          </Badge>
                        </div>
                      )}
                    </Table.Td>
                    <Table.Td>{t.statusKegiatan[k.status]}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {daftar.data.total > daftar.data.ukuranHalaman && (
            <Pagination total={Math.ceil(daftar.data.total / daftar.data.ukuranHalaman)} value={halaman} onChange={setHalaman} />
          )}
        </>
      )}
    </Stack>
  );
}
