import { render,screen } from '@testing-library/react';
import { describe,expect,it } from 'vitest';
import { GrafikCapaian } from './GrafikCapaian';

describe('GrafikCapaian', () => {
  it('draws one bar per measured indicator, marks unmeasured ones and puts the 100% line at the same x as a 100 bar', () => {
    render(<GrafikCapaian data={[{ kode: '1.1', capaian: 100 }, { kode: '1.2', capaian: null }, { kode: '1.3', capaian: 300 }, { kode: '1.4', capaian: 50 }]} />);
    const svg = screen.getByRole('img', { name: 'Capaian per indikator (garis = 100%)' });
    const bar = (kode: string) => svg.querySelector(`g[data-kode="${kode}"] rect`);
    expect(bar('1.2')).toBeNull();
    expect(svg.querySelector('g[data-kode="1.2"]')?.textContent).toContain('tidak terukur');
    const lebar = (kode: string) => Number(bar(kode)?.getAttribute('width'));
    const garis = Number(screen.getByTestId('garis-100').getAttribute('x1'));
    expect(Number(bar('1.1')?.getAttribute('x')) + lebar('1.1')).toBeCloseTo(garis);
    // Half the capaian, half the bar; values beyond 150 are drawn at 150 but labelled with their value.
    expect(lebar('1.4') * 2).toBeCloseTo(lebar('1.1'));
    expect(lebar('1.3')).toBeCloseTo(lebar('1.1') * 1.5);
    expect(svg.querySelector('g[data-kode="1.3"]')?.textContent).toContain('300,00');
  });
});
