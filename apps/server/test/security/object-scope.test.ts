/**
 * Object scope across bodies and provinces, by id: roles that may call an operation still only
 * reach their own objects. An institution officer asking for another body's results,
 * assessments, clarifications or improvement points by id (or for its own unpublished results)
 * is refused; a regional office cannot read or touch a body, unit, assessment, sample,
 * assignment, clarification, improvement point or user of another province. Every probe is
 * refused with FORBIDDEN or NOT_FOUND, returns no data, and the database is unchanged after all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPreset, type Methodology } from '@patuh/scoring';
import { FIXTURE_USERS, indicatorsOf, seedCollectionCycle, seedFixture, type CollectionCycle, type Fixture } from '../../src/testing/fixture.js';
import { startApi, type TestApi } from '../../src/testing/api.js';
import type { ApiClient } from '../../src/testing/api-client.js';
import { fingerprinter, type Fingerprinter } from '../support/fingerprint.js';

interface Probe {
  what: string;
  document: string;
  variables: Record<string, unknown>;
}

let api: TestApi;
let fx: Fixture;
let collection: CollectionCycle;
let fingerprints: Fingerprinter;
let officer: ApiClient;
let regional: ApiClient;
/** Objects of Kabupaten Bogor (Jawa Barat, 32) that the Banten office and the Tangsel officer must not reach. */
const bogor = {} as {
  unit: string;
  assessment2024: string;
  assessment2025: string;
  clarification: string;
  feedback: string;
  serviceProduct2025: string;
  draftCycle: string;
  updatedAt: string;
};

beforeAll(async () => {
  api = await startApi(
    'security_scope',
    async (prisma) => {
      fx = await seedFixture(prisma);
      collection = await seedCollectionCycle(prisma, fx);
    },
    { NODE_ENV: 'production', SESSION_SECRET: 'security-'.repeat(5) },
  );
  const prisma = api.prisma;
  bogor.unit = fx.units.bogor![0]!;
  bogor.assessment2024 = (await prisma.assessment.findFirstOrThrow({ where: { cycleId: fx.cycles.clarification2024, unitId: bogor.unit } })).id;
  bogor.assessment2025 = collection.assessments[bogor.unit]!;
  bogor.serviceProduct2025 = (await prisma.serviceProduct.create({ data: { unitId: bogor.unit, cycleId: collection.cycleId, name: 'Perizinan' } })).id;
  bogor.draftCycle = (await prisma.cycle.create({ data: { year: 2026, title: 'Penilaian Kepatuhan 2026', stage: 'DRAFT' } })).id;
  bogor.updatedAt = (await prisma.institution.findUniqueOrThrow({ where: { id: fx.institutions.bogor } })).updatedAt.toISOString();

  const indicator = indicatorsOf(getPreset('METHOD_2022') as Methodology)[0]!.code;
  const officerBogor = await api.signIn(FIXTURE_USERS.officerBogor);
  bogor.clarification = (
    await officerBogor.data(
      `mutation($a: ID!, $i: String!) { raiseClarification(assessmentId: $a, indicatorCode: $i, message: "Mohon ditinjau ulang.") { id } }`,
      { a: bogor.assessment2024, i: indicator },
    )
  ).raiseClarification.id;
  const admin = await api.signIn(FIXTURE_USERS.admin);
  bogor.feedback = (
    await admin.data(`mutation($input: CreateFeedbackInput!) { createFeedback(input: $input) { id } }`, {
      input: { cycleId: fx.cycles.clarification2024, institutionId: fx.institutions.bogor, body: 'Perbaiki maklumat pelayanan.', priority: 1 },
    })
  ).createFeedback.id;
  await admin.data(`mutation($input: CreateFeedbackInput!) { createFeedback(input: $input) { id } }`, {
    input: { cycleId: fx.cycles.clarification2024, institutionId: fx.institutions.tangsel, body: 'Belum dipublikasikan.', priority: 2 },
  });

  officer = await api.signIn(FIXTURE_USERS.officerTangsel);
  regional = await api.signIn(FIXTURE_USERS.regionalBanten);
  fingerprints = await fingerprinter(api.databaseUrl);
});
afterAll(async () => {
  await fingerprints?.close();
  await api?.stop();
});

