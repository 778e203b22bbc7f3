/**
 * The public read cache on the raw request path: exact URLs answered before Express in the coding
 * the client accepts, revalidated by ETag, dropped on every change, bypassed while deaf.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultsChannel } from '../cache/results-channel.js';
import { acceptedQuality, answerRepeatedRead, createPublicReadCache, prepareCachedRead, type PublicReadCache } from './public-reads.js';

const listeners: (() => void)[] = [];
const channel = {
  listening: true as boolean,
  onChange: (listener: () => void) => void listeners.push(listener),
  changedHere: () => listeners.forEach((l) => l()),
  close: async () => {},
} satisfies ResultsChannel;

let cache: PublicReadCache;
let server: http.Server;
let baseUrl: string;

beforeAll(async () => {
  cache = createPublicReadCache(channel);
  const answer = answerRepeatedRead(cache);
  // What Express would answer is stood in for by a 404 that says so.
  server = http.createServer((req, res) => {
    if (!answer(req, res)) res.writeHead(404, { 'x-answered-by': 'express' }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

interface RawReply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A GET whose body comes back as sent (fetch would decompress it). */
function rawGet(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    http
      .request(`${baseUrl}${path}`, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject)
      .end();
  });
}

const RANKING_JSON = JSON.stringify({ data: { rankings: { nodes: Array.from({ length: 200 }, (_, i) => ({ rank: i + 1, name: `Kabupaten Uji ${i}` })) } } });
const URL_A = '/graphql?documentId=sha256%3Aabc&variables=%7B%22cycleYear%22%3A2024%7D';

async function cachedUnder(url: string, json = RANKING_JSON) {
  const entry = await prepareCachedRead(json);
  expect(cache.set(`key of ${url}`, entry, cache.generation())).toBe(true);
  cache.rememberUrl(url, `key of ${url}`);
  return entry;
}

describe('the raw request path', () => {
  it('answers only an exact URL answered before, and leaves everything else to Express', async () => {
    expect((await rawGet(URL_A)).headers['x-answered-by']).toBe('express');
    await cachedUnder(URL_A);
    const hit = await rawGet(URL_A);
    expect(hit.status).toBe(200);
    expect(hit.headers).toMatchObject({ 'x-cache': 'HIT', 'content-type': 'application/json; charset=utf-8', vary: 'Accept-Encoding' });
    expect(hit.headers['cache-control']).toMatch(/^public/);
    expect(hit.headers['x-request-id']).toMatch(/^[\w-]+$/);
    expect(hit.headers['content-encoding']).toBeUndefined();
    expect(hit.body.toString()).toBe(RANKING_JSON);

    expect((await rawGet(`${URL_A}&x=1`)).headers['x-answered-by']).toBe('express');
    expect((await rawGet(URL_A, {}, 'HEAD')).headers['x-answered-by']).toBe('express');
    expect((await rawGet(URL_A, { 'x-request-id': 'trace-42' })).headers['x-request-id']).toBe('trace-42');
  });

  it('sends brotli or gzip bytes prepared once, as the client prefers, each with its own ETag', async () => {
    const entry = await cachedUnder(URL_A);
    const br = await rawGet(URL_A, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(RANKING_JSON.length / 4);
    expect(brotliDecompressSync(br.body).toString()).toBe(RANKING_JSON);

    const gzip = await rawGet(URL_A, { 'accept-encoding': 'gzip;q=1, br;q=0.5' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(RANKING_JSON);

    const plain = await rawGet(URL_A, { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(new Set([br.headers.etag, gzip.headers.etag, plain.headers.etag]).size).toBe(3);
    expect(plain.headers.etag).toBe(entry.identity.etag);
    // The same bytes every time: compressed once, when the entry was made.
    expect((await rawGet(URL_A, { 'accept-encoding': 'br' })).body.equals(br.body)).toBe(true);
  });

  it('answers 304 to a client that has the representation it would get', async () => {
    await cachedUnder(URL_A);
    const gzip = await rawGet(URL_A, { 'accept-encoding': 'gzip' });
    const etag = gzip.headers.etag!;
    const revalidated = await rawGet(URL_A, { 'accept-encoding': 'gzip', 'if-none-match': `"other", W/${etag}` });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    expect(revalidated.headers.etag).toBe(etag);
    // Another coding is another representation: the client's copy is not it.
    expect((await rawGet(URL_A, { 'accept-encoding': 'br', 'if-none-match': etag })).status).toBe(200);
  });

  it('does not compress small answers', async () => {
    const url = '/graphql?documentId=sha256%3Asmall';
    await cachedUnder(url, '{"data":{"publishedCycles":[]}}');
    const reply = await rawGet(url, { 'accept-encoding': 'gzip, br' });
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.body.toString()).toBe('{"data":{"publishedCycles":[]}}');
  });

  it('forgets every URL when results change, and keeps nothing computed before the change', async () => {
    await cachedUnder(URL_A);
    const startedIn = cache.generation();
    const late = await prepareCachedRead(RANKING_JSON);
    channel.changedHere();
    expect((await rawGet(URL_A)).headers['x-answered-by']).toBe('express');
    expect(cache.set('late', late, startedIn)).toBe(false);
    expect(cache.get('late')).toBeUndefined();
    // A request that waited for an answer dropped meanwhile does not bring it back under its URL.
    cache.rememberUrl(URL_A, `key of ${URL_A}`);
    expect((await rawGet(URL_A)).headers['x-answered-by']).toBe('express');
  });

  it('answers nothing from memory while changes cannot be heard', async () => {
    await cachedUnder(URL_A);
    channel.listening = false;
    try {
      expect((await rawGet(URL_A)).headers['x-answered-by']).toBe('express');
      expect(cache.set('k', await prepareCachedRead(RANKING_JSON), cache.generation())).toBe(false);
    } finally {
      channel.listening = true;
    }
  });
});

describe('Accept-Encoding', () => {
  it('weighs codings as RFC 9110 says', () => {
    expect(acceptedQuality('gzip, br', 'br')).toBe(1);
    expect(acceptedQuality('gzip;q=0.8, br;q=0.3', 'br')).toBe(0.3);
    expect(acceptedQuality('GZIP ; Q=0.5', 'gzip')).toBe(0.5);
    expect(acceptedQuality('deflate', 'gzip')).toBe(0);
    expect(acceptedQuality('*;q=0.2, br;q=0', 'gzip')).toBe(0.2);
    expect(acceptedQuality('*;q=0.2, br;q=0', 'br')).toBe(0);
    expect(acceptedQuality('identity', 'br')).toBe(0);
    expect(acceptedQuality('br;q=nonsense', 'br')).toBe(0);
  });
});
