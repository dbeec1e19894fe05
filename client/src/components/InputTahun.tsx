import { NumberInput } from '@mantine/core';
import { useEffect,useState } from 'react';
import { t } from '../i18n';

/**
 * A year box that lets people type freely ("2", "20", "202" are not years yet) and takes the year only once it is a
 * whole year in 2000–2100. With <code>bolehKosong</code> an emptied box means "every year" (null).
 */
export function InputTahun({ tahun, onTahun, label = t.advokasi.tahun, bolehKosong = false }: {
  tahun: number | null;
  onTahun: (v: number | null) => void;
  label?: string;
  bolehKosong?: boolean;
}) {
  const [teks, setTeks] = useState<number | string>(tahun ?? '');
  useEffect(() => setTeks(tahun ?? ''), [tahun]);
  return (
    <NumberInput
      label={label}
      value={teks}
      min={2000}
      max={2100}
      w={110}
      allowDecimal={false}
      onChange={(v) => {
        setTeks(v);
        if (v === '' && bolehKosong && tahun !== null) onTahun(null);
        else if (typeof v === 'number' && v >= 2000 && v <= 2100 && v !== tahun) onTahun(v);
      }}
    />
  );
}
