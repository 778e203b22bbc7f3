import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, seriousAccessibilityViolations } from './support/browser.js';
import { htmlLang, useBrowserSession } from './support/session.js';

const session = useBrowserSession();
/** A whole journey visits many pages, each with its accessibility scan: more than one test's usual minute. */
const JOURNEY_TIMEOUT = 180_000;

/** A public read of the live API, to compare the pages with. */
async function api<T>(query: string): Promise<T> {
  const response = await fetch(`${session.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

interface Published {
  publishedCycles: { year: number; latestRevision: { institutionCount: number } }[];
}

async function latestYear(): Promise<number> {
  const { publishedCycles } = await api<Published>('{ publishedCycles { year latestRevision { institutionCount } } }');
  const latest = publishedCycles[0];
  if (!latest) throw new Error('The demo data has no published cycle.');
  return latest.year;
}

/** Every page: its own title and description, the demo banner, no serious accessibility problem. */
async function checkPage(page: Page, screenshot: string, title: RegExp | string) {
  if (typeof title === 'string') expect(await page.title()).toBe(title);
  else expect(await page.title()).toMatch(title);
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  expect(description?.length ?? 0).toBeGreaterThan(40);
  expect(await page.getByRole('status').filter({ hasText: 'Data demo sintetis — bukan hasil resmi Ombudsman' }).isVisible()).toBe(true);
  await saveScreenshot(page, screenshot);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

describe('portal for the public', () => {
  it('leads from the home to Banten’s ranking, a body’s profile, the methodology and the open data', async () => {
    const { page } = session;
    const year = await latestYear();

    // Home: the latest published year at a glance.
    await page.goto('/');
    const glance = page.getByRole('region', { name: new RegExp(`^Hasil ${year} sekilas`) });
    await glance.getByRole('table', { name: `Jumlah instansi per predikat, ${year}` }).waitFor();
    expect(await glance.getByText(/^Hijau: \d+ instansi$/).isVisible()).toBe(true);
    await page.getByRole('region', { name: `Terbaik per jenis instansi, ${year}` }).getByRole('listitem').first().waitFor();
    await page.getByRole('region', { name: /^Perubahan sejak/ }).getByRole('term').first().waitFor();
    // The map arrives after the rest of the page.
    await page.getByRole('link', { name: /^Banten: rata-rata / }).waitFor();
    await checkPage(page, 'portal-public-home', 'Patuh — Penilaian Kepatuhan Pelayanan Publik');

    // The search box finds any body and leads to its page.
    await page.getByLabel('Nama atau kode instansi').fill('Tangerang Selatan');
    const found = page.locator('.search-panel__results').getByRole('link', { name: 'Kota Tangerang Selatan' });
    await found.waitFor();

    // Rankings, filtered by province: the view is in the address.
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Peringkat' }).click();
    await page.waitForURL(`**/peringkat/${year}`);
    await page.getByRole('table', { name: `Peringkat nasional ${year}` }).waitFor();
    await page.getByLabel('Provinsi', { exact: true }).selectOption({ label: 'Banten' });
    await page.waitForURL(`**/peringkat/${year}?provinsi=36`);
    const table = page.getByRole('table', { name: `Peringkat ${year}: Banten` });
    await table.waitFor();
    const { rankings } = await api<{ rankings: { totalCount: number; nodes: { institution: { name: string } }[] } }>(
      `{ rankings(cycleYear: ${year}, scope: { provinceCode: "36" }, first: 200) { totalCount nodes { institution { name } } } }`,
    );
    const names = await table.getByRole('rowheader').getByRole('link').allTextContents();
    expect(names).toEqual(rankings.nodes.map((node) => node.institution.name));
    expect(await page.getByText(`Menampilkan ${rankings.totalCount} dari ${rankings.totalCount} instansi.`).isVisible()).toBe(true);
    await checkPage(page, 'portal-public-rankings-banten', `Peringkat ${year} — Patuh`);

    // The same address opened afresh shows the same view.
    await page.reload();
    await page.getByRole('table', { name: `Peringkat ${year}: Banten` }).waitFor();

    // A body's profile, from the table.
    await page.getByRole('table', { name: `Peringkat ${year}: Banten` }).getByRole('link', { name: 'Kota Tangerang Selatan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kota Tangerang Selatan' }).waitFor();
    // Its ranks, nationally, among its kind and in its province, each out of how many.
    await page.getByText(/^\d+ dari \d+$/).nth(2).waitFor();
    const chart = page.getByRole('img', { name: /^Skor Kota Tangerang Selatan per tahun/ });
    expect(await chart.isVisible()).toBe(true);
    const id = page.url().split('/instansi/')[1] ?? '';
    const { institutionProfile } = await api<{ institutionProfile: { results: { year: number }[] } }>(`{ institutionProfile(id: "${id}") { results { year } } }`);
    const history = page.getByRole('table', { name: 'Skor Kota Tangerang Selatan per tahun (tabel)' });
    expect(await history.getByRole('rowheader').allTextContents()).toEqual(institutionProfile.results.map((r) => String(r.year)));
    await page.getByRole('table', { name: new RegExp(`^Skor unit layanan Kota Tangerang Selatan, ${year}`) }).waitFor();
    await checkPage(page, 'portal-public-profile', 'Kota Tangerang Selatan — Patuh');

    // Methodology, and the difference with the year before.
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Metodologi' }).click();
    await page.waitForURL(`**/metodologi/${year}`);
    await page.getByRole('heading', { name: 'Bagaimana skor dibentuk' }).waitFor();
    await page.getByRole('table', { name: /^Rentang predikat / }).waitFor();
    expect(await page.getByRole('table', { name: /^Indikator dimensi / }).count()).toBeGreaterThanOrEqual(4);
    await page.getByLabel('Bandingkan dengan', { exact: true }).selectOption(String(year - 1));
    await page.getByRole('heading', { name: `Perbedaan ${year} dan ${year - 1}` }).waitFor();
    await page.getByRole('table', { name: `Bobot dimensi dan variabel, ${year} dan ${year - 1}` }).waitFor();
    await checkPage(page, 'portal-public-methodology', `Metodologi ${year} — Patuh`);

    // Open data: the CSV of the year is what the link says.
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Data terbuka' }).click();
    const csvLink = page.getByRole('link', { name: `CSV ${year}` });
    await csvLink.waitFor();
    const href = await csvLink.getAttribute('href');
    expect(href).toBe(`/api/open-data/${year}.csv`);
    const csv = await page.request.get(href ?? '');
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    const lines = (await csv.text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe(
      'year,institution_code,institution_name,institution_type,province_code,province_name,score,grade,zone,rank_national,rank_type,rank_province,revision,source,synthetic',
    );
    const { publishedCycles } = await api<Published>('{ publishedCycles { year latestRevision { institutionCount } } }');
    expect(lines.length - 1).toBe(publishedCycles[0]?.latestRevision.institutionCount);
    // The SDL at its stable address.
    const schema = await page.request.get('/schema.graphql');
    expect(schema.status()).toBe(200);
    expect(await schema.text()).toContain('type Query {');
    await page.getByRole('heading', { name: 'API GraphQL publik' }).waitFor();
    await checkPage(page, 'portal-public-open-data', 'Data terbuka dan API — Patuh');
    expect(session.pageErrors).toEqual([]);
  }, JOURNEY_TIMEOUT);

  it('colours the provinces on a map whose every province is a link, with a table of the same figures', async () => {
    const { page } = session;
    const year = await latestYear();
    await page.goto('/provinsi');
    const banten = page.getByRole('link', { name: /^Banten: rata-rata [\d,]+, \d+ instansi$/ });
    await banten.waitFor();
    const table = page.getByRole('table', { name: `Rata-rata skor per provinsi, ${year}` });
    expect(await table.getByRole('rowheader').count()).toBe(38);
    // The provinces the shapes lack are named on the page.
    expect(await page.getByText(/^Peta belum memuat Kalimantan Utara, .*Papua Barat Daya/).isVisible()).toBe(true);
    await checkPage(page, 'portal-public-provinces', 'Provinsi dan peta — Patuh');

    // From the keyboard: each province of the map takes the focus, named with its figure.
    await banten.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Banten: rata-rata /);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/provinsi/36?tahun=${year}`);
    await page.getByRole('heading', { level: 1, name: 'Banten' }).waitFor();
    await page.getByRole('table', { name: `Instansi di Banten, ${year}` }).waitFor();
    await checkPage(page, 'portal-public-province-banten', 'Banten — Provinsi — Patuh');
  });

  it('switches to English on any page, titles included, and remembers it', async () => {
    const { page } = session;
    const year = await latestYear();
    await page.goto(`/peringkat/${year}?tipe=kota&urut=nama`);
    await page.getByRole('table', { name: `Peringkat ${year}: Kota` }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('table', { name: `Ranking ${year}: Cities` }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    expect(await page.title()).toBe(`Rankings ${year} — Patuh`);
    expect(await page.getByLabel('Sort by', { exact: true }).inputValue()).toBe('name');
    expect(await page.getByRole('status').filter({ hasText: 'Synthetic demo data — not official Ombudsman results' }).isVisible()).toBe(true);
    await saveScreenshot(page, 'portal-public-rankings-en');

    await page.goto(`/metodologi/${year}`);
    await page.getByRole('heading', { name: 'How a score is made' }).waitFor();
    expect(await page.title()).toBe(`Methodology ${year} — Patuh`);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('reads published results with GETs the server answers from its cache', async () => {
    const { page } = session;
    const year = await latestYear();
    const reads: { method: string; operation: string | null; status: number; cache: string | null }[] = [];
    const record = async (response: import('playwright-core').Response) => {
      const request = response.request();
      if (new URL(request.url()).pathname !== '/graphql') return;
      reads.push({
        method: request.method(),
        operation: new URL(request.url()).searchParams.get('operationName'),
        status: response.status(),
        cache: await response.headerValue('x-cache'),
      });
    };
    page.on('response', record);
    try {
      // Twice: the second visit (a new page load, an empty Apollo cache) finds the server's cache filled.
      for (let visit = 0; visit < 2; visit++) {
        await page.goto(`/peringkat/${year}`);
        await page.getByRole('table', { name: `Peringkat nasional ${year}` }).waitFor();
      }
    } finally {
      page.off('response', record);
    }
    const rankingReads = reads.filter((r) => r.operation === 'Rankings');
    expect(rankingReads.length).toBeGreaterThanOrEqual(2);
    expect(rankingReads.every((r) => r.method === 'GET' && r.status === 200)).toBe(true);
    expect(rankingReads.at(-1)?.cache).toBe('HIT');
    expect(reads.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('answers unknown addresses and unpublished years plainly', async () => {
    const { page } = session;
    await page.goto('/peringkat/1999');
    await page.getByText('Hasil penilaian 1999 belum dipublikasikan, atau tahun ini tidak ada.').waitFor();
    await page.goto('/tidak-ada');
    await page.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
