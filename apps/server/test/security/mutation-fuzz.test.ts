/**
 * Property-based fuzzing of every mutation's input (fast-check), the values generated from the
 * mutation's own argument types: mostly well-shaped (ids of real objects, plausible years,
 * versions and codes), and otherwise wrong types, nulls, huge and non-Latin text, NUL bytes,
 * extreme numbers, long lists. Each call runs as the most powerful audience the mutation admits,
 * so it gets past the access check and into the service. For every call:
 *  - never an internal error (or any 5xx);
 *  - refused → nothing changed: every table's rows hash the same, no audit event;
 *  - accepted and something changed → the change is in the audit trail under its request id.
 * Bounded: RUNS_PER_MUTATION cases each; a failure reports the mutation, its inputs and fast-check's seed.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPreset } from '@patuh/scoring';
import { FIXTURE_USERS, seedCollectionCycle, seedFixture, type Fixture } from '../../src/testing/fixture.js';
import { startApi, type TestApi } from '../../src/testing/api.js';
import { fingerprinter, type Fingerprinter } from '../support/fingerprint.js';
import { outcomeOf, postGraphQL } from '../support/http.js';
import { graphqlOfTheSchema as g, loadSchema, operationText, rootOperations, type RootOperation } from './schema-operations.js';

const RUNS_PER_MUTATION = Number(process.env.FUZZ_RUNS ?? 25);
/** Mutations with nothing to fuzz: they take no input. */
const WITHOUT_INPUT = new Set(['signOut', 'signOutEverywhere']);

let api: TestApi;
let fx: Fixture;
let fingerprints: Fingerprinter;
let mutations: RootOperation[];
const cookies: Partial<Record<'ADMIN' | 'INSTITUTION_OFFICER', string>> = {};
/** Real values the generators draw from, so that many calls reach deep into the services. */
const pools = { ids: [] as string[], indicatorCodes: [] as string[], years: [2023, 2024, 2025, 2026] };

beforeAll(async () => {
  api = await startApi(
    'security_fuzz',
    async (prisma) => {
      fx = await seedFixture(prisma);
      await seedCollectionCycle(prisma, fx);
    },
    { NODE_ENV: 'production', SESSION_SECRET: 'security-'.repeat(5) },
  );
  const p = api.prisma;
  const rows = await Promise.all([
    p.cycle.findMany({ select: { id: true } }),
    p.institution.findMany({ select: { id: true } }),
    p.unit.findMany({ select: { id: true } }),
    p.assessment.findMany({ select: { id: true } }),
    p.serviceProduct.findMany({ select: { id: true }, take: 10 }),
    // Never the admin itself: revoking its own sessions would end the fuzzing.
    p.user.findMany({ where: { id: { not: fx.users.admin } }, select: { id: true } }),
  ]);
  pools.ids = rows.flat().map((r) => r.id);
  pools.indicatorCodes = (getPreset('METHOD_2022')!.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators.map((i) => i.code))) as string[]).slice(0, 20);
  cookies.ADMIN = (await api.signIn(FIXTURE_USERS.admin)).sessionCookie;
  cookies.INSTITUTION_OFFICER = (await api.signIn(FIXTURE_USERS.officerTangsel)).sessionCookie;
  fingerprints = await fingerprinter(api.databaseUrl);
  mutations = rootOperations(await loadSchema()).filter((o) => o.kind === 'mutation' && !WITHOUT_INPUT.has(o.name));
});
afterAll(async () => {
  await fingerprints?.close();
  await api?.stop();
});

const hostileText = fc.constantFrom(
  '',
  ' ',
  `' OR 1=1 --`,
  '<script>alert(1)</script>',
  'a\u0000b',
  '\u202E',
  '😀'.repeat(50),
  'x'.repeat(100_000),
  '{ __typename }',
  '../../etc/passwd',
);
/** Anything but what the type asks for. */
const wrongType = fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 8 }), fc.boolean(), fc.constant({}), fc.constant([]), fc.constant(2 ** 40));

