import { describe, expect } from 'vitest';
import { BASE_URL,aksi,gantiPengguna,gunakanBrowser,langkah,masuk,pdf,pilihOpsi,statusLangkah,tanpaPelanggaranAxe,uji,unggah } from './harness';

gunakanBrowser();

describe('advokasi', () => {
  uji('UPT membuat kegiatan advokasi dan menjalankan langkah A1–A6 bersama kepala unitnya', async (page) => {
    const judul = `Advokasi PJAS ${Date.now()}`;
    await masuk(page, 'loka.rejanglebong', undefined, '/advokasi');
    await page.getByRole('link', { name: 'Kegiatan baru' }).click();
    await page.waitForURL('**/advokasi/baru');
    await page.getByRole('heading', { name: 'Kegiatan advokasi baru' }).waitFor();
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

    // The head of the Loka is notified (the bell counts it); opening the notice leads to the step and marks it read.
    await gantiPengguna(page, 'kepala.rejanglebong', '/beranda');
    await expect.poll(() => page.getByTestId('lonceng').getAttribute('aria-label')).toMatch(/belum dibaca/);
    const belumSebelum = Number((await page.getByTestId('lonceng').getAttribute('aria-label'))!.match(/(\d+) belum/)![1]);
    await page.getByTestId('lonceng').click();
    const pemberitahuan = page.getByTestId('daftar-lonceng').getByTestId('item-notifikasi').filter({ hasText: judul }).first();
    await expect.poll(() => pemberitahuan.getAttribute('data-dibaca')).toBe('tidak');
    expect(await pemberitahuan.textContent()).toContain('Menunggu persetujuan: A1');
    await pemberitahuan.getByRole('link').click();
    await page.waitForURL((u) => u.pathname === new URL(urlKegiatan).pathname && u.hash === '#langkah-A1');
    await expect.poll(async () => Number(((await page.getByTestId('lonceng').getAttribute('aria-label')) ?? '').match(/(\d+) belum/)?.[1] ?? 0)).toBe(belumSebelum - 1);

    // The head also sees it in Tugas Saya as approver and approves: A2 starts.
    await page.goto(`${BASE_URL}/beranda`);
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
    // The performer was told of the return, with the reason.
    await page.getByTestId('lonceng').click();
    await expect.poll(() => page.getByTestId('daftar-lonceng').textContent()).toContain('Dikembalikan: A2');
    expect(await page.getByTestId('daftar-lonceng').textContent()).toContain('Daftar undangan belum dilampirkan');
    await page.keyboard.press('Escape');
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

  uji('UPT mengubah kegiatannya; kepala unit membatalkannya setelah konfirmasi dengan alasan', async (page) => {
    const judul = `Advokasi pasar ${Date.now()}`;
    await masuk(page, 'loka.rejanglebong', undefined, '/advokasi/baru');
    await page.getByRole('heading', { name: 'Kegiatan advokasi baru' }).waitFor();
    await page.getByLabel('Judul').fill(judul);
    await page.getByLabel('Topik').fill('Pasar pangan aman');
    await pilihOpsi(page, page.getByRole('textbox', { name: 'Komoditas' }), 'Pangan', 'Pangan Olahan');
    await pilihOpsi(page, page.getByRole('textbox', { name: 'Bentuk kegiatan' }), 'Aud', 'Audiensi');
    await page.getByLabel('Lokasi').fill('Pasar Atas Curup');
    await page.getByLabel('Rencana mulai').fill('2026-12-01');
    await page.getByLabel('Rencana selesai').fill('2026-12-31');
    await page.getByLabel('Dasar kegiatan (nomor dan perihal)').fill('Disposisi Kepala Loka No. 14/2026');
    await pilihOpsi(page, page.getByTestId('pemangku-0').getByRole('textbox', { name: 'Jenis' }), 'Pemerintah', 'Pemerintah Daerah');
    await page.getByTestId('pemangku-0').getByLabel('Nama').fill('Dinas Perdagangan Kabupaten Rejang Lebong');
    await page.getByRole('button', { name: 'Simpan kegiatan' }).click();
    await page.waitForURL('**/advokasi/*-*');
    const jalur = new URL(page.url()).pathname;
    expect(await page.getByRole('button', { name: 'Batalkan kegiatan' }).count()).toBe(0); // only the head cancels

    // Edit from the activity page: the form opens filled in; the change shows on the activity.
    await page.getByRole('link', { name: 'Ubah' }).click();
    await page.getByRole('heading', { name: 'Ubah kegiatan advokasi' }).waitFor();
    expect(await page.getByLabel('Judul').inputValue()).toBe(judul);
    await page.getByLabel('Lokasi').fill('Pasar Bang Mego, Curup');
    await page.getByRole('button', { name: 'Simpan kegiatan' }).click();
    await page.waitForURL(`**${jalur}`);
    await page.getByText('Pasar Bang Mego, Curup').waitFor();

    // The head cancels: a confirmation with a required reason first; nothing changes without one.
    await gantiPengguna(page, 'kepala.rejanglebong', jalur);
    await page.getByRole('button', { name: 'Batalkan kegiatan' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('akan dibatalkan').waitFor();
    await dialog.getByRole('button', { name: 'Batalkan kegiatan' }).click();
    await dialog.locator('.mantine-InputWrapper-error').first().waitFor();
    expect(await page.getByTestId('status-kegiatan').textContent()).toBe('Berjalan');
    await tanpaPelanggaranAxe(page, 'dialog batalkan dengan galat');
    await dialog.getByLabel('Alasan pembatalan').fill('Pasar direlokasi oleh Pemkab');
    await dialog.getByRole('button', { name: 'Batalkan kegiatan' }).click();
    await expect.poll(() => page.getByTestId('status-kegiatan').textContent()).toBe('Dibatalkan');
    expect(await page.getByRole('button', { name: 'Batalkan kegiatan' }).count()).toBe(0);

    // The performer learns of it from the bell.
    await gantiPengguna(page, 'loka.rejanglebong', '/beranda');
    await page.getByTestId('lonceng').click();
    await expect.poll(() => page.getByTestId('daftar-lonceng').textContent()).toContain(`Dibatalkan: ${judul}`);
  }, undefined, 120_000);
});
