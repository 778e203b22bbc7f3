import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { applyMigrations } from './migrate.js';
import { createTestDatabase } from './testing/database.js';

const adminUrl = inject('adminDatabaseUrl');

describe('database constraints', () => {
  let db: { url: string; drop(): Promise<void> };
  let c: pg.Client;

  beforeAll(async () => {
    db = await createTestDatabase(adminUrl, 'constraints');
    await applyMigrations(db.url);
    c = new pg.Client({ connectionString: db.url });
    await c.connect();
    await c.query(`INSERT INTO province (code, name) VALUES ('36', 'Banten')`);
  });
  afterAll(async () => {
    await c.end();
    await db.drop();
  });

  const insertInstitution = (type: string, province: string | null, code: string) =>
    c.query(`INSERT INTO institution (id, code, name, type, province_code, updated_at)
             VALUES (gen_random_uuid(), $1, $1, $2, $3, now()) RETURNING id`, [code, type, province]);

  it('rejects a city without a province, and a ministry with one', async () => {
    await expect(insertInstitution('KOTA', null, 'x1')).rejects.toThrow(/institution_province_matches_type/);
    await expect(insertInstitution('KEMENTERIAN', '36', 'x2')).rejects.toThrow(/institution_province_matches_type/);
    await expect(insertInstitution('KOTA', '36', '36.74')).resolves.toBeDefined();
  });

  it('rejects a duplicate official code', async () => {
    await expect(insertInstitution('KOTA', '36', '36.74')).rejects.toThrow(/duplicate key/);
  });

  it('rejects a published score outside 0–100 and keeps published rows frozen', async () => {
    const cycle = await c.query(`INSERT INTO cycle (id, year, title, updated_at) VALUES (gen_random_uuid(), 2023, 't', now()) RETURNING id`);
    const rev = await c.query(`INSERT INTO result_revision (id, cycle_id, revision, source) VALUES (gen_random_uuid(), $1, 1, 'IMPORTED') RETURNING id`, [cycle.rows[0].id]);
    const inst = await c.query(`SELECT id FROM institution WHERE code = '36.74'`);
    const insert = (score: number) =>
      c.query(`INSERT INTO institution_result (id, revision_id, institution_id, score, grade, zone, rank_national, rank_type)
               VALUES (gen_random_uuid(), $1, $2, $3, 'A', 'HIJAU', 1, 1)`, [rev.rows[0].id, inst.rows[0].id, score]);
    await expect(insert(100.01)).rejects.toThrow(/institution_result_score_range/);
    await insert(94.46);
    await expect(c.query(`UPDATE institution_result SET score = 99`)).rejects.toThrow(/frozen/);
    await expect(
      c.query(`INSERT INTO result_revision (id, cycle_id, revision, source) VALUES (gen_random_uuid(), $1, 2, 'COMPUTED')`, [cycle.rows[0].id]),
    ).rejects.toThrow(/result_revision_correction_reasoned/);
  });

  it('rejects a finding that is both a value and not applicable', async () => {
    await expect(
      c.query(`INSERT INTO assessment_answer (assessment_id, indicator_code, value, not_applicable, updated_at)
               VALUES (gen_random_uuid(), 'X', 1, true, now())`),
    ).rejects.toThrow(/assessment_answer_value_or_na|foreign key/);
  });

  it('rejects regional staff without a province', async () => {
    await expect(
      c.query(`INSERT INTO "user" (id, email, name, role, updated_at) VALUES (gen_random_uuid(), 'a@b.c', 'A', 'REGIONAL_STAFF', now())`),
    ).rejects.toThrow(/user_scope_matches_role/);
  });
});
