/**
 * Public reads as cacheable GETs. The apps' operations are known in advance (trusted documents:
 * packages/graphql's persisted-documents.json maps each operation's SHA-256 to its text), so a
 * public read is `GET /graphql?documentId=sha256:…&variables=…`. When every root field of that
 * operation is marked @PublicCache, the answer is the same for everyone until results change:
 * it is kept in memory, answered before GraphQL execution, and sent with an ETag and
 * Cache-Control so that browsers, proxies and a CDN can take publication-day peaks too.
 * The cache is dropped whenever any instance publishes or corrects results (results-channel.ts).
 *
 * Publication day is many people asking for the same few URLs, so the answer is prepared once
 * per entry: its JSON, gzip and brotli bytes and their ETags. The first request for a URL goes
 * through Express and the checks below; from then on the exact same URL is answered on the raw
 * Node request path (`answerRepeatedRead`, called by app.ts before Express), at the cost of a
 * map lookup and one write.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import type { ApolloServer } from '@apollo/server';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Kind, parse, print, visit, type ASTNode, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { ResultsChannel } from '../cache/results-channel.js';
import type { Context } from '../context.js';
import { requestIdOf } from './request-id.js';

export interface TrustedDocument {
  /** What is executed: the manifest's text as Apollo Client sends it (see asApolloClientAsks). */
  text: string;
  operationName: string | undefined;
  /** True when every root field is a query marked @PublicCache (or `__typename`). */
  cacheable: boolean;
}

/** Reads the generated manifest and decides, once, which operations may be cached. */
export function loadTrustedDocuments(schema: GraphQLSchema, manifestPath?: string): Map<string, TrustedDocument> {
  const path = manifestPath ?? fileURLToPath(import.meta.resolve('@patuh/graphql/persisted-documents.json'));
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  const queryFields = schema.getQueryType()?.getFields() ?? {};
  const documents = new Map<string, TrustedDocument>();
  for (const [id, text] of Object.entries(manifest)) {
    const document = asApolloClientAsks(parse(text));
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const cacheable =
      operation?.operation === 'query' &&
      operation.selectionSet.selections.every(
        (s) => s.kind === Kind.FIELD && (s.name.value === '__typename' || queryFields[s.name.value]?.extensions?.publicCache === true),
      );
    documents.set(id, { text: print(document), operationName: operation?.name?.value, cacheable: Boolean(cacheable) });
  }
  return documents;
}

/**
 * A document as Apollo Client sends it: with `__typename` in every selection set but the
 * operation's own, which its cache needs to tell objects apart. The apps send reads by hash of the
 * text as written, and must get back the shape they would have got by sending it in full.
 */
export function asApolloClientAsks(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet: {
      leave(node, _key, parent) {
        if ((parent as ASTNode | undefined)?.kind === Kind.OPERATION_DEFINITION) return undefined;
        if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename' && !s.alias)) return undefined;
        return { ...node, selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }] };
      },
    },
  });
}

// ---------------------------------------------------------------- the cache

/** One way of sending an answer: its bytes, their content coding, and their own ETag. */
interface Representation {
  body: Buffer;
  /** Undefined for the JSON as it is. */
  encoding: 'gzip' | 'br' | undefined;
  etag: string;
}

/** A cached answer in every content coding it is worth sending in. */
export interface CachedRead {
  identity: Representation;
  gzip: Representation | undefined;
  br: Representation | undefined;
}

export interface PublicReadCache {
  /** The entry for a canonical key (document and variables), while the cache can be trusted. */
  get(key: string): CachedRead | undefined;
  /** The entry a request with exactly this URL was last answered with, while the cache can be trusted. */
  getByUrl(url: string): CachedRead | undefined;
  /** Lets later requests with exactly this URL be answered before Express, with what is cached under `key` now. */
  rememberUrl(url: string, key: string): void;
  /** Counts the changes so far: an answer computed across a change must not be kept. */
  generation(): number;
  /** Keeps an entry computed in `startedIn`, unless results changed since; returns whether it did. */
  set(key: string, entry: CachedRead, startedIn: number): boolean;
}

const MAX_ENTRIES = 5000;
/** Different spellings of one request (variables in another order, extra parameters) share an entry. */
const MAX_URLS = 2 * MAX_ENTRIES;

export function createPublicReadCache(channel: ResultsChannel): PublicReadCache {
  const entries = new Map<string, CachedRead>();
  const byUrl = new Map<string, CachedRead>();
  let generation = 0;
  channel.onChange(() => {
    entries.clear();
    byUrl.clear();
    generation++;
  });
  const setBounded = (map: Map<string, CachedRead>, max: number, key: string, entry: CachedRead) => {
    if (!map.has(key) && map.size >= max) map.delete(map.keys().next().value!);
    map.set(key, entry);
  };
  return {
    get: (key) => (channel.listening ? entries.get(key) : undefined),
    getByUrl: (url) => (channel.listening ? byUrl.get(url) : undefined),
    rememberUrl(url, key) {
      // Looked up again rather than passed in: an entry dropped by a change meanwhile must not come back.
      const entry = channel.listening ? entries.get(key) : undefined;
      if (entry !== undefined) setBounded(byUrl, MAX_URLS, url, entry);
    },
    generation: () => generation,
    set(key, entry, startedIn) {
      if (!channel.listening || startedIn !== generation) return false;
      setBounded(entries, MAX_ENTRIES, key, entry);
      return true;
    },
  };
}

