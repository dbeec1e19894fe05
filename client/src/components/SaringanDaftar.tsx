import { Button,Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useMemo,useState } from 'react';
import { api,unduhBerkas,unwrap } from '../api/client';
import { useSesi } from '../auth/useSesi';
import { t } from '../i18n';
import { useParamUrl } from './DaftarKegiatanSop';

/** The query string of a list's filters (what an export link carries; paging left out). */
export function queryString(s: Record<string, unknown>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(s)) if (v !== undefined && v !== null && v !== '' && k !== 'halaman' && k !== 'ukuran') q.set(k, String(v));
  return q.toString();
}

/** Whether the user reads beyond their own unit (everyone but UPT staff and unit heads). */
export function useNasional(): boolean {
  const s = useSesi();
  return !!s && s.peran.some((p) => p !== 'Upt' && p !== 'KepalaUnit');
}

/**
 * Province and unit filters of a national list, kept in the URL (?provinsi=…&unitId=…): the units offered follow
 * the province chosen. Shown only to national readers (a UPT's list is its own units already).
 */
export function useSaringanWilayah({ unit = true }: { unit?: boolean } = {}) {
  const nasional = useNasional();
  const [unitId, setUnitId] = useParamUrl('unitId');
  const [provinsi, setProvinsi] = useParamUrl('provinsi');
  const semua = useQuery({ queryKey: ['unit-kerja', 'semua'], enabled: nasional, queryFn: () => unwrap(api.GET('/api/unit-kerja')) });
  const unitOpsi = useMemo(
    () => (semua.data ?? []).filter((u) => !provinsi || u.provinsi === provinsi).map((u) => ({ value: u.id, label: u.nama })),
    [semua.data, provinsi],
  );
  const provinsiOpsi = useMemo(() => [...new Set((semua.data ?? []).map((u) => u.provinsi))].sort(), [semua.data]);
  const elemen = nasional ? (
    <>
      <Select label={t.kegiatan.provinsi} clearable searchable placeholder={t.umum.semua} data={provinsiOpsi} value={provinsi} onChange={setProvinsi} w={200} maw="100%" />
      {unit && <Select label={t.advokasi.unit} clearable searchable placeholder={t.umum.semua} data={unitOpsi} value={unitId} onChange={setUnitId} w={300} maw="100%" />}
    </>
  ) : null;
  return { unitId: (unit && unitId) || undefined, provinsi: provinsi || undefined, elemen };
}

/** "Unduh Excel": the list as filtered (<code>query</code>), from the list's export endpoint. */
export function TombolEkspor({ path, query, namaBerkas }: { path: string; query: Record<string, unknown>; namaBerkas: string }) {
  const [mengunduh, setMengunduh] = useState(false);
  const unduh = async () => {
    setMengunduh(true);
    try {
      const qs = queryString(query);
      await unduhBerkas(qs ? `${path}?${qs}` : path, namaBerkas);
    } catch {
      notifications.show({ color: 'red', message: t.kegiatan.gagalUnduh });
    } finally {
      setMengunduh(false);
    }
  };
  return (
    <Button variant="light" onClick={unduh} loading={mengunduh} data-testid="ekspor-daftar">
      {t.kegiatan.unduhExcel}
    </Button>
  );
}
