/**
 * DataLoaders, made per request on first use. A module declares its loader next to the code
 * that uses it (`const unitById = defineLoader(prisma => new DataLoader(...))`) and reads it with
 * `load(ctx, unitById)`: no central list to edit, and nothing cached across requests or users.
 */
import type DataLoader from 'dataloader';
import type { PrismaClient } from '@patuh/db';

export type LoaderFactory<K, V> = (prisma: PrismaClient) => DataLoader<K, V>;

export function defineLoader<K, V>(factory: LoaderFactory<K, V>): LoaderFactory<K, V> {
  return factory;
}

export interface LoaderHost {
  prisma: PrismaClient;
  loaders: Map<LoaderFactory<unknown, unknown>, DataLoader<unknown, unknown>>;
}

export function loaderOf<K, V>(ctx: LoaderHost, factory: LoaderFactory<K, V>): DataLoader<K, V> {
  let loader = ctx.loaders.get(factory as LoaderFactory<unknown, unknown>);
  if (!loader) {
    loader = factory(ctx.prisma) as DataLoader<unknown, unknown>;
    ctx.loaders.set(factory as LoaderFactory<unknown, unknown>, loader);
  }
  return loader as DataLoader<K, V>;
}

/** Orders fetched rows by the requested keys; missing keys give null, as DataLoader expects. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => map.get(k) ?? null);
}
