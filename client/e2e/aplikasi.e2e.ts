import { describe, expect } from 'vitest';
import { BASE_URL, PASSWORD, gunakanBrowser, hitungJatuhTempo, masuk, pilihOpsi, uji } from './harness';

gunakanBrowser();

const akun = [
  { username: 'admin', peran: 'Admin', unit: 'Pusat Data dan Informasi Obat dan Makanan', admin: true },
  { username: 'pusat.advokasi', peran: 'Unit Kerja Pusat', unit: 'Biro Kerja Sama dan Hubungan Masyarakat', admin: false },
  { username: 'pusat.pmpu.pangan', peran: 'Unit Kerja Pusat', unit: 'Direktorat Pemberdayaan Masyarakat dan Pelaku Usaha Pangan Olahan', admin: false },
  { username: 'upt.bengkulu', peran: 'UPT', unit: 'Balai POM di Bengkulu', admin: false },
  { username: 'loka.rejanglebong', peran: 'UPT', unit: 'Loka POM di Kabupaten Rejang Lebong', admin: false },
  { username: 'ppsdm', peran: 'PPSDM', unit: 'Pusat Pengembangan Sumber Daya Manusia Pengawas Obat dan Makanan (PPSDM)', admin: false },
  { username: 'pimpinan', peran: 'Pimpinan', unit: 'Kepala Badan POM', admin: false },
];

