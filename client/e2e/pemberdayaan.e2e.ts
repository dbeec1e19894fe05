import { describe, expect } from 'vitest';
import { aksi, gantiPengguna, gunakanBrowser, masuk, pilihOpsi, uji, unggah } from './harness';

gunakanBrowser();

describe('pemberdayaan', () => {
  uji('Loka menjalankan pemberdayaan C1–C4; kader tercatat dan rekap menghitung capaian', async (page) => {
    const judul = `Desa Pangan Aman ${Date.now()}`;
    const desa = `Desa Sumber Urip ${Date.now()}`;
    await masuk(page, 'loka.rejanglebong', undefined, '/pemberdayaan');
    await page.getByRole('link', { name: 'Kegiatan baru' }).click();
    await page.waitForURL('**/pemberdayaan/baru');
    await page.getByRole('heading', { name: 'Kegiatan pemberdayaan baru' }).waitFor();
    await page.getByLabel('Judul').fill(judul);
    await pilihOpsi(page, page.getByRole('textbox', { name: 'Program' }), 'Desa', 'Desa Pangan Aman');
    await pilihOpsi(page, page.getByRole('textbox', { name: 'Bentuk kegiatan' }), 'Pembentukan', 'Pembentukan kader komunitas');
    await page.getByLabel('Jumlah peserta').fill('40');
    await page.getByLabel('Lokasi').fill('Balai Desa');
    await page.getByLabel('Dasar kegiatan (nomor dan perihal)').fill('Rencana kerja Loka 2026');
    await page.getByLabel('Rencana mulai').fill('2026-11-23');
    await page.getByLabel('Rencana selesai').fill('2026-12-31');
    const k0 = page.getByTestId('komunitas-0');
    await pilihOpsi(page, k0.getByRole('textbox', { name: 'Jenis' }), 'Desa', 'Desa');
    await k0.getByLabel('Nama (desa/pasar/sekolah/…)').fill(desa);
    await k0.getByLabel('Provinsi').fill('Bengkulu');
    await k0.getByLabel('Kabupaten/kota').fill('Kabupaten Rejang Lebong');
    await page.getByRole('button', { name: 'Tambah kader/duta' }).click();
    // A kader without a name is refused with the field's message.
    await page.getByRole('button', { name: 'Simpan kegiatan' }).click();
    await page.getByText('Nama kader wajib diisi.').waitFor();
    await page.getByTestId('kader-0').getByLabel('Nama').fill('Siti Aminah');
    await page.getByTestId('kader-0').getByLabel('Kontak').fill('081200000001');
    await page.getByRole('button', { name: 'Simpan kegiatan' }).click();
    await page.waitForURL(/\/pemberdayaan\/[0-9a-f-]{36}$/);
    const alamat = new URL(page.url()).pathname;
    await page.getByTestId('kader-kegiatan').getByText('Siti Aminah').waitFor();

    await unggah(page, 'rencana kerja');
    await aksi(page, 'C1', 'Mulai', 'Berjalan');
    for (const kode of ['C1', 'C2', 'C3', 'C4'] as const) {
      await unggah(page, `output ${kode}`);
      await aksi(page, kode, 'Ajukan', 'Diajukan');
      await gantiPengguna(page, 'kepala.rejanglebong', alamat);
      await aksi(page, kode, 'Setujui', 'Selesai');
      await gantiPengguna(page, 'loka.rejanglebong', alamat);
    }
    await expect.poll(() => page.getByTestId('status-kegiatan').textContent()).toBe('Selesai');

    // The recap of the year counts the Loka's activity; the kader registry finds the kader.
    await page.goto(new URL('/pemberdayaan/kader', page.url()).toString());
    const rekapLoka = page.getByTestId('rekap-pemberdayaan').locator('[data-unit="Loka POM di Kabupaten Rejang Lebong"]');
    await expect.poll(async () => Number(await rekapLoka.locator('[data-kolom="jumlahKegiatan"]').textContent())).toBeGreaterThanOrEqual(1);
    expect(Number(await rekapLoka.locator('[data-kolom="desa"]').textContent())).toBeGreaterThanOrEqual(1);
    await page.getByLabel('Cari nama atau komunitas').fill(desa);
    await page.getByTestId('registri-kader').getByRole('row').filter({ hasText: 'Siti Aminah' }).getByRole('link', { name: judul }).waitFor();

    // The koordinator Balai sees the Loka in its recap; another province's unit (PPSDM) does not.
    await gantiPengguna(page, 'upt.bengkulu', '/pemberdayaan/kader');
    await page.getByTestId('rekap-pemberdayaan').locator('[data-unit="Loka POM di Kabupaten Rejang Lebong"]').waitFor();
    await gantiPengguna(page, 'ppsdm', '/pemberdayaan/kader');
    await page.getByTestId('rekap-pemberdayaan').waitFor();
    expect(await page.getByTestId('rekap-pemberdayaan').locator('[data-unit="Loka POM di Kabupaten Rejang Lebong"]').count()).toBe(0);
  }, undefined, 240_000);
});
