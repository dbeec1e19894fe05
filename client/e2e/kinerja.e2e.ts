import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { BASE_URL, gantiPengguna, gunakanBrowser, masuk, pilihOpsi, uji } from './harness';

gunakanBrowser();

// Next year: entry for its periods is never closed, whatever day the suite runs.
const TAHUN = new Date().getFullYear() + 1;
const LOKA = 'Loka POM di Kabupaten Rejang Lebong';
const HEADER = 'unit,tahun,periode,perspektif,kode_sasaran,nama_sasaran,hitung_nko,kode_indikator,nama_indikator,satuan,arah,target_tahunan,target_periode,realisasi';

const csv = (...baris: string[]) => ({ name: 'pk.csv', mimeType: 'text/csv', buffer: Buffer.from([HEADER, ...baris].join('\n') + '\n') });

async function pilihTahunPeriode(page: Page, periode?: string) {
  await page.getByRole('textbox', { name: 'Tahun' }).fill(String(TAHUN));
  if (periode) await pilihOpsi(page, page.getByRole('textbox', { name: 'Periode' }), periode, periode);
}

describe('kinerja', () => {
  uji('perencanaan mengimpor PK (baris salah ditolak), dasbor menghitung NKO; Loka mengisi realisasi, koordinator memverifikasi', async (page) => {
    await masuk(page, 'pusat.perencanaan', undefined, '/kinerja/pk');
    await page.getByRole('heading', { name: 'Perjanjian Kinerja' }).waitFor();

    // A file with a bad direction is refused whole, naming the row and column.
    const berkas = page.locator('input[type=file]').first();
    await berkas.setInputFiles(csv(
      `${LOKA},${TAHUN},B01,Stakeholder,SS1,Meningkatnya KIE,ya,1.1,Persentase KIE,%,naik,100,10,12`,
      `${LOKA},${TAHUN},B01,Stakeholder,SS1,Meningkatnya KIE,ya,1.2,Jumlah desa,jumlah,ke atas,100,50,`,
    ));
    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    await page.getByTestId('galat-impor').getByText('baris[3].arah').waitFor();

    await berkas.setInputFiles(csv(
      `${LOKA},${TAHUN},B01,Stakeholder,SS1,Meningkatnya KIE,ya,1.1,Persentase KIE,%,naik,100,10,12`,
      `${LOKA},${TAHUN},B01,Stakeholder,SS1,Meningkatnya KIE,ya,1.2,Jumlah desa,jumlah,naik,100,50,`,
      `${LOKA},${TAHUN},B01,Internal Process,SS2,Layanan cepat,ya,2.1,Rata-rata hari layanan,hari,turun,5,5,4`,
    ));
    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    await page.getByTestId('hasil-impor').getByText('3 baris diimpor.').waitFor();

    // Dashboard: 1.1 = 120 (capped in SS1), 1.2 not measured, 2.1 lower is better 5/4 = 125 → SS2 120; NKO 120.
    await page.goto(`${BASE_URL}/kinerja`);
    await page.getByRole('heading', { name: 'Nilai Kinerja' }).waitFor();
    await pilihTahunPeriode(page, 'B01');
    await pilihOpsi(page, page.getByRole('textbox', { name: 'Unit' }), 'Rejang', LOKA);
    await expect.poll(() => page.getByTestId('nko').textContent()).toBe('120,00');
    await page.getByTestId('tabel-indikator').locator('tr[data-kode="1.2"]').getByText('tidak terukur').waitFor();
    await expect.poll(() => page.getByTestId('tabel-indikator').locator('tr[data-kode="2.1"] [data-kolom="capaian"]').textContent()).toBe('125,00');
    await page.getByTestId('grafik-capaian').getByTestId('garis-100').waitFor({ state: 'attached' });
    expect(await page.getByTestId('grafik-capaian').locator('rect').count()).toBe(2);

    // The Loka enters the missing realisation and submits it.
    await gantiPengguna(page, 'loka.rejanglebong', '/kinerja/realisasi');
    await page.getByRole('heading', { name: 'Entri Realisasi Kinerja' }).waitFor();
    await pilihTahunPeriode(page, 'B01');
    await page.getByTestId('batas-entri').getByText(`5 Februari ${TAHUN}`).waitFor();
    await page.getByLabel('Realisasi 1.2').fill('40');
    await page.getByLabel('Kendala 1.2').fill('Akses jalan desa terputus');
    await page.getByRole('button', { name: 'Simpan realisasi' }).click();
    await page.getByText('Realisasi tersimpan.').waitFor();
    await expect.poll(() => page.getByTestId('status-realisasi').textContent()).toBe('Draf · Versi 1');
    await page.getByRole('button', { name: 'Ajukan', exact: true }).click();
    await expect.poll(() => page.getByTestId('status-realisasi').textContent()).toBe('Diajukan · Versi 1');
    await expect.poll(() => page.getByRole('button', { name: 'Simpan realisasi' }).count()).toBe(0);

    // The koordinator Balai verifies the Loka's report.
    await gantiPengguna(page, 'upt.bengkulu', '/kinerja/realisasi');
    await page.getByRole('heading', { name: 'Entri Realisasi Kinerja' }).waitFor();
    await pilihTahunPeriode(page, 'B01');
    await pilihOpsi(page, page.getByRole('textbox', { name: 'Unit' }), 'Rejang', LOKA);
    await page.getByRole('button', { name: 'Verifikasi', exact: true }).click();
    await expect.poll(() => page.getByTestId('status-realisasi').textContent()).toBe('Diverifikasi · Versi 1');
    await page.getByTestId('riwayat-versi').getByText('upt.bengkulu').waitFor();

    // The Loka's dashboard now measures 1.2: 40 / 50 = 80 → SS1 (120 + 80) / 2 = 100; NKO (100 + 120) / 2 = 110.
    await gantiPengguna(page, 'loka.rejanglebong', '/kinerja');
    await pilihTahunPeriode(page, 'B01');
    await expect.poll(() => page.getByTestId('nko').textContent()).toBe('110,00');
    await page.getByTestId('predikat').getByText('Istimewa').waitFor();
  }, undefined, 120_000);
});