// ---------------------------------------------------------------- preparing and sending answers

/** Below this a compressed answer saves less than its headers cost. */
const MIN_COMPRESSED_BYTES = 1024;
const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * An answer's bytes in every coding, compressed once (off the event loop, in libuv's pool) rather
 * than per request. Brotli at quality 5 is within a few percent of its best on this JSON at a
 * hundredth of the time, so a publication refills the cache quickly.
 */
export async function prepareCachedRead(json: string): Promise<CachedRead> {
  const body = Buffer.from(json);
  const tag = createHash('sha256').update(body).digest('base64url').slice(0, 27);
  const identity: Representation = { body, encoding: undefined, etag: `"${tag}"` };
  if (body.length < MIN_COMPRESSED_BYTES) return { identity, gzip: undefined, br: undefined };
  const [gzipped, brotli] = await Promise.all([
    gzipAsync(body, { level: 6 }),
    brotliAsync(body, {
      params: {
        [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT,
        [zlibConstants.BROTLI_PARAM_QUALITY]: 5,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  ]);
  // Each coding is its own representation, so it needs its own strong validator.
  return {
    identity,
    gzip: { body: gzipped, encoding: 'gzip', etag: `"${tag}-gzip"` },
    br: { body: brotli, encoding: 'br', etag: `"${tag}-br"` },
  };
}

/** How much an Accept-Encoding header wants a content coding (0: not at all), as RFC 9110 §12.5.3 says. */
export function acceptedQuality(acceptEncoding: string, coding: 'gzip' | 'br'): number {
  let anyOther = 0;
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.split(';');
    const q = params.find((p) => p.trim().toLowerCase().startsWith('q='));
    const quality = q === undefined ? 1 : Number(q.trim().slice(2));
    const token = name.trim().toLowerCase();
    if (token === coding) return Number.isFinite(quality) ? quality : 0;
    if (token === '*' && Number.isFinite(quality)) anyOther = quality;
  }
  return anyOther;
}

type Coding = 'gzip' | 'br' | undefined;

/** The coding an Accept-Encoding header prefers among ours (br on a tie: it is smaller). */
function preferredCoding(acceptEncoding: string): Coding {
  const br = acceptedQuality(acceptEncoding, 'br');
  const gzip = acceptedQuality(acceptEncoding, 'gzip');
  if (br > 0 && br >= gzip) return 'br';
  if (gzip > 0) return 'gzip';
  return undefined;
}

/**
 * Clients send a handful of distinct Accept-Encoding values (one per browser family), so each is
 * parsed once; the bound keeps arbitrary values from growing the map.
 */
const MAX_REMEMBERED_CODINGS = 64;
const codingByHeader = new Map<string, Coding>();

function codingFor(acceptEncoding: string): Coding {
  let coding = codingByHeader.get(acceptEncoding);
  if (coding === undefined && !codingByHeader.has(acceptEncoding)) {
    coding = preferredCoding(acceptEncoding);
    if (codingByHeader.size < MAX_REMEMBERED_CODINGS) codingByHeader.set(acceptEncoding, coding);
  }
  return coding;
}

function representationFor(entry: CachedRead, acceptEncoding: string | undefined): Representation {
  if (!acceptEncoding) return entry.identity;
  const coding = codingFor(acceptEncoding);
  return (coding === undefined ? undefined : entry[coding]) ?? entry.identity;
}

/** Whether If-None-Match names this ETag (weak or strong, alone, in a list, or `*`). */
function alreadyHas(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}

/** Browsers and CDNs may reuse an answer this long; a publication is news, so keep it short. */
const CACHE_CONTROL = 'public, max-age=30, stale-while-revalidate=120';

/** Sends a cached answer in the coding the client prefers, or 304 when it has it already. */
function sendCachedRead(req: IncomingMessage, res: ServerResponse, entry: CachedRead, hit: boolean, requestId: string): void {
  const chosen = representationFor(entry, req.headers['accept-encoding']);
  const headers: Record<string, string | number> = {
    'Content-Type': 'application/json; charset=utf-8',
    ETag: chosen.etag,
    'Cache-Control': CACHE_CONTROL,
    Vary: 'Accept-Encoding',
    'X-Cache': hit ? 'HIT' : 'MISS',
    'X-Request-Id': requestId,
  };
  if (alreadyHas(req.headers['if-none-match'], chosen.etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  if (chosen.encoding !== undefined) headers['Content-Encoding'] = chosen.encoding;
  headers['Content-Length'] = chosen.body.length;
  res.writeHead(200, headers).end(chosen.body);
}

/**
 * For app.ts's raw request listener: answers a GET whose exact URL was answered from the cache
 * before, without Express or GraphQL (and so without its per-request log line: a hit can be
 * neither slow nor failed). Returns false when Express must answer.
 */
export function answerRepeatedRead(cache: PublicReadCache): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    if (req.method !== 'GET' || req.url === undefined || !req.url.startsWith('/graphql?')) return false;
    const entry = cache.getByUrl(req.url);
    if (entry === undefined) return false;
    sendCachedRead(req, res, entry, true, requestIdOf(req));
    return true;
  };
}

// ---------------------------------------------------------------- the Express handler

const MAX_VARIABLES_LENGTH = 4096;

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function documentIdOf(req: Request): string | undefined {
  if (typeof req.query.documentId === 'string') return req.query.documentId;
  if (typeof req.query.extensions === 'string') {
    try {
      const hash = (JSON.parse(req.query.extensions) as { persistedQuery?: { sha256Hash?: unknown } }).persistedQuery?.sha256Hash;
      if (typeof hash === 'string') return `sha256:${hash}`;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function badRequest(res: Response, message: { id: string; en: string }): void {
  res.status(400).json({ errors: [{ message: message.id, extensions: { code: 'BAD_REQUEST', i18n: message } }] });
}

export interface PublicReadsOptions {
  apollo: ApolloServer<Context>;
  documents: Map<string, TrustedDocument>;
  cache: PublicReadCache;
  /** The context of an anonymous caller: cacheable operations never depend on who asks. */
  anonymousContext: (req: Request, res: Response) => Promise<Context>;
}

interface Answer {
  status: number;
  body: string;
  /** Set when the answer was kept in the cache. */
  entry: CachedRead | undefined;
}

export function publicReads({ apollo, documents, cache, anonymousContext }: PublicReadsOptions): RequestHandler {
  const inFlight = new Map<string, Promise<Answer>>();

  const execute = async (key: string, doc: TrustedDocument, variables: Record<string, unknown>, req: Request, res: Response): Promise<Answer> => {
    const startedIn = cache.generation();
    const response = await apollo.executeOperation(
      { query: doc.text, variables, operationName: doc.operationName },
      { contextValue: await anonymousContext(req, res) },
    );
    if (response.body.kind !== 'single') throw new Error('incremental delivery is not used here');
    const result = response.body.singleResult;
    const body = JSON.stringify(result);
    // Only complete answers are kept; errors (bad input, an outage) are answered, not remembered.
    if (result.errors?.length) return { status: response.http.status ?? 200, body, entry: undefined };
    const entry = await prepareCachedRead(body);
    return { status: 200, body, entry: cache.set(key, entry, startedIn) ? entry : undefined };
  };

  return async (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET') return next();
    const id = documentIdOf(req);
    if (!id) return next();
    const doc = documents.get(id);
    if (!doc) return next(); // not a trusted document: Apollo answers (e.g. PERSISTED_QUERY_NOT_FOUND)
    if (!doc.cacheable) {
      // A trusted but personal or live read: run it through Apollo, with its CSRF rules, and
      // keep it out of shared caches (it may depend on the session cookie).
      // Apollo Server reads the request's own URL (Express 5's req.query is recomputed from it):
      // the text goes there, and the hash goes, since it names the manifest's text, not this one.
      const params = new URLSearchParams(req.url.slice(req.url.indexOf('?') + 1));
      params.delete('documentId');
      params.delete('extensions');
      params.set('query', doc.text);
      if (doc.operationName) params.set('operationName', doc.operationName);
      req.url = `${req.path}?${params}`;
      res.setHeader('Cache-Control', 'private, no-store');
      return next();
    }

    const rawVariables = typeof req.query.variables === 'string' ? req.query.variables : '{}';
    if (rawVariables.length > MAX_VARIABLES_LENGTH) {
      return badRequest(res, { id: 'Variabel terlalu besar.', en: 'Variables are too large.' });
    }
    let variables: Record<string, unknown>;
    try {
      variables = JSON.parse(rawVariables) as Record<string, unknown>;
      if (!variables || typeof variables !== 'object' || Array.isArray(variables)) throw new Error('not an object');
    } catch {
      return badRequest(res, { id: 'Variabel bukan JSON yang sah.', en: 'Variables are not valid JSON.' });
    }

    const key = `${id}\n${canonicalJson(variables)}`;
    const requestId = res.locals.requestId as string;
    const cached = cache.get(key);
    if (cached) {
      cache.rememberUrl(req.originalUrl, key);
      return sendCachedRead(req, res, cached, true, requestId);
    }

    try {
      let pending = inFlight.get(key);
      if (!pending) {
        pending = execute(key, doc, variables, req, res).finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
      const { status, body, entry } = await pending;
      if (entry === undefined) {
        res.status(status).setHeader('Cache-Control', 'no-store');
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('X-Cache', 'MISS');
        res.end(body);
        return;
      }
      cache.rememberUrl(req.originalUrl, key);
      sendCachedRead(req, res, entry, false, requestId);
    } catch (err) {
      next(err);
    }
  };
}
