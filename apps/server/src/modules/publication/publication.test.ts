/** Publishing and correcting results through HTTP: who may, what stands in the way, and what a publication leaves behind. */
import { randomUUID } from 'node:crypto';
import {
  CreateFeedbackDocument,
  InstitutionFeedbackDocument,
  PublishCorrectionDocument,
  PublishCycleDocument,
  RankingsDocument,
  RaporDocument,
  ResultRevisionsDocument,
  type PublishCycleInput,
} from '@patuh/graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../testing/api-client.js';
import { startApi, type TestApi } from '../../testing/api.js';
import { FIXTURE_USERS, seedFixture, type Fixture } from '../../testing/fixture.js';

let api: TestApi;
let fx: Fixture;
let admin: ApiClient;

beforeAll(async () => {
  api = await startApi('publication', async (prisma) => {
    fx = await seedFixture(prisma);
  });
  admin = await api.signIn(FIXTURE_USERS.admin);
});
afterAll(async () => {
  await api?.stop();
});

async function cycleVersion(cycleId: string): Promise<number> {
  return (await api.prisma.cycle.findUniqueOrThrow({ where: { id: cycleId } })).version;
}

async function refusal(input: PublishCycleInput) {
  const reply = await admin.request(PublishCycleDocument, { input });
  expect(reply.data).toBeNull();
  return reply.errors?.[0]?.extensions;
}

