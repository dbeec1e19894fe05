// Admin screens (issue 17.8): user accounts and units are managed in the SPA.
import { describe,expect } from 'vitest';
import { BASE_URL,gunakanBrowser,masuk,pilihOpsi,tanpaPelanggaranAxe,uji } from './harness';

gunakanBrowser();

describe('admin', () => {
  uji('admin membuat pengguna, menonaktifkannya, mengatur kata sandinya; membuat dan mengubah unit', async (page) => {
    const username = `uji.${Date.now()}`;
    await masuk(page, 'admin', undefined, '/pengguna');
    await page.getByRole('heading', { name: 'Pengguna' }).waitFor();
    await page.getByRole('button', { name: 'Tambah pengguna' }).click();
    const dialog = page.getByRole('dialog');
    // Nothing filled: the API's messages beside the fields, in Bahasa Indonesia; nothing created.
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.locator('.mantine-InputWrapper-error').first().waitFor();
    await tanpaPelanggaranAxe(page, 'dialog pengguna dengan galat');
    await dialog.getByLabel('Nama pengguna').fill(username);
    await dialog.getByLabel('Nama lengkap').fill('Petugas Uji Jambi');
    await pilihOpsi(page, dialog.getByRole('textbox', { name: 'Unit kerja' }), 'Balai POM di Jam', 'Balai POM di Jambi');
    await dialog.locator('.mantine-MultiSelect-input').click();
    await page.getByRole('option', { name: 'UPT', exact: true }).click();
    await page.keyboard.press('Escape');
    await dialog.getByLabel('Kata sandi').fill('UjiCoba2026aman');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Pengguna tersimpan.').waitFor();

    await page.getByLabel('Cari nama atau nama pengguna').fill(username);
    const baris = page.getByTestId('tabel-pengguna').locator(`tr[data-username="${username}"]`);
    await expect.poll(() => baris.textContent()).toContain('Balai POM di Jambi');
    expect(await baris.textContent()).toContain('Aktif');

    // The new account signs in.
    const lain = await page.context().browser()!.newContext();
    const halamanLain = await lain.newPage();
    await halamanLain.goto(`${BASE_URL}/login`);
    await halamanLain.getByLabel('Nama pengguna').fill(username);
    await halamanLain.getByLabel('Kata sandi').fill('UjiCoba2026aman');
    await halamanLain.getByRole('button', { name: 'Masuk' }).click();
    await halamanLain.waitForURL('**/beranda');
    await lain.close();

    // Deactivated (with a warning first), then a new password.
    await baris.getByRole('button', { name: `Ubah ${username}` }).click();
    await page.getByRole('dialog').getByRole('switch').click();
    await page.getByRole('dialog').getByText('tidak dapat masuk lagi').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => baris.textContent()).toContain('Nonaktif');
    await baris.getByRole('button', { name: `Atur kata sandi ${username}` }).click();
    await page.getByRole('dialog').getByLabel('Kata sandi baru').fill('UjiBaru2026aman');
    await page.getByRole('dialog').getByRole('button', { name: 'Atur kata sandi' }).click();
    await page.getByText('Kata sandi diatur; sesi lama pengguna ini berakhir.').waitFor();

    // Units: create a Loka, then rename it.
    const unit = `Loka POM di Kabupaten Uji ${Date.now()}`;
    await page.goto(`${BASE_URL}/unit-kerja`);
    await page.getByRole('button', { name: 'Tambah unit' }).click();
    const form = page.getByRole('dialog');
    await form.getByLabel('Nama unit').fill(unit);
    await pilihOpsi(page, form.getByRole('textbox', { name: 'Jenis unit' }), 'Loka', 'Loka POM');
    await form.getByLabel('Provinsi').fill('Bengkulu');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Perubahan tersimpan.').first().waitFor();
    await page.getByLabel('Cari nama unit').fill('Kabupaten Uji');
    const barisUnit = page.getByTestId('daftar-unit').locator(`tr[data-unit="${unit}"]`);
    await barisUnit.waitFor();
    await barisUnit.getByRole('button', { name: `Ubah ${unit}` }).click();
    await page.getByRole('dialog').getByLabel('Nama unit').fill(`${unit} Baru`);
    await page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
    await page.getByTestId('daftar-unit').locator(`tr[data-unit="${unit} Baru"]`).waitFor();
  }, undefined, 120_000);
});
