/** Assessments through HTTP against the real server: reading in scope, queues, findings, workflow. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddAssessmentCommentDocument,
  AssessmentChangesDocument,
  AssessmentDocument,
  AssessmentOfDocument,
  AssessmentsDocument,
  ReturnAssessmentDocument,
  SaveAnswersDocument,
  SubmitAssessmentDocument,
  VerifyAssessmentDocument,
  type AnswerInput,
} from '@patuh/graphql';
import { assertMethodology, getPreset, NOT_APPLICABLE, scoreUnit, type Answer, type Methodology } from '@patuh/scoring';
import type { ApiClient, Reply } from '../../testing/api-client.js';
import { startApi, type TestApi } from '../../testing/api.js';
import { FIXTURE_USERS, indicatorsOf, seedCollectionCycle, seedFixture, type CollectionCycle, type Fixture } from '../../testing/fixture.js';

type Who = keyof typeof FIXTURE_USERS | 'public';

/** Indicators of the fixture's methodology (METHOD_2022). */
const INDICATORS = indicatorsOf(getPreset('METHOD_2022') as Methodology).length;

let api: TestApi;
let fx: Fixture;
let collection: CollectionCycle;
const clients = {} as Record<Who, ApiClient>;

beforeAll(async () => {
  api = await startApi('assessment', async (prisma) => {
    fx = await seedFixture(prisma);
    collection = await seedCollectionCycle(prisma, fx);
    // The verifier assesses one ministry unit, and Jawa Barat's office one Banten unit: assignments widen scope.
    await prisma.assignment.createMany({
      data: [
        { cycleId: collection.cycleId, unitId: fx.units.kemenkes![0]!, userId: fx.users.verifier, role: 'ASSESSOR' },
        { cycleId: collection.cycleId, unitId: fx.units.tangsel![1]!, userId: fx.users.regionalJabar, role: 'ASSESSOR' },
      ],
    });
  });
  for (const who of Object.keys(FIXTURE_USERS) as (keyof typeof FIXTURE_USERS)[]) clients[who] = await api.signIn(FIXTURE_USERS[who]);
  clients.public = api.anonymous();
});
afterAll(async () => {
  await api?.stop();
});

const outcome = (reply: Reply<unknown>) => reply.errors?.[0]?.extensions?.code ?? 'ok';

/** Each role's outcome (ok or the error code) for the same request. */
async function matrix(run: (client: ApiClient) => Promise<Reply<unknown>>): Promise<Record<Who, string>> {
  const entries = await Promise.all((Object.keys(clients) as Who[]).map(async (who) => [who, outcome(await run(clients[who]))] as const));
  return Object.fromEntries(entries) as Record<Who, string>;
}

function refusal(reply: Reply<unknown>) {
  const extensions = reply.errors?.[0]?.extensions;
  return { code: extensions?.code, field: extensions?.field };
}

const draftOf = (unitId: string) => collection.assessments[unitId]!;
async function assessmentIn(cycleId: string, unitId: string) {
  return api.prisma.assessment.findUniqueOrThrow({ where: { cycleId_unitId: { cycleId, unitId } } });
}
const versionOf = async (id: string) => (await api.prisma.assessment.findUniqueOrThrow({ where: { id } })).version;

/** The unit score @patuh/scoring gives the stored answers, with the cycle's latest methodology. */
async function expectedScore(assessmentId: string) {
  const assessment = await api.prisma.assessment.findUniqueOrThrow({ where: { id: assessmentId }, include: { answers: true } });
  const row = await api.prisma.methodology.findFirstOrThrow({ where: { cycleId: assessment.cycleId }, orderBy: { version: 'desc' } });
  const answers: Record<string, Answer> = {};
  for (const a of assessment.answers) {
    if (a.notApplicable) answers[a.indicatorCode] = NOT_APPLICABLE;
    else if (a.value !== null) answers[a.indicatorCode] = a.value.toNumber();
  }
  return scoreUnit(assertMethodology(row.document), answers);
}

