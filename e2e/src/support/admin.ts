import type { Page } from 'playwright-core';
import { seriousAccessibilityViolations } from './browser.js';

/** The demo accounts' one password (printed by the server at start). */
export const demoPassword = 'patuh-demo-2025';

/** Signs in through the admin app's form, as a person would, and waits for the overview. */
export async function signInToAdmin(page: Page, email = 'admin@patuh.demo', password = demoPassword): Promise<void> {
  await page.goto('/admin/masuk');
  await page.getByLabel('E-mel').fill(email);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Ringkasan' }).waitFor();
}

/**
 * Collects the serious and critical accessibility violations of every page a test visits, each
 * labelled with the page, so one assertion at the end lists them all.
 */
export function accessibilityLog(page: Page) {
  const found: string[] = [];
  return {
    async scan(label: string): Promise<void> {
      for (const violation of await seriousAccessibilityViolations(page)) found.push(`${label}: ${violation}`);
    },
    get violations(): readonly string[] {
      return found;
    },
  };
}
