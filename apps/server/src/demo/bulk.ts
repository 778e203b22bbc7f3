/**
 * Bulk writes for the seed. PostgreSQL takes at most 65,535 bind parameters per statement, so
 * large `createMany` calls are cut into chunks; two chunks are in flight at once, which keeps both
 * cores busy (one serialising in Node, one inserting in PostgreSQL).
 */

/** Rows per statement: 5,000 rows × up to 8 columns stays well under the parameter limit. */
const CHUNK_ROWS = 5_000;
const IN_FLIGHT = 2;

export async function chunked<T>(rows: readonly T[], write: (chunk: T[]) => Promise<unknown>, chunkRows = CHUNK_ROWS): Promise<void> {
  const chunks: T[][] = [];
  for (let start = 0; start < rows.length; start += chunkRows) chunks.push(rows.slice(start, start + chunkRows));
  let nextChunk = 0;
  const worker = async (): Promise<void> => {
    while (nextChunk < chunks.length) {
      const chunk = chunks[nextChunk] as T[];
      nextChunk += 1;
      await write(chunk);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, chunks.length) }, worker));
}