function officerProbes(): Probe[] {
  const y2024 = fx.cycles.clarification2024;
  return [
    { what: "another body's published rapor", document: `query($i: ID!) { rapor(cycleYear: 2023, institutionId: $i) { year } }`, variables: { i: fx.institutions.bogor } },
    { what: "another body's unpublished rapor", document: `query($i: ID!) { rapor(cycleYear: 2024, institutionId: $i) { year } }`, variables: { i: fx.institutions.bogor } },
    { what: 'its own unpublished rapor', document: `query($i: ID!) { rapor(cycleYear: 2024, institutionId: $i) { year } }`, variables: { i: fx.institutions.tangsel } },
    { what: "a body of its province's rapor", document: `query($i: ID!) { rapor(cycleYear: 2023, institutionId: $i) { year } }`, variables: { i: fx.institutions.kabTangerang } },
    { what: "another body's assessment by id", document: `query($id: ID!) { assessment(id: $id) { id answers { indicatorCode } } }`, variables: { id: bogor.assessment2024 } },
    { what: "another body's assessment by unit", document: `query($c: ID!, $u: ID!) { assessmentOf(cycleId: $c, unitId: $u) { id } }`, variables: { c: y2024, u: bogor.unit } },
    { what: "another body's assessment changes", document: `query($id: ID!) { assessmentChanges(id: $id, since: "2000-01-01T00:00:00Z") { indicatorCode } }`, variables: { id: bogor.assessment2024 } },
    { what: "another body's assessments", document: `query($c: ID!, $i: ID!) { assessments(cycleId: $c, filter: { institutionId: $i }) { totalCount } }`, variables: { c: y2024, i: fx.institutions.bogor } },
    { what: "another body's clarification by id", document: `query($id: ID!) { clarification(id: $id) { id messages { body } } }`, variables: { id: bogor.clarification } },
    { what: "another body's clarifications", document: `query($c: ID!, $i: ID!) { clarifications(cycleId: $c, filter: { institutionId: $i }) { totalCount } }`, variables: { c: y2024, i: fx.institutions.bogor } },
    { what: "another body's improvement points", document: `query($c: ID!, $i: ID!) { feedback(cycleId: $c, institutionId: $i) { id body } }`, variables: { c: y2024, i: fx.institutions.bogor } },
    { what: "a message on another body's clarification", document: `mutation($id: ID!) { addClarificationMessage(id: $id, message: "x") { id } }`, variables: { id: bogor.clarification } },
    { what: "withdrawing another body's clarification", document: `mutation($id: ID!) { withdrawClarification(id: $id, expectedVersion: 1) { id } }`, variables: { id: bogor.clarification } },
    {
      what: "a clarification on another body's assessment",
      document: `mutation($a: ID!) { raiseClarification(assessmentId: $a, indicatorCode: "PR-STD-01", message: "x") { id } }`,
      variables: { a: bogor.assessment2024 },
    },
  ];
}

