import { Anchor,Badge,Button,Checkbox,Group,NumberInput,Select,Stack,Table,Text,TextInput,Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState,type ReactNode } from 'react';
import { Link } from 'react-router';
import type { Tugas } from '../api/client';
import { t } from '../i18n';
import { sisaWaktu,warnaSla } from '../lib/sop';
import { formatTanggalPanjang } from '../lib/tanggal';
import { StatusMuat } from './StatusMuat';
import { TabelHalaman,type DataHalaman } from './TabelHalaman';

type StatusKegiatan = 'Berjalan' | 'Selesai' | 'Dibatalkan';

/** What every module list row carries about where the activity stands on its SOP. */
export interface RingkasKegiatan {
  id: string;
  judul: string;
  namaUnit: string;
  tanggalRencanaMulai: string;
  status: StatusKegiatan;
  langkahAktif?: string | null;
  namaLangkahAktif?: string | null;
  sla?: Tugas['sla'] | null;
  hkTersisa?: number | null;
  terlambat: boolean;
}

/** The filters every module list has. */
export interface SaringanDasar {
  tahun?: number;
  status?: StatusKegiatan;
  terlambat?: true;
  cari?: string;
  halaman: number;
  ukuran: number;
}

interface Props<T extends RingkasKegiatan> {
  judul: string;
  keterangan: string;
  /** Route base (/advokasi …) and query key. */
  modul: string;
  bolehBuat: boolean;
  labelCari: string;
  /** Label of the create button (default "Kegiatan baru"). */
  labelBaru?: string;
  testId: string;
  /** Extra filters: their values are part of the query key. */
  saringanTambahan?: { nilai: Record<string, string | undefined>; elemen: ReactNode };
  ambil: (saringan: SaringanDasar) => Promise<DataHalaman<T>>;
  rincian: (k: T) => ReactNode;
}

/** A module's activity list: search, year, status, overdue filters, the current step with its SLA, paging. */
export function DaftarKegiatanSop<T extends RingkasKegiatan>({ judul, keterangan, modul, bolehBuat, labelCari, labelBaru, testId, saringanTambahan, ambil, rincian }: Props<T>) {
  const [tahun, setTahun] = useState<number | ''>('');
  const [status, setStatus] = useState<StatusKegiatan | null>(null);
  const [terlambat, setTerlambat] = useState(false);
  const [cari, setCari] = useState('');
  const [cariTunda] = useDebouncedValue(cari, 300);
  const [halaman, setHalaman] = useState(1);
  const saringan: SaringanDasar = {
    tahun: tahun === '' ? undefined : tahun,
    status: status ?? undefined,
    terlambat: terlambat ? true : undefined,
    cari: cariTunda || undefined,
    halaman,
    ukuran: 20,
  };
  const daftar = useQuery({ queryKey: [modul, saringan, saringanTambahan?.nilai], queryFn: () => ambil(saringan) });

  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={1} size="h2">{judul}</Title>
          <Text c="dimmed" size="sm">
            {keterangan}
          </Text>
        </div>
        {bolehBuat && (
          <Button component={Link} to={`/${modul}/baru`}>
            {labelBaru ?? t.advokasi.baru}
          </Button>
        )}
      </Group>
      <Group align="end">
        <TextInput label={labelCari} value={cari} onChange={(e) => { setCari(e.currentTarget.value); setHalaman(1); }} />
        <NumberInput label={t.advokasi.tahun} value={tahun} min={2000} max={2100} w={110} onChange={(v) => { setTahun(typeof v === 'number' ? v : ''); setHalaman(1); }} />
        {saringanTambahan?.elemen}
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
      <StatusMuat query={daftar} />
      {daftar.data && (
        <>
          <Text size="sm" c="dimmed" data-testid="jumlah-kegiatan">
            {t.advokasi.jumlah(daftar.data.total, daftar.data.totalPasti)}
          </Text>
          <TabelHalaman
            data={daftar.data}
            testId={testId}
            lebarMin={800}
            kolom={[t.advokasi.judulKegiatan, t.advokasi.unit, t.advokasi.mulai, t.advokasi.langkahAktif, t.advokasi.status]}
            halaman={halaman}
            onHalaman={setHalaman}
            baris={(k) => (
              <Table.Tr key={k.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/${modul}/${k.id}`}>
                    {k.judul}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {rincian(k)}
                  </Text>
                </Table.Td>
                <Table.Td>{k.namaUnit}</Table.Td>
                <Table.Td>{formatTanggalPanjang(k.tanggalRencanaMulai)}</Table.Td>
                <Table.Td>
                  {k.langkahAktif ? `${k.langkahAktif} ${k.namaLangkahAktif ?? ''}` : '—'}
                  {k.sla && (
                    <div>
                      <Badge size="sm" color={warnaSla[k.sla]} variant={k.terlambat ? 'filled' : 'light'}>
                        {sisaWaktu(k.hkTersisa ?? null) || t.sla[k.sla]}
                      </Badge>
                    </div>
                  )}
                </Table.Td>
                <Table.Td>{t.statusKegiatan[k.status]}</Table.Td>
              </Table.Tr>
            )}
          />
        </>
      )}
    </Stack>
  );
}
