import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';

export const BASE_URL = process.env.BPOM_E2E_URL ?? 'http://localhost:5080';
export const PASSWORD = 'Bpom#2026dev';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = path.resolve(process.cwd(), 'test-results', 'screenshots');

let browser: Browser;

/** One headless Debian chromium per test file. */
export function gunakanBrowser() {
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });
}

/**
 * A browser test with a fresh page (Indonesian locale, Asia/Jakarta). On failure a full-page screenshot of the
 * screen it was on goes to client/test-results/screenshots/.
 */
export function uji(nama: string, fn: (page: Page) => Promise<void>, viewport = { width: 1280, height: 900 }, batasWaktuMs?: number) {
  it(nama, { timeout: batasWaktuMs }, async () => {
    const context = await browser.newContext({ viewport, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    const page = await context.newPage();
    try {
      await fn(page);
    } catch (error) {
      await mkdir(SCREENSHOTS, { recursive: true });
      const file = path.join(SCREENSHOTS, `${nama.replace(/[^a-zA-Z0-9]+/g, '-').slice(0, 80)}.png`);
      await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      throw error;
    } finally {
      await context.close();
    }
  });
}

/** Signs in (landing on Beranda) and then opens <tujuan> (the calendar by default). */
export async function masuk(page: Page, username: string, password = PASSWORD, tujuan = '/kalender') {
  await page.goto(`${BASE_URL}/login`);
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL('**/beranda');
  await expect.poll(() => page.getByTestId('pengguna').textContent()).not.toBe('');
  if (tujuan !== '/beranda') await page.goto(`${BASE_URL}${tujuan}`);
}

/** Signs out and in as someone else, then opens <tujuan>. */
export async function gantiPengguna(page: Page, username: string, tujuan: string) {
  await page.getByRole('button', { name: 'Keluar' }).click();
  await page.waitForURL('**/login**');
  await masuk(page, username, PASSWORD, tujuan);
}

/** Computes mulai + hk on the Kalender screen and returns the shown due date. */
export async function hitungJatuhTempo(page: Page, mulai: string, hk: number): Promise<string> {
  const form = page.getByTestId('hitung-jatuh-tempo');
  await form.getByLabel('Tanggal mulai').fill(mulai);
  await form.getByLabel('Jumlah hari kerja (HK)').fill(String(hk));
  const hasil = page.getByTestId('jatuh-tempo');
  const sebelumnya = (await hasil.count()) > 0 ? await hasil.getAttribute('data-waktu') : null;
  await form.getByRole('button', { name: 'Hitung' }).click();
  await expect.poll(async () => ((await hasil.count()) > 0 ? await hasil.getAttribute('data-waktu') : null)).not.toBe(sebelumnya);
  await expect.poll(async () => hasil.getAttribute('data-request')).toBe(`${mulai}+${hk}`);
  return (await hasil.textContent()) ?? '';
}

/**
 * Picks <label> in a searchable Mantine Select: types <ketik>, clicks the option, and checks the value took and the
 * dropdown closed (a click that lands while the filtered list re-renders, or a list closed by a re-render before the
 * option showed, is retried).
 */
export async function pilihOpsi(page: Page, input: Locator, ketik: string, label: string) {
  for (let percobaan = 0; percobaan < 5; percobaan++) {
    await input.fill(ketik);
    const opsi = page.getByRole('option', { name: label });
    // A value set while the list is open (a query resolving, the URL state catching up) closes the dropdown: type again.
    if (!(await opsi.waitFor({ timeout: 8000 }).then(() => true, () => false))) continue;
    await opsi.click();
    const tertutup = async () => (await page.getByRole('listbox').count()) === 0 && (await input.inputValue()) === label;
    for (let i = 0; i < 10 && !(await tertutup()); i++) await page.waitForTimeout(100);
    if (await tertutup()) return;
    await input.press('Escape');
  }
  throw new Error(`Opsi "${label}" tidak dapat dipilih`);
}

// SOP activity pages (any module): step timeline, upload, actions.
export const pdf = (isi: string) => ({ name: `${isi.replace(/\W+/g, '-')}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${isi}\n%%EOF\n`) });

export const langkah = (page: Page, kode: string) => page.getByTestId(`langkah-${kode}`);

export async function statusLangkah(page: Page, kode: string) {
  return langkah(page, kode).getAttribute('data-status');
}

export async function unggah(page: Page, isi: string) {
  const aksi = page.getByTestId('aksi-langkah');
  await aksi.locator('input[type=file]').setInputFiles(pdf(isi));
  await aksi.getByRole('button', { name: 'Unggah', exact: true }).click();
  await page.getByText('Dokumen tersimpan.').first().waitFor();
}

export async function aksi(page: Page, kode: string, nama: string, statusBaru: string, alasan?: string) {
  await page.getByTestId('aksi-langkah').getByRole('button', { name: nama, exact: true }).click();
  if (alasan) {
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Alasan').fill(alasan);
    await dialog.getByRole('button', { name: nama, exact: true }).click();
  }
  await expect.poll(() => statusLangkah(page, kode)).toBe(statusBaru);
}


/** Critical and serious axe-core (WCAG 2.1 A/AA) findings on the page as it is now, each named with where it is. */
export async function temuanAxe(page: Page, nama: string): Promise<string[]> {
  const hasil = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return hasil.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${nama}: ${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** A screen in an interactive state (dialog open, errors shown, list sorted) passes axe: nothing critical or serious. */
export async function tanpaPelanggaranAxe(page: Page, nama: string) {
  await page.waitForTimeout(250); // let transitions (dialogs, notifications) settle
  expect(await temuanAxe(page, nama)).toEqual([]);
}
