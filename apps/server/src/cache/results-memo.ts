/**
 * What this process has already read of published results, kept until results change. A result
 * revision's rows are frozen by the database, but the bodies' names and the latest revision of a
 * year are not: every publication, correction, registry or feedback change is announced on the
 * results channel (results-channel.ts), and the memo forgets everything when it is. While the
 * channel is not listening a change could go unheard, so nothing is remembered or reused then.
 *
 * Values are shared by every request that asks: callers must treat them as read-only.
 */
import type { ResultsChannel } from './results-channel.js';

export interface ResultsMemo {
  /**
   * The value remembered under `key`, or what `load` gives, remembered for the next callers (and
   * shared with concurrent ones). A failed load is not remembered.
   */
  remember<T>(key: string, load: () => Promise<T>): Promise<T>;
}

/** Enough for every scope of a few revisions; beyond it the oldest entries are dropped first. */
const MAX_ENTRIES = 2000;

export function createResultsMemo(channel: ResultsChannel, maxEntries = MAX_ENTRIES): ResultsMemo {
  const entries = new Map<string, Promise<unknown>>();
  channel.onChange(() => entries.clear());

  return {
    remember<T>(key: string, load: () => Promise<T>): Promise<T> {
      if (!channel.listening) return load();
      const known = entries.get(key);
      if (known !== undefined) return known as Promise<T>;
      const loading = load();
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(key, loading);
      // Forgotten on failure, unless a change has replaced it meanwhile.
      loading.catch(() => {
        if (entries.get(key) === loading) entries.delete(key);
      });
      return loading;
    },
  };
}
