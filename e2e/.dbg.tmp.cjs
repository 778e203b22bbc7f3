const { chromium } = require('playwright-core');
(async () => {
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const p = await b.newPage();
  await p.goto('http://127.0.0.1:4100/peringkat/2024');
  await p.getByRole('table', { name: 'Peringkat nasional 2024' }).waitFor();
  await p.getByLabel('Provinsi').selectOption('36');
  await p.waitForTimeout(1000);
  console.log(await p.evaluate(() => JSON.stringify(performance.getEntries().filter(e => e.name.startsWith('patuh')).map(e => [e.entryType, e.name, e.duration]))));
  console.log(await p.evaluate(() => location.href));
  await b.close();
})();
