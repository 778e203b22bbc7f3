import { describe, expect, it } from 'vitest';
import { accessibilityLog, demoPassword, signInToAdmin } from './support/admin.js';
import { fetchCycles, saveScreenshot } from './support/browser.js';
import { useBrowserSession } from './support/session.js';

const session = useBrowserSession();

/** The cycle the set-up test creates; the audit test then reads its stage move. */
let created: { id: string; year: number } | undefined;

describe('admin: signing in', () => {
  it('signs in with the keyboard only, from the page the guard sends the public to', async () => {
    const { page } = session;
    const a11y = accessibilityLog(page);
    await page.goto('/admin/pengguna');
    await page.getByRole('heading', { level: 1, name: 'Masuk ke Patuh Admin' }).waitFor();
    expect(new URL(page.url()).search).toBe('?lanjut=%2Fpengguna');
    await a11y.scan('sign-in');

    // Tab from the top of the page to the e-mail field: skip link, header, then the form.
    for (let presses = 0; presses < 12; presses += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('name') === 'email')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('email');
    expect(await page.evaluate(() => document.activeElement?.matches(':focus-visible'))).toBe(true);
    await page.keyboard.type('admin@patuh.demo');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('password');
    await page.keyboard.type(demoPassword);
    await page.keyboard.press('Enter');

    // Back to the page that was asked for, signed in.
    await page.getByRole('heading', { level: 1, name: 'Pengguna' }).waitFor();
    expect(await page.getByRole('banner').getByText('Admin Pusat (demo)').isVisible()).toBe(true);
    expect(await page.getByRole('banner').getByText('Admin · Nasional · akun demo').isVisible()).toBe(true);
    expect(a11y.violations).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('refuses wrong credentials with a message beside the form', async () => {
    const { page } = session;
    await page.goto('/admin/masuk');
    await page.getByLabel('E-mel').fill('admin@patuh.demo');
    await page.getByLabel('Kata sandi', { exact: true }).fill('bukan-kata-sandinya');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'E-mel atau kata sandi salah.' }).waitFor();
  });
});