describe('reading an assessment', () => {
  it('lets each role read within its scope only (2024, clarification stage)', async () => {
    const tangsel = await assessmentIn(fx.cycles.clarification2024, fx.units.tangsel![0]!);
    expect(await matrix((c) => c.request(AssessmentDocument, { id: tangsel.id }))).toEqual({
      public: 'UNAUTHENTICATED',
      admin: 'ok',
      regionalBanten: 'ok',
      regionalJabar: 'FORBIDDEN',
      verifier: 'ok',
      officerTangsel: 'ok',
      officerBogor: 'FORBIDDEN',
    });
    const kemenkes = await assessmentIn(fx.cycles.clarification2024, fx.units.kemenkes![0]!);
    expect((await matrix((c) => c.request(AssessmentDocument, { id: kemenkes.id }))).regionalBanten).toBe('FORBIDDEN');
  });

  it('keeps draft findings from the body until the clarification stage, and widens staff scope by assignment', async () => {
    expect(await matrix((c) => c.request(AssessmentDocument, { id: draftOf(fx.units.tangsel![1]!) }))).toEqual({
      public: 'UNAUTHENTICATED',
      admin: 'ok',
      regionalBanten: 'ok',
      regionalJabar: 'ok', // assigned as assessor
      verifier: 'ok',
      officerTangsel: 'FORBIDDEN',
      officerBogor: 'FORBIDDEN',
    });
    expect(outcome(await clients.regionalJabar.request(AssessmentDocument, { id: draftOf(fx.units.tangsel![0]!) }))).toBe('FORBIDDEN');
  });

  it('shows answers, evidence, comments and a live score equal to the scoring package’s', async () => {
    const target = await assessmentIn(fx.cycles.clarification2024, fx.units.bogor![0]!);
    const { assessment } = await clients.officerBogor.data(AssessmentDocument, { id: target.id });
    const expected = await expectedScore(target.id);
    expect(assessment).toMatchObject({ id: target.id, status: 'VERIFIED', version: 1, cycleStage: 'CLARIFICATION', evidence: [], comments: [] });
    expect(assessment.unit).toEqual({ id: fx.units.bogor![0], name: 'DPMPTSP' });
    expect(assessment.institution).toMatchObject({ id: fx.institutions.bogor, provinceCode: '32' });
    expect(assessment.answers).toHaveLength(INDICATORS);
    expect(expected.score).not.toBeNull();
    expect(assessment.liveScore).toMatchObject({
      complete: true,
      missing: [],
      score: expected.score,
      grade: { code: expected.grade!.code, zone: expected.grade!.zone, label: expected.grade!.label.id },
    });
    expect(assessment.liveScore!.dimensions.map((d) => [d.code, d.points, d.score])).toEqual(
      expected.explanation!.dimensions.map((d) => [d.code, d.points, d.score]),
    );
  });

  it('scores a draft as incomplete, naming what is missing', async () => {
    const { assessment } = await clients.admin.data(AssessmentDocument, { id: draftOf(fx.units.provBanten![0]!) });
    expect(assessment.liveScore).toMatchObject({ complete: false, missing: [collection.unansweredCode], score: null, grade: null });
    expect(assessment.liveScore!.dimensions).toHaveLength(4);
  });

  it('finds an assessment by cycle and unit, and answers NOT_FOUND and bad ids precisely', async () => {
    const unitId = fx.units.kabTangerang![1]!;
    const { assessmentOf } = await clients.regionalBanten.data(AssessmentOfDocument, { cycleId: collection.cycleId, unitId });
    expect(assessmentOf.id).toBe(draftOf(unitId));
    expect(outcome(await clients.regionalJabar.request(AssessmentOfDocument, { cycleId: collection.cycleId, unitId }))).toBe('FORBIDDEN');
    expect(outcome(await clients.admin.request(AssessmentOfDocument, { cycleId: fx.cycles.published2023, unitId: fx.users.admin }))).toBe('NOT_FOUND');
    expect(outcome(await clients.admin.request(AssessmentDocument, { id: '0191d3c4-0000-7000-8000-000000000000' }))).toBe('NOT_FOUND');
    expect(refusal(await clients.admin.request(AssessmentDocument, { id: 'nope' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(refusal(await clients.admin.request(AssessmentOfDocument, { cycleId: 'x', unitId }))).toEqual({ code: 'BAD_USER_INPUT', field: 'cycleId' });
  });
});

describe('the assessment queues', () => {
  const list = (client: ApiClient, cycleId: string, filter: object | null = null, first: number | null = null, after: string | null = null) =>
    client.request(AssessmentsDocument, { cycleId, filter, first, after });

  it('lists in scope: all for headquarters, the province (and assignments) for a regional office, the own body for an officer', async () => {
    const counts = await Promise.all(
      (['admin', 'verifier', 'regionalBanten', 'regionalJabar', 'officerTangsel'] as const).map(async (who) => (await list(clients[who], fx.cycles.clarification2024)).data?.assessments.totalCount),
    );
    expect(counts).toEqual([10, 10, 6, 2, 2]);
    const jabar = (await list(clients.regionalJabar, collection.cycleId)).data!.assessments.nodes;
    expect(jabar.map((n) => n.institution.id).sort()).toEqual([fx.institutions.bogor, fx.institutions.bogor, fx.institutions.tangsel].sort());
    const officer = (await list(clients.officerTangsel, fx.cycles.clarification2024)).data!.assessments.nodes;
    expect(new Set(officer.map((n) => n.institution.id))).toEqual(new Set([fx.institutions.tangsel]));
  });

  it('refuses filters outside the viewer’s scope, drafts to officers, and the public', async () => {
    expect(outcome(await list(clients.regionalJabar, collection.cycleId, { provinceCode: '36' }))).toBe('FORBIDDEN');
    expect(outcome(await list(clients.officerTangsel, fx.cycles.clarification2024, { institutionId: fx.institutions.bogor }))).toBe('FORBIDDEN');
    expect(outcome(await list(clients.officerTangsel, collection.cycleId))).toBe('FORBIDDEN');
    expect(outcome(await list(clients.public, collection.cycleId))).toBe('UNAUTHENTICATED');
    expect(outcome(await list(clients.admin, '0191d3c4-0000-7000-8000-000000000000'))).toBe('NOT_FOUND');
    expect(refusal(await list(clients.admin, collection.cycleId, { provinceCode: 'Banten' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.provinceCode' });
    expect(refusal(await list(clients.admin, collection.cycleId, null, 0))).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(refusal(await list(clients.admin, collection.cycleId, null, 5, 'garbage'))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('filters by province, body, status and assignment, and pages without gaps or repeats', async () => {
    const byProvince = await list(clients.admin, collection.cycleId, { provinceCode: '32' });
    expect(byProvince.data!.assessments.totalCount).toBe(2);
    const byBody = await list(clients.admin, collection.cycleId, { institutionId: fx.institutions.kemenkes });
    expect(byBody.data!.assessments.nodes.map((n) => n.unit.id).sort()).toEqual([...fx.units.kemenkes!].sort());
    const mine = await list(clients.verifier, collection.cycleId, { assignedToMe: true });
    expect(mine.data!.assessments.nodes.map((n) => n.unit.id)).toEqual([fx.units.kemenkes![0]]);
    expect((await list(clients.admin, fx.cycles.clarification2024, { status: 'DRAFT' })).data!.assessments.totalCount).toBe(0);

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Reply<{ assessments: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }> = await list(clients.admin, collection.cycleId, null, 4, after);
      seen.push(...page.data!.assessments.nodes.map((n) => n.id));
      if (!page.data!.assessments.pageInfo.hasNextPage) break;
      after = page.data!.assessments.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(10);
    expect(new Set(seen)).toEqual(new Set(Object.values(collection.assessments)));
  });
});

describe('recording findings', () => {
  const save = (client: ApiClient, assessmentId: string, expectedVersion: number, answers: AnswerInput[]) =>
    client.request(SaveAnswersDocument, { assessmentId, expectedVersion, answers });

  it('lets the regional office, an admin and assigned assessors record; refuses everyone else', async () => {
    const tangsel = draftOf(fx.units.tangsel![0]!);
    const one = [{ indicatorCode: 'IN-KOM-03', value: 3 }]; // the drafts hold 2
    expect(outcome(await save(clients.public, tangsel, await versionOf(tangsel), one))).toBe('UNAUTHENTICATED');
    expect(outcome(await save(clients.officerTangsel, tangsel, await versionOf(tangsel), one))).toBe('FORBIDDEN');
    expect(outcome(await save(clients.verifier, tangsel, await versionOf(tangsel), one))).toBe('FORBIDDEN');
    expect(outcome(await save(clients.regionalJabar, tangsel, await versionOf(tangsel), one))).toBe('FORBIDDEN');
    expect(await versionOf(tangsel)).toBe(1);

    expect(outcome(await save(clients.regionalBanten, tangsel, 1, one))).toBe('ok');
    expect(outcome(await save(clients.admin, tangsel, 2, [{ indicatorCode: 'IN-KOM-03', value: 1 }]))).toBe('ok');
    const kemenkes = draftOf(fx.units.kemenkes![0]!);
    expect(outcome(await save(clients.verifier, kemenkes, 1, one))).toBe('ok');
    expect(outcome(await save(clients.regionalBanten, kemenkes, 2, [{ indicatorCode: 'IN-KOM-03', value: 1 }]))).toBe('FORBIDDEN');
    const assignedTangsel = draftOf(fx.units.tangsel![1]!);
    expect(outcome(await save(clients.regionalJabar, assignedTangsel, 1, one))).toBe('ok');
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const id = draftOf(fx.units.kabTangerang![0]!);
    const cases: [Parameters<typeof save>, string][] = [
      [[clients.admin, 'not-an-id', 1, [{ indicatorCode: 'IN-KOM-01', value: 1 }]], 'assessmentId'],
      [[clients.admin, id, 0, [{ indicatorCode: 'IN-KOM-01', value: 1 }]], 'expectedVersion'],
      [[clients.admin, id, 1, []], 'answers'],
      [[clients.admin, id, 1, [{ indicatorCode: 'NO-SUCH-01', value: 1 }]], 'answers[0].indicatorCode'],
      [[clients.admin, id, 1, [{ indicatorCode: 'IN-KOM-01', value: 1 }, { indicatorCode: 'IN-KOM-01', value: 2 }]], 'answers[1].indicatorCode'],
      [[clients.admin, id, 1, [{ indicatorCode: 'IN-KOM-01', value: 1.5 }]], 'answers[0].value'], // not a level
      [[clients.admin, id, 1, [{ indicatorCode: 'IN-KOM-01', value: 7 }]], 'answers[0].value'], // off the 0–3 scale
      [[clients.admin, id, 1, [{ indicatorCode: 'PNG-PEN-01', value: 2 }]], 'answers[0].value'], // yes/no is 1 or 0
      [[clients.admin, id, 1, [{ indicatorCode: 'OUT-PER-01', value: 3.125 }]], 'answers[0].value'], // beyond two decimals
      [[clients.admin, id, 1, [{ indicatorCode: 'IN-KOM-02', value: 2 }, { indicatorCode: 'IN-SAR-01', value: 1, notApplicable: true }]], 'answers[1].value'],
      [[clients.admin, id, 1, [{ indicatorCode: 'IN-KOM-01', notApplicable: true }]], 'answers[0].notApplicable'], // not allowed here
      [[clients.admin, id, 1, [{ indicatorCode: 'IN-KOM-01', value: 1, note: 'x'.repeat(2001) }]], 'answers[0].note'],
    ];
    for (const [args, field] of cases) {
      expect(refusal(await save(...args)), field).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    expect(await versionOf(id)).toBe(1);
    expect(await api.prisma.auditEvent.count({ where: { entityId: id } })).toBe(0);
  });

  it('saves, moves the version on and audits the changed answers with their state before', async () => {
    const id = draftOf(fx.units.kabTangerang![1]!);
    const before = await api.prisma.assessmentAnswer.findUniqueOrThrow({ where: { assessmentId_indicatorCode: { assessmentId: id, indicatorCode: 'IN-KOM-01' } } });
    const reply = await clients.regionalBanten.data(SaveAnswersDocument, {
      assessmentId: id,
      expectedVersion: 1,
      answers: [
        { indicatorCode: 'IN-KOM-01', value: 3, note: 'Dokumen SOP lengkap' },
        { indicatorCode: 'IN-SAR-01', notApplicable: true },
        { indicatorCode: 'IN-KOM-02', value: 2 }, // as stored: not written, not audited
        { indicatorCode: collection.unansweredCode, value: 3 },
      ],
    });
    expect(reply.saveAnswers.version).toBe(2);
    expect(reply.saveAnswers.liveScore!.complete).toBe(true);
    expect(reply.saveAnswers.liveScore!.score).toBe((await expectedScore(id)).score);
    const saved = reply.saveAnswers.answers.find((a) => a.indicatorCode === 'IN-KOM-01')!;
    expect(saved).toMatchObject({ value: 3, notApplicable: false, note: 'Dokumen SOP lengkap', updatedBy: { id: fx.users.regionalBanten } });
    expect(reply.saveAnswers.answers.find((a) => a.indicatorCode === 'IN-SAR-01')).toMatchObject({ value: null, notApplicable: true });

    const events = await api.prisma.auditEvent.findMany({ where: { entityId: id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'assessment.answers.save', actorId: fx.users.regionalBanten, cycleId: collection.cycleId, institutionId: fx.institutions.kabTangerang });
    const audit = { before: events[0]!.before as { version: number; answers: Record<string, unknown> }, after: events[0]!.after as { version: number; answers: Record<string, unknown> } };
    expect(audit.before.version).toBe(1);
    expect(audit.after.version).toBe(2);
    expect(Object.keys(audit.after.answers).sort()).toEqual(['IN-KOM-01', 'IN-SAR-01', collection.unansweredCode].sort());
    expect(audit.before.answers['IN-KOM-01']).toEqual({ value: before.value!.toNumber(), notApplicable: false, note: null });
    expect(audit.before.answers[collection.unansweredCode]).toBeNull();
    expect(audit.after.answers['IN-SAR-01']).toEqual({ value: null, notApplicable: true, note: null });

    // Saving what is already stored changes nothing and leaves no trace.
    const again = await clients.regionalBanten.data(SaveAnswersDocument, { assessmentId: id, expectedVersion: 2, answers: [{ indicatorCode: 'IN-KOM-01', value: 3, note: 'Dokumen SOP lengkap' }] });
    expect(again.saveAnswers.version).toBe(2);
    expect(await api.prisma.auditEvent.count({ where: { entityId: id } })).toBe(1);
  });

  it('lets exactly one of two savers with the same version win; the other gets the current answers, and nothing is lost', async () => {
    const id = draftOf(fx.units.provBanten![1]!);
    const version = await versionOf(id);
    const [a, b] = await Promise.all([
      save(clients.regionalBanten, id, version, [{ indicatorCode: 'PR-STD-01', value: 3 }]),
      save(clients.admin, id, version, [{ indicatorCode: 'PR-STD-02', value: 0 }]),
    ]);
    const outcomes = [outcome(a), outcome(b)].sort();
    expect(outcomes).toEqual(['CONFLICT', 'ok']);
    const [winner, loser] = outcome(a) === 'ok' ? [{ code: 'PR-STD-01', value: 3 }, b] : [{ code: 'PR-STD-02', value: 0 }, a];
    const current = loser.errors![0]!.extensions!.current as { version: number; answers: { indicatorCode: string; value: number | null }[] };
    expect(current.version).toBe(version + 1);
    expect(current.answers.find((x) => x.indicatorCode === winner.code)?.value).toBe(winner.value);
    expect(current.answers).toHaveLength(INDICATORS - 1); // every draft answer, the winner's included
    expect(await versionOf(id)).toBe(version + 1);
    expect(await api.prisma.auditEvent.count({ where: { entityId: id, action: 'assessment.answers.save' } })).toBe(1);

    // The loser saves again on the current version: both changes stand.
    const retried = loser === a ? save(clients.regionalBanten, id, current.version, [{ indicatorCode: 'PR-STD-01', value: 3 }]) : save(clients.admin, id, current.version, [{ indicatorCode: 'PR-STD-02', value: 0 }]);
    expect(outcome(await retried)).toBe('ok');
    const stored = await api.prisma.assessmentAnswer.findMany({ where: { assessmentId: id, indicatorCode: { in: ['PR-STD-01', 'PR-STD-02'] } }, orderBy: { indicatorCode: 'asc' } });
    expect(stored.map((r) => r.value!.toNumber())).toEqual([3, 0]);
  });

  it('refuses findings outside collection: a verified assessment in the clarification stage', async () => {
    const target = await assessmentIn(fx.cycles.clarification2024, fx.units.tangsel![0]!);
    const reply = await save(clients.admin, target.id, target.version, [{ indicatorCode: 'IN-KOM-01', value: 0 }]);
    expect(outcome(reply)).toBe('STAGE_NOT_ALLOWED');
    expect(await versionOf(target.id)).toBe(target.version);
  });
});

describe('submitting, returning and verifying', () => {
  const unitId = () => fx.units.bogor![1]!;
  const id = () => draftOf(unitId());
  const submit = (client: ApiClient, expectedVersion: number) => client.request(SubmitAssessmentDocument, { id: id(), expectedVersion });

  it('refuses to submit an incomplete assessment, listing what is missing', async () => {
    const reply = await submit(clients.regionalJabar, 1);
    expect(refusal(reply)).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(reply.errors![0]!.extensions!.missing).toEqual([collection.unansweredCode]);
    expect(refusal(await clients.regionalJabar.request(SubmitAssessmentDocument, { id: id(), expectedVersion: -1 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'expectedVersion' });
    expect(outcome(await submit(clients.regionalBanten, 1))).toBe('FORBIDDEN');
    expect(outcome(await submit(clients.officerBogor, 1))).toBe('FORBIDDEN');
    expect((await api.prisma.assessment.findUniqueOrThrow({ where: { id: id() } })).status).toBe('DRAFT');
  });

  it('submits a complete one; then findings are closed until it is returned', async () => {
    await clients.regionalJabar.data(SaveAnswersDocument, { assessmentId: id(), expectedVersion: 1, answers: [{ indicatorCode: collection.unansweredCode, value: 2 }] });
    expect(outcome(await submit(clients.regionalJabar, 1))).toBe('CONFLICT');
    const { submitAssessment } = (await submit(clients.regionalJabar, 2)).data!;
    expect(submitAssessment).toMatchObject({ status: 'SUBMITTED', version: 3 });
    expect(submitAssessment.submittedAt).not.toBeNull();
    expect(outcome(await submit(clients.regionalJabar, 3))).toBe('STAGE_NOT_ALLOWED');
    const closed = await clients.regionalJabar.request(SaveAnswersDocument, { assessmentId: id(), expectedVersion: 3, answers: [{ indicatorCode: 'IN-KOM-01', value: 0 }] });
    expect(outcome(closed)).toBe('STAGE_NOT_ALLOWED');
    const queue = await clients.verifier.data(AssessmentsDocument, { cycleId: collection.cycleId, filter: { status: 'SUBMITTED' } });
    expect(queue.assessments.nodes.map((n) => n.id)).toEqual([id()]);
  });

  it('lets only verifiers and admins return, with a reason', async () => {
    const returnIt = (client: ApiClient, comment: string) => client.request(ReturnAssessmentDocument, { id: id(), expectedVersion: 3, comment });
    expect(outcome(await returnIt(clients.public, 'x'))).toBe('UNAUTHENTICATED');
    expect(outcome(await returnIt(clients.regionalJabar, 'x'))).toBe('FORBIDDEN');
    expect(outcome(await returnIt(clients.officerBogor, 'x'))).toBe('FORBIDDEN');
    expect(refusal(await returnIt(clients.verifier, '   '))).toEqual({ code: 'BAD_USER_INPUT', field: 'comment' });
    expect(refusal(await clients.verifier.request(ReturnAssessmentDocument, { id: 'x', expectedVersion: 3, comment: 'ok' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(outcome(await clients.verifier.request(ReturnAssessmentDocument, { id: id(), expectedVersion: 2, comment: 'x' }))).toBe('CONFLICT');

    const { returnAssessment } = (await returnIt(clients.verifier, 'Bukti IN-KOM-01 belum diunggah.')).data!;
    expect(returnAssessment).toMatchObject({ status: 'RETURNED', version: 4 });
    const comments = await api.prisma.assessmentComment.findMany({ where: { assessmentId: id() } });
    expect(comments).toMatchObject([{ kind: 'RETURN', body: 'Bukti IN-KOM-01 belum diunggah.', authorId: fx.users.verifier }]);
    expect(await api.prisma.auditEvent.findFirst({ where: { entityId: id(), action: 'assessment.return' } })).toMatchObject({ actorId: fx.users.verifier, before: { status: 'SUBMITTED', version: 3 }, after: { status: 'RETURNED', version: 4 } });
  });

  it('reopens findings of a returned assessment, even in the verification stage, and verifies the resubmission', async () => {
    await api.prisma.cycle.update({ where: { id: collection.cycleId }, data: { stage: 'VERIFICATION' } });
    try {
      const draft = draftOf(fx.units.bogor![0]!);
      const draftSave = await clients.regionalJabar.request(SaveAnswersDocument, { assessmentId: draft, expectedVersion: await versionOf(draft), answers: [{ indicatorCode: 'IN-KOM-01', value: 0 }] });
      expect(outcome(draftSave)).toBe('STAGE_NOT_ALLOWED');

      await clients.regionalJabar.data(SaveAnswersDocument, { assessmentId: id(), expectedVersion: 4, answers: [{ indicatorCode: 'IN-KOM-01', value: 3 }] });
      await clients.regionalJabar.data(SubmitAssessmentDocument, { id: id(), expectedVersion: 5 });
      expect(outcome(await clients.regionalJabar.request(VerifyAssessmentDocument, { id: id(), expectedVersion: 6 }))).toBe('FORBIDDEN');
      const { verifyAssessment } = await clients.admin.data(VerifyAssessmentDocument, { id: id(), expectedVersion: 6, comment: 'Sesuai bukti.' });
      expect(verifyAssessment).toMatchObject({ status: 'VERIFIED', version: 7 });
      expect(verifyAssessment.verifiedAt).not.toBeNull();
      expect(outcome(await clients.admin.request(VerifyAssessmentDocument, { id: id(), expectedVersion: 7 }))).toBe('STAGE_NOT_ALLOWED');
      const actions = await api.prisma.auditEvent.findMany({ where: { entityId: id() }, orderBy: { id: 'asc' }, select: { action: true } });
      expect(actions.map((a) => a.action)).toEqual([
        'assessment.answers.save',
        'assessment.submit',
        'assessment.return',
        'assessment.answers.save',
        'assessment.submit',
        'assessment.verify',
      ]);
      expect((await api.prisma.assessmentComment.findMany({ where: { assessmentId: id() }, orderBy: { createdAt: 'asc' } })).map((c) => c.kind)).toEqual(['RETURN', 'VERIFY']);
    } finally {
      await api.prisma.cycle.update({ where: { id: collection.cycleId }, data: { stage: 'COLLECTION' } });
    }
  });
});

describe('comments and changes', () => {
  it('lets staff in scope comment, on the assessment or an indicator, audited', async () => {
    const id = draftOf(fx.units.provBanten![0]!);
    const comment = (client: ApiClient, body: string, indicatorCode: string | null = null) => client.request(AddAssessmentCommentDocument, { assessmentId: id, body, indicatorCode });
    expect(outcome(await comment(clients.public, 'x'))).toBe('UNAUTHENTICATED');
    expect(outcome(await comment(clients.officerTangsel, 'x'))).toBe('FORBIDDEN');
    expect(outcome(await comment(clients.regionalJabar, 'x'))).toBe('FORBIDDEN');
    expect(refusal(await comment(clients.admin, ''))).toEqual({ code: 'BAD_USER_INPUT', field: 'body' });
    expect(refusal(await comment(clients.admin, 'x', 'NO-SUCH'))).toEqual({ code: 'BAD_USER_INPUT', field: 'indicatorCode' });
    expect(refusal(await clients.admin.request(AddAssessmentCommentDocument, { assessmentId: 'x', body: 'x' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'assessmentId' });

    const { addAssessmentComment } = (await comment(clients.verifier, 'Cek ulang papan informasi.', 'IN-SAR-02')).data!;
    expect(addAssessmentComment).toMatchObject({ kind: 'NOTE', indicatorCode: 'IN-SAR-02', author: { id: fx.users.verifier } });
    const { assessment } = await clients.regionalBanten.data(AssessmentDocument, { id });
    expect(assessment.comments.map((c) => c.body)).toEqual(['Cek ulang papan informasi.']);
    expect(await api.prisma.auditEvent.count({ where: { entityId: id, action: 'assessment.comment', actorId: fx.users.verifier } })).toBe(1);
  });

  it('tells what changed since a moment, from the audit trail', async () => {
    const id = draftOf(fx.units.kemenkes![1]!);
    const since = new Date(Date.now() - 1000).toISOString();
    // The drafts hold yes (1) on PNG-PEN-01 and 2 on PNG-PEN-02: a no and back is no change in the end.
    await clients.admin.data(SaveAnswersDocument, { assessmentId: id, expectedVersion: 1, answers: [{ indicatorCode: 'PNG-PEN-01', value: 0 }, { indicatorCode: 'PNG-PEN-02', value: 3 }] });
    await clients.admin.data(SaveAnswersDocument, { assessmentId: id, expectedVersion: 2, answers: [{ indicatorCode: 'PNG-PEN-01', value: 1 }, { indicatorCode: 'PNG-PEN-02', value: 1 }] });
    const { assessmentChanges } = await clients.verifier.data(AssessmentChangesDocument, { id, since });
    expect(assessmentChanges).toMatchObject([
      {
        indicatorCode: 'PNG-PEN-02',
        before: { value: 2, notApplicable: false, note: null },
        after: { value: 1, notApplicable: false, note: null },
        action: 'assessment.answers.save',
        changedBy: { id: fx.users.admin },
      },
    ]);
    expect((await clients.verifier.data(AssessmentChangesDocument, { id, since: new Date(Date.now() + 60_000).toISOString() })).assessmentChanges).toEqual([]);
    expect(outcome(await clients.regionalBanten.request(AssessmentChangesDocument, { id, since }))).toBe('FORBIDDEN');
    expect(outcome(await clients.public.request(AssessmentChangesDocument, { id, since }))).toBe('UNAUTHENTICATED');
  });
});