describe('publishCycle', () => {
  it('is for headquarters admins only', async () => {
    const input = { cycleId: fx.cycles.clarification2024, expectedVersion: 1 };
    expect(await api.anonymous().errorCode(PublishCycleDocument, { input })).toBe('UNAUTHENTICATED');
    for (const user of ['regionalBanten', 'verifier', 'officerTangsel'] as const) {
      const client = await api.signIn(FIXTURE_USERS[user]);
      expect(await client.errorCode(PublishCycleDocument, { input }), user).toBe('FORBIDDEN');
    }
  });

  it('names the field of bad input and refuses an unknown cycle', async () => {
    expect(await refusal({ cycleId: 'x', expectedVersion: 1 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.cycleId' });
    expect(await refusal({ cycleId: fx.cycles.clarification2024, expectedVersion: 0 })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.expectedVersion',
    });
    expect(await refusal({ cycleId: randomUUID(), expectedVersion: 1 })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('publishes only from the decision stage', async () => {
    const cycleId = fx.cycles.clarification2024;
    expect(await refusal({ cycleId, expectedVersion: await cycleVersion(cycleId) })).toMatchObject({
      code: 'STAGE_NOT_ALLOWED',
      reason: 'WRONG_STAGE',
      i18n: { id: expect.stringContaining('Penetapan'), en: expect.stringContaining('Decision') },
    });
    expect(await api.prisma.resultRevision.count({ where: { cycleId } })).toBe(0);
  });

  describe('in the decision stage', () => {
    const cycleId = () => fx.cycles.clarification2024;
    let version: number;

    beforeAll(async () => {
      version = (await api.prisma.cycle.update({ where: { id: cycleId() }, data: { stage: 'DECISION', version: { increment: 1 } } })).version;
    });

    it('refuses when the cycle changed since the publisher looked, with its current state', async () => {
      expect(await refusal({ cycleId: cycleId(), expectedVersion: version - 1 })).toMatchObject({
        code: 'CONFLICT',
        current: { id: cycleId(), version, stage: 'DECISION' },
      });
    });

    it('names the units whose assessment is not verified', async () => {
      const unitId = fx.units.bogor![0]!;
      await api.prisma.assessment.update({ where: { cycleId_unitId: { cycleId: cycleId(), unitId } }, data: { status: 'SUBMITTED' } });
      try {
        expect(await refusal({ cycleId: cycleId(), expectedVersion: version })).toMatchObject({
          code: 'STAGE_NOT_ALLOWED',
          reason: 'UNVERIFIED_ASSESSMENTS',
          ids: [unitId],
          i18n: { id: expect.stringContaining('1 unit'), en: expect.stringContaining('1 sampled unit') },
        });
      } finally {
        await api.prisma.assessment.update({ where: { cycleId_unitId: { cycleId: cycleId(), unitId } }, data: { status: 'VERIFIED' } });
      }
    });

    it('names the clarifications still open', async () => {
      const assessment = await api.prisma.assessment.findUniqueOrThrow({ where: { cycleId_unitId: { cycleId: cycleId(), unitId: fx.units.tangsel![0]! } } });
      const clarification = await api.prisma.clarification.create({
        data: { cycleId: cycleId(), assessmentId: assessment.id, institutionId: fx.institutions.tangsel, indicatorCode: 'IN-KOM-01', raisedById: fx.users.officerTangsel },
      });
      try {
        expect(await refusal({ cycleId: cycleId(), expectedVersion: version })).toMatchObject({
          code: 'STAGE_NOT_ALLOWED',
          reason: 'OPEN_CLARIFICATIONS',
          ids: [clarification.id],
        });
      } finally {
        await api.prisma.clarification.delete({ where: { id: clarification.id } });
      }
    });

    it('names the units whose findings are incomplete', async () => {
      const unitId = fx.units.kemenkes![1]!;
      const assessment = await api.prisma.assessment.findUniqueOrThrow({ where: { cycleId_unitId: { cycleId: cycleId(), unitId } } });
      const answer = await api.prisma.assessmentAnswer.findFirstOrThrow({ where: { assessmentId: assessment.id } });
      await api.prisma.assessmentAnswer.delete({ where: { assessmentId_indicatorCode: { assessmentId: assessment.id, indicatorCode: answer.indicatorCode } } });
      try {
        expect(await refusal({ cycleId: cycleId(), expectedVersion: version })).toMatchObject({
          code: 'STAGE_NOT_ALLOWED',
          reason: 'INCOMPLETE_ASSESSMENT',
          ids: [unitId],
        });
      } finally {
        await api.prisma.assessmentAnswer.create({ data: answer });
      }
    });

    it('scores, ranks and freezes the cycle as revision 1, and releases the report cards’ improvement points', async () => {
      const banten = await api.signIn(FIXTURE_USERS.regionalBanten);
      const officer = await api.signIn(FIXTURE_USERS.officerTangsel);
      const { createFeedback } = await banten.data(CreateFeedbackDocument, {
        input: { cycleId: cycleId(), institutionId: fx.institutions.tangsel, body: 'Lengkapi maklumat pelayanan.', priority: 2 },
      });
      const feedbackArgs = { cycleId: cycleId(), institutionId: fx.institutions.tangsel };
      expect((await officer.data(InstitutionFeedbackDocument, feedbackArgs)).feedback).toEqual([]);
      expect(await api.anonymous().errorCode(RankingsDocument, { cycleYear: 2024 })).toBe('NOT_FOUND');

      const { publishCycle } = await admin.data(PublishCycleDocument, { input: { cycleId: cycleId(), expectedVersion: version } });
      expect(publishCycle).toMatchObject({
        cycle: { id: cycleId(), year: 2024, stage: 'PUBLISHED', version: version + 1 },
        revision: { year: 2024, revision: 1, corrected: false, reason: null, source: 'COMPUTED', institutionCount: 5 },
        unitCount: 10,
      });

      const rankings = (await api.anonymous().data(RankingsDocument, { cycleYear: 2024 })).rankings;
      expect(rankings.totalCount).toBe(5);
      // Every unit's level rose by 0.03 from 2023, so every body has a previous score and a delta.
      expect(rankings.nodes.every((n) => n.previousScore !== null && n.delta !== null)).toBe(true);

      const published = (await officer.data(InstitutionFeedbackDocument, feedbackArgs)).feedback;
      expect(published.map((f) => f.id)).toEqual([createFeedback.id]);
      expect(published[0]?.publishedAt).not.toBeNull();

      const audit = await api.prisma.auditEvent.findFirstOrThrow({ where: { cycleId: cycleId(), action: 'cycle.publish' } });
      expect(audit.actorId).toBe(fx.users.admin);
      expect(audit.requestId).toBeTruthy();
      expect(audit.after).toMatchObject({ stage: 'PUBLISHED', revision: 1 });
    });

    it('does not publish a published cycle again', async () => {
      expect(await refusal({ cycleId: cycleId(), expectedVersion: await cycleVersion(cycleId()) })).toMatchObject({
        code: 'STAGE_NOT_ALLOWED',
        reason: 'WRONG_STAGE',
      });
      expect(await api.prisma.resultRevision.count({ where: { cycleId: cycleId() } })).toBe(1);
    });
  });
});

describe('publishCorrection', () => {
  const reason = 'Koreksi temuan Kabupaten Tangerang setelah verifikasi ulang dokumen.';

  it('is for headquarters admins only', async () => {
    const input = { cycleId: fx.cycles.published2023, reason };
    expect(await api.anonymous().errorCode(PublishCorrectionDocument, { input })).toBe('UNAUTHENTICATED');
    for (const user of ['regionalBanten', 'verifier', 'officerTangsel'] as const) {
      const client = await api.signIn(FIXTURE_USERS[user]);
      expect(await client.errorCode(PublishCorrectionDocument, { input }), user).toBe('FORBIDDEN');
    }
  });

  it('needs a reason, and a published cycle', async () => {
    for (const bad of ['', '   ', 'singkat']) {
      const reply = await admin.request(PublishCorrectionDocument, { input: { cycleId: fx.cycles.published2023, reason: bad } });
      expect(reply.errors?.[0]?.extensions, bad).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    }
    const draft = await api.prisma.cycle.create({ data: { year: 2026, title: 'Penilaian Kepatuhan 2026' } });
    const reply = await admin.request(PublishCorrectionDocument, { input: { cycleId: draft.id, reason } });
    expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'STAGE_NOT_ALLOWED', reason: 'WRONG_STAGE' });
  });

  it('publishes a new revision from the findings as they stand, keeping the first one readable', async () => {
    const cycleId = fx.cycles.published2023;
    const before = (await api.anonymous().data(RankingsDocument, { cycleYear: 2023, filter: { search: 'Kabupaten Tangerang' } })).rankings.nodes[0]!;
    // The regency's first unit is found as good as Tangerang Selatan's best.
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

    // Until the correction, the report card says its explanation no longer gives the published score.
    const raporArgs = { cycleYear: 2023, institutionId: fx.institutions.kabTangerang };
    const stale = (await admin.data(RaporDocument, raporArgs)).rapor.units.find((u) => u.unit.id === fx.units.kabTangerang![0])!;
    expect(stale.explanationMatchesPublished).toBe(false);

    const { publishCorrection } = await admin.data(PublishCorrectionDocument, { input: { cycleId, reason: `  ${reason}  ` } });
    expect(publishCorrection.revision).toMatchObject({ year: 2023, revision: 2, corrected: true, reason, source: 'COMPUTED' });
    expect(publishCorrection.cycle.stage).toBe('PUBLISHED');

    const { resultRevisions } = await api.anonymous().data(ResultRevisionsDocument, { cycleYear: 2023 });
    expect(resultRevisions.map((r) => [r.revision, r.corrected, r.reason])).toEqual([
      [2, true, reason],
      [1, false, null],
    ]);
    const after = (await api.anonymous().data(RankingsDocument, { cycleYear: 2023, filter: { search: 'Kabupaten Tangerang' } })).rankings.nodes[0]!;
    expect(after.score).toBeGreaterThan(before.score);
    const firstRevision = (await api.anonymous().data(RankingsDocument, { cycleYear: 2023, revision: 1, filter: { search: 'Kabupaten Tangerang' } })).rankings
      .nodes[0]!;
    expect(firstRevision.score).toBe(before.score);
    const current = (await admin.data(RaporDocument, raporArgs)).rapor;
    expect(current.revision).toMatchObject({ revision: 2, corrected: true, reason });
    expect(current.units.every((u) => u.explanationMatchesPublished)).toBe(true);

    const audit = await api.prisma.auditEvent.findFirstOrThrow({ where: { cycleId, action: 'cycle.publish' }, orderBy: { at: 'desc' } });
    expect(audit.after).toMatchObject({ revision: 2, reason });
  });
});
