import { describe, expect, it } from 'vitest';
import { fetchCycles, saveScreenshot, seriousAccessibilityViolations } from './support/browser.js';
import { focusedText, htmlLang, useBrowserSession } from './support/session.js';

const session = useBrowserSession();

async function openHome() {
  const { page } = session;
  await page.goto('/');
  // The cycles are the last thing the home loads.
  await page.getByRole('region', { name: /^(Siklus penilaian|Assessment cycles)$/ }).getByRole('listitem').first().waitFor();
  return page;
}

describe('portal', () => {
  it('loads at / with the platform name, the demo banner and the cycles from the live API', async () => {
    const cycles = await fetchCycles(session.baseUrl);
    expect(cycles.length).toBeGreaterThan(0);

    const page = await openHome();
    expect(await htmlLang(page)).toBe('id');
    expect(await page.title()).toBe('Patuh — Penilaian Kepatuhan Pelayanan Publik');
    expect(await page.getByRole('banner').getByText('Patuh', { exact: true }).isVisible()).toBe(true);

    const banner = page.getByRole('status').filter({ hasText: 'Data demo sintetis — bukan hasil resmi Ombudsman' });
    expect(await banner.isVisible()).toBe(true);

    const section = page.getByRole('region', { name: 'Siklus penilaian' });
    expect(await section.getByRole('heading', { level: 3 }).allTextContents()).toEqual(cycles.map((cycle) => cycle.title));
    expect(session.pageErrors).toEqual([]);
  });

  it('switches to English, remembers it, and switches back', async () => {
    const page = await openHome();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Assessment cycles' }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('status').filter({ hasText: 'Synthetic demo data — not official Ombudsman results' }).isVisible()).toBe(true);
    await saveScreenshot(page, 'portal-home-en');

    await page.reload();
    await page.getByRole('heading', { name: 'Assessment cycles' }).waitFor();
    expect(await htmlLang(page)).toBe('en');

    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await page.getByRole('heading', { name: 'Siklus penilaian' }).waitFor();
    expect(await htmlLang(page)).toBe('id');
  });

  it('is usable from the keyboard: skip link first, then the language switch', async () => {
    const page = await openHome();

    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Langsung ke konten utama');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await page.reload();
    await page.getByRole('heading', { name: 'Siklus penilaian' }).waitFor();
    for (let presses = 0; presses < 10 && (await focusedText(page)) !== 'English'; presses++) {
      await page.keyboard.press('Tab');
    }
    expect(await focusedText(page)).toBe('English');
    await page.keyboard.press('Space');
    await page.getByRole('heading', { name: 'Assessment cycles' }).waitFor();
  });

  it('has no serious or critical accessibility violations', async () => {
    const page = await openHome();
    await saveScreenshot(page, 'portal-home');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
