/**
 * The demo data worker, as the built server runs it (a worker thread loads compiled JavaScript;
 * the seed itself is tested in seed.test.ts, and loaded this way by every start of the browser
 * tests' platform).
 */
import { describe, expect, it } from 'vitest';

const { seedDemoDataInWorker } = (await import(new URL('../../dist/demo/seed-in-worker.js', import.meta.url).href)) as typeof import('./seed-in-worker.js');

describe('seedDemoDataInWorker', () => {
  it('reports a failure of the worker with its reason, and does not hang', async () => {
    await expect(seedDemoDataInWorker('postgresql://nobody:wrong@127.0.0.1:1/nothing')).rejects.toThrow(
      /Loading the demo data failed: .+/,
    );
  });
});
