/** `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database. */
import { applyMigrations } from '../migrate.js';
import { openDatabase } from '../open-database.js';

const db = await openDatabase({ log: () => {} });
try {
  const { applied } = await applyMigrations(db.url);
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'The database is up to date.');
} finally {
  await db.close();
}
