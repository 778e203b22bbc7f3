import { describe, expect, it } from 'vitest';
import { signInToAdmin } from './support/admin.js';
import { fetchCycles, saveScreenshot, seriousAccessibilityViolations } from './support/browser.js';
import { htmlLang, useBrowserSession } from './support/session.js';

const session = useBrowserSession();

/** Staff pages are behind sign-in: the overview is where an admin lands. */
async function openAdmin() {
  const { page } = session;
  await signInToAdmin(page);
  await page.goto('/admin');
  await page.getByRole('table', { name: /^(Siklus penilaian|Assessment cycles)$/ }).waitFor();
  return page;
}

describe('admin', () => {
  it('loads at /admin with the platform name, the demo banner and the cycles from the live API', async () => {
    const cycles = await fetchCycles(session.baseUrl);
    expect(cycles.length).toBeGreaterThan(0);

    const page = await openAdmin();
    expect(await htmlLang(page)).toBe('id');
    expect(await page.title()).toBe('Ringkasan — Patuh Admin');
    expect(await page.getByRole('banner').getByText('Patuh — Admin', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: 'Data demo sintetis — bukan hasil resmi Ombudsman' }).isVisible()).toBe(true);

    const table = page.getByRole('table', { name: 'Siklus penilaian' });
    const titles = (await table.getByRole('rowheader').allTextContents()).map((text) => text.replace(/\s*Sintetis$/, ''));
    expect(titles).toEqual(cycles.map((cycle) => cycle.title));
    expect(await table.getByRole('row').nth(1).getByRole('cell').first().textContent()).toBe(String(cycles[0]?.year));
    expect(session.pageErrors).toEqual([]);
  });

  it('switches to English and back', async () => {
    const page = await openAdmin();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('table', { name: 'Assessment cycles' }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await page.getByRole('table', { name: 'Siklus penilaian' }).waitFor();
    expect(await htmlLang(page)).toBe('id');
  });

  it('has no serious or critical accessibility violations', async () => {
    const page = await openAdmin();
    await saveScreenshot(page, 'admin-home');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