describe('masuk dan navigasi', () => {
  for (const a of akun) {
    uji(`${a.username} masuk dan melihat nama, unit, dan perannya`, async (page) => {
      await masuk(page, a.username);
      await expect.poll(() => page.getByTestId('pengguna').textContent()).toContain(a.unit);
      expect(await page.getByTestId('peran').first().textContent()).toBe(a.peran);
      expect(await page.getByRole('link', { name: 'Kelola Hari Libur' }).count()).toBe(a.admin ? 2 : 0);
      expect(await page.getByRole('link', { name: 'Unit Kerja' }).count()).toBe(1);
      expect(await page.getByRole('link', { name: 'Tugas latar (Hangfire)' }).count()).toBe(a.admin ? 1 : 0);
      await page.getByRole('button', { name: 'Keluar' }).click();
      await page.waitForURL('**/login**');
    });
  }

  uji('sesi bertahan setelah halaman dimuat ulang', async (page) => {
    await masuk(page, 'pimpinan');
    await page.reload();
    await page.getByTestId('hitung-jatuh-tempo').waitFor();
    expect(page.url()).toContain('/kalender');
  });

  uji('kata sandi salah ditolak tanpa menyebut bagian yang salah', async (page) => {
    await page.goto(`${BASE_URL}/login`);
    await page.getByLabel('Nama pengguna').fill('upt.bengkulu');
    await page.getByLabel('Kata sandi').fill('salah-sekali-2026');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Nama pengguna atau kata sandi salah.');
    expect(page.url()).toContain('/login');
  });

  uji('pengunjung tanpa sesi diarahkan ke halaman masuk', async (page) => {
    await page.goto(`${BASE_URL}/unit-kerja`);
    await page.waitForURL('**/login?kembali=%2Funit-kerja');
    await page.getByLabel('Nama pengguna').fill('upt.bengkulu');
    await page.getByLabel('Kata sandi').fill(PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.waitForURL('**/unit-kerja');
  });
});

describe('kalender hari kerja', () => {
  uji('menghitung jatuh tempo mulai + N HK', async (page) => {
    await masuk(page, 'upt.bengkulu');
    expect(await hitungJatuhTempo(page, '2026-03-17', 5)).toBe('Selasa, 31 Maret 2026');
    await expect.poll(() => page.getByTestId('kalender-tahun').locator('[data-tanggal="2026-03-19"]').getAttribute('data-jenis')).toBe('libur_nasional');
    expect(await page.getByTestId('kalender-tahun').locator('[data-tanggal="2026-03-18"]').getAttribute('data-jenis')).toBe('cuti_bersama');
  });

  uji('isian tidak valid ditampilkan di samping kolomnya', async (page) => {
    await masuk(page, 'loka.rejanglebong');
    const form = page.getByTestId('hitung-jatuh-tempo');
    await form.getByLabel('Jumlah hari kerja (HK)').fill('0');
    await form.getByRole('button', { name: 'Hitung' }).click();
    await expect.poll(() => form.textContent()).toContain('hk harus antara 1 dan 1000.');
  });

  uji('admin menambah hari libur dan jatuh tempo bergeser, lalu mengubah dan menghapusnya', async (page) => {
    await masuk(page, 'admin');
    expect(await hitungJatuhTempo(page, '2026-07-01', 1)).toBe('Kamis, 2 Juli 2026');

    await page.getByRole('link', { name: 'Kelola Hari Libur' }).first().click();
    await page.getByRole('button', { name: 'Tambah hari libur' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tanggal').fill('2026-07-02');
    await dialog.getByLabel(/^Nama/).fill('Libur uji peramban');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const baris = page.getByTestId('kelola-libur').getByRole('row', { name: /Libur uji peramban/ });
    await baris.waitFor();

    await page.getByRole('link', { name: 'Kalender Hari Kerja' }).click();
    expect(await hitungJatuhTempo(page, '2026-07-01', 1)).toBe('Jumat, 3 Juli 2026');

    await page.getByRole('link', { name: 'Kelola Hari Libur' }).first().click();
    await page.getByTestId('kelola-libur').getByRole('row', { name: /Libur uji peramban/ }).getByRole('button', { name: 'Ubah' }).click();
    await dialog.getByLabel('Tanggal').fill('2026-07-03');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('kelola-libur').getByRole('row', { name: /Libur uji peramban/ }).textContent()).toContain('Jumat, 3 Juli 2026');
    await page.getByRole('link', { name: 'Kalender Hari Kerja' }).click();
    expect(await hitungJatuhTempo(page, '2026-07-01', 1)).toBe('Kamis, 2 Juli 2026');
    expect(await hitungJatuhTempo(page, '2026-07-02', 1)).toBe('Senin, 6 Juli 2026');

    await page.getByRole('link', { name: 'Kelola Hari Libur' }).first().click();
    page.once('dialog', (d) => void d.accept());
    await page.getByTestId('kelola-libur').getByRole('row', { name: /Libur uji peramban/ }).getByRole('button', { name: 'Hapus' }).click();
    await expect.poll(() => page.getByTestId('kelola-libur').getByRole('row', { name: /Libur uji peramban/ }).count()).toBe(0);
    await page.getByRole('link', { name: 'Kalender Hari Kerja' }).click();
    expect(await hitungJatuhTempo(page, '2026-07-02', 1)).toBe('Jumat, 3 Juli 2026');
  });

  uji('admin mengimpor hari libur dari CSV', async (page) => {
    await masuk(page, 'admin');
    await page.goto(`${BASE_URL}/kalender/kelola`);
    await page.getByRole('button', { name: 'Impor CSV' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'libur-2028.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('date,kind,name,basis\n2028-01-03,cuti_bersama,Cuti bersama uji impor,SKB uji\n'),
    });
    await dialog.getByRole('button', { name: 'Unggah' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('textbox', { name: 'Tahun' }).click();
    await page.getByRole('option', { name: '2028' }).click();
    await page.getByTestId('kelola-libur').getByRole('row', { name: /Cuti bersama uji impor/ }).waitFor();
  });

  uji('pengguna UPT tidak dapat membuka layar admin', async (page) => {
    await masuk(page, 'upt.bengkulu');
    expect(await page.getByRole('link', { name: 'Kelola Hari Libur' }).count()).toBe(0);
    await page.goto(`${BASE_URL}/kalender/kelola`);
    await page.getByTestId('akses-ditolak').waitFor();
    expect(await page.getByRole('button', { name: 'Tambah hari libur' }).count()).toBe(0);
  });
});

describe('unit kerja', () => {
  uji('direktori menyaring Loka POM dan menampilkan koordinatornya', async (page) => {
    await masuk(page, 'loka.rejanglebong');
    await page.getByRole('link', { name: 'Unit Kerja' }).click();
    await page.getByTestId('filter-jenis').click();
    await page.getByRole('option', { name: 'Loka POM' }).click();
    const baris = page.locator('[data-unit="Loka POM di Kabupaten Rejang Lebong"]');
    await baris.waitFor();
    expect(await baris.getByTestId('koordinator').textContent()).toBe('Balai POM di Bengkulu');
    await expect.poll(() => page.locator('[data-unit^="Balai"]').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Ubah koordinator' }).count()).toBe(0);
  });

  uji('admin mengganti koordinator Loka POM', async (page) => {
    await masuk(page, 'admin');
    await page.getByRole('link', { name: 'Unit Kerja' }).click();
    const baris = page.locator('[data-unit="Loka POM di Kabupaten Bungo"]');
    await baris.getByRole('button', { name: 'Ubah koordinator' }).click();
    const dialog = page.getByRole('dialog');
    await pilihOpsi(page, dialog.getByTestId('pilih-koordinator'), 'Padang', 'Balai Besar POM di Padang');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => baris.getByTestId('koordinator').textContent()).toBe('Balai Besar POM di Padang');

    await baris.getByRole('button', { name: 'Ubah koordinator' }).click();
    await pilihOpsi(page, dialog.getByTestId('pilih-koordinator'), 'Jambi', 'Balai POM di Jambi');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => baris.getByTestId('koordinator').textContent()).toBe('Balai POM di Jambi');
  });

  uji(
    'layar kalender dapat dipakai di layar selebar ponsel',
    async (page) => {
      await masuk(page, 'upt.bengkulu');
      expect(await hitungJatuhTempo(page, '2026-03-17', 5)).toBe('Selasa, 31 Maret 2026');
      const lebar = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(lebar).toBeLessThanOrEqual(390);
    },
    { width: 390, height: 844 },
  );
});

describe('SOP POM-04.01', () => {
  uji('setiap pengguna melihat langkah, kelengkapan, output dan Mutu Baku setiap SOP', async (page) => {
    await masuk(page, 'loka.rejanglebong');
    await page.getByRole('link', { name: 'SOP POM-04.01' }).click();
    const a = page.getByTestId('sop-POM-04.01-A');
    await a.waitFor();
    expect(await a.locator('[data-langkah="A4"]').getByTestId('waktu').textContent()).toBe('5 HK');
    expect(await a.locator('[data-langkah="A3"]').getByTestId('waktu').textContent()).toBe('Disesuaikan');
    expect(await a.locator('[data-langkah="A7"]').textContent()).toContain('Siklus tahunan');
    await page.getByRole('tab', { name: /Pembentukan Fasilitator/ }).click();
    const d = page.getByTestId('sop-POM-04.01-D');
    await d.waitFor();
    expect(await d.locator('[data-langkah="D8"]').textContent()).toContain('Paling lambat tgl. 10 setelah triwulan');
    expect(await d.locator('[data-langkah="D3"]').textContent()).toContain('Dapat lanjut ke D7');
    expect(await d.locator('[data-langkah="D5"]').textContent()).toContain('Sukarela');
  });
});
