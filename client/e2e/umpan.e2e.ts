import { describe, expect } from 'vitest';
import { BASE_URL, gunakanBrowser, masuk, uji } from './harness';

gunakanBrowser();

describe('umpan kalender', () => {
  uji('kepala unit menyalin alamat umpan kalender, kalender berisi tugasnya, alamat lama mati setelah diganti', async (page) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
    await masuk(page, 'kepala.bengkulu', undefined, '/kalender');
    const kartu = page.getByTestId('umpan-kalender');
    const pribadi = kartu.locator('[data-cakupan="pribadi"]');
    const kotak = pribadi.getByRole('textbox');
    await expect.poll(() => kotak.inputValue()).toContain('/api/kalender/feed/');
    const url = await kotak.inputValue();

    // Copied as shown; the address serves iCalendar without login.
    await pribadi.getByRole('button', { name: 'Salin alamat' }).click();
    await pribadi.getByRole('button', { name: 'Tersalin' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    const ics = await page.request.get(url);
    expect(ics.status()).toBe(200);
    expect(ics.headers()['content-type']).toContain('text/calendar');
    expect(await ics.text()).toContain('BEGIN:VCALENDAR');

    // A unit head also has the unit's feed.
    await expect.poll(() => kartu.locator('[data-cakupan="unit"]').getByRole('textbox').inputValue()).toContain('/api/kalender/feed/');

    // A new address: the old one answers 404.
    page.once('dialog', (d) => void d.accept());
    await pribadi.getByRole('button', { name: 'Ganti alamat' }).click();
    await expect.poll(() => kotak.inputValue()).not.toBe(url);
    expect((await page.request.get(url)).status()).toBe(404);
    expect((await page.request.get(await kotak.inputValue())).status()).toBe(200);
  });
});
