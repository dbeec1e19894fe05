// National lists (issue 17.2): filters, search and page live in the URL (Back and shared links keep them) and the
// filtered list downloads as Excel. Runs after the flow tests (deploy/test.sh), over the activities they created.
import { readFile } from 'node:fs/promises';
import { describe,expect } from 'vitest';
import { gunakanBrowser,masuk,pilihOpsi,tanpaPelanggaranAxe,uji } from './harness';

gunakanBrowser();

describe('daftar nasional', () => {
  uji('saringan tersimpan di URL, bertahan setelah Kembali, dan daftar tersaring diunduh sebagai Excel', async (page) => {
    await masuk(page, 'pusat.advokasi', undefined, '/advokasi');
    const tabel = page.getByTestId('daftar-advokasi');
    await tabel.locator('tbody tr').first().waitFor();
    await pilihOpsi(page, page.getByRole('textbox', { name: 'Provinsi' }), 'Bengk', 'Bengkulu');
    await page.waitForURL((u) => u.searchParams.get('provinsi') === 'Bengkulu');
    await page.getByRole('textbox', { name: 'Urutan' }).click();
    await page.getByRole('option', { name: 'Tanggal terlama dulu' }).click();
    await page.waitForURL((u) => u.searchParams.get('urut') === 'Terlama');
    await page.getByLabel('Cari judul atau topik').fill('Advokasi');
    await page.waitForURL((u) => u.searchParams.get('cari') === 'Advokasi');
    await expect.poll(() => tabel.locator('tbody tr').count()).toBeGreaterThan(0);
    const unit = await tabel.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(unit.every((u) => /Bengkulu|Rejang Lebong/.test(u))).toBe(true);

    // Open a row, come back: the same filters, the same rows.
    const pertama = await tabel.locator('tbody a').first().textContent();
    await tabel.locator('tbody a').first().click();
    await page.getByTestId('judul-kegiatan').waitFor();
    await page.goBack();
    await page.waitForURL((u) => u.pathname === '/advokasi' && u.searchParams.get('provinsi') === 'Bengkulu' && u.searchParams.get('cari') === 'Advokasi');
    expect(await page.getByRole('textbox', { name: 'Provinsi' }).inputValue()).toBe('Bengkulu');
    expect(await page.getByLabel('Cari judul atau topik').inputValue()).toBe('Advokasi');
    await expect.poll(() => tabel.locator('tbody a').first().textContent()).toBe(pertama);

    // A shared link opens the same list.
    const tautan = page.url();
    const lain = await page.context().newPage();
    await lain.goto(tautan);
    await expect.poll(() => lain.getByTestId('daftar-advokasi').locator('tbody a').first().textContent()).toBe(pertama);
    await lain.close();

    // Excel of what is filtered.
    const unduhan = page.waitForEvent('download');
    await page.getByTestId('ekspor-daftar').click();
    const berkas = await unduhan;
    expect(berkas.suggestedFilename()).toBe('advokasi.xlsx');
    const isi = await readFile((await berkas.path())!);
    expect(isi.subarray(0, 2).toString('latin1')).toBe('PK'); // an OOXML (zip) workbook
    expect(isi.length).toBeGreaterThan(2000);
  });

  uji('Pimpinan membuka Beranda pada ikhtisar nasional dan menelusuri satu unit', async (page) => {
    await masuk(page, 'pimpinan', undefined, '/beranda');
    const ikhtisar = page.getByTestId('ikhtisar-nasional');
    const sopA = ikhtisar.locator('[data-testid="ikhtisar-sop"][data-kode="POM-04.01-A"]');
    await expect.poll(() => sopA.textContent()).toMatch(/\d+ kegiatan/);
    await ikhtisar.getByTestId('ikhtisar-unit').locator('tbody tr').first().waitFor();
    const baris = ikhtisar.getByTestId('ikhtisar-unit').locator('tbody tr').first();
    const unit = (await baris.getAttribute('data-unit'))!;
    const jumlah = Number((await baris.locator('td').nth(1).textContent())!.replace(/\D/g, ''));
    await baris.getByRole('link', { name: unit }).click();
    await page.waitForURL((u) => u.pathname === '/advokasi' && !!u.searchParams.get('unitId'));
    const tabel = page.getByTestId('daftar-advokasi');
    await tabel.locator('tbody tr').first().waitFor();
    const unitBaris = await tabel.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(new Set(unitBaris)).toEqual(new Set([unit]));
    await expect.poll(() => page.getByTestId('jumlah-kegiatan').textContent()).toContain(String(jumlah));
    // Kinerja without a PK of the leader's own unit opens on the national ranking, not on "PK belum ada".
    await page.goto(page.url().replace(/\/advokasi.*$/, '/kinerja'));
    await page.getByTestId('tanpa-pk').waitFor();
    await page.getByTestId('peringkat-nko').waitFor();
  });

  uji('judul kolom mengurutkan daftar; urutan tersimpan di URL', async (page) => {
    await masuk(page, 'pusat.advokasi', undefined, '/advokasi');
    const tabel = page.getByTestId('daftar-advokasi');
    await tabel.locator('tbody tr').first().waitFor();
    const kepala = (nama: string) => tabel.locator('thead th', { has: page.getByRole('button', { name: nama, exact: false }) });
    expect(await kepala('Rencana mulai').getAttribute('aria-sort')).toBe('descending');

    await tabel.getByRole('button', { name: /^Judul/ }).click();
    await page.waitForURL((u) => u.searchParams.get('urut') === 'Judul');
    await expect.poll(() => kepala('Judul').getAttribute('aria-sort')).toBe('ascending');
    expect(await kepala('Rencana mulai').getAttribute('aria-sort')).toBe('none');

    await tabel.getByRole('button', { name: /^Langkah aktif/ }).click();
    await page.waitForURL((u) => u.searchParams.get('urut') === 'JatuhTempo');
    await expect.poll(() => kepala('Langkah aktif').getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(() => page.getByRole('textbox', { name: 'Urutan' }).inputValue()).toBe('Jatuh tempo terdekat');
    await tanpaPelanggaranAxe(page, 'daftar terurut jatuh tempo');

    // The date heading: newest first, then a second click oldest first.
    await tabel.getByRole('button', { name: /^Rencana mulai/ }).click();
    await page.waitForURL((u) => !u.searchParams.has('urut'));
    await tabel.getByRole('button', { name: /^Rencana mulai/ }).click();
    await page.waitForURL((u) => u.searchParams.get('urut') === 'Terlama');
    await expect.poll(() => kepala('Rencana mulai').getAttribute('aria-sort')).toBe('ascending');
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('urut'));
    await expect.poll(() => kepala('Rencana mulai').getAttribute('aria-sort')).toBe('descending');
  });

  for (const [jalur, testId, berkas] of [
    ['/pemberdayaan/kader', 'registri-kader', 'registri-kader.xlsx'],
    ['/fasilitator/registri', 'registri-fasilitator', 'registri-fasilitator.xlsx'],
    ['/pembinaan/sasaran', 'registri-sasaran', 'registri-sasaran.xlsx'],
  ] as const) {
    uji(`registri ${jalur}: saringan provinsi di URL dan unduhan Excel`, async (page) => {
      await masuk(page, 'admin', undefined, jalur);
      await page.getByTestId(testId).waitFor();
      await pilihOpsi(page, page.getByRole('textbox', { name: 'Provinsi' }), 'Bengk', 'Bengkulu');
      await page.waitForURL((u) => u.searchParams.get('provinsi') === 'Bengkulu');
      await page.reload();
      await expect.poll(() => page.getByRole('textbox', { name: 'Provinsi' }).inputValue()).toBe('Bengkulu');
      await tanpaPelanggaranAxe(page, `${jalur} tersaring`);
      const unduhan = page.waitForEvent('download');
      await page.getByTestId('ekspor-daftar').click();
      const hasil = await unduhan;
      expect(hasil.suggestedFilename()).toBe(berkas);
      const isi = await readFile((await hasil.path())!);
      expect(isi.subarray(0, 2).toString('latin1')).toBe('PK');
    });
  }
});
