/**
 * Public reads as cacheable GETs. The apps' operations are known in advance (trusted documents:
 * packages/graphql's persisted-documents.json maps each operation's SHA-256 to its text), so a
 * public read is `GET /graphql?documentId=sha256:…&variables=…`. When every root field of that
 * operation is marked @PublicCache, the answer is the same for everyone until results change:
 * it is kept in memory, answered before GraphQL execution, and sent with an ETag and
 * Cache-Control so that browsers, proxies and a CDN can take publication-day peaks too.
 * The cache is dropped whenever any instance publishes or corrects results (results-channel.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ApolloServer } from '@apollo/server';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Kind, parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { ResultsChannel } from '../cache/results-channel.js';
import type { Context } from '../context.js';

export interface TrustedDocument {
  text: string;
  operationName: string | undefined;
  /** True when every root field is a query marked @PublicCache. */
  cacheable: boolean;
}

/** Reads the generated manifest and decides, once, which operations may be cached. */
export function loadTrustedDocuments(schema: GraphQLSchema, manifestPath?: string): Map<string, TrustedDocument> {
  const path = manifestPath ?? fileURLToPath(import.meta.resolve('@patuh/graphql/persisted-documents.json'));
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  const queryFields = schema.getQueryType()?.getFields() ?? {};
  const documents = new Map<string, TrustedDocument>();
  for (const [id, text] of Object.entries(manifest)) {
    const operation = parse(text).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const cacheable =
      operation?.operation === 'query' &&
      operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && queryFields[s.name.value]?.extensions?.publicCache === true);
    documents.set(id, { text, operationName: operation?.name?.value, cacheable: Boolean(cacheable) });
  }
  return documents;
}

interface Entry {
  body: string;
  etag: string;
}

const MAX_ENTRIES = 5000;
const MAX_VARIABLES_LENGTH = 4096;
/** Browsers and CDNs may reuse an answer this long; a publication is news, so keep it short. */
const CACHE_CONTROL = 'public, max-age=30, stale-while-revalidate=120';

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
  channel: ResultsChannel;
  /** The context of an anonymous caller: cacheable operations never depend on who asks. */
  anonymousContext: (req: Request, res: Response) => Promise<Context>;
}

export function publicReads({ apollo, documents, channel, anonymousContext }: PublicReadsOptions): RequestHandler {
  const cache = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<{ status: number; body: string; cacheable: boolean }>>();
  let generation = 0;
  channel.onChange(() => {
    cache.clear();
    generation++;
  });

  return async (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET') return next();
    const id = documentIdOf(req);
    if (!id) return next();
    const doc = documents.get(id);
    if (!doc) return next(); // not a trusted document: Apollo answers (e.g. PERSISTED_QUERY_NOT_FOUND)
    if (!doc.cacheable) {
      // A trusted but personal or live read: run it through Apollo, with its CSRF rules.
      req.query.query = doc.text;
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
    const send = (status: number, entry: Entry | undefined, body: string, hit: boolean) => {
      res.status(status);
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('X-Cache', hit ? 'HIT' : 'MISS');
      if (entry) {
        res.setHeader('ETag', entry.etag);
        res.setHeader('Cache-Control', CACHE_CONTROL);
        if (req.headers['if-none-match'] === entry.etag) {
          res.status(304).end();
          return;
        }
      } else {
        res.setHeader('Cache-Control', 'no-store');
      }
      res.end(body);
    };

    const cached = channel.listening ? cache.get(key) : undefined;
    if (cached) return send(200, cached, cached.body, true);

    try {
      let pending = inFlight.get(key);
      if (!pending) {
        const startedIn = generation;
        pending = (async () => {
          const response = await apollo.executeOperation(
            { query: doc.text, variables, operationName: doc.operationName },
            { contextValue: await anonymousContext(req, res) },
          );
          if (response.body.kind !== 'single') throw new Error('incremental delivery is not used here');
          const result = response.body.singleResult;
          const body = JSON.stringify(result);
          // Only complete answers are kept; errors (bad input, an outage) are answered, not remembered.
          const cacheable = !result.errors?.length && channel.listening && startedIn === generation;
          return { status: response.http.status ?? 200, body, cacheable };
        })().finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
      const { status, body, cacheable } = await pending;
      if (!cacheable) return send(status, undefined, body, false);
      const entry: Entry = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
      if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
      cache.set(key, entry);
      send(200, entry, body, false);
    } catch (err) {
      next(err);
    }
  };
}
