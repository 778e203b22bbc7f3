/**
 * Rankings read from this process's memory once read (cache/results-memo.ts), through uncached
 * POSTs: a published correction shows at once, a renamed body as soon as the change is announced.
 */
import { PublishCorrectionDocument, RankingsDocument, UpdateInstitutionDocument, type RankingsQueryVariables } from '@patuh/graphql';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../testing/api-client.js';
import { startApi, type TestApi } from '../../testing/api.js';
import { FIXTURE_USERS, seedFixture, type Fixture } from '../../testing/fixture.js';

let api: TestApi;
let fx: Fixture;
let admin: ApiClient;
beforeAll(async () => {
  api = await startApi(
    'rankings_memo',
    async (p) => {
      fx = await seedFixture(p);
    },
    { PATUH_COUNT_QUERIES: 'true' },
  );
  admin = await api.signIn(FIXTURE_USERS.admin);
});
afterAll(async () => {
  await api?.stop();
});

/** An anonymous rankings POST (never answered by the public read cache), with its SQL statement count. */
async function rankingsPost(variables: RankingsQueryVariables) {
  const res = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(RankingsDocument), variables }),
  });
  const body = (await res.json()) as {
    data: { rankings: { nodes: { score: number; institution: { id: string; name: string } }[] } } | null;
    errors?: { extensions: { code: string } }[];
    extensions: { sqlStatements: number };
  };
  return { nodes: body.data?.rankings.nodes, errorCode: body.errors?.[0]?.extensions.code, sqlStatements: body.extensions.sqlStatements };
}

describe('rankings kept in memory', () => {
  it('show a published correction at once, and a revision that did not exist before', async () => {
    const cycleId = fx.cycles.published2023;
    const kabTangerang = { cycleYear: 2023, filter: { search: 'Kabupaten Tangerang' } };
    const before = await rankingsPost(kabTangerang);
    expect((await rankingsPost(kabTangerang)).sqlStatements).toBe(0);
    expect((await rankingsPost({ cycleYear: 2023, revision: 2 })).errorCode).toBe('NOT_FOUND');

    // The regency's first unit is found as good as Tangerang Selatan's best, and the results corrected.
    const [source, target] = await Promise.all(
      [fx.units.tangsel![0]!, fx.units.kabTangerang![0]!].map((unitId) =>
        api.prisma.assessment.findUniqueOrThrow({ where: { cycleId_unitId: { cycleId, unitId } }, include: { answers: true } }),
      ),
    );
    for (const answer of source!.answers) {
      await api.prisma.assessmentAnswer.update({
        where: { assessmentId_indicatorCode: { assessmentId: target!.id, indicatorCode: answer.indicatorCode } },
        data: { value: answer.value },
      });
    }
    await admin.data(PublishCorrectionDocument, { input: { cycleId, reason: 'Koreksi temuan setelah verifikasi ulang dokumen.' } });

    const after = await rankingsPost(kabTangerang);
    expect(after.sqlStatements).toBe(3);
    expect(after.nodes![0]!.score).toBeGreaterThan(before.nodes![0]!.score);
    expect((await rankingsPost({ ...kabTangerang, revision: 2 })).nodes![0]!.score).toBe(after.nodes![0]!.score);
    expect((await rankingsPost({ ...kabTangerang, revision: 1 })).nodes![0]!.score).toBe(before.nodes![0]!.score);
  });

  it('show a renamed body under its new name once the registry change is announced', async () => {
    const tangsel = { cycleYear: 2023, filter: { search: '36.74' } };
    expect((await rankingsPost(tangsel)).nodes![0]!.institution.name).toBe('Kota Tangerang Selatan');
    expect((await rankingsPost(tangsel)).sqlStatements).toBe(0);

    const current = await api.prisma.institution.findUniqueOrThrow({ where: { id: fx.institutions.tangsel } });
    await admin.data(UpdateInstitutionDocument, {
      id: fx.institutions.tangsel,
      input: { expectedUpdatedAt: current.updatedAt.toISOString(), name: 'Kota Tangerang Selatan (Baru)' },
    });
    // The registry announces the change on the results channel; every instance hears it shortly after.
    await vi.waitFor(async () => expect((await rankingsPost(tangsel)).nodes![0]!.institution.name).toBe('Kota Tangerang Selatan (Baru)'), {
      timeout: 5000,
      interval: 50,
    });
  });
});
