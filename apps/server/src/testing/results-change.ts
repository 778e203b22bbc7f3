/**
 * For tests of what this server keeps in memory until published results change: announces a change
 * on the results channel, as a publication, correction or registry change does, and waits until
 * the server has heard it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, vi } from 'vitest';
import { RESULTS_CHANNEL } from '../cache/results-channel.js';
import type { TestApi } from './api.js';

const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync(require.resolve('@patuh/graphql/persisted-documents.json'), 'utf8')) as Record<string, string>;
const publishedCyclesId = Object.entries(manifest).find(([, text]) => /\bquery PublishedCycles\b/.test(text))![0];

/**
 * Sends the notification and returns once the server's public read cache, dropped by the same
 * notification as everything else kept until results change, answers a cached read with a MISS.
 */
export async function announceResultsChange(api: TestApi): Promise<void> {
  const url = `${api.baseUrl}/graphql?documentId=${encodeURIComponent(publishedCyclesId)}&variables=%7B%7D`;
  const cacheState = async () => {
    const res = await fetch(url);
    await res.arrayBuffer();
    return res.headers.get('x-cache');
  };
  await vi.waitFor(async () => expect(await cacheState()).toBe('HIT'));
  await api.prisma.$executeRaw`SELECT pg_notify(${RESULTS_CHANNEL}, 'test')`;
  await vi.waitFor(async () => expect(await cacheState()).toBe('MISS'), { timeout: 5000, interval: 20 });
}
