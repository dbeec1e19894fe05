import { Text } from '@mantine/core';
import { t } from '../../../i18n';
import { angka,k } from '../lib';

/** The NKO over the periods of a year. */
export function GrafikTren({ titik }: { titik: { periode: string; nilaiKinerjaOrganisasi?: number | null }[] }) {
  const ada = titik.filter((p) => p.nilaiKinerjaOrganisasi !== null);
  if (ada.length === 0) return <Text c="dimmed" size="sm">{t.umum.kosong}</Text>;
  const lebar = 560;
  const tinggi = 160;
  const maks = Math.max(120, ...ada.map((p) => p.nilaiKinerjaOrganisasi!));
  const x = (i: number) => 40 + (ada.length === 1 ? 0 : (i / (ada.length - 1)) * (lebar - 60));
  const y = (v: number) => tinggi - 20 - (v / maks) * (tinggi - 40);
  return (
    <svg role="img" aria-label={k.tren} data-testid="grafik-tren" width="100%" viewBox={`0 0 ${lebar} ${tinggi}`} style={{ maxWidth: lebar }}>
      <line x1={30} x2={lebar - 10} y1={y(100)} y2={y(100)} stroke="#e03131" strokeDasharray="4 3" />
      <polyline fill="none" stroke="#0ca678" strokeWidth="2" points={ada.map((p, i) => `${x(i)},${y(p.nilaiKinerjaOrganisasi!)}`).join(' ')} />
      {ada.map((p, i) => (
        <g key={p.periode}>
          <circle cx={x(i)} cy={y(p.nilaiKinerjaOrganisasi!)} r={3} fill="#0ca678" />
          <text x={x(i)} y={tinggi - 4} textAnchor="middle" fontSize="10">{p.periode}</text>
          <text x={x(i)} y={y(p.nilaiKinerjaOrganisasi!) - 6} textAnchor="middle" fontSize="10">{angka(p.nilaiKinerjaOrganisasi)}</text>
        </g>
      ))}
    </svg>
  );
}
