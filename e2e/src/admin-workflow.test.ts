/**
 * The admin app's assessment workflow against the real platform and its demo data: entering
 * findings (a validation error, an evidence upload, a conflicting edit from two browsers), and a
 * small new cycle taken by the staff roles from sampling to publication, with a clarification
 * decided on the way and the result checked on the public portal.
 *
 * The new cycle is a year before the demo's published ones (2022–2024), with bodies the public
 * pages' tests do not look at, so the portal's latest year and its pages stay as they expect.
 */
import type { APIRequestContext, Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectPageErrors, launchBrowser, saveScreenshot, seriousAccessibilityViolations } from './support/browser.js';

const baseUrl = inject('baseUrl');
const password = 'patuh-demo-2025';
const people = {
  admin: 'admin@patuh.demo',
  banten: 'banten@patuh.demo',
  verifier: 'verifikator@patuh.demo',
} as const;

let browser: Browser | undefined;
const contexts: BrowserContext[] = [];
const pageErrors = new Map<Page, string[]>();

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
});

/** A fresh browser (its own cookies and storage) signed in as one of the demo staff. */
async function signedIn(email: string): Promise<Page> {
  if (!browser) throw new Error('The browser did not start.');
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'id-ID', viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  pageErrors.set(page, collectPageErrors(page));
  await page.goto('/admin/masuk');
  await page.getByLabel('E-mel', { exact: true }).fill(email);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/masuk'));
  return page;
}

async function gql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await request.post('/graphql', { data: { query, variables }, headers: { 'content-type': 'application/json' } });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

interface StoredAnswer {
  indicatorCode: string;
  value: number | null;
}

async function storedAnswers(request: APIRequestContext, assessmentId: string): Promise<Map<string, number | null>> {
  const data = await gql<{ assessment: { answers: StoredAnswer[] } }>(request, 'query($id: ID!) { assessment(id: $id) { answers { indicatorCode value } } }', {
    id: assessmentId,
  });
  return new Map(data.assessment.answers.map((answer) => [answer.indicatorCode, answer.value]));
}

/** Saves wait for typing to pause and for the server: polls give them time. */
const patiently = { timeout: 20_000, interval: 250 };
const status = (page: Page) => page.locator('[data-status]');
const indicator = (page: Page, code: string) => page.getByRole('group', { name: new RegExp(`^${code}\\b`) });
/** The radio of an ordinal level, named "<value> — <label>". */
const level = (group: Locator, value: number) => group.getByRole('radio', { name: new RegExp(`^${value} — `) });

async function checkedLevel(group: Locator): Promise<number | null> {
  for (const value of [0, 1, 2, 3]) if (await level(group, value).isChecked()) return value;
  return null;
}

/** The 2025 demo cycle's returned assessments in Banten: editable during verification. */
async function returnedInBanten(page: Page): Promise<string[]> {
  await page.goto('/admin/siklus/2025/penilaian?status=RETURNED&provinsi=36');
  const table = page.getByRole('table', { name: 'Penilaian siklus ini' });
  await table.waitFor();
  const links = await table.getByRole('rowheader').getByRole('link').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname));
  expect(links.length).toBeGreaterThanOrEqual(2);
  return links;
}

async function openAssessment(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect.poll(() => status(page).textContent(), patiently).toMatch(/^Tersimpan/);
}

