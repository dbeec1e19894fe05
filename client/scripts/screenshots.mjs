// Screenshots of the SPA's screens at desktop (1280 px) and phone (390 px) width, for looking at what changed.
//   node scripts/screenshots.mjs [--url http://localhost:5080] [--keluar test-results/layar] [--hanya kinerja,advokasi]
// Needs a running API + SPA with the demo accounts (./deploy/run.sh) and Debian's chromium (CHROMIUM_PATH).
import { mkdir,readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values } = parseArgs({ options: { url: { type: 'string' }, keluar: { type: 'string' }, hanya: { type: 'string' } } });
const BASE = values.url ?? process.env.BPOM_E2E_URL ?? 'http://localhost:5080';
const KELUAR = path.resolve(values.keluar ?? 'test-results/layar');
const HANYA = values.hanya?.split(',');
const SANDI = 'Bpom#2026dev';

/** Who looks at which screens (e2e/layar.ts, read without a TypeScript build). */
const sumber = await readFile(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'e2e', 'layar.ts'), 'utf8');
const LAYAR = JSON.parse(sumber.slice(sumber.indexOf('= [') + 2, sumber.lastIndexOf('];') + 1).replace(/'/g, '"').replace(/,(\s*[\]}])/g, '$1'));

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
await mkdir(KELUAR, { recursive: true });
for (const [pengguna, layar] of LAYAR) {
  for (const [lebar, tinggi] of [[1280, 900], [390, 844]]) {
    const context = await browser.newContext({ viewport: { width: lebar, height: tinggi }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    const page = await context.newPage();
    if (pengguna) {
      await page.goto(`${BASE}/login`);
      await page.getByLabel('Nama pengguna').fill(pengguna);
      await page.getByLabel('Kata sandi').fill(SANDI);
      await page.getByRole('button', { name: 'Masuk' }).click();
      await page.waitForURL('**/beranda');
    }
    for (const [nama, tujuan] of layar) {
      if (HANYA && !HANYA.some((h) => nama.startsWith(h))) continue;
      let url = tujuan;
      if (tujuan.startsWith(':')) {
        // the first row of the list screen
        await page.goto(`${BASE}/${tujuan.slice(1)}`);
        const tautan = page.locator('table tbody a').first();
        if (!(await tautan.count().then((n) => n > 0, () => false))) await tautan.waitFor({ timeout: 5000 }).catch(() => undefined);
        const href = await tautan.getAttribute('href').catch(() => null);
        if (!href) { console.log(`${nama}: no row to open, skipped`); continue; }
        url = href;
      }
      await page.goto(`${BASE}${url}`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const berkas = path.join(KELUAR, `${nama}-${lebar}.png`);
      await page.screenshot({ path: berkas, fullPage: true });
      console.log(berkas);
    }
    await context.close();
  }
}
await browser.close();
