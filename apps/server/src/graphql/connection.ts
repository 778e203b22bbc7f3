/**
 * Relay-style cursor pagination. Lists are paged by keyset (the cursor carries the sort key of
 * the last row), so page 50 costs what page 1 costs, and rows added meanwhile shift nothing.
 */
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from '../errors.js';

@ObjectType({ description: 'Where a page stands in the whole list.' })
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A `<Name>Connection` type with edges, nodes, pageInfo and totalCount for a node type. */
export function Connection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String) cursor!: string;
    @Field(() => node) node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType]) edges!: Edge<T>[];
    @Field(() => [node], { description: 'The nodes of the edges, for clients that need no cursors.' }) nodes!: T[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'Items in the whole list under the same filters.' }) totalCount!: number;
  }
  return ConnectionType;
}

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Items per page (1–${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

/** A list may allow bigger pages (a whole cycle's ranking is one screen of ~590 rows). */
export function pageSize(first: number | null | undefined, max: number = MAX_PAGE_SIZE): number {
  const n = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw badInput('first', {
      id: `Jumlah per halaman harus antara 1 dan ${max}.`,
      en: `Page size must be between 1 and ${max}.`,
    });
  }
  return n;
}

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): unknown[] | undefined {
  if (!cursor) return undefined;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key)) return key;
  } catch {
    /* fall through */
  }
  throw badInput('after', { id: 'Kursor halaman tidak dikenali.', en: 'Unknown page cursor.' });
}

/** Builds a connection from `size + 1` fetched rows: the extra row only says a next page exists. */
export function toConnection<T>(rows: T[], size: number, totalCount: number, keyOf: (row: T) => unknown[]): ConnectionShape<T> {
  return connectionOf(rows, size, totalCount, (node) => ({ cursor: encodeCursor(keyOf(node)), node }));
}

/** The same from rows that carry their node and cursor already (e.g. prepared once for many requests). */
export function connectionOf<R, T>(rows: readonly R[], size: number, totalCount: number, edgeOf: (row: R) => Edge<T>): ConnectionShape<T> {
  const edges = rows.slice(0, size).map(edgeOf);
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    totalCount,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
