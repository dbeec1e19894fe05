import { describe, expect } from 'vitest';
import { BASE_URL,aksi,gantiPengguna,gunakanBrowser,masuk,statusLangkah,tanpaPelanggaranAxe,uji,unggah } from './harness';

gunakanBrowser();

const csv = (baris: string[]) => ({
  name: 'peserta.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(['nama,nik,telepon,email,provinsi,kabupaten_kota,instansi_penugas,perjanjian', ...baris].join('\n')),
});

describe('fasilitator', () => {
  uji('angkatan dari perencanaan sampai sertifikat pengakuan disahkan, lalu diverifikasi di halaman publik', async (page) => {
    const stempel = Date.now();
    const nama = `Angkatan E2E ${stempel}`;
    const peserta = `Ani Lestari ${stempel}`;
    const nik = `1771${String(stempel).slice(-2)}4506${String(stempel).slice(-6)}`.slice(0, 16);
    const nomor = `FKP/E2E/${stempel}`;

    await masuk(page, 'pusat.pmpu.pangan', undefined, '/fasilitator/angkatan');
    await page.getByRole('link', { name: 'Angkatan baru' }).click();
    await page.getByRole('heading', { name: 'Angkatan baru' }).waitFor();
    await page.getByLabel('Nama angkatan').fill(nama);
    await page.getByLabel('Dasar kegiatan').fill('Usulan kegiatan 2026');
    await page.getByLabel('Pendaftaran dibuka').fill('2026-11-23');
    await page.getByLabel('Pendaftaran ditutup').fill('2026-12-11');
    await page.getByLabel('Lembaga pelatihan').fill('LPK Pangan Nusantara');
    await page.getByRole('button', { name: 'Simpan angkatan' }).click();
    await page.waitForURL(/\/fasilitator\/angkatan\/[0-9a-f-]{36}$/);
    const alamat = new URL(page.url()).pathname;

    await unggah(page, 'usulan kegiatan');
    await aksi(page, 'D1', 'Mulai', 'Berjalan');

    // Import: a bad row rejects the whole file with the row named; the corrected file is imported.
    const impor = page.getByTestId('berkas-impor');
    await page.locator('input[type=file][accept=".csv,.xlsx"]').setInputFiles(csv([`${peserta},${nik},0811,,Bengkulu,Kota Bengkulu,Dinkes,PKS 1`, 'Budi,12345,,,Bengkulu,Kota Bengkulu,Dinkes,']));
    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    await page.getByTestId('galat-impor').locator('[data-kolom="baris[3].nik"]', { hasText: 'Baris 3, NIK' }).waitFor();
    await tanpaPelanggaranAxe(page, 'impor peserta ditolak');
    expect(await page.getByTestId('baris-peserta').count()).toBe(0);
    await page.locator('input[type=file][accept=".csv,.xlsx"]').setInputFiles(csv([`${peserta},${nik},0811111111,,Bengkulu,Kota Bengkulu,Dinkes,PKS 1`]));
    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    const baris = page.getByTestId('baris-peserta').filter({ hasText: peserta });
    await expect.poll(() => baris.getAttribute('data-status')).toBe('Terdaftar');
    expect(await impor.count()).toBe(1);

    // D1 → D2; recruit in bulk.
    await unggah(page, 'rencana');
    await aksi(page, 'D1', 'Ajukan', 'Diajukan');
    await gantiPengguna(page, 'kepala.pmpu.pangan', alamat);
    await aksi(page, 'D1', 'Setujui', 'Selesai');
    await gantiPengguna(page, 'pusat.pmpu.pangan', alamat);
    await page.getByRole('checkbox', { name: 'Semua' }).check();
    await page.getByRole('button', { name: 'Tandai direkrut' }).click();
    await expect.poll(() => baris.getAttribute('data-status')).toBe('Direkrut');
    await unggah(page, 'hasil rekrutmen');
    await aksi(page, 'D2', 'Ajukan', 'Diajukan');
    await gantiPengguna(page, 'kepala.pmpu.pangan', alamat);
    await aksi(page, 'D2', 'Setujui', 'Selesai');

    // D3 by PPSDM: mark trained (competent) in bulk; D4 competency certificate.
    await gantiPengguna(page, 'ppsdm', '/fasilitator/antrean-ppsdm');
    await page.getByTestId('antrean-ppsdm').getByRole('row').filter({ hasText: peserta }).getByRole('link', { name: nama }).click();
    await page.getByRole('checkbox', { name: 'Semua' }).check();
    await page.getByRole('button', { name: 'Tandai dilatih: kompeten' }).click();
    await expect.poll(() => baris.getAttribute('data-status')).toBe('Dilatih');
    await unggah(page, 'hasil pelatihan');
    await aksi(page, 'D3', 'Ajukan', 'Diajukan');
    await gantiPengguna(page, 'kepala.pmpu.pangan', alamat);
    await aksi(page, 'D3', 'Setujui', 'Selesai');
    await gantiPengguna(page, 'ppsdm', alamat);
    await baris.getByRole('button', { name: 'Catat sertifikat kompetensi' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nomor sertifikat').fill(`LSP/E2E/${stempel}`);
    await dialog.getByLabel('LSP penerbit').fill('LSP Pangan Indonesia');
    await dialog.getByLabel('Tanggal').fill('2026-11-23');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => baris.getAttribute('data-status')).toBe('TersertifikasiKompetensi');
    await unggah(page, 'hasil sertifikasi');
    await aksi(page, 'D4', 'Ajukan', 'Diajukan');
    await gantiPengguna(page, 'kepala.pmpu.pangan', alamat);
    await aksi(page, 'D4', 'Setujui', 'Selesai');

    // D5 (submission) by the directorate, then D6 ratification by PPSDM.
    await gantiPengguna(page, 'pusat.pmpu.pangan', alamat);
    await unggah(page, 'dokumen pengajuan');
    await aksi(page, 'D5', 'Ajukan', 'Diajukan');
    await gantiPengguna(page, 'kepala.pmpu.pangan', alamat);
    await aksi(page, 'D5', 'Setujui', 'Selesai');
    expect(await statusLangkah(page, 'D6')).toBe('Berjalan');
    await gantiPengguna(page, 'ppsdm', alamat);
    await baris.getByRole('button', { name: 'Sahkan sertifikat pengakuan' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nomor sertifikat').fill(nomor);
    await dialog.getByLabel('Tanggal').fill('2026-11-23');
    await dialog.getByLabel('Berlaku sampai').fill('2029-11-22');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => baris.getAttribute('data-status')).toBe('Diakui');

    // The printed certificate carries a QR code pointing at the public page.
    await baris.getByRole('link', { name: peserta }).click();
    await page.getByRole('link', { name: 'Lihat sertifikat cetak' }).click();
    await page.getByTestId('sertifikat-cetak').getByText(peserta).waitFor();
    await expect.poll(() => page.getByTestId('qr').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    // Printed: no menu, header or print button, on one A4 page with the logo and the signature block.
    await page.getByRole('button', { name: 'Cetak sertifikat' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.mantine-AppShell-navbar').isVisible()).toBe(false);
    expect(await page.locator('.mantine-AppShell-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Cetak sertifikat' }).isVisible()).toBe(false);
    expect(await page.getByTestId('tanda-tangan').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    const cetakan = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect((cetakan.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);

    // Verified publicly, without signing in: name, status and validity only.
    const publik = await page.context().browser()!.newPage();
    await publik.goto(`${BASE_URL}/verifikasi/${nomor}`);
    const hasil = publik.getByTestId('hasil-verifikasi');
    await expect.poll(() => hasil.getAttribute('data-status')).toBe('Berlaku');
    expect(await hasil.textContent()).toContain(peserta);
    expect(await hasil.textContent()).not.toContain(nik);
    await publik.getByLabel('Nomor sertifikat').fill('FKP/TIDAK/ADA');
    await publik.getByRole('button', { name: 'Periksa' }).click();
    await publik.getByText('Sertifikat dengan nomor ini tidak ditemukan.').waitFor();
    await publik.close();
  }, undefined, 300_000);
});