function regionalProbes(): Probe[] {
  const y2025 = collection.cycleId;
  const at = bogor.updatedAt;
  return [
    { what: 'saving findings in another province', document: `mutation($a: ID!) { saveAnswers(assessmentId: $a, expectedVersion: 1, answers: [{ indicatorCode: "PR-STD-01", value: 1 }]) { id } }`, variables: { a: bogor.assessment2025 } },
    { what: 'submitting an assessment of another province', document: `mutation($a: ID!) { submitAssessment(id: $a, expectedVersion: 1) { id } }`, variables: { a: bogor.assessment2025 } },
    { what: 'commenting on an assessment of another province', document: `mutation($a: ID!) { addAssessmentComment(assessmentId: $a, body: "x") { id } }`, variables: { a: bogor.assessment2025 } },
    { what: 'reading an assessment of another province', document: `query($a: ID!) { assessment(id: $a) { id } }`, variables: { a: bogor.assessment2025 } },
    { what: "listing another province's assessments", document: `query($c: ID!) { assessments(cycleId: $c, filter: { provinceCode: "32" }) { totalCount } }`, variables: { c: y2025 } },
    { what: "listing another province's sampled units", document: `query($c: ID!) { sampledUnits(cycleId: $c, filter: { provinceCode: "32" }) { totalCount } }`, variables: { c: y2025 } },
    { what: 'editing a body of another province', document: `mutation($i: ID!, $at: DateTimeISO!) { updateInstitution(id: $i, input: { expectedUpdatedAt: $at, name: "Nama Baru" }) { id } }`, variables: { i: fx.institutions.bogor, at } },
    { what: 'deactivating a body of another province', document: `mutation($i: ID!) { setInstitutionActive(id: $i, active: false) { id } }`, variables: { i: fx.institutions.bogor } },
    { what: 'adding a body in another province', document: `mutation { createInstitution(input: { name: "Kota Bogor", type: KOTA, provinceCode: "32", code: "32.71" }) { id } }`, variables: {} },
    { what: 'adding a unit to a body of another province', document: `mutation($i: ID!) { createUnit(input: { institutionId: $i, kind: DINKES, name: "Dinkes" }) { id } }`, variables: { i: fx.institutions.bogor } },
    { what: 'editing a unit of another province', document: `mutation($u: ID!, $at: DateTimeISO!) { updateUnit(id: $u, input: { expectedUpdatedAt: $at, name: "Nama Baru" }) { id } }`, variables: { u: bogor.unit, at } },
    { what: 'deactivating a unit of another province', document: `mutation($u: ID!) { setUnitActive(id: $u, active: false) { id } }`, variables: { u: bogor.unit } },
    { what: 'adding a service product in another province', document: `mutation($u: ID!, $c: ID!) { createServiceProduct(input: { unitId: $u, cycleId: $c, name: "Perizinan Usaha" }) { id } }`, variables: { u: bogor.unit, c: y2025 } },
    { what: 'deleting a service product of another province', document: `mutation($id: ID!) { deleteServiceProduct(id: $id) }`, variables: { id: bogor.serviceProduct2025 } },
    { what: 'sampling a body of another province', document: `mutation($c: ID!, $i: ID!) { sampleInstitutions(cycleId: $c, institutionIds: [$i]) { __typename } }`, variables: { c: bogor.draftCycle, i: fx.institutions.bogor } },
    { what: 'sampling a unit of another province', document: `mutation($c: ID!, $u: ID!) { sampleUnits(cycleId: $c, unitIds: [$u]) { __typename } }`, variables: { c: bogor.draftCycle, u: bogor.unit } },
    { what: 'applying the sampling rules to another province', document: `mutation($c: ID!) { applySamplingRules(cycleId: $c, provinceCode: "32") { __typename } }`, variables: { c: bogor.draftCycle } },
    {
      what: 'assigning staff to a unit of another province',
      document: `mutation($c: ID!, $u: ID!, $s: ID!) { assignStaff(cycleId: $c, unitIds: [$u], userId: $s, role: ASSESSOR) { __typename } }`,
      variables: { c: y2025, u: bogor.unit, s: fx.users.regionalBanten },
    },
    { what: "answering another province's clarification", document: `mutation($id: ID!) { answerClarification(id: $id, expectedVersion: 1, message: "x") { id } }`, variables: { id: bogor.clarification } },
    { what: "reading another province's clarification", document: `query($id: ID!) { clarification(id: $id) { id } }`, variables: { id: bogor.clarification } },
    {
      what: 'writing an improvement point for another province',
      document: `mutation($c: ID!, $i: ID!) { createFeedback(input: { cycleId: $c, institutionId: $i, body: "x", priority: 1 }) { id } }`,
      variables: { c: fx.cycles.clarification2024, i: fx.institutions.bogor },
    },
    { what: "editing another province's improvement point", document: `mutation($id: ID!) { updateFeedback(input: { id: $id, expectedVersion: 1, body: "x", priority: 2 }) { id } }`, variables: { id: bogor.feedback } },
    { what: "deleting another province's improvement point", document: `mutation($id: ID!) { deleteFeedback(id: $id) }`, variables: { id: bogor.feedback } },
    { what: "reading another province's improvement points", document: `query($c: ID!, $i: ID!) { feedback(cycleId: $c, institutionId: $i) { id } }`, variables: { c: fx.cycles.clarification2024, i: fx.institutions.bogor } },
    { what: "reading another province's rapor", document: `query($i: ID!) { rapor(cycleYear: 2023, institutionId: $i) { year } }`, variables: { i: fx.institutions.bogor } },
    {
      what: 'inviting an officer of a body of another province',
      document: `mutation($i: ID!) { inviteUser(input: { email: "new@bogor.test", name: "Petugas Bogor", role: INSTITUTION_OFFICER, institutionId: $i }) { id } }`,
      variables: { i: fx.institutions.bogor },
    },
    { what: 'inviting staff of another province', document: `mutation { inviteUser(input: { email: "new@jabar.test", name: "Asisten Jabar", role: REGIONAL_STAFF, provinceCode: "32" }) { id } }`, variables: {} },
  ];
}

async function refusals(client: ApiClient, probes: readonly Probe[]): Promise<string[]> {
  const wrong: string[] = [];
  for (const probe of probes) {
    const reply = await client.request(probe.document, probe.variables);
    const code = reply.errors?.[0]?.extensions?.code;
    if (!(code === 'FORBIDDEN' || code === 'NOT_FOUND') || reply.data != null) {
      wrong.push(`${probe.what}: ${code ?? 'answered'} ${reply.errors?.[0]?.extensions?.i18n?.en ?? JSON.stringify(reply.data).slice(0, 120)}`);
    }
  }
  return wrong;
}

describe('object scope by id', () => {
  it('keeps an institution officer to its own body, and to published results only', async () => {
    const before = await fingerprints.take();
    const probes = officerProbes();
    expect(await refusals(officer, probes)).toEqual([]);
    // Its own improvement points stay hidden until the cycle is published: an empty list, not a refusal.
    const own = await officer.data(`query($c: ID!, $i: ID!) { feedback(cycleId: $c, institutionId: $i) { id } }`, { c: fx.cycles.clarification2024, i: fx.institutions.tangsel });
    expect(own.feedback).toEqual([]);
    expect(fingerprints.changedTables(before, await fingerprints.take())).toEqual([]);
    console.info(`officer: ${probes.length} probes across bodies refused`);
  });

  it('keeps a regional office to the bodies, units and people of its province', async () => {
    const before = await fingerprints.take();
    const probes = regionalProbes();
    expect(await refusals(regional, probes)).toEqual([]);
    const after = await fingerprints.take();
    expect(fingerprints.changedTables(before, after)).toEqual([]);
    expect(after.auditCount).toBe(before.auditCount);
    console.info(`regional office: ${probes.length} probes across provinces refused`);
  });
});
