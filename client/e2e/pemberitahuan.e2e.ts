import { describe, expect } from 'vitest';
import { BASE_URL, gunakanBrowser, masuk, uji } from './harness';

gunakanBrowser();

describe('pengaturan pemberitahuan', () => {
  uji('pengguna memilih e-mail per jenis pemberitahuan dan jam ringkasan, pilihannya tersimpan, lalu menyalin umpan kalendernya', async (page) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
    await masuk(page, 'loka.rejanglebong', undefined, '/beranda');

    // Reached from the notification bell.
    await page.getByRole('button', { name: /^Notifikasi/ }).click();
    await page.getByRole('link', { name: 'Pengaturan pemberitahuan' }).first().click();
    await page.getByRole('heading', { name: 'Pengaturan pemberitahuan', level: 1 }).waitFor();
    const form = page.getByTestId('preferensi-surel');
    await form.waitFor();

    const pilih = async (jenis: string, label: string) => {
      await form.locator(`[data-jenis="${jenis}"]`).getByText(label, { exact: true }).click();
    };
    const terpilih = (jenis: string) => form.locator(`[data-jenis="${jenis}"] input:checked`).evaluate((e) => (e as HTMLInputElement).value);
    const simpan = async () => {
      await form.getByRole('button', { name: 'Simpan' }).click();
      await page.getByText('Pengaturan pemberitahuan tersimpan.').last().waitFor();
    };

    // A known starting point (the test may run on a database it ran on before): every kind at once, default hour.
    for (const j of ['pengingat', 'eskalasi', 'informasi']) await pilih(j, 'Segera');
    const jam = form.getByRole('textbox', { name: 'Jam ringkasan harian' });
    if (await jam.inputValue()) await form.locator('.mantine-Select-section button, .mantine-CloseButton-root').first().click();
    await simpan();
    await page.reload();
    await form.waitFor();
    expect(await terpilih('informasi')).toBe('Segera');
    expect(await jam.inputValue()).toBe('');

    await pilih('informasi', 'Ringkasan harian');
    await pilih('pengingat', 'Hanya di aplikasi');
    await jam.click();
    await page.getByRole('option', { name: '06.00' }).click();
    await simpan();

    // Kept: after a reload the page shows what was chosen.
    await page.reload();
    await form.waitFor();
    expect(await terpilih('informasi')).toBe('Ringkasan');
    expect(await terpilih('pengingat')).toBe('Tidak');
    expect(await terpilih('eskalasi')).toBe('Segera');
    expect(await jam.inputValue()).toBe('06.00');

    // The calendar feed on the same page: copied as shown, it serves iCalendar.
    const pribadi = page.getByTestId('umpan-kalender').locator('[data-cakupan="pribadi"]');
    const kotak = pribadi.getByRole('textbox');
    await expect.poll(() => kotak.inputValue()).toContain('/api/kalender/feed/');
    await pribadi.getByRole('button', { name: 'Salin alamat' }).click();
    await pribadi.getByRole('button', { name: 'Tersalin' }).waitFor();
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url).toBe(await kotak.inputValue());
    expect(await (await page.request.get(url)).text()).toContain('BEGIN:VCALENDAR');
  });
});
