/**
 * Registry lists are sorted by name, then id (names repeat across types and bodies). The cursor
 * carries both, and the next page starts strictly after them.
 */
import { z } from 'zod';
import { decodeCursor } from '../../graphql/connection.js';
import { badInput } from '../../errors.js';
import { idSchema } from './registry.rules.js';

const nameIdKey = z.tuple([z.string(), idSchema]);

export type NameIdKey = z.infer<typeof nameIdKey>;

export const nameIdOf = (row: { name: string; id: string }): NameIdKey => [row.name, row.id];

export function decodeNameIdCursor(after: string | null | undefined): NameIdKey | undefined {
  const key = decodeCursor(after);
  if (key === undefined) return undefined;
  const parsed = nameIdKey.safeParse(key);
  if (!parsed.success) throw badInput('after', { id: 'Kursor halaman tidak dikenali.', en: 'Unknown page cursor.' });
  return parsed.data;
}

/** The rows after `key` in (name, id) order, as a Prisma condition. */
export function afterNameId(key: NameIdKey | undefined) {
  if (!key) return {};
  const [name, id] = key;
  return { OR: [{ name: { gt: name } }, { name, id: { gt: id } }] };
}

export const BY_NAME_THEN_ID = [{ name: 'asc' as const }, { id: 'asc' as const }];
