import { describe, expect } from 'vitest';
import { aksi, gantiPengguna, gunakanBrowser, masuk, pilihOpsi, statusLangkah, uji, unggah } from './harness';

gunakanBrowser();

const SIKLUS = '/siklus-tahunan?sop=POM-04.01-A&tahun=2025';
const LOKA = 'Loka POM di Kabupaten Rejang Lebong';

describe('siklus tahunan', () => {
  uji('Loka melapor, koordinator menerima, Unit Kerja Pusat merekap, Pimpinan memberi arahan, unit tujuan menerimanya', async (page) => {
    // A 2025 activity of the Loka makes it a participant of the 2025 cycle of SOP A.
    await masuk(page, 'loka.rejanglebong', undefined, '/advokasi/baru');
    await page.getByRole('heading', { name: 'Kegiatan advokasi baru' }).waitFor();
    await page.getByLabel('Judul').fill(`Advokasi PJAS 2025 ${Date.now()}`);
    await page.getByLabel('Topik').fill('Pangan jajanan anak sekolah aman');
    await pilihOpsi(page, page.getByRole('textbox', { name: 'Komoditas' }), 'Pangan', 'Pangan Olahan');
    await pilihOpsi(page, page.getByRole('textbox', { name: 'Bentuk kegiatan' }), 'Aud', 'Audiensi');
    await page.getByLabel('Lokasi').fill('Kantor Bupati Rejang Lebong');
    await page.getByLabel('Rencana mulai').fill('2025-06-02');
    await page.getByLabel('Rencana selesai').fill('2025-06-30');
    await page.getByLabel('Dasar kegiatan (nomor dan perihal)').fill('Disposisi Kepala Loka No. 7/2025');
    await pilihOpsi(page, page.getByTestId('pemangku-0').getByRole('textbox', { name: 'Jenis' }), 'Pemerintah', 'Pemerintah Daerah');
    await page.getByTestId('pemangku-0').getByLabel('Nama').fill('Pemerintah Kabupaten Rejang Lebong');
    await page.getByRole('button', { name: 'Simpan kegiatan' }).click();
    await page.waitForURL('**/advokasi/*-*');

    // Before the cycle opens the Loka sees the preview of its report.
    await page.goto(new URL(SIKLUS, page.url()).toString());
    await expect.poll(() => page.getByTestId('kepala-siklus').getAttribute('data-status')).toBe('Pratinjau');
    await page.getByTestId('laporan-unit').locator(`[data-unit="${LOKA}"]`).waitFor();

    // An admin opens the 2025 cycle.
    await gantiPengguna(page, 'admin', SIKLUS);
    await page.getByRole('button', { name: 'Buka siklus sekarang' }).click();
    await expect.poll(() => page.getByTestId('kepala-siklus').getAttribute('data-status')).toBe('LaporanUnit');

    // The Loka writes its narrative, uploads the signed report and submits it to its koordinator Balai.
    await gantiPengguna(page, 'loka.rejanglebong', SIKLUS);
    await page.getByTestId('laporan-unit').getByRole('link', { name: LOKA }).click();
    await page.waitForURL('**/laporan/*');
    const alamatLaporan = new URL(page.url()).pathname;
    await expect.poll(async () => Number(await page.getByTestId('angka-laporan').getByRole('row').first().locator('td').last().textContent())).toBeGreaterThanOrEqual(1);
    await page.getByLabel('Capaian').fill('Pemerintah kabupaten menerbitkan surat edaran PJAS.');
    await page.getByRole('button', { name: 'Simpan narasi' }).click();
    await page.getByText('Narasi tersimpan.').waitFor();
    await unggah(page, 'laporan tahunan 2025');
    await aksi(page, 'A7', 'Ajukan', 'Diajukan');

    // Its koordinator Balai accepts it.
    await gantiPengguna(page, 'kepala.bengkulu', '/beranda');
    await page.getByTestId('tugas-saya').getByRole('link', { name: /Laporan tahunan Advokasi 2025/ }).first().click();
    await page.waitForURL('**/laporan/*');
    await aksi(page, 'A7', 'Setujui', 'Selesai');
    await expect.poll(() => page.getByTestId('status-laporan').textContent()).toBe('Diterima');

    // Every report is in: the coordinating unit's recap runs; it submits the recap, its head approves.
    await gantiPengguna(page, 'pusat.advokasi', SIKLUS);
    await expect.poll(() => page.getByTestId('kepala-siklus').getAttribute('data-status')).toBe('Rekapitulasi');
    await expect.poll(() => page.getByTestId('laporan-masuk').textContent()).toMatch(/Laporan masuk: \d+ dari \d+ unit/);
    await page.getByTestId('tautan-rekap').click();
    await page.waitForURL('**/rekap');
    const alamatRekap = new URL(page.url()).pathname;
    await expect.poll(() => statusLangkah(page, 'A8')).toBe('Berjalan');
    await unggah(page, 'rekap laporan tahunan 2025');
    await aksi(page, 'A8', 'Ajukan', 'Diajukan');
    await gantiPengguna(page, 'kepala.kshm', alamatRekap);
    await aksi(page, 'A8', 'Setujui', 'Selesai');

    // Pimpinan gives an arahan addressed to the Loka and signs the disposisi.
    await gantiPengguna(page, 'pimpinan', alamatRekap);
    const form = page.getByTestId('form-arahan');
    await form.getByLabel('Uraian arahan').fill('Perluas advokasi PJAS ke seluruh kecamatan');
    await form.getByRole('textbox', { name: 'Unit tujuan' }).click();
    await page.getByRole('option', { name: LOKA }).click();
    await page.keyboard.press('Escape');
    await form.getByLabel('Target tanggal').fill('2026-12-31');
    await form.getByRole('button', { name: 'Tambahkan arahan' }).click();
    await page.getByTestId('daftar-arahan').getByText('Perluas advokasi PJAS ke seluruh kecamatan').waitFor();
    await unggah(page, 'disposisi arahan');
    await aksi(page, 'A9', 'Ajukan', 'Diajukan');
    await aksi(page, 'A9', 'Setujui', 'Selesai');

    // The addressed unit finds the arahan in its Tugas Saya (monev A10) and its own report stays readable.
    await gantiPengguna(page, 'kepala.rejanglebong', '/beranda');
    await page.getByTestId('tugas-saya').locator('[data-langkah="A10"]').first().waitFor();
    await page.goto(new URL(alamatLaporan, page.url()).toString());
    await expect.poll(() => page.getByTestId('status-laporan').textContent()).toBe('Diterima');
  }, undefined, 240_000);
});
