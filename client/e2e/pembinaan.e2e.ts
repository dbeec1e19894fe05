import { describe, expect } from 'vitest';
import { aksi, gantiPengguna, gunakanBrowser, langkah, masuk, pilihOpsi, statusLangkah, uji, unggah } from './harness';

gunakanBrowser();

describe('pembinaan', () => {
  uji('Balai menjalankan pembinaan B1–B6; surat rekomendasi, laporan dan tindak lanjut sampai ke direktorat', async (page) => {
    const judul = `Pendampingan CPOTB ${Date.now()}`;
    const usaha = `UD Jamu Raflesia ${Date.now()}`;
    await masuk(page, 'upt.bengkulu', undefined, '/pembinaan');
    await page.getByRole('link', { name: 'Kegiatan baru' }).click();
    await page.waitForURL('**/pembinaan/baru');
    await page.getByRole('heading', { name: 'Kegiatan pembinaan baru' }).waitFor();
    await page.getByLabel('Judul').fill(judul);
    await pilihOpsi(page, page.getByRole('textbox', { name: 'Asal kegiatan' }), 'Surat', 'Surat permintaan');
    await page.getByLabel('Dasar kegiatan (nomor surat/MoU/rekomendasi)').fill('Surat Dinkes No. 440/77/2026');
    await pilihOpsi(page, page.getByRole('textbox', { name: 'Komoditas' }), 'Obat', 'Obat Tradisional');
    await pilihOpsi(page, page.getByRole('textbox', { name: 'Fungsi' }), 'Fasil', 'Fasilitator');
    await pilihOpsi(page, page.getByRole('textbox', { name: 'Bentuk kegiatan' }), 'Pendamp', 'Pendampingan');
    await page.getByLabel('Jumlah peserta').fill('12');
    await page.getByLabel('Lokasi').fill('Kota Bengkulu');
    await page.getByLabel('Rencana mulai').fill('2026-12-01');
    await page.getByLabel('Rencana selesai').fill('2026-12-31');
    const s0 = page.getByTestId('sasaran-0');
    await s0.getByLabel('Nama').fill(usaha);
    await s0.getByLabel('NIB').fill('12345');
    await s0.getByLabel('Provinsi').fill('Bengkulu');
    await s0.getByLabel('Kabupaten/kota').fill('Kota Bengkulu');
    await s0.getByLabel('UMKM').check();

    // A short NIB is refused with the field's message; corrected, the activity is created.
    await page.getByRole('button', { name: 'Simpan kegiatan' }).click();
    await page.getByText('NIB terdiri atas 13 angka.').waitFor();
    await s0.getByLabel('NIB').fill(String(Date.now()).padStart(13, '7').slice(0, 13));
    await page.getByRole('button', { name: 'Simpan kegiatan' }).click();
    await page.waitForURL(/\/pembinaan\/[0-9a-f-]{36}$/);
    const alamat = new URL(page.url()).pathname;
    expect(await page.getByTestId('judul-kegiatan').textContent()).toBe(judul);
    // The SOP routing is visible on the steps.
    await expect.poll(() => langkah(page, 'B3').getByTestId('penugasan-B3').getAttribute('data-unit')).toBe('Direktorat Pengawasan Obat Tradisional dan Suplemen Kesehatan');

    // B1 and B2.
    await unggah(page, 'surat permintaan');
    await aksi(page, 'B1', 'Mulai', 'Berjalan');
    for (const kode of ['B1', 'B2', 'B3'] as const) {
      await unggah(page, `output ${kode}`);
      await aksi(page, kode, 'Ajukan', 'Diajukan');
      await gantiPengguna(page, 'kepala.bengkulu', alamat);
      await aksi(page, kode, 'Setujui', 'Selesai');
      await gantiPengguna(page, 'upt.bengkulu', alamat);
    }

    // The surat rekomendasi reached Dit. Was OT-SK: in its Tugas Saya as "Penerima dokumen"; it acknowledges.
    await gantiPengguna(page, 'pusat.was.otsk', '/beranda');
    const terima = page.getByTestId('tugas-saya').getByRole('row').filter({ hasText: judul });
    await expect.poll(() => terima.textContent()).toContain('Penerima dokumen');
    await expect.poll(() => terima.textContent()).toContain('Surat rekomendasi untuk sertifikasi sarana');
    await terima.getByRole('link', { name: judul }).click();
    const b3 = langkah(page, 'B3').getByTestId('penugasan-B3');
    await b3.getByRole('button', { name: 'Tandai diterima' }).click();
    await expect.poll(() => b3.getAttribute('data-selesai')).toBe('ya');

    // B4 report → Dit. PMPU OT-SK-Kos; B5 follow-up → Dit. Was OT-SK.
    await gantiPengguna(page, 'upt.bengkulu', alamat);
    await unggah(page, 'laporan pelaksanaan');
    await aksi(page, 'B4', 'Ajukan', 'Diajukan');
    await gantiPengguna(page, 'kepala.bengkulu', alamat);
    await aksi(page, 'B4', 'Setujui', 'Selesai');
    expect(await statusLangkah(page, 'B5')).toBe('Berjalan');

    await gantiPengguna(page, 'pusat.pmpu.otskkos', '/beranda');
    await expect.poll(() => page.getByTestId('tugas-saya').getByRole('row').filter({ hasText: judul }).textContent()).toContain('Penerima dokumen');

    await gantiPengguna(page, 'pusat.was.otsk', '/beranda');
    const tl = page.getByTestId('tugas-saya').getByRole('row').filter({ hasText: judul });
    await expect.poll(() => tl.textContent()).toContain('Tindak lanjut unit');
    await tl.getByRole('link', { name: judul }).click();
    const b5 = langkah(page, 'B5').getByTestId('penugasan-B5');
    await b5.getByRole('button', { name: 'Laporkan tindak lanjut' }).click();
    await b5.getByText('Uraikan hasil tindak lanjut unit Anda.').waitFor();
    await b5.getByLabel('Hasil tindak lanjut unit Anda').fill('Pemeriksaan sarana dilakukan; CAPA diterima.');
    await b5.locator('input[type=file]').setInputFiles({ name: 'berita-acara.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% ba\n%%EOF\n') });
    await b5.getByRole('button', { name: 'Laporkan tindak lanjut' }).click();
    await expect.poll(() => b5.getAttribute('data-selesai')).toBe('ya');

    // The Balai finishes B5 and B6.
    await gantiPengguna(page, 'upt.bengkulu', alamat);
    for (const kode of ['B5', 'B6'] as const) {
      await unggah(page, `output ${kode}`);
      await aksi(page, kode, 'Ajukan', 'Diajukan');
      await gantiPengguna(page, 'kepala.bengkulu', alamat);
      await aksi(page, kode, 'Setujui', 'Selesai');
      await gantiPengguna(page, 'upt.bengkulu', alamat);
    }
    await expect.poll(() => page.getByTestId('status-kegiatan').textContent()).toBe('Selesai');

    // The business is one record in the registry, with this guidance in its history.
    await page.goto(new URL('/pembinaan/sasaran', page.url()).toString());
    await page.getByLabel('Cari nama atau NIB').fill(usaha);
    const baris = page.getByTestId('registri-sasaran').getByRole('row').filter({ hasText: usaha });
    await expect.poll(() => baris.getByTestId('jumlah-dibina').textContent()).toBe('1');
    await baris.getByRole('link', { name: usaha }).click();
    await page.getByTestId('riwayat-pembinaan').getByRole('link', { name: judul }).waitFor();

    // Another unit's staff outside the routing (PPSDM) does not find the activity.
    await gantiPengguna(page, 'ppsdm', alamat);
    await page.getByText('Halaman tidak ditemukan').waitFor();
  }, undefined, 300_000);
});
