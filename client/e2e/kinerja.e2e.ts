import { readFile } from 'node:fs/promises';
import type { APIRequestContext, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { BASE_URL,gantiPengguna,gunakanBrowser,masuk,pdf,pilihOpsi,tanpaPelanggaranAxe,uji } from './harness';

gunakanBrowser();

// Next year: entry for its periods is never closed, whatever day the suite runs.
const TAHUN = new Date().getFullYear() + 1;
const LOKA = 'Loka POM di Kabupaten Rejang Lebong';
const HEADER = 'unit,tahun,periode,perspektif,kode_sasaran,nama_sasaran,hitung_nko,kode_indikator,nama_indikator,satuan,arah,target_tahunan,target_periode,realisasi';

const csv = (...baris: string[]) => ({ name: 'pk.csv', mimeType: 'text/csv', buffer: Buffer.from([HEADER, ...baris].join('\n') + '\n') });

async function pilihTahunPeriode(page: Page, periode?: string) {
  await page.getByRole('textbox', { name: 'Tahun' }).fill(String(TAHUN));
  if (periode) await pilihOpsi(page, page.getByRole('textbox', { name: 'Periode' }), periode, periode);
}

/** The signed-in user's bearer token (the SPA keeps the session in localStorage). */
async function token(page: Page): Promise<string> {
  return page.evaluate(() => (JSON.parse(localStorage.getItem('bpom.sesi') ?? '{}') as { accessToken: string }).accessToken);
}

/** Calls the API as the signed-in user and returns the JSON (fails on an error status). */
async function panggil(request: APIRequestContext, bearer: string, method: 'post', path: string, data?: unknown, multipart?: Record<string, unknown>) {
  const res = await request[method](`${BASE_URL}${path}`, { headers: { Authorization: `Bearer ${bearer}` }, data, multipart: multipart as never });
  if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`);
  return res.json();
}

describe('kinerja', () => {
  uji('perencanaan mengimpor PK (baris salah ditolak), dasbor menghitung NKO; Loka mengisi realisasi, koordinator memverifikasi', async (page) => {
    await masuk(page, 'pusat.perencanaan', undefined, '/kinerja/pk');
    await page.getByRole('heading', { name: 'Perjanjian Kinerja' }).waitFor();

    // A file with a bad direction is refused whole, naming the row and column.
    const berkas = page.getByTestId('impor-pk').locator('input[type=file]');
    await berkas.setInputFiles(csv(
      `${LOKA},${TAHUN},B01,Stakeholder,SS1,Meningkatnya KIE,ya,1.1,Persentase KIE,%,naik,100,10,12`,
      `${LOKA},${TAHUN},B01,Stakeholder,SS1,Meningkatnya KIE,ya,1.2,Jumlah desa,jumlah,ke atas,100,50,`,
    ));
    await page.getByTestId('impor-pk').getByRole('button', { name: 'Impor', exact: true }).click();
    await page.getByTestId('galat-impor').locator('[data-kolom="baris[3].arah"]', { hasText: 'Baris 3, arah' }).waitFor();
    await tanpaPelanggaranAxe(page, 'impor PK ditolak');

    await berkas.setInputFiles(csv(
      `${LOKA},${TAHUN},B01,Stakeholder,SS1,Meningkatnya KIE,ya,1.1,Persentase KIE,%,naik,100,10,12`,
      `${LOKA},${TAHUN},B01,Stakeholder,SS1,Meningkatnya KIE,ya,1.2,Jumlah desa,jumlah,naik,100,50,`,
      `${LOKA},${TAHUN},B01,Internal Process,SS2,Layanan cepat,ya,2.1,Rata-rata hari layanan,hari,turun,5,5,4`,
    ));
    await page.getByTestId('impor-pk').getByRole('button', { name: 'Impor', exact: true }).click();
    await page.getByTestId('hasil-impor').getByText('3 baris diimpor.').waitFor();

    // Dashboard: 1.1 = 120 (capped in SS1), 1.2 not measured, 2.1 lower is better 5/4 = 125 → SS2 120; NKO 120.
    await page.goto(`${BASE_URL}/kinerja`);
    await page.getByRole('heading', { name: 'Nilai Kinerja' }).waitFor();
    await pilihTahunPeriode(page, 'B01');
    await pilihOpsi(page, page.getByRole('textbox', { name: 'Unit' }), 'Rejang', LOKA);
    await expect.poll(() => page.getByTestId('nko').textContent()).toBe('120,00');
    await page.getByTestId('tabel-indikator').locator('tr[data-kode="1.2"]').getByText('tidak terukur').waitFor();
    await expect.poll(() => page.getByTestId('tabel-indikator').locator('tr[data-kode="2.1"] [data-kolom="capaian"]').textContent()).toBe('125,00');
    await page.getByTestId('grafik-capaian').getByTestId('garis-100').waitFor({ state: 'attached' });
    expect(await page.getByTestId('grafik-capaian').locator('rect').count()).toBe(2);

    // The Loka enters the missing realisation and submits it.
    await gantiPengguna(page, 'loka.rejanglebong', '/kinerja/realisasi');
    await page.getByRole('heading', { name: 'Entri Realisasi Kinerja' }).waitFor();
    await pilihTahunPeriode(page, 'B01');
    await page.getByTestId('batas-entri').getByText(`5 Februari ${TAHUN}`).waitFor();
    await page.getByLabel('Realisasi 1.2').fill('40');
    // The analysis of the report opens under the indicator's row.
    await page.getByRole('button', { name: 'Analisis 1.2' }).click();
    const analisis = page.getByTestId('analisis-1.2');
    await analisis.getByLabel('Kendala').fill('Akses jalan desa terputus');
    await analisis.getByLabel('Upaya yang dilakukan').fill('KIE lewat radio desa');
    await expect.poll(() => page.getByRole('button', { name: 'Analisis 1.2' }).textContent()).toBe('Analisis 2/6');
    await page.getByRole('button', { name: 'Simpan realisasi' }).click();
    await page.getByText('Realisasi tersimpan.').waitFor();
    // The import made version 1 (a later version when this suite reruns on the same database).
    await expect.poll(() => page.getByTestId('status-realisasi').textContent()).toMatch(/^Draf · Versi \d+$/);
    const versi = (await page.getByTestId('status-realisasi').textContent())!.replace('Draf · ', '');
    await page.getByRole('button', { name: 'Ajukan', exact: true }).click();
    await expect.poll(() => page.getByTestId('status-realisasi').textContent()).toBe(`Diajukan · ${versi}`);
    await expect.poll(() => page.getByRole('button', { name: 'Simpan realisasi' }).count()).toBe(0);

    // The koordinator Balai finds it in the queue across its units, opens it there and verifies it (with a confirmation).
    await gantiPengguna(page, 'upt.bengkulu', `/kinerja/realisasi?tahun=${TAHUN}`);
    await page.getByRole('heading', { name: 'Entri Realisasi Kinerja' }).waitFor();
    const antrean = page.getByTestId('antrean-tinjauan').locator(`tr[data-unit="${LOKA}"][data-periode="B01"]`);
    await antrean.getByRole('link', { name: LOKA }).click();
    await page.waitForURL((u) => u.searchParams.get('periode') === 'B01' && !!u.searchParams.get('unitId'));
    await expect.poll(() => page.getByTestId('status-realisasi').textContent()).toBe(`Diajukan · ${versi}`);
    await page.getByRole('button', { name: 'Verifikasi', exact: true }).click();
    await page.getByText('Laporan diverifikasi; menunggu pengesahan.').waitFor();
    await expect.poll(() => page.getByTestId('status-realisasi').textContent()).toBe(`Diverifikasi · ${versi}`);
    await page.getByTestId('riwayat-versi').getByText('upt.bengkulu').first().waitFor();

    // The Loka's dashboard now measures 1.2: 40 / 50 = 80 → SS1 (120 + 80) / 2 = 100; NKO (100 + 120) / 2 = 110.
    await gantiPengguna(page, 'loka.rejanglebong', '/kinerja');
    await pilihTahunPeriode(page, 'B01');
    await expect.poll(() => page.getByTestId('nko').textContent()).toBe('110,00');
    await page.getByTestId('predikat').getByText('Istimewa').waitFor();

    // The quarter's Laporan Kinerja as Word, and the signed PDF uploaded back as the period's final.
    const bagian = page.getByTestId('laporan-kinerja');
    const unduhan = page.waitForEvent('download');
    await bagian.getByRole('button', { name: 'Unduh Laporan Kinerja (Word)' }).click();
    const dokumen = await unduhan;
    expect(dokumen.suggestedFilename()).toMatch(/^laporan-kinerja-.*-TW1\.docx$/);
    const isi = await readFile((await dokumen.path())!);
    expect(isi.subarray(0, 2).toString('latin1')).toBe('PK'); // an OOXML (zip) document
    await bagian.locator('input[type=file]').setInputFiles(pdf('laporan tw1 ttd'));
    const alasan = bagian.getByLabel('Alasan penggantian');
    if (await alasan.count()) await alasan.fill('Tanda tangan ulang'); // the suite rerun on the same database
    await bagian.getByRole('button', { name: /(Unggah|Ganti) laporan final/ }).click();
    await expect.poll(() => bagian.getByTestId('status-final').textContent()).toMatch(/^Laporan final versi \d+: laporan-tw1-ttd\.pdf/);
    await bagian.getByRole('button', { name: 'Unduh laporan final (PDF)' }).waitFor();

    // The planning unit loads the Loka's Renstra; the dashboard compares the year with it (12 of 100, 12 of the final 120).
    await gantiPengguna(page, 'pusat.perencanaan', '/kinerja/pk');
    const renstra = page.getByTestId('impor-renstra');
    await renstra.locator('input[type=file]').setInputFiles({
      name: 'renstra.csv', mimeType: 'text/csv',
      buffer: Buffer.from(['unit,tahun_awal,kode_indikator,nama_indikator,satuan,arah,tahun,target',
        `${LOKA},${TAHUN},1.1,Persentase KIE,%,naik,${TAHUN},100`, `${LOKA},${TAHUN},1.1,Persentase KIE,%,naik,${TAHUN + 4},120`].join('\n') + '\n'),
    });
    await renstra.getByRole('button', { name: 'Impor', exact: true }).click();
    await renstra.getByTestId('impor-renstra-hasil').getByText(`Renstra ${TAHUN}–${TAHUN + 4}: 1 indikator`, { exact: false }).waitFor();
    await page.goto(`${BASE_URL}/kinerja`);
    await pilihTahunPeriode(page, 'B01');
    await pilihOpsi(page, page.getByRole('textbox', { name: 'Unit' }), 'Rejang', LOKA);
    const multi = page.getByTestId('tabel-multi-tahun').locator('tr[data-kode="1.1"]');
    await expect.poll(() => multi.locator(`[data-tahun="${TAHUN}"]`).textContent()).toContain('12,00% thd Renstra');
    await expect.poll(() => multi.locator('[data-kolom="capaian-akhir"]').textContent()).toBe('10,00');
  }, undefined, 120_000);

  uji('perbandingan unit dan kepatuhan SOP: peringkat NKO, peta panas, dan langkah SOP yang selesai tepat waktu', async (page) => {
    const balai = 'Balai POM di Bengkulu';
    await masuk(page, 'pusat.perencanaan', undefined, '/kinerja/pk');
    await page.getByRole('heading', { name: 'Perjanjian Kinerja' }).waitFor();
    await page.getByTestId('impor-pk').locator('input[type=file]').setInputFiles(csv(
      `${balai},${TAHUN},B02,Stakeholder,SS1,Meningkatnya KIE,ya,1.1,Persentase KIE,%,naik,100,20,18`,
      `${balai},${TAHUN},B02,Learning & Growth,SS9,Pengelolaan keuangan,tidak,9.1,Nilai kinerja anggaran,nilai,naik,100,20,5`,
    ));
    await page.getByTestId('impor-pk').getByRole('button', { name: 'Impor', exact: true }).click();
    await page.getByTestId('hasil-impor').getByText('2 baris diimpor.').waitFor();

    // Ranking: 18 / 20 = 90 (SS9 is not counted in the NKO); the heatmap shows both sasaran.
    await page.goto(`${BASE_URL}/kinerja/nasional`);
    await page.getByRole('heading', { name: 'Perbandingan Kinerja Unit' }).waitFor();
    await pilihTahunPeriode(page, 'B02');
    const baris = page.getByTestId('peringkat-nko').locator(`tr[data-unit="${balai}"]`);
    await expect.poll(() => baris.textContent()).toContain('90,00');
    await expect.poll(() => baris.textContent()).toContain('Baik');
    await page.getByTestId('peta-panas').getByRole('columnheader', { name: 'SS9' }).waitFor();
    await page.getByText('Tidak ada unit yang terlambat.').waitFor();

    // BPOM's national PK, made on the national dashboard: N1 = mean of the units' 1.1 at B02 (only Bengkulu reports it:
    // 18) → 90 of 20.
    await page.getByTestId('tautan-bpom').click();
    await page.getByRole('heading', { name: 'Kinerja BPOM', exact: true }).waitFor();
    await page.getByRole('tab', { name: 'PK Nasional' }).click();
    const editor = page.getByTestId('pk-nasional');
    await editor.getByRole('button', { name: 'Tambah perspektif' }).click();
    await editor.getByLabel('Perspektif', { exact: true }).fill('Stakeholder');
    await editor.getByLabel('Kode Sasaran').fill('SSN1');
    await editor.getByLabel('Nama Sasaran').fill('Meningkatnya efektivitas KIE nasional');
    await editor.getByLabel('Kode', { exact: true }).fill('N1');
    await editor.getByLabel('Nama', { exact: true }).fill('Rata-rata persentase KIE unit');
    await editor.getByLabel('Target tahunan').fill('100');
    await editor.getByLabel('B02 N1').fill('20');
    const aturan = editor.getByTestId('aturan-N1');
    await expect.poll(() => aturan.getByRole('textbox', { name: 'Dihimpun dari unit' }).inputValue()).toBe('Rata-rata'); // a % is averaged
    await aturan.getByLabel('Kode indikator unit').fill('1.1');
    await editor.getByRole('button', { name: 'Buat perjanjian kinerja' }).click();
    await page.getByText('Perjanjian kinerja tersimpan.').waitFor();
    await editor.getByText('Versi 1').waitFor();

    await gantiPengguna(page, 'pimpinan', `/kinerja/bpom?tahun=${TAHUN}&periode=B02`);
    const bpom = page.getByTestId('tabel-bpom');
    await expect.poll(() => bpom.locator('tr[data-kode="N1"] [data-kolom="capaian"]').textContent()).toBe('90,00');
    await expect.poll(() => page.getByTestId('nko-bpom').textContent()).toBe('90,00');
    const unduhan = page.waitForEvent('download');
    await page.getByTestId('unduh-laporan-bpom').click();
    const laporanBpom = await unduhan;
    expect(laporanBpom.suggestedFilename()).toBe(`laporan-kinerja-bpom-${TAHUN}-TW1.docx`);
    expect((await readFile((await laporanBpom.path())!)).subarray(0, 2).toString('latin1')).toBe('PK');

    // Pimpinan read the national PK (not edit it) and the SOP figures of the quarter, one table per SOP.
    await page.getByRole('tab', { name: 'PK Nasional' }).click();
    await page.getByText('PK nasional disusun oleh unit perencanaan atau Admin; Anda dapat membacanya.').waitFor();
    await expect.poll(() => page.getByTestId('aturan-N1').getByLabel('Kode indikator unit').isDisabled()).toBe(true);
    await page.getByRole('tab', { name: 'Dalam Angka' }).click();
    for (const sop of ['A', 'B', 'C', 'D']) await page.getByTestId(`angka-POM-04.01-${sop}`).getByRole('columnheader', { name: 's.d. TW1' }).waitFor();
    await page.getByTestId('angka-POM-04.01-C').locator('tr[data-baris="Desa"]').waitFor();

    // Kepatuhan SOP: the Balai finishes step C1 of a Pemberdayaan activity today, within its 10 HK.
    await gantiPengguna(page, 'upt.bengkulu', '/kinerja/kepatuhan-sop');
    await page.getByRole('heading', { name: 'Kepatuhan SOP' }).waitFor();
    const ringkasan = page.getByTestId('kepatuhan-ringkasan');
    const barisC = () => ringkasan.locator('tr', { hasText: 'POM-04.01-C' }).filter({ hasText: balai });
    await page.getByTestId('kepatuhan-langkah').waitFor({ state: 'attached' });
    const sebelum = (await barisC().count()) > 0 ? Number((await barisC().locator('td').nth(3).textContent()) ?? '0') : 0;
    const petugas = await token(page);
    const hariIni = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Jakarta' });
    const kegiatan = await panggil(page.request, petugas, 'post', '/api/pemberdayaan', {
      judul: `Kepatuhan ${Date.now()}`, program: 'DesaPanganAman', bentuk: 'Bimtek',
      komunitas: [{ jenis: 'Desa', nama: 'Desa Uji Kepatuhan', provinsi: 'Bengkulu', kabupatenKota: 'Kota Bengkulu' }], kader: [],
      jumlahPeserta: 10, lokasi: 'Aula', tanggalRencanaMulai: hariIni, tanggalRencanaSelesai: hariIni, dasarKegiatan: 'Rencana kerja',
    });
    const iid = kegiatan.instans.id as string;
    const berkas = (nama: string) => ({ jenis: 'Kelengkapan', berkas: pdf(nama) });
    await panggil(page.request, petugas, 'post', `/api/sop/instans/${iid}/langkah/C1/dokumen`, undefined, berkas('dasar'));
    await panggil(page.request, petugas, 'post', `/api/sop/instans/${iid}/langkah/C1/Mulai`, {});
    await panggil(page.request, petugas, 'post', `/api/sop/instans/${iid}/langkah/C1/dokumen`, undefined, { ...berkas('rencana'), jenis: 'Output' });
    await panggil(page.request, petugas, 'post', `/api/sop/instans/${iid}/langkah/C1/Ajukan`, {});
    await gantiPengguna(page, 'kepala.bengkulu', '/kinerja/kepatuhan-sop');
    await panggil(page.request, await token(page), 'post', `/api/sop/instans/${iid}/langkah/C1/Setujui`, {});
    await page.reload();
    await page.getByRole('heading', { name: 'Kepatuhan SOP' }).waitFor();
    await expect.poll(async () => ((await barisC().count()) > 0 ? Number(await barisC().locator('td').nth(3).textContent()) : 0)).toBe(sebelum + 1);
    await page.getByTestId('kepatuhan-langkah').locator('tr', { hasText: balai }).filter({ hasText: 'C1' }).first().waitFor();
  }, undefined, 120_000);

  uji('rencana aksi ditutup setelah data dukung disahkan kepala unit; rekap semester dan hasil SKM', async (page) => {
    const nomor = `R-${Date.now()}`;
    const kartu = page.getByTestId(`rencana-${nomor}`);
    await masuk(page, 'upt.bengkulu', undefined, '/kinerja/rencana-aksi');
    await page.getByRole('heading', { name: 'Rencana Aksi / Tindak Lanjut' }).waitFor();
    await page.getByLabel('No. rekomendasi').fill(nomor);
    await page.getByLabel('Rekomendasi', { exact: true }).fill('Percepat waktu layanan pengujian');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await kartu.waitFor();
    await kartu.getByLabel('Rencana aksi').fill('Tambah shift pengujian');
    await kartu.locator('input[type=file]').setInputFiles(pdf('daftar hadir'));
    await kartu.getByTestId('bukti-baru').getByText('daftar-hadir.pdf').waitFor();
    await kartu.getByRole('button', { name: 'Isi rencana aksi' }).click();
    await kartu.getByText('Belum dapat ditutup: Data dukung belum disahkan kepala unit.').waitFor();
    await kartu.getByRole('button', { name: 'Tutup' }).click();
    await kartu.getByTestId('galat-kinerja').waitFor();

    await gantiPengguna(page, 'kepala.bengkulu', '/kinerja/rencana-aksi');
    await kartu.getByRole('button', { name: 'Sahkan data dukung' }).click();
    await kartu.getByText('Disahkan: kepala.bengkulu').waitFor();

    await gantiPengguna(page, 'pusat.perencanaan', '/kinerja/rencana-aksi');
    await kartu.getByRole('button', { name: 'Sesuai', exact: true }).click();
    await kartu.getByText('Sesuai', { exact: true }).first().waitFor();

    await gantiPengguna(page, 'upt.bengkulu', '/kinerja/rencana-aksi');
    await kartu.getByRole('button', { name: 'Tutup' }).click();
    await kartu.getByText('Selesai', { exact: true }).first().waitFor();
    const rekap = page.getByTestId('rekap-rencana-aksi').locator('tr', { hasText: 'Balai POM di Bengkulu' });
    await expect.poll(() => rekap.locator('td').nth(5).textContent()).not.toBe('0');
    // The semester monitoring annexes (Lampiran 1 per unit, Lampiran 2 per recommendation) as XLSX.
    const unduhan = page.waitForEvent('download');
    await page.getByTestId('unduh-monitoring').click();
    const lampiran = await unduhan;
    expect(lampiran.suggestedFilename()).toMatch(/^monitoring-rencana-aksi-\d{4}-S[12]\.xlsx$/);
    expect((await readFile((await lampiran.path())!)).subarray(0, 2).toString('latin1')).toBe('PK');
    const unduhWord = page.waitForEvent('download');
    await page.getByTestId('unduh-monitoring-word').click();
    expect((await unduhWord).suggestedFilename()).toMatch(/^monitoring-rencana-aksi-\d{4}-S[12]\.docx$/);

    // SKM: nine element scores of 3,5 → IKM 87,50, mutu B (Baik).
    const layanan = `Pengujian ${Date.now()}`;
    await page.getByLabel('Layanan', { exact: true }).fill(layanan);
    await page.getByLabel('Responden').fill('100');
    for (let i = 1; i <= 9; i++) await page.getByRole('textbox', { name: new RegExp(`^U${i} `) }).fill('3,5');
    await page.getByRole('button', { name: 'Simpan hasil SKM' }).click();
    const skm = page.getByTestId('daftar-skm').locator('tr', { hasText: layanan });
    await expect.poll(() => skm.textContent()).toContain('87,50');
    await expect.poll(() => skm.textContent()).toContain('B (Baik)');
    // The recap (weighted by respondents; every run enters 3,5 for Bengkulu) lists the unit under the first row.
    const rekapSkm = page.getByTestId('rekap-skm');
    await expect.poll(() => rekapSkm.locator('tr[data-unit="Balai POM di Bengkulu"] [data-kolom="ikm"]').textContent()).toBe('87,50');
    await rekapSkm.locator('tr[data-unit="Cakupan Anda"]').waitFor();
  }, undefined, 120_000);
  uji('Balai mengimpor anggaran (berkas salah ditolak), melihat realisasi per sasaran dengan efisiensi, dan memperbaiki satu output', async (page) => {
    const balai = 'Balai POM di Bengkulu';
    await masuk(page, 'pusat.perencanaan', undefined, '/kinerja/pk');
    await page.getByRole('heading', { name: 'Perjanjian Kinerja' }).waitFor();
    // SS1 of the PK: 18 of 20 in February = 90.
    const pk = await page.request.post(`${BASE_URL}/api/kinerja/impor`, {
      headers: { Authorization: `Bearer ${await token(page)}`, 'Content-Type': 'text/csv' },
      data: `${HEADER}\n${balai},${TAHUN},B02,Stakeholder,SS1,Meningkatnya KIE,ya,1.1,Persentase KIE,%,naik,100,20,18\n`,
    });
    expect(pk.ok()).toBe(true);

    await gantiPengguna(page, 'upt.bengkulu', `/kinerja/anggaran?tahun=${TAHUN}&periode=B02`);
    await page.getByRole('heading', { name: 'Anggaran', exact: true }).waitFor();
    const kolom = 'unit,tahun,kode_program,nama_program,kode_kegiatan,nama_kegiatan,kode_output,nama_output,kode_sasaran,pagu,b01,b02,b03,b04,b05,b06,b07,b08,b09,b10,b11,b12';
    const baris = (output: string, nama: string, sasaran: string, pagu: number, ...bulan: number[]) =>
      `${balai},${TAHUN},054.01.WA,Program Pengawasan Obat dan Makanan,3165,Pengawasan Obat dan Makanan di Daerah,${output},${nama},${sasaran},${pagu},${[...bulan, ...Array(12 - bulan.length).fill('')].join(',')}`;
    const berkas = (...isi: string[]) => ({ name: 'anggaran.csv', mimeType: 'text/csv', buffer: Buffer.from([kolom, ...isi].join('\n') + '\n') });
    const unggah = page.locator('input[type=file]').first();

    // A line linked to a sasaran the PK does not have refuses the whole file.
    await unggah.setInputFiles(berkas(baris('3165.QDC.001', 'Layanan KIE', 'SS77', 100_000_000, 10_000_000)));
    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    await page.getByTestId('galat-impor').locator('[data-kolom="baris[2].kode_sasaran"]').waitFor();

    await unggah.setInputFiles(berkas(
      baris('3165.QDC.001', 'Layanan KIE', 'SS1', 100_000_000, 10_000_000, 20_000_000),
      baris('3165.EBA.994', 'Layanan perkantoran', '', 50_000_000, 5_000_000, 5_000_000),
    ));
    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    await page.getByTestId('impor-anggaran-hasil').getByText(/2 baris diimpor/).waitFor();

    // To the end of February: 40 of 150 million; SS1 spent 30 % for a capaian of 90 → efficiency 3.
    await expect.poll(() => page.getByTestId('pagu').textContent()).toBe('Rp150.000.000');
    await expect.poll(() => page.getByTestId('persen-anggaran').textContent()).toBe('26,67%');
    const ss1 = page.getByTestId('anggaran-sasaran').locator('tr[data-sasaran="SS1"]');
    await expect.poll(() => ss1.locator('[data-kolom="efisiensi"]').textContent()).toBe('3,00');

    // February's SP2D was missing: corrected with a reason → 45 % spent, efficiency 2.
    await page.getByRole('button', { name: 'Ubah 3165.QDC.001' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Realisasi Feb').fill('35000000');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.getByText('Tuliskan alasan perubahan anggaran.').waitFor();
    await dialog.getByLabel('Alasan perubahan').fill('SP2D Februari terlewat');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Anggaran tersimpan.').waitFor();
    await expect.poll(() => ss1.locator('[data-kolom="efisiensi"]').textContent()).toBe('2,00');
  }, undefined, 120_000);
});
