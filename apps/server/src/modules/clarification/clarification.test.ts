/** Clarifications through HTTP against the real server: raised, answered, decided; scope and audit. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddClarificationMessageDocument,
  AnswerClarificationDocument,
  AssessmentChangesDocument,
  AssessmentDocument,
  ClarificationDocument,
  ClarificationsDocument,
  DecideClarificationDocument,
  RaiseClarificationDocument,
  SaveAnswersDocument,
  WithdrawClarificationDocument,
  type ClarificationDecision,
  type NewAnswerInput,
} from '@patuh/graphql';
import { assertMethodology, scoreUnit, type Answer } from '@patuh/scoring';
import type { ApiClient, Reply } from '../../testing/api-client.js';
import { startApi, type TestApi } from '../../testing/api.js';
import { FIXTURE_USERS, seedFixture, type Fixture } from '../../testing/fixture.js';

type Who = keyof typeof FIXTURE_USERS | 'public';

let api: TestApi;
let fx: Fixture;
const clients = {} as Record<Who, ApiClient>;

beforeAll(async () => {
  api = await startApi('clarification', async (prisma) => {
    fx = await seedFixture(prisma);
  });
  for (const who of Object.keys(FIXTURE_USERS) as (keyof typeof FIXTURE_USERS)[]) clients[who] = await api.signIn(FIXTURE_USERS[who]);
  clients.public = api.anonymous();
});
afterAll(async () => {
  await api?.stop();
});

const outcome = (reply: Reply<unknown>) => reply.errors?.[0]?.extensions?.code ?? 'ok';
function refusal(reply: Reply<unknown>) {
  const extensions = reply.errors?.[0]?.extensions;
  return { code: extensions?.code, field: extensions?.field };
}

async function assessment2024(institution: keyof Fixture['institutions'], unit: 0 | 1) {
  return api.prisma.assessment.findUniqueOrThrow({
    where: { cycleId_unitId: { cycleId: fx.cycles.clarification2024, unitId: fx.units[institution]![unit]! } },
  });
}
const clarificationVersion = async (id: string) => (await api.prisma.clarification.findUniqueOrThrow({ where: { id } })).version;

const raise = (client: ApiClient, assessmentId: string, indicatorCode: string, message = 'Data ini keliru; bukti terlampir.') =>
  client.request(RaiseClarificationDocument, { assessmentId, indicatorCode, message });
const decide = (client: ApiClient, id: string, expectedVersion: number, decision: ClarificationDecision, reason: string, newAnswer: NewAnswerInput | null = null) =>
  client.request(DecideClarificationDocument, { id, expectedVersion, decision, reason, newAnswer });

describe('raising a clarification', () => {
  it('lets only an officer of the body raise one, during the clarification stage', async () => {
    const tangsel = await assessment2024('tangsel', 0);
    for (const who of ['admin', 'regionalBanten', 'verifier'] as const) expect(outcome(await raise(clients[who], tangsel.id, 'IN-KOM-01')), who).toBe('FORBIDDEN');
    expect(outcome(await raise(clients.public, tangsel.id, 'IN-KOM-01'))).toBe('UNAUTHENTICATED');
    expect(outcome(await raise(clients.officerBogor, tangsel.id, 'IN-KOM-01'))).toBe('FORBIDDEN');
    const published = await api.prisma.assessment.findUniqueOrThrow({ where: { cycleId_unitId: { cycleId: fx.cycles.published2023, unitId: fx.units.tangsel![0]! } } });
    expect(outcome(await raise(clients.officerTangsel, published.id, 'IN-KOM-01'))).toBe('STAGE_NOT_ALLOWED');
    expect(await api.prisma.clarification.count()).toBe(0);
  });

  it('refuses bad input naming the field', async () => {
    const tangsel = await assessment2024('tangsel', 0);
    expect(refusal(await raise(clients.officerTangsel, 'nope', 'IN-KOM-01'))).toEqual({ code: 'BAD_USER_INPUT', field: 'assessmentId' });
    expect(refusal(await raise(clients.officerTangsel, tangsel.id, 'NO-SUCH-01'))).toEqual({ code: 'BAD_USER_INPUT', field: 'indicatorCode' });
    expect(refusal(await raise(clients.officerTangsel, tangsel.id, 'IN-KOM-01', '  '))).toEqual({ code: 'BAD_USER_INPUT', field: 'message' });
    expect(outcome(await raise(clients.officerTangsel, '0191d3c4-0000-7000-8000-000000000000', 'IN-KOM-01'))).toBe('NOT_FOUND');
    expect(await api.prisma.clarification.count()).toBe(0);
  });

  it('opens a request with its first message and the current answer; one open request per indicator', async () => {
    const tangsel = await assessment2024('tangsel', 0);
    const stored = await api.prisma.assessmentAnswer.findUniqueOrThrow({ where: { assessmentId_indicatorCode: { assessmentId: tangsel.id, indicatorCode: 'IN-KOM-02' } } });
    const { raiseClarification } = (await raise(clients.officerTangsel, tangsel.id, 'IN-KOM-02', 'Petugas sudah mengikuti pelatihan.')).data!;
    expect(raiseClarification).toMatchObject({
      status: 'OPEN',
      version: 1,
      indicatorCode: 'IN-KOM-02',
      assessmentId: tangsel.id,
      institution: { id: fx.institutions.tangsel },
      raisedBy: { id: fx.users.officerTangsel },
      messages: [{ body: 'Petugas sudah mengikuti pelatihan.', author: { id: fx.users.officerTangsel } }],
      currentAnswer: { indicatorCode: 'IN-KOM-02', value: stored.value!.toNumber() },
    });
    expect(await api.prisma.auditEvent.findFirst({ where: { action: 'clarification.raise', entityId: raiseClarification.id } })).toMatchObject({
      actorId: fx.users.officerTangsel,
      institutionId: fx.institutions.tangsel,
      cycleId: fx.cycles.clarification2024,
    });
    const again = await raise(clients.officerTangsel, tangsel.id, 'IN-KOM-02');
    expect(outcome(again)).toBe('CONFLICT');
    expect(again.errors![0]!.extensions!.current).toEqual({ clarificationId: raiseClarification.id });
  });
});

describe('reading clarifications', () => {
  let tangselRequest: string;
  let bogorRequest: string;

  beforeAll(async () => {
    tangselRequest = (await raise(clients.officerTangsel, (await assessment2024('tangsel', 1)).id, 'PR-STD-01')).data!.raiseClarification.id;
    bogorRequest = (await raise(clients.officerBogor, (await assessment2024('bogor', 0)).id, 'PR-STD-01')).data!.raiseClarification.id;
  });

  it('shows one clarification to its body and staff in scope only', async () => {
    const read = async (who: Who) => outcome(await clients[who].request(ClarificationDocument, { id: tangselRequest }));
    const outcomes = Object.fromEntries(await Promise.all((Object.keys(clients) as Who[]).map(async (who) => [who, await read(who)])));
    expect(outcomes).toEqual({
      public: 'UNAUTHENTICATED',
      admin: 'ok',
      regionalBanten: 'ok',
      regionalJabar: 'FORBIDDEN',
      verifier: 'ok',
      officerTangsel: 'ok',
      officerBogor: 'FORBIDDEN',
    });
    expect(outcome(await clients.admin.request(ClarificationDocument, { id: '0191d3c4-0000-7000-8000-000000000000' }))).toBe('NOT_FOUND');
    expect(refusal(await clients.admin.request(ClarificationDocument, { id: 'x' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('lists a cycle’s clarifications in scope, with filters', async () => {
    const ids = async (who: Who, filter: object | null = null) => {
      const reply = await clients[who].request(ClarificationsDocument, { cycleId: fx.cycles.clarification2024, filter });
      return reply.data ? reply.data.clarifications.nodes.map((n) => n.id) : outcome(reply);
    };
    expect(await ids('officerBogor')).toEqual([bogorRequest]);
    expect(await ids('officerTangsel')).not.toContain(bogorRequest);
    expect(await ids('officerTangsel')).toContain(tangselRequest);
    expect(await ids('regionalJabar')).toEqual([bogorRequest]);
    expect(await ids('regionalBanten')).not.toContain(bogorRequest);
    expect(await ids('admin', { institutionId: fx.institutions.bogor })).toEqual([bogorRequest]);
    expect(await ids('verifier', { provinceCode: '32', status: 'OPEN' })).toEqual([bogorRequest]);
    expect(await ids('admin', { status: 'ACCEPTED' })).toEqual([]);
    expect(await ids('officerBogor', { institutionId: fx.institutions.tangsel })).toBe('FORBIDDEN');
    expect(await ids('regionalJabar', { provinceCode: '36' })).toBe('FORBIDDEN');
    expect(await ids('public')).toBe('UNAUTHENTICATED');
    const bad = await clients.admin.request(ClarificationsDocument, { cycleId: fx.cycles.clarification2024, filter: { institutionId: 'x' } });
    expect(refusal(bad)).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.institutionId' });
  });

  it('adds messages from either side while undecided', async () => {
    const add = (who: Who, message: string) => clients[who].request(AddClarificationMessageDocument, { id: bogorRequest, message });
    expect(outcome(await add('officerTangsel', 'x'))).toBe('FORBIDDEN');
    expect(outcome(await add('regionalBanten', 'x'))).toBe('FORBIDDEN');
    expect(outcome(await add('public', 'x'))).toBe('UNAUTHENTICATED');
    expect(refusal(await add('officerBogor', ''))).toEqual({ code: 'BAD_USER_INPUT', field: 'message' });
    await clients.officerBogor.data(AddClarificationMessageDocument, { id: bogorRequest, message: 'Tambahan: foto terlampir.' });
    const { addClarificationMessage } = await clients.regionalJabar.data(AddClarificationMessageDocument, { id: bogorRequest, message: 'Diterima, kami periksa.' });
    expect(addClarificationMessage.messages.map((m) => m.body)).toEqual(['Data ini keliru; bukti terlampir.', 'Tambahan: foto terlampir.', 'Diterima, kami periksa.']);
  });
});

describe('answering, deciding and withdrawing', () => {
  it('lets staff in scope answer an open request once, on the version they read', async () => {
    const id = (await raise(clients.officerTangsel, (await assessment2024('tangsel', 0)).id, 'IN-SAR-02')).data!.raiseClarification.id;
    const answer = (who: Who, expectedVersion: number, message = 'Sudah kami periksa.') => clients[who].request(AnswerClarificationDocument, { id, expectedVersion, message });
    expect(outcome(await answer('officerTangsel', 1))).toBe('FORBIDDEN');
    expect(outcome(await answer('regionalJabar', 1))).toBe('FORBIDDEN');
    expect(outcome(await answer('public', 1))).toBe('UNAUTHENTICATED');
    expect(refusal(await answer('regionalBanten', 0))).toEqual({ code: 'BAD_USER_INPUT', field: 'expectedVersion' });
    expect(refusal(await answer('regionalBanten', 1, ' '))).toEqual({ code: 'BAD_USER_INPUT', field: 'message' });
    expect(outcome(await answer('regionalBanten', 2))).toBe('CONFLICT');

    const { answerClarification } = (await answer('regionalBanten', 1)).data!;
    expect(answerClarification).toMatchObject({ status: 'ANSWERED', version: 2 });
    expect(answerClarification.messages.at(-1)).toMatchObject({ body: 'Sudah kami periksa.', author: { id: fx.users.regionalBanten } });
    expect(outcome(await answer('regionalBanten', 2))).toBe('STAGE_NOT_ALLOWED');
    expect(await api.prisma.auditEvent.count({ where: { entityId: id, action: 'clarification.answer' } })).toBe(1);
  });

  it('lets an officer withdraw its own undecided request, and nothing more happens to it', async () => {
    const id = (await raise(clients.officerTangsel, (await assessment2024('tangsel', 0)).id, 'IN-SAR-03')).data!.raiseClarification.id;
    expect(outcome(await clients.admin.request(WithdrawClarificationDocument, { id, expectedVersion: 1 }))).toBe('FORBIDDEN');
    expect(outcome(await clients.officerBogor.request(WithdrawClarificationDocument, { id, expectedVersion: 1 }))).toBe('FORBIDDEN');
    expect(refusal(await clients.officerTangsel.request(WithdrawClarificationDocument, { id: 'x', expectedVersion: 1 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    const { withdrawClarification } = await clients.officerTangsel.data(WithdrawClarificationDocument, { id, expectedVersion: 1 });
    expect(withdrawClarification).toMatchObject({ status: 'WITHDRAWN', version: 2 });
    expect(outcome(await clients.officerTangsel.request(AddClarificationMessageDocument, { id, message: 'x' }))).toBe('STAGE_NOT_ALLOWED');
    expect(outcome(await decide(clients.admin, id, 2, 'REJECTED', 'x'))).toBe('STAGE_NOT_ALLOWED');
    // A withdrawn request no longer blocks a new one on the indicator.
    expect(outcome(await raise(clients.officerTangsel, (await assessment2024('tangsel', 0)).id, 'IN-SAR-03'))).toBe('ok');
  });

  it('refuses decisions from others than admins and verifiers, and bad input naming the field', async () => {
    const id = (await raise(clients.officerTangsel, (await assessment2024('tangsel', 1)).id, 'IN-SAR-05')).data!.raiseClarification.id;
    expect(outcome(await decide(clients.regionalBanten, id, 1, 'REJECTED', 'x'))).toBe('FORBIDDEN');
    expect(outcome(await decide(clients.officerTangsel, id, 1, 'ACCEPTED', 'x'))).toBe('FORBIDDEN');
    expect(outcome(await decide(clients.public, id, 1, 'ACCEPTED', 'x'))).toBe('UNAUTHENTICATED');
    expect(refusal(await decide(clients.verifier, id, 1, 'REJECTED', '  '))).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(refusal(await decide(clients.verifier, id, 1, 'REJECTED', 'Tidak terbukti.', { value: 3 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'newAnswer' });
    expect(refusal(await decide(clients.verifier, id, 1, 'ACCEPTED', 'Terbukti.', { value: 9 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'newAnswer.value' });
    expect(refusal(await decide(clients.verifier, id, 1, 'ACCEPTED', 'Terbukti.', { value: 2, notApplicable: true }))).toEqual({ code: 'BAD_USER_INPUT', field: 'newAnswer.value' });
    expect(refusal(await decide(clients.verifier, id, 0, 'ACCEPTED', 'Terbukti.'))).toEqual({ code: 'BAD_USER_INPUT', field: 'expectedVersion' });
    expect(await clarificationVersion(id)).toBe(1);

    const [a, b] = await Promise.all([decide(clients.verifier, id, 1, 'REJECTED', 'Tidak terbukti.'), decide(clients.admin, id, 1, 'REJECTED', 'Tidak terbukti juga.')]);
    expect([outcome(a), outcome(b)].sort()).toEqual(['CONFLICT', 'ok']);
    const row = await api.prisma.clarification.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'REJECTED', version: 2 });
    expect(row.decidedById).toBe(outcome(a) === 'ok' ? fx.users.verifier : fx.users.admin);
  });

  it('accepts with a new answer: the finding changes only there, audited, and the assessment moves on', async () => {
    const assessment = await assessment2024('tangsel', 1);
    // Outside the clarification path the finding cannot change at this stage.
    const direct = await clients.admin.request(SaveAnswersDocument, { assessmentId: assessment.id, expectedVersion: assessment.version, answers: [{ indicatorCode: 'IN-KOM-04', value: 3 }] });
    expect(outcome(direct)).toBe('STAGE_NOT_ALLOWED');

    const before = await api.prisma.assessmentAnswer.findUniqueOrThrow({ where: { assessmentId_indicatorCode: { assessmentId: assessment.id, indicatorCode: 'IN-KOM-04' } } });
    const newValue = before.value!.toNumber() === 3 ? 0 : 3;
    const since = new Date(Date.now() - 1000).toISOString();
    const id = (await raise(clients.officerTangsel, assessment.id, 'IN-KOM-04', 'Nilai seharusnya berbeda; lihat lampiran.')).data!.raiseClarification.id;
    await clients.regionalBanten.data(AnswerClarificationDocument, { id, expectedVersion: 1, message: 'Kami sarankan diterima.' });
    const { decideClarification } = (await decide(clients.verifier, id, 2, 'ACCEPTED', 'Bukti sah.', { value: newValue, note: 'Dikoreksi lewat klarifikasi' })).data!;
    expect(decideClarification).toMatchObject({
      status: 'ACCEPTED',
      version: 3,
      decisionReason: 'Bukti sah.',
      decidedBy: { id: fx.users.verifier },
      currentAnswer: { indicatorCode: 'IN-KOM-04', value: newValue, note: 'Dikoreksi lewat klarifikasi', updatedBy: { id: fx.users.verifier } },
    });
    expect(decideClarification.decidedAt).not.toBeNull();

    // The body sees the corrected finding and its live score, as the scoring package computes it.
    const { assessment: seen } = await clients.officerTangsel.data(AssessmentDocument, { id: assessment.id });
    expect(seen.version).toBe(assessment.version + 1);
    expect(seen.status).toBe('VERIFIED');
    expect(seen.answers.find((a) => a.indicatorCode === 'IN-KOM-04')?.value).toBe(newValue);
    const document = (await api.prisma.methodology.findFirstOrThrow({ where: { cycleId: fx.cycles.clarification2024 } })).document;
    const answers: Record<string, Answer> = Object.fromEntries(seen.answers.map((a) => [a.indicatorCode, a.value!]));
    expect(seen.liveScore!.score).toBe(scoreUnit(assertMethodology(document), answers).score);

    // Audited twice in the decision's transaction: the decision, and the correction on the assessment.
    const decision = await api.prisma.auditEvent.findFirstOrThrow({ where: { action: 'clarification.decide', entityId: id } });
    expect(decision).toMatchObject({ actorId: fx.users.verifier, before: { status: 'ANSWERED', version: 2 }, after: { status: 'ACCEPTED', version: 3, answerChanged: true } });
    const correction = await api.prisma.auditEvent.findFirstOrThrow({ where: { action: 'assessment.answers.correct', entityId: assessment.id } });
    expect(correction).toMatchObject({
      actorId: fx.users.verifier,
      requestId: decision.requestId,
      before: { version: assessment.version, answers: { 'IN-KOM-04': { value: before.value!.toNumber(), notApplicable: false, note: null } } },
      after: { version: assessment.version + 1, clarificationId: id, answers: { 'IN-KOM-04': { value: newValue, notApplicable: false, note: 'Dikoreksi lewat klarifikasi' } } },
    });
    const { assessmentChanges } = await clients.officerTangsel.data(AssessmentChangesDocument, { id: assessment.id, since });
    expect(assessmentChanges).toMatchObject([{ indicatorCode: 'IN-KOM-04', after: { value: newValue }, action: 'assessment.answers.correct' }]);

    expect(outcome(await decide(clients.verifier, id, 3, 'REJECTED', 'Berubah pikiran.'))).toBe('STAGE_NOT_ALLOWED');
  });
});
