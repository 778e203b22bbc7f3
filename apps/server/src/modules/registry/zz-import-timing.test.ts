import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../testing/api.js';
import { FIXTURE_USERS, seedFixture } from '../../testing/fixture.js';
let api: TestApi;
beforeAll(async () => { api = await startApi('regtiming', seedFixture); });
afterAll(async () => { await api?.stop(); });
it('imports 5000 rows', async () => {
  const admin = await api.signIn(FIXTURE_USERS.admin);
  const lines = ['kind,institution_code,institution_name,institution_type,province_code,unit_name,unit_kind'];
  for (let i = 0; i < 1000; i++) {
    lines.push(`institution,,Lembaga Massal ${i},LEMBAGA,,,`);
    for (let u = 0; u < 4; u++) lines.push(`unit,,Lembaga Massal ${i},LEMBAGA,,Unit ${u},OTHER`);
  }
  const csv = lines.join('\r\n');
  const doc = `mutation($csv: String!, $dryRun: Boolean!) { importRegistry(csv: $csv, dryRun: $dryRun) { created errorCount } }`;
  let t = Date.now();
  const dry = await admin.data(doc, { csv, dryRun: true });
  console.log('dry', Date.now() - t, JSON.stringify(dry), csv.length);
  t = Date.now();
  const done = await admin.data(doc, { csv, dryRun: false });
  console.log('commit', Date.now() - t, JSON.stringify(done));
  t = Date.now();
  const again = await admin.data(doc, { csv, dryRun: true });
  console.log('dry again', Date.now() - t);
  expect(done.importRegistry.created).toBe(5000);
}, 300_000);
