/**
 * Input validation at the API's boundary: a zod schema per mutation input. The first broken rule
 * becomes a BAD_USER_INPUT error naming the field, and every broken rule travels in `issues`.
 */
import type { z } from 'zod';
import { badInput } from './errors.js';

export function parseInput<S extends z.ZodType>(schema: S, value: unknown, root: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({
    field: [root, ...i.path].map((p, n) => (typeof p === 'number' ? `[${p}]` : n === 0 ? String(p) : `.${String(p)}`)).join(''),
    message: i.message,
  }));
  const first = issues[0]!;
  throw badInput(
    first.field,
    { id: `Masukan tidak valid pada ${first.field}: ${first.message}`, en: `Invalid input at ${first.field}: ${first.message}` },
    { issues },
  );
}
