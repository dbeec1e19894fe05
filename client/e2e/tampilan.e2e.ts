// The screen tour (issue 17.5, 17.9, 17.10): every screen of e2e/layar.ts, as its user, at 1280 px and 390 px:
// axe-core (WCAG 2.1 A/AA) finds nothing critical or serious, and at phone width the page never scrolls sideways.
// Run after the flow tests (deploy/test.sh), so the list screens have rows to open.
import { mkdir,writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page,Response } from 'playwright-core';
import { describe,expect } from 'vitest';
import { BASE_URL,PASSWORD,gunakanBrowser,temuanAxe,uji } from './harness';
import { LAYAR } from './layar';

gunakanBrowser();

async function masukSebagai(page: Page, username: string) {
  await page.goto(`${BASE_URL}/login`);
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL('**/beranda');
}

/** The path of the first row of a list screen (every detail screen's list has rows once the flow tests ran). */
async function barisPertama(page: Page, daftar: string): Promise<string> {
  await page.goto(`${BASE_URL}/${daftar}`);
  const tautan = page.locator('table tbody a').first();
  await tautan.waitFor({ timeout: 10_000 });
  const href = await tautan.getAttribute('href');
  if (!href) throw new Error(`Daftar ${daftar} tidak berisi tautan`);
  return href;
}

async function periksa(page: Page, nama: string, lebar: number): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(200);
  const berat = await temuanAxe(page, nama);
  if (lebar < 500) {
    const lebarHalaman = await page.evaluate(() => document.documentElement.scrollWidth);
    if (lebarHalaman > lebar) berat.push(`${nama}: melebar ke samping: ${lebarHalaman}px`);
  }
  return berat.map((b) => `${b} @${lebar}px`);
}

describe('setiap layar: aksesibilitas dan lebar ponsel', () => {
  for (const [pengguna, layar] of LAYAR) {
    for (const lebar of [1280, 390]) {
      uji(`${pengguna ?? 'tamu'} @${lebar}px: ${layar.map(([n]) => n).join(', ')}`, async (page) => {
        if (pengguna) await masukSebagai(page, pengguna);
        const temuan: string[] = [];
        for (const [nama, tujuan] of layar) {
          const url = tujuan.startsWith(':') ? await barisPertama(page, tujuan.slice(1)) : tujuan;
          await page.goto(`${BASE_URL}${url}`);
          temuan.push(...(await periksa(page, nama, lebar)));
        }
        // Every screen's findings at once (critical/serious axe results, sideways scrolling): none expected.
        expect(temuan).toEqual([]);
      }, { width: lebar, height: lebar < 500 ? 844 : 800 }, 180_000);
    }
  }
});

describe('muatan pertama', () => {
  uji('halaman masuk dan Beranda hanya mengunduh kodenya sendiri, terkompresi, dengan cache yang benar', async (page) => {
    const js: Response[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) js.push(r);
    });
    /** Bytes of the JavaScript loaded so far: as sent (compressed) and as run. */
    const ukur = async (daftar: Response[]) => {
      let dikirim = 0;
      let isi = 0;
      for (const r of daftar) {
        dikirim += (await r.request().sizes()).responseBodySize;
        isi += (await r.body()).length;
      }
      return { berkas: daftar.length, dikirim, isi };
    };
    await page.goto(`${BASE_URL}/login`);
    await page.waitForLoadState('networkidle');
    const login = await ukur([...js]);
    const jumlahLogin = js.length;
    await page.getByLabel('Nama pengguna').fill('upt.bengkulu');
    await page.getByLabel('Kata sandi').fill(PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.waitForURL('**/beranda');
    await page.waitForLoadState('networkidle');
    const beranda = await ukur(js.slice(jumlahLogin));
    // Lazy routes: the login page has no screen code, Beranda never pulls in the other screens'.
    const nama = js.map((r) => new URL(r.url()).pathname);
    expect(nama.slice(0, jumlahLogin).some((u) => /Page-/.test(u))).toBe(false);
    expect(nama.some((u) => /KinerjaPage|KelolaHariLibur|AdvokasiBaru|PenggunaPage/.test(u))).toBe(false);

    // Fingerprinted bundles: compressed and immutable; index.html revalidated; a favicon without signing in.
    const utama = js.find((r) => /\/assets\/index-.*\.js$/.test(r.url()))!;
    const kepala = await utama.allHeaders();
    expect(kepala['content-encoding']).toMatch(/br|gzip/);
    expect(kepala['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${BASE_URL}/`)).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${BASE_URL}/beranda`)).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${BASE_URL}/favicon.ico`)).status).toBe(200);

    // The figures, kept with the test results (and printed).
    const catatan = { login, beranda, berkasBeranda: nama.slice(jumlahLogin) };
    console.log('muatan pertama', JSON.stringify(catatan));
    await mkdir(path.resolve('test-results'), { recursive: true });
    await writeFile(path.resolve('test-results', 'muatan-pertama.json'), JSON.stringify(catatan, null, 2));
    expect(login.dikirim).toBeLessThan(300_000);
    expect(beranda.dikirim).toBeLessThan(60_000);
  });
});
