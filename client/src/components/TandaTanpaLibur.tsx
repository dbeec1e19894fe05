import { Badge,Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api,unwrap } from '../api/client';
import { t } from '../i18n';

/**
 * Next to a due date: a warning when its year has no holiday data yet (the date was computed on weekends alone and
 * may move once the SKB's holidays are loaded). Reads the year's holidays once (shared with the calendar screen).
 */
export function TandaTanpaLibur({ tanggal }: { tanggal?: string | null }) {
  const tahun = tanggal && /^\d{4}-/.test(tanggal) ? Number(tanggal.slice(0, 4)) : null;
  const libur = useQuery({
    queryKey: ['hari-libur', tahun],
    enabled: tahun !== null,
    staleTime: 10 * 60_000,
    queryFn: () => unwrap(api.GET('/api/kalender/hari-libur', { params: { query: { tahun: tahun! } } })),
  });
  if (tahun === null || !libur.data || libur.data.length > 0) return null;
  return (
    <Tooltip label={t.kalender.belumAdaData(tahun)} multiline w={260}>
      <Badge color="orange" variant="light" size="xs" ml={4} data-testid="tanpa-libur" aria-label={t.kalender.belumAdaData(tahun)}>
        {t.kalender.tanpaLiburSingkat(tahun)}
      </Badge>
    </Tooltip>
  );
}