describe('admin: setting up a cycle', () => {
  it('creates a cycle from the 2022 preset, edits and previews its methodology, saves it, and moves the cycle on', async () => {
    const { page } = session;
    const a11y = accessibilityLog(page);
    const year = Math.max(...(await fetchCycles(session.baseUrl)).map((cycle) => cycle.year)) + 1;
    await signInToAdmin(page);
    await a11y.scan('overview');

    await page.getByRole('link', { name: 'Buat siklus baru' }).click();
    await page.getByRole('heading', { level: 1, name: 'Siklus penilaian baru' }).waitFor();
    await a11y.scan('new cycle');
    await page.getByLabel('Tahun penilaian').fill(String(year));
    await page.getByLabel(/METHOD_2022/).check();
    await page.getByRole('button', { name: 'Buat siklus' }).click();

    // Straight to the new cycle's methodology, a copy of the preset.
    await page.getByRole('heading', { level: 1, name: `Metodologi siklus ${year}` }).waitFor();
    const id = /\/admin\/siklus\/([^/]+)\/metodologi$/.exec(new URL(page.url()).pathname)?.[1];
    expect(id).toBeTruthy();
    created = { id: id as string, year };
    await page.getByText('Metodologi lolos validasi.').waitFor();
    await a11y.scan('methodology');

    // A weight that breaks the sum is reported where it is, as it is typed.
    const inputWeight = page.getByLabel('Bobot (%) — INPUT Input');
    await inputWeight.fill('25');
    await page.getByText('Bobot dimensi berjumlah 103,15, seharusnya 100.').first().waitFor();
    await page.getByRole('heading', { name: '1 masalah perlu diperbaiki sebelum metodologi dapat disimpan' }).waitFor();
    await page.getByText(/Pratinjau menunggu metodologi yang lolos validasi/).waitFor();
    await saveScreenshot(page, 'admin-methodology-invalid');
    await a11y.scan('methodology with an issue');

    await inputWeight.fill('21,85');
    await page.getByText('Metodologi lolos validasi.').waitFor();

    // The sample unit's score, from @patuh/scoring in the browser.
    const preview = page.getByRole('region', { name: 'Pratinjau nilai unit contoh' });
    await preview.getByRole('button', { name: 'Isi semua dengan jawaban terbaik' }).click();
    await preview.locator('strong', { hasText: '100,00' }).waitFor();
    expect(await preview.getByText('Kualitas Tertinggi').isVisible()).toBe(true);
    expect(await preview.getByRole('table', { name: 'Rincian per dimensi' }).getByRole('row').count()).toBe(5);
    await saveScreenshot(page, 'admin-methodology-preview');
    await a11y.scan('methodology with preview');

    await page.getByLabel('Versi isi (mis. 2026.1)').fill(`${year}.1`);
    await page.getByRole('button', { name: 'Simpan sebagai versi 2' }).click();
    await page.getByText('Metodologi disimpan sebagai versi 2.').waitFor();

    // The dashboard: from Draft to Preparation, confirmed.
    await page.getByRole('navigation', { name: `Halaman siklus ${year}` }).getByRole('link', { name: 'Dasbor' }).click();
    await page.getByRole('heading', { level: 1, name: `Dasbor siklus ${year}` }).waitFor();
    await a11y.scan('cycle dashboard');
    await page.getByRole('button', { name: 'Pindahkan ke tahap Persiapan' }).click();
    const dialog = page.getByRole('dialog', { name: `Pindahkan siklus ${year} ke tahap Persiapan?` });
    await dialog.waitFor();
    await a11y.scan('stage move dialog');
    await dialog.getByRole('button', { name: 'Ya, pindahkan' }).click();
    await page.getByText('Siklus kini pada tahap Persiapan.').waitFor();

    // Preparation to data collection is refused with nothing sampled, and the page says why.
    const moves = page.getByRole('region', { name: 'Pindah tahap' });
    await moves.getByText('Belum dapat pindah ke tahap Pengumpulan data:').waitFor();
    expect(await moves.getByText('Belum ada unit layanan yang menjadi sampel.').isVisible()).toBe(true);
    await saveScreenshot(page, 'admin-cycle-dashboard');
    await a11y.scan('cycle dashboard in preparation');

    // The guard's reasons come from the server in both languages; the reader's is shown.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('region', { name: 'Move to another stage' }).getByText('No service unit has been sampled yet.').waitFor();

    expect(a11y.violations).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});

describe('admin: users', () => {
  it('invites a verifier, whose invitation is in the outbox and lets them set a password', async () => {
    const { page } = session;
    const a11y = accessibilityLog(page);
    const email = `verifikator.uji.${Date.now()}@ombudsman.go.id`;
    await signInToAdmin(page);

    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Pengguna' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pengguna' }).waitFor();
    await page.getByRole('table', { name: 'Daftar pengguna, menurut e-mel' }).waitFor();
    await a11y.scan('users');

    await page.getByRole('button', { name: 'Undang pengguna' }).click();
    const dialog = page.getByRole('dialog', { name: 'Undang pengguna' });
    await dialog.getByLabel('Nama').fill('Verifikator Uji');
    await dialog.getByLabel('E-mel').fill(email);
    await dialog.getByLabel('Peran').selectOption('VERIFIER');
    await a11y.scan('invite dialog');
    await dialog.getByRole('button', { name: 'Kirim undangan' }).click();
    await page.getByText(`Undangan dikirim ke ${email}.`).waitFor();

    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Kotak keluar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kotak keluar' }).waitFor();
    const mail = page.getByRole('article').filter({ hasText: email }).first();
    await mail.waitFor();
    expect(await mail.getByRole('heading').textContent()).toBe('Undangan ke Patuh / Invitation to Patuh');
    const link = mail.getByRole('link', { name: /\/admin\/undangan\?token=/ });
    const invitation = new URL((await link.getAttribute('href')) as string);
    await a11y.scan('outbox');

    // The link, opened by the invited person in their own browser.
    const context = await page.context().browser()!.newContext({ baseURL: session.baseUrl, locale: 'id-ID' });
    try {
      const invited = await context.newPage();
      const invitedA11y = accessibilityLog(invited);
      await invited.goto(`${invitation.pathname}${invitation.search}`);
      await invited.getByRole('heading', { level: 1, name: 'Terima undangan' }).waitFor();
      await invitedA11y.scan('invitation');
      await invited.getByLabel('Kata sandi baru', { exact: true }).fill('sandi-uji-yang-panjang');
      await invited.getByLabel('Ulangi kata sandi baru').fill('sandi-uji-yang-panjang');
      await invited.getByRole('button', { name: 'Buat kata sandi dan masuk' }).click();
      await invited.getByRole('heading', { level: 1, name: 'Ringkasan' }).waitFor();
      expect(await invited.getByRole('banner').getByText('Verifikator · Nasional').isVisible()).toBe(true);
      expect(invitedA11y.violations).toEqual([]);
    } finally {
      await context.close();
    }
    expect(a11y.violations).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});

describe('admin: audit log', () => {
  it('shows the stage move with what changed before and after', async () => {
    expect(created, 'the set-up test creates the cycle').toBeDefined();
    const { id, year } = created!;
    const { page } = session;
    const a11y = accessibilityLog(page);
    await signInToAdmin(page);

    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Jejak audit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jejak audit' }).waitFor();
    await page.getByRole('table', { name: 'Peristiwa audit, yang terbaru dahulu' }).waitFor();
    await a11y.scan('audit log');

    await page.getByLabel('Siklus').selectOption(id);
    await page.getByLabel('Tindakan', { exact: true }).fill('cycle.stage');
    await page.waitForURL((url) => url.searchParams.get('siklus') === id && url.searchParams.get('tindakan') === 'cycle.stage');
    const table = page.getByRole('table', { name: 'Peristiwa audit, yang terbaru dahulu' });
    // Once the filters have reached the server, the new cycle has exactly one stage move.
    await expect.poll(() => table.locator(':scope > tbody > tr > th').allTextContents(), { timeout: 15_000 }).toEqual(['cycle.stage']);
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'cycle.stage' }) });
    expect(await row.textContent()).toContain(`siklus ${year}`);
    expect(await row.textContent()).toContain('Admin Pusat (demo)');

    await row.getByText(/berubah/).first().click();
    const diff = row.getByRole('table', { name: /Sebelum dan sesudah/ });
    const stage = diff.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^stage/ }) });
    await stage.waitFor();
    expect(await stage.getByRole('cell').allTextContents()).toEqual(['DRAFT', 'PREPARATION']);
    expect(await stage.getByRole('rowheader').textContent()).toContain('berubah');
    expect(await diff.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^direction/ }) }).getByRole('cell').allTextContents()).toEqual([
      '(tidak ada)',
      'FORWARD',
    ]);
    await saveScreenshot(page, 'admin-audit');
    await a11y.scan('audit log with a diff');
    expect(a11y.violations).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
