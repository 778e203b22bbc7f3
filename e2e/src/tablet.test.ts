/**
 * On a tablet held upright (768 × 1024, touch), as assessors carry them into the units they
 * assess: the pages of the field work and the public ranking fit the screen (only the tables'
 * own scroll areas may scroll sideways), their controls can be reached, and nothing is cut off.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signInToAdmin } from './support/admin.js';
import { saveScreenshot, seriousAccessibilityViolations } from './support/browser.js';
import { useBrowserSession } from './support/session.js';

const TABLET = { viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true };
const session = useBrowserSession(TABLET);

/** How far the page itself is wider than the screen, in CSS pixels (0: it fits). */
function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Elements reaching past the right edge of the screen, outside any scroll area of their own. */
function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const insideScroller = (el: Element) => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const overflowX = getComputedStyle(p).overflowX;
        if (overflowX === 'auto' || overflowX === 'scroll' || overflowX === 'hidden') return true;
      }
      return false;
    };
    return Array.from(document.querySelectorAll('body *'))
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && box.right > width + 1 && !insideScroller(el);
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}`);
  });
}

async function fits(page: Page, screenshot: string) {
  expect(await pageOverflow(page)).toBe(0);
  expect(await cutOff(page)).toEqual([]);
  await saveScreenshot(page, screenshot);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

describe('on a tablet', () => {
  it('an assessor finds an assessment of the field work and reaches its findings', { timeout: 120_000 }, async () => {
    const { page } = session;
    await signInToAdmin(page, 'banten@patuh.demo');
    await fits(page, 'tablet-admin-overview');

    await page.goto('/admin/siklus/2025/penilaian?status=RETURNED&provinsi=36');
    const table = page.getByRole('table', { name: 'Penilaian siklus ini' });
    await table.waitFor();
    await fits(page, 'tablet-admin-assessments');

    await table.getByRole('rowheader').getByRole('link').first().tap();
    await page.locator('[data-status]').waitFor();
    const indicator = page.getByRole('group', { name: /^OUT-SEK-01\b/ });
    const field = indicator.getByRole('textbox', { name: 'Persentase (0–100)' });
    await field.scrollIntoViewIfNeeded();
    expect(await field.isVisible()).toBe(true);
    await fits(page, 'tablet-admin-assessment');
    expect(session.pageErrors).toEqual([]);
  });

  it('the public finds a body in the national ranking', { timeout: 120_000 }, async () => {
    const { page } = session;
    await page.goto('/peringkat');
    const table = page.getByRole('table', { name: /^Peringkat nasional \d{4}$/ });
    await table.waitFor();
    await fits(page, 'tablet-portal-rankings');
    await page.getByLabel('Provinsi', { exact: true }).selectOption({ label: 'Banten' });
    await page.getByRole('table', { name: /^Peringkat \d{4}: Banten$/ }).waitFor();
    await fits(page, 'tablet-portal-rankings-banten');
    expect(session.pageErrors).toEqual([]);
  });
});
