import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, seriousAccessibilityViolations } from './support/browser.js';
import { artifactsDir } from './support/platform.js';
import { useBrowserSession } from './support/session.js';

const session = useBrowserSession();
/** A whole journey visits many pages, each with its accessibility scan: more than one test's usual minute. */
const JOURNEY_TIMEOUT = 180_000;

const OFFICER = { email: 'tangsel@patuh.demo', password: 'patuh-demo-2025' };

/** A read of the live API, signed in as the officer when a session cookie is given. */
async function api<T>(query: string, cookie?: string): Promise<T> {
  const response = await fetch(`${session.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function latestYear(): Promise<number> {
  const { publishedCycles } = await api<{ publishedCycles: { year: number }[] }>('{ publishedCycles { year } }');
  const latest = publishedCycles[0];
  if (!latest) throw new Error('The demo data has no published cycle.');
  return latest.year;
}

/** Signs in through the header's link and the form, as an officer would. */
async function signIn(page: Page) {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Akun' }).getByRole('link', { name: 'Masuk' }).click();
  await page.getByRole('heading', { level: 1, name: 'Masuk' }).waitFor();
  await page.getByLabel('Alamat e-mail').fill(OFFICER.email);
  await page.getByLabel('Kata sandi').fill(OFFICER.password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}

async function checkPage(page: Page, screenshot: string) {
  expect(await page.getByRole('status').filter({ hasText: 'Data demo sintetis — bukan hasil resmi Ombudsman' }).isVisible()).toBe(true);
  await saveScreenshot(page, screenshot);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

describe('portal for an assessed body’s officer', () => {
  it('signs in, reads the rapor, prints it, and simulates an improvement that raises the score', async () => {
    const { page } = session;
    const year = await latestYear();
    await signIn(page);

    // Signed in: the header names the body, and the officer lands on its latest rapor.
    await page.waitForURL(`**/rapor/${year}`);
    const account = page.getByRole('navigation', { name: 'Akun' });
    await account.getByText('Kota Tangerang Selatan').waitFor();
    expect(await account.getByRole('button', { name: 'Keluar' }).isVisible()).toBe(true);
    await page.getByRole('heading', { level: 1, name: `Rapor ${year}: Kota Tangerang Selatan` }).waitFor();
    expect(await page.title()).toBe(`Rapor ${year}: Kota Tangerang Selatan — Patuh`);

    // Every unit with its points lost and why; the improvement points; trend and peers.
    const units = page.locator('section.rapor-unit');
    await units.first().waitFor();
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const { me } = await api<{ me: { institution: { id: string } } }>('{ me { institution { id } } }', cookie);
    const { rapor } = await api<{ rapor: { units: { unit: { name: string } }[]; improvementPoints: { id: string }[] } }>(
      `{ rapor(cycleYear: ${year}, institutionId: "${me.institution.id}") { units { unit { name } } improvementPoints { id } } }`,
      cookie,
    );
    expect(await units.count()).toBe(rapor.units.length);
    expect(await units.getByRole('heading', { level: 3 }).allTextContents()).toEqual(rapor.units.map((u) => u.unit.name));
    const lost = page.getByRole('table', { name: /yang kehilangan poin, terbesar dulu$/ }).first();
    expect(await lost.getByRole('row').nth(1).textContent()).toMatch(/dari nilai penuh|tidak memperoleh poin|tidak diperoleh/);
    expect(await page.locator('.improvement').count()).toBe(rapor.improvementPoints.length);
    await page.getByRole('table', { name: `Skor Kota Tangerang Selatan per tahun (tabel)` }).waitFor();
    await page.getByRole('table', { name: `Kota di Banten, ${year}` }).waitFor();
    await checkPage(page, 'portal-officer-rapor');

    // Laid out for paper: no navigation, the demo marker printed, every unit on its own page.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Navigasi utama' }).isVisible()).toBe(false);
    expect(await page.locator('.print-demo-marker').isVisible()).toBe(true);
    expect(await page.locator('.demo-banner').isVisible()).toBe(true);
    expect(await units.nth(1).evaluate((element) => getComputedStyle(element).breakBefore)).toBe('page');
    await mkdir(artifactsDir, { recursive: true });
    await page.pdf({ path: path.join(artifactsDir, 'portal-officer-rapor.pdf'), format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });

    // What-if: adding the most rewarding improvement raises the projected score.
    await page.getByRole('link', { name: 'Simulasi perbaikan dan jalur ke target' }).click();
    await page.waitForURL(`**/rapor/${year}/simulasi`);
    const projected = page.getByTestId('projected-score');
    await projected.waitFor();
    const score = async () => {
      const [before, after] = ((await projected.textContent()) ?? '').split(' → ');
      const value = (text: string | undefined) => Number((text ?? '').split(' (')[0]?.replace(/\./g, '').replace(',', '.'));
      return { before: value(before), after: value(after) };
    };
    const start = await score();
    expect(start.after).toBe(start.before);
    const suggestions = page.getByRole('table', { name: 'Saran perbaikan, dampak terbesar dulu' });
    await suggestions.getByRole('button', { name: /^Tambahkan / }).first().click();
    await page.getByRole('table', { name: 'Jawaban yang diubah dalam simulasi' }).waitFor();
    const changed = await score();
    expect(changed.before).toBe(start.before);
    expect(changed.after).toBeGreaterThan(changed.before);
    await page.getByRole('table', { name: 'Skor unit yang berubah' }).waitFor();
    await page.getByRole('heading', { name: 'Apa yang dibutuhkan' }).waitFor();
    await checkPage(page, 'portal-officer-what-if');
    expect(session.pageErrors).toEqual([]);
  }, JOURNEY_TIMEOUT);

  it('raises a clarification during the clarification stage, or says when that stage opens', async () => {
    const { page } = session;
    await signIn(page);
    await page.getByRole('navigation', { name: 'Akun' }).getByRole('button', { name: 'Keluar' }).waitFor();
    await page.getByRole('navigation', { name: 'Akun' }).getByRole('link', { name: 'Klarifikasi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Klarifikasi' }).waitFor();

    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const { cycles } = await api<{ cycles: { year: number; stage: string; stages: { stage: string; opensAt: string | null }[] }[] }>(
      '{ cycles { year stage stages { stage opensAt } } }',
      cookie,
    );
    const current = cycles[0];
    if (!current) throw new Error('The demo data has no cycle.');
    await page.getByRole('heading', { level: 2, name: `Siklus ${current.year}` }).waitFor();

    if (current.stage === 'CLARIFICATION') {
      const form = page.getByRole('form', { name: 'Ajukan klarifikasi' });
      await form.getByLabel('Unit layanan').selectOption({ index: 1 });
      await form.getByLabel('Indikator').selectOption({ index: 1 });
      await form.getByLabel('Penjelasan Anda').fill('Temuan ini keliru: dokumen terlampir menunjukkan standar pelayanan sudah dipublikasikan.');
      await form.getByLabel('Berkas bukti').setInputFiles({ name: 'bukti.txt', mimeType: 'text/plain', buffer: Buffer.from('Bukti: SK standar pelayanan.') });
      await form.getByRole('button', { name: 'Ajukan klarifikasi' }).click();
      await page.getByText('Klarifikasi diajukan.').waitFor();
      await page.getByRole('link', { name: 'bukti.txt' }).waitFor();
    } else {
      // The demo's current cycle is not in its clarification stage: the page says so, and when.
      const notice = page.getByTestId('clarification-not-open');
      await notice.getByText(`Tahap klarifikasi siklus ${current.year} belum dibuka, sehingga belum ada klarifikasi yang dapat diajukan.`).waitFor();
      // Other test files may add a cycle without a schedule (the admin's set-up test): the date shows only when planned.
      if (current.stages.some((s) => s.stage === 'CLARIFICATION' && s.opensAt)) {
        await notice.getByText(/^Tahap klarifikasi dijadwalkan /).waitFor();
      }
      expect(await page.getByRole('button', { name: 'Ajukan klarifikasi' }).count()).toBe(0);
    }
    await checkPage(page, 'portal-officer-clarifications');
  });

  it('refuses another body’s rapor with a clear page, then signs out', async () => {
    const { page } = session;
    const year = await latestYear();
    const { rankings } = await api<{ rankings: { nodes: { institution: { id: string; name: string } }[] } }>(
      `{ rankings(cycleYear: ${year}, scope: { type: KEMENTERIAN }, first: 1) { nodes { institution { id name } } } }`,
    );
    const other = rankings.nodes[0]?.institution;
    if (!other) throw new Error('No ministry in the ranking.');
    await signIn(page);
    await page.waitForURL(`**/rapor/${year}`);

    await page.goto(`/rapor/${year}?instansi=${other.id}`);
    await page.getByRole('heading', { level: 1, name: 'Tidak diizinkan' }).waitFor();
    await page.getByText('Jawaban server: Data ini milik instansi lain.').waitFor();
    expect(await page.getByText(other.name).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Buka rapor Kota Tangerang Selatan' }).getAttribute('href')).toBe(`/rapor/${year}`);
    expect(await page.title()).toBe('Tidak diizinkan — Patuh');
    await checkPage(page, 'portal-officer-not-allowed');

    // The same for the simulation of that body.
    await page.goto(`/rapor/${year}/simulasi?instansi=${other.id}`);
    await page.getByRole('heading', { level: 1, name: 'Tidak diizinkan' }).waitFor();

    await page.getByRole('navigation', { name: 'Akun' }).getByRole('button', { name: 'Keluar' }).click();
    await page.getByRole('navigation', { name: 'Akun' }).getByRole('link', { name: 'Masuk' }).waitFor();
    await page.goto(`/rapor/${year}`);
    await page.getByText(/^Halaman ini untuk petugas instansi yang dinilai/).waitFor();
    await checkPage(page, 'portal-officer-signed-out');
  });
});
