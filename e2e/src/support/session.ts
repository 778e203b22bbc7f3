import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import { collectPageErrors, launchBrowser } from './browser.js';

export interface BrowserSession {
  readonly baseUrl: string;
  /** A fresh page in a fresh context (no stored language choice) for each test. */
  readonly page: Page;
  /** What the current page logged as errors or threw. */
  readonly pageErrors: string[];
}

/** A desktop screen unless a test file asks for another device (a tablet, say). */
export interface DeviceOptions {
  viewport: { width: number; height: number };
  hasTouch?: boolean;
  isMobile?: boolean;
}

const DESKTOP: DeviceOptions = { viewport: { width: 1280, height: 900 } };

/** One browser per test file, a clean context per test, as a first-time visitor would arrive. */
export function useBrowserSession(device: DeviceOptions = DESKTOP): BrowserSession {
  const baseUrl = inject('baseUrl');
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('The browser did not start.');
    context = await browser.newContext({ baseURL: baseUrl, locale: 'id-ID', ...device });
    page = await context.newPage();
    pageErrors = collectPageErrors(page);
  });
  afterEach(async () => {
    await context?.close();
  });

  return {
    baseUrl,
    get page() {
      if (!page) throw new Error('No page: use the session inside a test.');
      return page;
    },
    get pageErrors() {
      return pageErrors;
    },
  };
}

export async function htmlLang(page: Page): Promise<string | null> {
  return page.locator('html').getAttribute('lang');
}

/** The accessible text of whatever has keyboard focus. */
export async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
}