describe('assessment entry', () => {
  it('marks a value off its scale at the indicator and saves once it is corrected', { timeout: 90_000 }, async () => {
    const page = await signedIn(people.banten);
    const [path] = await returnedInBanten(page);
    const assessmentId = (path as string).split('/').at(-1) as string;
    // A value other than the stored one, so that correcting it is a change to save.
    const corrected = (await storedAnswers(page.request, assessmentId)).get('OUT-SEK-01') === 87.5 ? 86.25 : 87.5;
    await openAssessment(page, path as string);

    const output = indicator(page, 'OUT-SEK-01');
    const field = output.getByRole('textbox', { name: 'Persentase (0–100)' });
    await field.fill('150');
    await expect.poll(() => output.getByText('Nilai di luar skala: isi antara 0 dan 100.').isVisible(), patiently).toBe(true);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await status(page).textContent()).toBe('Belum disimpan: perbaiki isian yang ditandai');
    expect(await page.getByTestId('unit-score').textContent()).toContain('1 jawaban tidak sesuai skala.');

    await field.fill(String(corrected).replace('.', ','));
    await expect.poll(() => status(page).textContent(), patiently).toMatch(/^Tersimpan \(/);
    expect((await storedAnswers(page.request, assessmentId)).get('OUT-SEK-01')).toBe(corrected);
    await saveScreenshot(page, 'admin-assessment-form');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(pageErrors.get(page)).toEqual([]);
  });

  it('uploads evidence for an indicator and lists it with a download link', { timeout: 90_000 }, async () => {
    const page = await signedIn(people.banten);
    const [path] = await returnedInBanten(page);
    await openAssessment(page, path as string);

    const competence = indicator(page, 'IN-KOM-01');
    const content = 'Foto maklumat pelayanan terpasang di ruang tunggu.\n';
    const fileName = `maklumat-pelayanan-${Date.now()}.txt`;
    await competence.getByLabel('Unggah bukti dukung untuk IN-KOM-01').setInputFiles({ name: fileName, mimeType: 'text/plain', buffer: Buffer.from(content) });
    await competence.getByText(`${fileName} telah diunggah.`).waitFor();
    const link = competence.getByRole('link', { name: fileName });
    await link.waitFor();
    const download = await page.request.get((await link.getAttribute('href')) as string);
    expect(download.status()).toBe(200);
    expect(await download.text()).toBe(content);
    expect(pageErrors.get(page)).toEqual([]);
  });

  it('puts a conflicting edit from another browser side by side, and saves the choice without losing either side', { timeout: 120_000 }, async () => {
    const theirs = await signedIn(people.admin);
    const mine = await signedIn(people.banten);
    const [, path] = await returnedInBanten(mine);
    const assessmentId = (path as string).split('/').at(-1) as string;
    await openAssessment(theirs, path as string);
    await openAssessment(mine, path as string);

    // Values each side sets: different from what is stored, and from each other on IN-KOM-01.
    const current = await storedAnswers(mine.request, assessmentId);
    const others = (code: string) => [0, 1, 2, 3].filter((value) => value !== current.get(code));
    const [theirValue, myValue] = others('IN-KOM-01') as [number, number];
    const [theirSecond] = others('IN-KOM-02') as [number];
    const [mySecond] = others('IN-SAR-02') as [number];

    // My connection drops; I keep working.
    await mine.context().setOffline(true);
    await level(indicator(mine, 'IN-KOM-01'), myValue).check();
    await level(indicator(mine, 'IN-SAR-02'), mySecond).check();
    await expect.poll(() => status(mine).textContent(), patiently).toMatch(/^Offline, akan disimpan: 2 perubahan/);

    // Meanwhile a colleague saves the same indicator differently, and another one.
    await level(indicator(theirs, 'IN-KOM-01'), theirValue).check();
    await level(indicator(theirs, 'IN-KOM-02'), theirSecond).check();
    await expect.poll(() => status(theirs).textContent(), patiently).toMatch(/^Tersimpan \(/);

    // Back online: my save meets theirs.
    await mine.context().setOffline(false);
    const conflict = mine.getByRole('region', { name: 'Perubahan Anda bertentangan dengan perubahan orang lain' });
    await conflict.waitFor();
    const item = conflict.getByRole('group', { name: /^IN-KOM-01/ });
    expect(await conflict.getByRole('group').count()).toBe(1);
    expect(await item.textContent()).toContain('Jawaban tersimpan, oleh Admin Pusat (demo)');
    await saveScreenshot(mine, 'admin-assessment-conflict');
    expect(await seriousAccessibilityViolations(mine)).toEqual([]);

    await item.getByRole('radio', { name: 'Pakai jawaban saya' }).check();
    await conflict.getByRole('button', { name: 'Simpan pilihan' }).click();
    await expect.poll(() => status(mine).textContent(), patiently).toMatch(/^Tersimpan \(/);

    const stored = await storedAnswers(mine.request, assessmentId);
    expect(stored.get('IN-KOM-01')).toBe(myValue);
    expect(stored.get('IN-SAR-02')).toBe(mySecond);
    expect(stored.get('IN-KOM-02')).toBe(theirSecond);
    expect(pageErrors.get(mine)).toEqual([]);
    expect(pageErrors.get(theirs)).toEqual([]);
  });
});

interface Scale {
  kind: 'YES_NO' | 'ORDINAL' | 'PERCENTAGE' | 'NUMERIC';
  levels?: { value: number }[];
  normalisation?: { min: number; max: number; direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' };
}
interface MethodologyDocument {
  dimensions: { variables: { indicators: { code: string; scale: Scale }[] }[] }[];
}

/** Every indicator at its best answer, as the API stores them (yes/no as 1/0). */
function bestAnswers(document: MethodologyDocument): { indicatorCode: string; value: number }[] {
  return document.dimensions.flatMap((dimension) =>
    dimension.variables.flatMap((variable) =>
      variable.indicators.map(({ code, scale }) => {
        const value =
          scale.kind === 'YES_NO'
            ? 1
            : scale.kind === 'ORDINAL'
              ? Math.max(...(scale.levels ?? []).map((item) => item.value))
              : scale.kind === 'PERCENTAGE'
                ? 100
                : scale.normalisation?.direction === 'LOWER_IS_BETTER'
                  ? (scale.normalisation?.min ?? 0)
                  : (scale.normalisation?.max ?? 0);
        return { indicatorCode: code, value };
      }),
    ),
  );
}

/**
 * A new officer of a body, signed in through the API: invited by an admin, the invitation read
 * from the outbox (no mail server in the test platform), the password set from its link.
 */
async function invitedOfficer(admin: APIRequestContext, institutionName: string): Promise<APIRequestContext> {
  const email = `petugas-${Date.now()}@cilegon.example`;
  const { institutions } = await gql<{ institutions: { nodes: { id: string; name: string }[] } }>(
    admin,
    'query($search: String!) { institutions(filter: { search: $search }, first: 5) { nodes { id name } } }',
    { search: institutionName },
  );
  const institution = institutions.nodes.find((node) => node.name === institutionName);
  if (!institution) throw new Error(`No institution named ${institutionName}`);
  await gql(admin, 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }', {
    input: { email, name: `Petugas ${institutionName}`, role: 'INSTITUTION_OFFICER', institutionId: institution.id },
  });
  const { outbox } = await gql<{ outbox: { nodes: { to: string; body: string }[] } }>(admin, '{ outbox(first: 50) { nodes { to body } } }');
  const token = /token=([^\s&]+)/.exec(outbox.nodes.find((mail) => mail.to === email)?.body ?? '')?.[1];
  if (!token) throw new Error(`No invitation for ${email} in the outbox`);
  const context = await (browser as Browser).newContext({ baseURL: baseUrl });
  contexts.push(context);
  await gql(context.request, 'mutation($input: SetPasswordInput!) { acceptInvitation(input: $input) { id } }', {
    input: { token: decodeURIComponent(token), password: 'klarifikasi-cilegon-2025' },
  });
  return context.request;
}

/** Moves the cycle one stage on from its dashboard, as an admin does. */
async function moveStage(admin: Page, cycleId: string, stage: string): Promise<void> {
  await admin.goto(`/admin/siklus/${cycleId}`);
  await admin.getByRole('button', { name: `Pindahkan ke tahap ${stage}` }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Ya, pindahkan' }).click();
  await admin.getByText(`Siklus kini pada tahap ${stage}.`).waitFor();
}

/** Picks a body in an institution picker by typing part of its name. */
async function pickInstitution(page: Page, label: string, search: string, name: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).fill(search);
  await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
}

describe('a cycle from sampling to publication', () => {
  it('is sampled, assigned, assessed, verified, clarified, decided and published by the staff roles, and shows on the portal', { timeout: 420_000 }, async () => {
    const admin = await signedIn(people.admin);
    const banten = await signedIn(people.banten);
    const verifier = await signedIn(people.verifier);

    // Headquarters opens a small cycle on the 2022 method, in a year the demo data leaves free.
    await admin.goto('/admin/siklus/baru');
    const year = String(2001 + Math.floor(Math.random() * 15));
    await admin.getByLabel('Tahun penilaian').fill(year);
    await admin.getByRole('radio', { name: /METHOD_2022/ }).check();
    await admin.getByRole('button', { name: 'Buat siklus' }).click();
    await admin.waitForURL(/\/siklus\/[0-9a-f-]{36}\/metodologi$/);
    const cycleId = new URL(admin.url()).pathname.split('/')[3] as string;

    // The Banten office samples two units of Kota Cilegon and one of Kota Serang, and assigns them.
    await banten.goto(`/admin/siklus/${cycleId}/sampel`);
    for (const [search, name, count] of [
      ['Cilegon', 'Kota Cilegon', 2],
      ['Kota Serang', 'Kota Serang', 1],
    ] as const) {
      await pickInstitution(banten, 'Pilih instansi', search, name);
      const units = banten.getByRole('group', { name: `Unit layanan ${name}` });
      await units.waitFor();
      for (let i = 0; i < count; i += 1) await units.getByRole('checkbox').nth(i).check();
      await banten.getByRole('button', { name: `Jadikan sampel: ${count} unit terpilih` }).click();
      await banten.getByText(/unit ditambahkan ke sampel\./).waitFor();
      await banten.getByRole('region', { name: 'Sampel per instansi' }).getByRole('button', { name: 'Hapus pilihan' }).click();
    }
    const sampled = banten.getByRole('table', { name: 'Unit sampel siklus ini' });
    await expect.poll(() => sampled.getByRole('rowheader').count(), patiently).toBe(3);
    for (const [role, person] of [
      ['ASSESSOR', 'Asisten Perwakilan Banten (demo)'],
      ['VERIFIER', 'Verifikator Pusat (demo)'],
    ] as const) {
      await sampled.getByRole('checkbox', { name: 'Pilih semua unit di halaman ini' }).check();
      await banten.getByLabel('Peran').selectOption(role);
      await banten.getByLabel('Staf', { exact: true }).selectOption({ label: (await banten.getByLabel('Staf', { exact: true }).locator('option', { hasText: person }).textContent()) as string });
      await banten.getByRole('button', { name: 'Tugaskan', exact: true }).click();
      await banten.getByText(new RegExp(`^${person.replace(/[()]/g, '\\$&')} ditugaskan sebagai .* pada 3 unit\\.$`)).waitFor();
    }
    await expect.poll(() => sampled.getByText('Verifikator Pusat (demo)').count(), patiently).toBe(3);
    await saveScreenshot(banten, 'admin-sampling');
    expect(await seriousAccessibilityViolations(banten)).toEqual([]);

    await moveStage(admin, cycleId, 'Persiapan');
    await moveStage(admin, cycleId, 'Pengumpulan data');

    // The assessor fills in the first unit on the form; the two others through the API.
    await banten.goto(`/admin/siklus/${cycleId}/penilaian`);
    const list = banten.getByRole('table', { name: 'Penilaian siklus ini' });
    await list.waitFor();
    const paths = await list.getByRole('rowheader').getByRole('link').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname));
    const names = await list.getByRole('row').evaluateAll((rows) => rows.slice(1).map((row) => row.textContent ?? ''));
    const first = names.findIndex((text) => text.includes('Kota Cilegon'));
    const formPath = paths[first] as string;
    const formAssessmentId = formPath.split('/').at(-1) as string;
    await openAssessment(banten, formPath);
    const groups = banten.locator('fieldset.indicator');
    const groupCount = await groups.count();
    expect(groupCount).toBe(37);
    for (let i = 0; i < groupCount; i += 1) {
      const group = groups.nth(i);
      const code = ((await group.locator('.indicator__code').textContent()) ?? '').trim();
      const number = group.getByRole('textbox', { name: 'Nilai' });
      if (await number.count()) await number.fill('3,5');
      else if (code === 'IN-KOM-01') await level(group, 1).check();
      else if (await group.getByRole('radio', { name: 'Ya' }).count()) await group.getByRole('radio', { name: 'Ya' }).check();
      else await group.getByRole('radio', { name: /^3 — / }).check();
    }
    await expect.poll(() => status(banten).textContent(), patiently).toMatch(/^Tersimpan \(/);
    expect(await banten.getByTestId('unit-score').textContent()).toMatch(/Nilai \d{2},\d{2}/);
    await banten.getByRole('button', { name: 'Ajukan untuk verifikasi' }).click();
    await banten.getByRole('dialog').getByRole('button', { name: 'Ya, ajukan' }).click();
    await banten.getByText('Penilaian diajukan untuk verifikasi.').waitFor();

    const method = await gql<{ cycle: { methodology: { document: MethodologyDocument } } }>(
      banten.request,
      'query($id: ID!) { cycle(id: $id) { methodology { document } } }',
      { id: cycleId },
    );
    const best = bestAnswers(method.cycle.methodology.document);
    for (const path of paths.filter((candidate) => candidate !== formPath)) {
      const id = path.split('/').at(-1) as string;
      const saved = await gql<{ saveAnswers: { version: number } }>(
        banten.request,
        'mutation($id: ID!, $answers: [AnswerInput!]!) { saveAnswers(assessmentId: $id, expectedVersion: 1, answers: $answers) { version } }',
        { id, answers: best },
      );
      await gql(banten.request, 'mutation($id: ID!, $version: Int!) { submitAssessment(id: $id, expectedVersion: $version) { status } }', {
        id,
        version: saved.saveAnswers.version,
      });
    }

    await moveStage(admin, cycleId, 'Verifikasi');

    // The verifier works through the queue.
    for (let remaining = 3; remaining > 0; remaining -= 1) {
      await verifier.goto(`/admin/siklus/${cycleId}/verifikasi`);
      const queue = verifier.getByRole('table', { name: 'Penilaian yang menunggu verifikasi' });
      await queue.waitFor();
      expect(await queue.getByRole('rowheader').count()).toBe(remaining);
      await queue.getByRole('rowheader').first().getByRole('link').click();
      await verifier.getByText(/Ini pertama kalinya Anda membuka penilaian ini/).waitFor();
      if (remaining === 3) expect(await seriousAccessibilityViolations(verifier)).toEqual([]);
      await verifier.getByRole('button', { name: 'Verifikasi', exact: true }).click();
      await verifier.getByRole('dialog').getByRole('button', { name: 'Ya, verifikasi' }).click();
      await verifier.getByText('Penilaian diverifikasi.').waitFor();
    }

    await moveStage(admin, cycleId, 'Klarifikasi');

    // An officer of Kota Cilegon, invited for the occasion, questions one finding of the unit filled in on the form.
    const officer = await invitedOfficer(admin.request, 'Kota Cilegon');
    await gql(officer, 'mutation($id: ID!, $code: String!, $message: String!) { raiseClarification(assessmentId: $id, indicatorCode: $code, message: $message) { id } }', {
      id: formAssessmentId,
      code: 'IN-KOM-01',
      message: 'Seluruh pelaksana telah mengikuti pelatihan standar pelayanan; daftar hadir terlampir.',
    });

    // The verifier decides it: accepted, with the corrected finding on the indicator's scale.
    await verifier.goto(`/admin/siklus/${cycleId}/klarifikasi?status=OPEN`);
    const inbox = verifier.getByRole('table', { name: 'Klarifikasi siklus ini' });
    await inbox.getByRole('link', { name: /^IN-KOM-01/ }).click();
    await verifier.getByRole('heading', { level: 1, name: /Klarifikasi IN-KOM-01/ }).waitFor();
    expect(await verifier.getByText('1 — Mengetahui sebagian kecil').first().isVisible()).toBe(true);
    await verifier.getByRole('textbox', { name: 'Jawaban Ombudsman' }).fill('Daftar hadir pelatihan sudah kami terima dan periksa.');
    await verifier.getByRole('button', { name: 'Kirim jawaban' }).click();
    await verifier.getByRole('radio', { name: 'Terima: temuan dikoreksi' }).check();
    await verifier.getByRole('button', { name: 'Putuskan' }).click();
    expect(await verifier.getByText('Tuliskan alasan keputusan.').isVisible()).toBe(true);
    await level(verifier.getByRole('group', { name: 'Temuan yang dikoreksi' }), 3).check();
    await verifier.getByLabel('Alasan keputusan').fill('Bukti pelatihan menunjukkan semua pelaksana memahami standar pelayanan.');
    await verifier.getByRole('button', { name: 'Putuskan' }).click();
    await verifier.getByRole('dialog').getByRole('button', { name: 'Ya, terima' }).click();
    await verifier.getByText(/^Diterima oleh Verifikator Pusat \(demo\)/).waitFor();
    expect((await storedAnswers(verifier.request, formAssessmentId)).get('IN-KOM-01')).toBe(3);

    await moveStage(admin, cycleId, 'Penetapan');

    // Headquarters previews the results in the browser, then publishes them.
    await admin.goto(`/admin/siklus/${cycleId}/publikasi`);
    await admin.getByRole('button', { name: 'Hitung pratinjau' }).click();
    const ranking = admin.getByRole('table', { name: /^Peringkat nasional \(pratinjau\)/ });
    await ranking.waitFor();
    expect(await ranking.getByRole('rowheader').allTextContents()).toEqual(expect.arrayContaining(['Kota Cilegon', 'Kota Serang']));
    const previewRow = ranking.getByRole('row', { name: /Kota Cilegon/ });
    const previewScore = ((await previewRow.getByRole('cell').nth(3).textContent()) ?? '').trim();
    expect(previewScore).toMatch(/^\d{2},\d{2}$/);
    await saveScreenshot(admin, 'admin-publication-preview');
    expect(await seriousAccessibilityViolations(admin)).toEqual([]);

    await admin.getByRole('button', { name: `Publikasikan hasil Penilaian Kepatuhan ${year}` }).click();
    const confirm = admin.getByRole('dialog', { name: `Publikasikan hasil Penilaian Kepatuhan ${year}?` });
    expect(await confirm.textContent()).toContain('Hasilnya menjadi publik di portal');
    await confirm.getByRole('button', { name: 'Ya, publikasikan' }).click();
    await admin.getByText(/^Revisi 1 dipublikasikan pada .*: 2 instansi, 3 unit\.$/).waitFor();

    // A correction, with its reason, becomes revision 2.
    await admin.getByLabel('Alasan koreksi').fill('Pembetulan setelah pemeriksaan ulang dokumen.');
    await admin.getByRole('button', { name: 'Publikasikan koreksi' }).click();
    await admin.getByRole('dialog').getByRole('button', { name: 'Ya, publikasikan koreksi' }).click();
    await admin.getByText(/^Revisi 2 dipublikasikan pada /).waitFor();
    const revisions = admin.getByRole('table', { name: `Revisi hasil siklus ${year}, yang terbaru lebih dahulu` });
    await expect.poll(() => revisions.getByRole('rowheader').allTextContents(), patiently).toEqual(['2', '1']);
    expect(await revisions.getByRole('row', { name: /^2/ }).textContent()).toContain('Pembetulan setelah pemeriksaan ulang dokumen.');

    // The public portal ranks the year with the score the preview gave.
    await admin.getByRole('link', { name: `Lihat peringkat ${year} di portal publik` }).click();
    await admin.waitForURL(new RegExp(`/peringkat/${year}$`));
    const publicRow = admin.getByRole('row', { name: /Kota Cilegon/ });
    await publicRow.waitFor();
    expect(await publicRow.textContent()).toContain(previewScore);
    await saveScreenshot(admin, 'portal-ranking-after-publication');

    for (const page of [admin, banten, verifier]) expect(pageErrors.get(page)).toEqual([]);
  });
});
