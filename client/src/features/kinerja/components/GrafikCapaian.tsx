import { WARNA_SEL,angka,k,warna } from '../lib';

/** Horizontal bars of capaian per indicator with the 100 % line (values above 150 are drawn at 150). */
export function GrafikCapaian({ data }: { data: { kode: string; capaian: number | null }[] }) {
  // The label column is as wide as the longest label (about 6 px a character at 11 px), so labels are never cut.
  const kiri = Math.min(260, Math.max(60, ...data.map((d) => d.kode.length * 6 + 10)));
  const lebar = 500 + kiri;
  const tinggiBaris = 22;
  const maks = 150;
  const x = (v: number) => kiri + (Math.min(v, maks) / maks) * (lebar - kiri - 10);
  const tinggi = data.length * tinggiBaris + 24;
  return (
    <svg role="img" aria-label={k.grafikCapaian} data-testid="grafik-capaian" width="100%" viewBox={`0 0 ${lebar} ${tinggi}`} style={{ maxWidth: lebar }}>
      {data.map((d, i) => (
        <g key={d.kode} data-kode={d.kode}>
          <text x={kiri - 6} y={i * tinggiBaris + 15} textAnchor="end" fontSize="11">{d.kode}</text>
          {d.capaian !== null ? (
            <>
              <rect x={kiri} y={i * tinggiBaris + 4} width={x(d.capaian) - kiri} height={tinggiBaris - 8} fill={WARNA_SEL[warna(d.capaian)]} stroke="#868e96" strokeWidth="0.5" />
              <text x={x(d.capaian) + 4} y={i * tinggiBaris + 15} fontSize="10">{angka(d.capaian)}</text>
            </>
          ) : (
            <text x={kiri + 4} y={i * tinggiBaris + 15} fontSize="10" fill="#868e96">{k.tidakTerukur}</text>
          )}
        </g>
      ))}
      <line x1={x(100)} x2={x(100)} y1={0} y2={tinggi - 18} stroke="#e03131" strokeDasharray="4 3" data-testid="garis-100" />
      <text x={x(100)} y={tinggi - 4} textAnchor="middle" fontSize="10" fill="#e03131">100%</text>
    </svg>
  );
}
