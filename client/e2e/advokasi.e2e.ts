import { describe, expect } from 'vitest';
import { BASE_URL, aksi, gantiPengguna, gunakanBrowser, langkah, masuk, pdf, pilihOpsi, statusLangkah, uji, unggah } from './harness';

gunakanBrowser();

describe('advokasi', () => {
  uji('UPT membuat kegiatan advokasi dan menjalankan langkah A1–A6 bersama kepala unitnya', async (page) => {
    const judul = `Advokasi PJAS ${Date.now()}`;
    await masuk(page, 'loka.rejanglebong', undefined, '/advokasi');
    await page.getByRole('link', { name: 'Kegiatan baru' }).click();
    await page.waitForURL('**/advokasi/baru');
    await page.getByRole('heading', { name: 'Kegiatan baru' }).waitFor();
    await page.getByLabel('Judul').fill(judul);
    await page.getByLabel('Topik').fill('Pangan jajanan anak sekolah aman');
    await pilihOpsi(page, page.getByRole('textbox', { name: 'Komoditas' }), 'Pangan', 'Pangan Olahan');
    await pilihOpsi(page, page.getByRole('textbox', { name: 'Bentuk kegiatan' }), 'Aud', 'Audiensi');
    await page.getByLabel('Lokasi').fill('Kantor Bupati Rejang Lebong');
    await page.getByLabel('Rencana mulai').fill('2026-12-01');
    await page.getByLabel('Rencana selesai').fill('2026-12-31');
    await page.getByLabel('Dasar kegiatan (nomor dan perihal)').fill('Disposisi Kepala Loka No. 12/2026');

    expect(await page.getByLabel('Judul').inputValue()).toBe(judul);

    // Without a stakeholder the API refuses and the form says why.
    await page.getByRole('button', { name: 'Simpan kegiatan' }).click();
    await page.getByText('Pilih sekurang-kurangnya satu pemangku kepentingan.').waitFor();
    await pilihOpsi(page, page.getByTestId('pemangku-0').getByRole('textbox', { name: 'Jenis' }), 'Pemerintah', 'Pemerintah Daerah');
    await page.getByTestId('pemangku-0').getByLabel('Nama').fill('Pemerintah Kabupaten Rejang Lebong');
    await page.getByRole('button', { name: 'Simpan kegiatan' }).click();
    await page.waitForURL('**/advokasi/*-*');
    expect(await page.getByTestId('judul-kegiatan').textContent()).toBe(judul);
    const urlKegiatan = page.url();

    // A1: basis document as Kelengkapan, start, output, submit.
    expect(await statusLangkah(page, 'A1')).toBe('Menunggu');
    await unggah(page, 'disposisi');
    await aksi(page, 'A1', 'Mulai', 'Berjalan');
    expect(await langkah(page, 'A1').getAttribute('data-sla')).toMatch(/TepatWaktu|MendekatiBatas/);
    await expect.poll(() => langkah(page, 'A1').textContent()).toContain('Jatuh tempo');
    await unggah(page, 'rencana advokasi');
    await aksi(page, 'A1', 'Ajukan', 'Diajukan');
    expect(await page.getByTestId('aksi-langkah').count()).toBe(0); // the performer may not approve

    // The head of the Loka sees it in Tugas Saya as approver and approves: A2 starts.
    await gantiPengguna(page, 'kepala.rejanglebong', '/beranda');
    const tugas = page.getByTestId('tugas-saya').getByRole('row').filter({ hasText: judul });
    await expect.poll(() => tugas.textContent()).toContain('Penyetuju');
    await tugas.getByRole('link', { name: judul }).click();
    await aksi(page, 'A1', 'Setujui', 'Selesai');
    expect(await statusLangkah(page, 'A2')).toBe('Berjalan');

    // A2: paused with a reason and resumed; submitted, returned with a reason, resubmitted, approved.
    await gantiPengguna(page, 'loka.rejanglebong', new URL(urlKegiatan).pathname);
    await aksi(page, 'A2', 'Jeda', 'Dijeda', 'Menunggu konfirmasi jadwal dari Pemda');
    await expect.poll(() => langkah(page, 'A2').textContent()).toContain('Menunggu konfirmasi jadwal dari Pemda');
    await aksi(page, 'A2', 'Lanjutkan', 'Berjalan');
    await unggah(page, 'bahan v1');
    await aksi(page, 'A2', 'Ajukan', 'Diajukan');
    await gantiPengguna(page, 'kepala.rejanglebong', new URL(urlKegiatan).pathname);
    await aksi(page, 'A2', 'Kembalikan', 'Dikembalikan', 'Daftar undangan belum dilampirkan');
    await gantiPengguna(page, 'loka.rejanglebong', new URL(urlKegiatan).pathname);
    await expect.poll(() => langkah(page, 'A2').textContent()).toContain('Daftar undangan belum dilampirkan');
    await unggah(page, 'bahan v2');
    await expect.poll(() => langkah(page, 'A2').getByTestId('dokumen').count()).toBe(2);
    await aksi(page, 'A2', 'Ajukan', 'Diajukan');

    // A3 with a recommendation whose follow-up is closed with evidence.
    await gantiPengguna(page, 'kepala.rejanglebong', new URL(urlKegiatan).pathname);
    await aksi(page, 'A2', 'Setujui', 'Selesai');
    await gantiPengguna(page, 'loka.rejanglebong', new URL(urlKegiatan).pathname);
    const rek = page.getByTestId('rekomendasi');
    await rek.getByLabel('Uraian').fill('Pemkab menerbitkan surat edaran PJAS aman');
    await rek.getByLabel('Penanggung jawab').fill('Pemerintah Kabupaten Rejang Lebong');
    await rek.getByLabel('Target').fill('2027-03-31');
    await rek.getByRole('button', { name: 'Tambah rekomendasi' }).click();
    const r1 = page.getByTestId('rekomendasi-1');
    await r1.getByLabel('Tindak lanjut').fill('Rancangan surat edaran dikirim ke Dinas Pendidikan');
    await r1.getByRole('button', { name: 'Tambah tindak lanjut' }).click();
    await page.getByTestId('tindak-lanjut-1-1').waitFor();
    expect(await r1.getAttribute('data-status')).toBe('Open');
    await page.getByTestId('tindak-lanjut-1-1').locator('input[type=file]').setInputFiles(pdf('surat edaran'));
    await page.getByTestId('tindak-lanjut-1-1').getByRole('button', { name: 'Tutup dengan bukti' }).click();
    await expect.poll(() => r1.getAttribute('data-status')).toBe('Close');

    // A3 → A6: output, submit, approve.
    for (const [kode, berikut] of [['A3', 'A4'], ['A4', 'A5'], ['A5', 'A6'], ['A6', null]] as const) {
      await unggah(page, `output ${kode}`);
      await aksi(page, kode, 'Ajukan', 'Diajukan');
      await gantiPengguna(page, 'kepala.rejanglebong', new URL(urlKegiatan).pathname);
      await aksi(page, kode, 'Setujui', 'Selesai');
      if (berikut) {
        expect(await statusLangkah(page, berikut)).toBe('Berjalan');
        await gantiPengguna(page, 'loka.rejanglebong', new URL(urlKegiatan).pathname);
      }
    }

    await expect.poll(() => page.getByTestId('status-kegiatan').textContent()).toBe('Selesai');
    await expect.poll(() => page.getByTestId('audit').locator('[data-aksi="Kembalikan"]').count()).toBe(1);
    expect(await page.getByTestId('audit').locator('[data-aksi="KegiatanSelesai"]').count()).toBe(1);

    // The koordinator Balai reads the Loka's activity; PPSDM, outside both, does not find it.
    await gantiPengguna(page, 'upt.bengkulu', '/advokasi');
    await page.getByRole('link', { name: judul }).waitFor();
    await gantiPengguna(page, 'ppsdm', new URL(urlKegiatan).pathname);
    await page.getByText('Halaman tidak ditemukan').waitFor();
    expect(page.url()).toBe(`${BASE_URL}${new URL(urlKegiatan).pathname}`);
  }, undefined, 240_000); // a whole SOP run with 14 sign-ins
});
