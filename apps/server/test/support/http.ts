/**
 * Raw HTTP probes for the fault and attack suites: every reply is kept with its status, timing
 * and error code, and a connection that fails is a result too (`network`), never a thrown error,
 * so a test can count what happened to each request of a burst.
 */
import { request as httpRequest } from 'node:http';

export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; field?: string; i18n?: { id: string; en: string }; [key: string]: unknown };
}

export interface Probe {
  /** HTTP status, or 0 when no answer came (the `network` error says why). */
  status: number;
  ms: number;
  startedAt: number;
  body?: { data?: Record<string, unknown> | null; errors?: GraphQLErrorBody[] };
  headers?: Headers;
  network?: string;
}

export interface ProbeOptions {
  cookie?: string | undefined;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

function networkError(err: unknown): string {
  const e = err as { name?: string; cause?: { code?: string; message?: string }; message?: string };
  return e.cause?.code ?? (e.name === 'TimeoutError' ? 'TIMEOUT' : (e.cause?.message ?? e.message ?? String(err)));
}

async function send(url: string, init: RequestInit, timeoutMs: number): Promise<Probe> {
  const startedAt = Date.now();
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const text = await res.text();
    let body: Probe['body'];
    try {
      body = JSON.parse(text) as Probe['body'];
    } catch {
      body = undefined;
    }
    return { status: res.status, ms: Date.now() - startedAt, startedAt, body, headers: res.headers };
  } catch (err) {
    return { status: 0, ms: Date.now() - startedAt, startedAt, network: networkError(err) };
  }
}

/**
 * A GraphQL POST on a connection of its own (no keep-alive reuse), so that a refusal can only
 * mean the server refused the connection, not that it closed one the client was reusing.
 */
export function postOnFreshConnection(baseUrl: string, query: string, timeoutMs = 30_000): Promise<Probe> {
  const startedAt = Date.now();
  const payload = JSON.stringify({ query });
  return new Promise((resolve) => {
    const req = httpRequest(`${baseUrl}/graphql`, {
      method: 'POST',
      agent: false,
      timeout: timeoutMs,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), connection: 'close' },
    });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('error', (err) => resolve({ status: 0, ms: Date.now() - startedAt, startedAt, network: (err as NodeJS.ErrnoException).code ?? err.message }));
      res.on('end', () => {
        let body: Probe['body'];
        try {
          body = JSON.parse(text) as Probe['body'];
        } catch {
          body = undefined;
        }
        resolve({ status: res.statusCode ?? 0, ms: Date.now() - startedAt, startedAt, body });
      });
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    req.on('error', (err) => resolve({ status: 0, ms: Date.now() - startedAt, startedAt, network: (err as NodeJS.ErrnoException).code ?? err.message }));
    req.end(payload);
  });
}

/** A GraphQL POST as the apps send it (JSON, so no CSRF preflight is needed). */
export function postGraphQL(baseUrl: string, query: string, variables?: Record<string, unknown>, options: ProbeOptions = {}): Promise<Probe> {
  return send(
    `${baseUrl}/graphql`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(options.cookie ? { cookie: options.cookie } : {}), ...options.headers },
      body: JSON.stringify({ query, variables }),
    },
    options.timeoutMs ?? 30_000,
  );
}

/** A plain GET, e.g. a cached public read by document hash. */
export function get(baseUrl: string, path: string, options: ProbeOptions = {}): Promise<Probe> {
  return send(`${baseUrl}${path}`, { headers: { ...(options.cookie ? { cookie: options.cookie } : {}), ...options.headers } }, options.timeoutMs ?? 30_000);
}

/** The first error code, `ok` for a complete answer, or `network:<reason>` when none came. */
export function outcomeOf(probe: Probe): string {
  if (probe.network) return `network:${probe.network}`;
  const code = probe.body?.errors?.[0]?.extensions?.code;
  if (code) return code;
  if (probe.status >= 200 && probe.status < 300 && probe.body?.data) return 'ok';
  return `http:${probe.status}`;
}

/** How many probes ended each way, e.g. `{ ok: 120, SERVICE_UNAVAILABLE: 14 }`. */
export function tally(probes: readonly Probe[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const p of probes) counts[outcomeOf(p)] = (counts[outcomeOf(p)] ?? 0) + 1;
  return counts;
}

/** The value of the session cookie a sign-in answer set, as a `Cookie` header. */
export function sessionCookieOf(probe: Probe): string | undefined {
  for (const c of probe.headers?.getSetCookie() ?? []) {
    const [pair] = c.split(';');
    if (pair?.startsWith('patuh_session=') && pair.length > 'patuh_session='.length) return pair;
  }
  return undefined;
}

export async function signInCookie(baseUrl: string, user: { email: string; password: string }): Promise<string> {
  const reply = await postGraphQL(baseUrl, 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { id } }', { input: user });
  const cookie = sessionCookieOf(reply);
  if (!cookie) throw new Error(`sign-in of ${user.email} failed: ${JSON.stringify(reply.body ?? reply.network)}`);
  return cookie;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sends requests from `workers` concurrent loops until `stop()` is called (or `maxMs` passes, so
 * a failing test cannot leave load running), keeping every probe.
 */
export function keepLoad(workers: number, request: (worker: number, n: number) => Promise<Probe>, maxMs = 60_000) {
  const probes: Probe[] = [];
  let stopped = false;
  const deadline = Date.now() + maxMs;
  const loops = Array.from({ length: workers }, async (_, worker) => {
    for (let n = 0; !stopped && Date.now() < deadline; n++) {
      const probe = await request(worker, n);
      probes.push(probe);
      // A refused connection answers at once; do not spin on it.
      if (probe.network) await sleep(20);
    }
  });
  return {
    probes,
    async stop(): Promise<Probe[]> {
      stopped = true;
      await Promise.all(loops);
      return probes;
    },
  };
}
