/** Turns a broken unique index into the input error it stands for, instead of an internal error. */
import { Prisma } from '@patuh/db';
import { badInput, type Bilingual } from '../../errors.js';

export interface Duplicate {
  field: string;
  message: Bilingual;
}

export const isUniqueViolation = (err: unknown): err is Prisma.PrismaClientKnownRequestError =>
  err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002';

/** The unique index a write broke, as the PostgreSQL driver adapter reports it. */
function brokenUniqueIndex(err: unknown): string | undefined {
  if (!isUniqueViolation(err)) return undefined;
  const meta = err.meta as { driverAdapterError?: { cause?: { constraint?: { index?: string } } } } | undefined;
  return meta?.driverAdapterError?.cause?.constraint?.index;
}

/**
 * Runs a write and answers a duplicate with BAD_USER_INPUT on its field. The database decides,
 * not a prior look-up, so two people saving the same name at once cannot both succeed.
 */
export async function refusingDuplicates<T>(duplicates: Readonly<Record<string, Duplicate>>, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    const duplicate = duplicates[brokenUniqueIndex(err) ?? ''];
    if (duplicate) throw badInput(duplicate.field, duplicate.message);
    throw err;
  }
}
