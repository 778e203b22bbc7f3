const { chromium } = require('playwright-core');
(async () => {
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const ctx = await b.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
  const p = await ctx.newPage();
  const errors = [];
  if (process.argv[4]) {
    await p.goto('http://127.0.0.1:4100/masuk');
    await p.getByLabel('Alamat e-mail').fill(process.argv[4]);
    await p.getByLabel('Kata sandi').fill('patuh-demo-2025');
    await p.getByRole('button', { name: 'Masuk', exact: true }).last().click();
    await p.waitForTimeout(1500);
    console.log('after sign-in at', p.url());
  }
  p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  p.on('pageerror', (e) => errors.push(e.message));
  for (const [name, url, wait, scrollTo] of JSON.parse(process.argv[2])) {
    if (url) await p.goto('http://127.0.0.1:4100' + url);
    await p.waitForTimeout(wait ?? 1500);
    if (scrollTo) await p.locator(scrollTo).first().scrollIntoViewIfNeeded();
    await p.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: process.argv[3] === 'full' });
    console.log(name, await p.title());
  }
  console.log('errors', errors);
  await b.close();
})();