/** Text a person might type, for the field's name where it matters, or anything at all. */
function textFor(name: string): fc.Arbitrary<string> {
  const typed = fc.stringMatching(/^[A-Za-z][A-Za-z .,'-]{9,60}$/);
  const plausible = [
    /indicator/i.test(name) && fc.constantFrom(...pools.indicatorCodes),
    /email/i.test(name) && fc.oneof(fc.emailAddress(), fc.constantFrom(...Object.values(FIXTURE_USERS).map((u) => u.email))),
    /province/i.test(name) && fc.constantFrom('36', '32', '99', '3'),
    /^code$/i.test(name) && fc.constantFrom('36.71', '32.01', '36.74'),
    /preset/i.test(name) && fc.constantFrom('METHOD_2022', 'ZONES_2017'),
    /password/i.test(name) && fc.constant('Fuzz-Password-12345'),
    /csv/i.test(name) && fc.constant('kind,institution_code,institution_name,institution_type,province_code,unit_name,unit_kind\ninstitution,,Badan Uji Fuzz,LEMBAGA,,,\n'),
  ].find((a): a is fc.Arbitrary<string> => a !== false) ?? typed;
  return fc.oneof(
    { arbitrary: plausible, weight: 6 },
    { arbitrary: fc.string({ maxLength: 40 }), weight: 1 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 1 },
    { arbitrary: hostileText, weight: 2 },
  );
}

function scalar(typeName: string, name: string): fc.Arbitrary<unknown> {
  switch (typeName) {
    case 'ID':
      return fc.oneof({ arbitrary: fc.constantFrom(...pools.ids), weight: 6 }, fc.uuid(), fc.string({ maxLength: 40 }));
    case 'Int':
      return fc.oneof({ arbitrary: fc.constantFrom(...pools.years, 0, 1, 2, 3, -1), weight: 4 }, fc.integer());
    case 'Float':
      return fc.oneof(fc.constantFrom(0, 1, 0.5, 50, 100, 101, -1), fc.double({ noNaN: true, noDefaultInfinity: true }));
    case 'Boolean':
      return fc.boolean();
    case 'DateTimeISO':
      return fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.constant('not a date'));
    case 'JSON':
      return fc.oneof(fc.constant(getPreset('METHOD_2022')), fc.jsonValue({ maxDepth: 3 }));
    case 'String':
      return textFor(name);
    default:
      throw new Error(`no generator for scalar ${typeName}`);
  }
}

/** Values of `type` itself. */
function rightValueOf(type: GraphQLInputType, name: string): fc.Arbitrary<unknown> {
  if (g.isListType(type)) {
    const item = valueOf(type.ofType, name);
    return fc.oneof({ arbitrary: fc.array(item, { minLength: 1, maxLength: 5 }), weight: 4 }, fc.array(item, { maxLength: 300 }));
  }
  if (g.isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.value));
  if (g.isScalarType(type)) return scalar(type.name, name);
  if (g.isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).map((f) => [f.name, g.isNonNullType(f.type) ? valueOf(f.type, f.name) : fc.option(valueOf(f.type, f.name), { nil: undefined })]);
    return fc.record(Object.fromEntries(fields) as Record<string, fc.Arbitrary<unknown>>, { requiredKeys: [] });
  }
  throw new Error(`no generator for ${String(type)}`);
}

/** Values of `type`, or (one time in twenty-five) null or something else entirely. */
function valueOf(type: GraphQLInputType, name: string): fc.Arbitrary<unknown> {
  const nullable = !g.isNonNullType(type);
  const right = rightValueOf(g.isNonNullType(type) ? type.ofType : type, name);
  return fc.oneof({ arbitrary: right, weight: 24 }, { arbitrary: nullable ? fc.constant(null) : wrongType, weight: 1 });
}

function caller(mutation: RootOperation): string | undefined {
  if (mutation.access.includes('ADMIN')) return cookies.ADMIN;
  if (mutation.access.includes('INSTITUTION_OFFICER')) return cookies.INSTITUTION_OFFICER;
  return undefined; // PUBLIC: the anonymous caller
}

interface Case {
  outcome: string;
  problem?: string;
}

async function runCase(mutation: RootOperation, variables: Record<string, unknown>): Promise<Case> {
  const requestId = `fuzz-${randomUUID()}`;
  const before = await fingerprints.take();
  const reply = await postGraphQL(api.baseUrl, operationText(mutation, mutation.field.args), variables, { cookie: caller(mutation), headers: { 'x-request-id': requestId } });
  const after = await fingerprints.take();
  const outcome = outcomeOf(reply);
  const changed = fingerprints.changedTables(before, after);
  if (outcome === 'INTERNAL_SERVER_ERROR' || reply.status >= 500 || reply.network) return { outcome, problem: `${outcome} (HTTP ${reply.status})` };
  if (outcome !== 'ok') {
    if (changed.length || after.auditCount !== before.auditCount) return { outcome, problem: `refused with ${outcome} yet changed ${changed.join(', ') || 'the audit trail'}` };
    return { outcome };
  }
  if (changed.length && (await fingerprints.auditEventsOf(requestId)).length === 0) return { outcome, problem: `changed ${changed.join(', ')} without an audit event` };
  return { outcome };
}

describe('fuzzing every mutation’s input', () => {
  it(`finds no internal error, no partial write and no unaudited change in ${RUNS_PER_MUTATION} cases per mutation`, async () => {
    const failures: string[] = [];
    const outcomes: Record<string, number> = {};
    for (const mutation of mutations) {
      const args = fc.record(Object.fromEntries(mutation.field.args.map((a) => [a.name, valueOf(a.type, a.name)])), { requiredKeys: [] });
      const result = await fc.check(
        fc.asyncProperty(args, async (variables) => {
          const { outcome, problem } = await runCase(mutation, variables as Record<string, unknown>);
          outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
          return problem === undefined || (failures.push(`${mutation.name}: ${problem}; input ${JSON.stringify(variables).slice(0, 400)}`), false);
        }),
        { numRuns: RUNS_PER_MUTATION, endOnFailure: true },
      );
      if (result.failed && !failures.some((f) => f.startsWith(`${mutation.name}:`))) {
        failures.push(`${mutation.name}: ${String(result.errorInstance)} (seed ${result.seed})`);
      }
    }
    console.info(`${mutations.length} mutations × ${RUNS_PER_MUTATION} cases: ${JSON.stringify(outcomes)}`);
    expect(failures).toEqual([]);
  });
});
