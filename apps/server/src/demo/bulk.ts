/**
 * Bulk inserts for the seed. Through the driver adapter, `createMany` costs about a quarter of a
 * millisecond per row, which is most of the cold-start budget for the ~500,000 demo findings. One
 * `INSERT … SELECT FROM unnest(array, array, …)` per chunk sends each column as a single array
 * parameter instead, and inserts the same rows several times faster.
 *
 * Table, column and type names come from the constants of the seed modules, never from input.
 */
import { Prisma, type PrismaClient } from '@patuh/db';

/** One column of a bulk insert: its name, its PostgreSQL type, and how to read it from a row. */
export interface Column<Row> {
  name: string;
  type: string;
  value: (row: Row) => string | number | boolean | Date | null;
}

export interface TableSpec<Row> {
  table: string;
  columns: readonly Column<Row>[];
  /** Set `updated_at` to now(): Prisma fills @updatedAt on the client, so it has no default. */
  stampUpdatedAt?: boolean;
}

/** Rows per statement: bounds the size of one array parameter. */
const CHUNK_ROWS = 25_000;
/** Statements in flight: two PostgreSQL backends insert while Node builds the next arrays. */
const IN_FLIGHT = 2;

export async function bulkInsert<Row>(prisma: PrismaClient, spec: TableSpec<Row>, rows: readonly Row[]): Promise<void> {
  const names = spec.columns.map((c) => Prisma.raw(`"${c.name}"`));
  const target = spec.stampUpdatedAt ? [...names, Prisma.raw('"updated_at"')] : names;
  const selected = spec.stampUpdatedAt ? Prisma.raw('t.*, now()') : Prisma.raw('t.*');
  await inChunks(rows, async (chunk) => {
    const arrays = spec.columns.map((c) => Prisma.sql`${chunk.map((row) => parameter(c.value(row)))}::${Prisma.raw(c.type)}[]`);
    await prisma.$executeRaw`INSERT INTO ${Prisma.raw(`"${spec.table}"`)} (${Prisma.join(target)})
      SELECT ${selected} FROM unnest(${Prisma.join(arrays)}) AS t`;
  });
}

/**
 * Timestamps travel as UTC ISO strings: cast to `timestamp` they keep their UTC wall time, which is
 * how Prisma stores DateTime, whatever the time zone of this process.
 */
function parameter(value: string | number | boolean | Date | null): string | number | boolean | null {
  return value instanceof Date ? value.toISOString() : value;
}

async function inChunks<T>(rows: readonly T[], write: (chunk: readonly T[]) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < rows.length) {
      const chunk = rows.slice(next, next + CHUNK_ROWS);
      next += CHUNK_ROWS;
      await write(chunk);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
}
