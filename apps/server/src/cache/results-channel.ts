/**
 * Tells every server instance that published results changed, through PostgreSQL's
 * LISTEN/NOTIFY. A NOTIFY sent inside the publishing transaction is delivered when, and only
 * if, it commits; each instance then drops its cached public reads. While an instance's
 * listening connection is down it cannot trust its cache, so it serves without one.
 */
import pg from 'pg';
import type { Logger } from '../logger.js';

export const RESULTS_CHANNEL = 'patuh_results_changed';

/** Call inside the transaction that publishes or corrects results. */
export async function notifyResultsChanged(tx: { $executeRaw(query: TemplateStringsArray, ...values: unknown[]): Promise<number> }, cycleId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${RESULTS_CHANNEL}, ${cycleId})`;
}

export interface ResultsChannel {
  /** True while changes are being heard; a cache must not answer otherwise. */
  readonly listening: boolean;
  onChange(listener: () => void): void;
  /** Drops this instance's caches at once, without waiting for its own notification. */
  changedHere(): void;
  close(): Promise<void>;
}

export function listenForResultChanges(databaseUrl: string, log: Logger): ResultsChannel {
  const listeners: (() => void)[] = [];
  const fire = () => listeners.forEach((l) => l());
  let client: pg.Client | undefined;
  let listening = false;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = async () => {
    if (closed) return;
    const c = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 2000 });
    const lost = (err?: Error) => {
      if (client !== c) return;
      client = undefined;
      if (listening) log.warn({ err }, 'lost the results channel; public reads bypass the cache until it is back');
      listening = false;
      fire();
      c.end().catch(() => {});
      if (!closed) retry = setTimeout(() => void connect(), 1000);
    };
    client = c;
    c.on('error', lost);
    c.on('end', () => lost());
    c.on('notification', fire);
    try {
      await c.connect();
      await c.query(`LISTEN ${RESULTS_CHANNEL}`);
      // Anything may have changed while no one listened.
      fire();
      listening = true;
    } catch (err) {
      lost(err as Error);
    }
  };
  void connect();

  return {
    get listening() {
      return listening;
    },
    onChange(listener) {
      listeners.push(listener);
    },
    changedHere: fire,
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const c = client;
      client = undefined;
      listening = false;
      await c?.end().catch(() => {});
    },
  };
}
