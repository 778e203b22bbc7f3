/**
 * Injection through every search and filter argument of the schema (found from the types, not
 * listed by hand): SQL and GraphQL metacharacters, LIKE wildcards, NUL bytes, a sleeping payload,
 * very long and non-Latin text. Each call returns a correct answer or a clean BAD_USER_INPUT,
 * never an internal error, quickly, and nothing in the database changes. Searches treat their
 * text literally: `%` finds the bodies whose name holds a percent sign, not every body.
 * Free text (comments, clarification messages) is stored and returned exactly as written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLArgument, GraphQLInputField, GraphQLInputType } from 'graphql';
import { FIXTURE_USERS, seedCollectionCycle, seedFixture, type CollectionCycle, type Fixture } from '../../src/testing/fixture.js';
import { startApi, type TestApi } from '../../src/testing/api.js';
import type { ApiClient } from '../../src/testing/api-client.js';
import { fingerprinter, type Fingerprinter } from '../support/fingerprint.js';
import { graphqlOfTheSchema, loadSchema, minimalVariables, operationText, rootOperations, type RootOperation } from './schema-operations.js';

const HOSTILE_TEXT: readonly string[] = [
  `' OR '1'='1`,
  `'; DROP TABLE institution; --`,
  `Tangerang' AND pg_sleep(3) IS NULL --`,
  `%`,
  `_`,
  `%%'%`,
  `\\`,
  `\\'`,
  `"; } query { __schema { types { name } } } #`,
  `{ me { id } }`,
  `$search`,
  `... on Query { me { id } }`,
  `/* */`,
  `a\u0000b`,
  `\u202Eabc`,
  `Kota 😀 𝒯angerang`,
  `<script>alert(1)</script>`,
  `\r\n\t`,
  'x'.repeat(5000),
];
/** A body whose name holds the characters a LIKE pattern would misread. */
const LITERAL_NAME = `Badan 100% Layanan_Prima (O'Brien) \\ Uji`;

let api: TestApi;
let fx: Fixture;
let collection: CollectionCycle;
let admin: ApiClient;
let fingerprints: Fingerprinter;
let operations: RootOperation[];

beforeAll(async () => {
  api = await startApi(
    'security_injection',
    async (prisma) => {
      fx = await seedFixture(prisma);
      collection = await seedCollectionCycle(prisma, fx);
      await prisma.institution.create({ data: { name: LITERAL_NAME, type: 'LEMBAGA' } });
    },
    { NODE_ENV: 'production', SESSION_SECRET: 'security-'.repeat(5) },
  );
  admin = await api.signIn(FIXTURE_USERS.admin);
  fingerprints = await fingerprinter(api.databaseUrl);
  operations = rootOperations(await loadSchema());
});
afterAll(async () => {
  await fingerprints?.close();
  await api?.stop();
});

/** Ids that exist, so that a filtered query reaches its SQL. */
function existingId(name: string): string {
  if (/cycle/i.test(name)) return collection.cycleId;
  if (/institution/i.test(name)) return fx.institutions.tangsel;
  if (/unit/i.test(name)) return fx.units.tangsel![0]!;
  return fx.users.admin;
}

interface TextInput {
  operation: RootOperation;
  /** The argument, and the field of its filter input when the text goes there. */
  arg: GraphQLArgument;
  field?: GraphQLInputField;
}

/** Every String argument named like a search, and every String field of a filter or scope input, of every query. */
function textInputs(): TextInput[] {
  const found: TextInput[] = [];
  const isString = (t: GraphQLInputType) => graphqlOfTheSchema.getNamedType(t).name === 'String';
  for (const operation of operations.filter((o) => o.kind === 'query')) {
    for (const arg of operation.field.args) {
      const named = graphqlOfTheSchema.getNamedType(arg.type);
      if (isString(arg.type) && /search|filter/i.test(arg.name)) found.push({ operation, arg });
      if (graphqlOfTheSchema.isInputObjectType(named) && /Filter|Scope/.test(named.name)) {
        for (const field of Object.values(named.getFields())) if (isString(field.type)) found.push({ operation, arg, field });
      }
    }
  }
  return found;
}

function call(input: TextInput, text: string): { document: string; variables: Record<string, unknown> } {
  const { operation, arg, field } = input;
  const args = operation.field.args.filter((a) => a === arg || graphqlOfTheSchema.isNonNullType(a.type));
  const variables: Record<string, unknown> = { ...minimalVariables(operation, existingId), [arg.name]: field ? { [field.name]: text } : text };
  return { document: operationText(operation, args), variables };
}

describe('hostile text in every search and filter', () => {
  it('gets a correct answer or BAD_USER_INPUT, quickly, and changes nothing', async () => {
    const inputs = textInputs();
    expect(inputs.length).toBeGreaterThan(10);
    const before = await fingerprints.take();
    const wrong: string[] = [];
    const outcomes: Record<string, number> = {};
    let slowest = 0;
    for (const input of inputs) {
      for (const text of HOSTILE_TEXT) {
        const { document, variables } = call(input, text);
        const started = Date.now();
        const reply = await admin.request(document, variables);
        slowest = Math.max(slowest, Date.now() - started);
        const code = reply.errors?.[0]?.extensions?.code ?? 'ok';
        outcomes[code] = (outcomes[code] ?? 0) + 1;
        if (code !== 'ok' && code !== 'BAD_USER_INPUT' && code !== 'NOT_FOUND') {
          wrong.push(`${input.operation.name}(${input.arg.name}${input.field ? `.${input.field.name}` : ''}) ${JSON.stringify(text.slice(0, 40))}: ${code}`);
        }
      }
    }
    const after = await fingerprints.take();
    console.info(
      `${inputs.length} text inputs × ${HOSTILE_TEXT.length} strings = ${inputs.length * HOSTILE_TEXT.length} calls: ${JSON.stringify(outcomes)}; slowest ${slowest} ms; ` +
        `inputs: ${inputs.map((i) => `${i.operation.name}.${i.arg.name}${i.field ? `.${i.field.name}` : ''}`).join(', ')}`,
    );
    expect(wrong).toEqual([]);
    expect(slowest).toBeLessThan(2500);
    expect(fingerprints.changedTables(before, after)).toEqual([]);
  });

  it('refuses the NUL character, which PostgreSQL text cannot hold, naming where it was', async () => {
    const inVariables = await admin.request(`query($f: InstitutionFilter) { institutions(filter: $f) { totalCount } }`, { f: { search: 'a\u0000b' } });
    expect(inVariables.status).toBe(400);
    expect(inVariables.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'f.search' });
    const inDocument = await admin.request(`{ institutions(filter: { search: "a\\u0000b" }) { totalCount } }`);
    expect(inDocument.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    const inAnswers = await admin.request(`mutation($a: [AnswerInput!]!) { saveAnswers(assessmentId: "${collection.assessments[fx.units.tangsel![0]!]}", expectedVersion: 1, answers: $a) { id } }`, {
      a: [{ indicatorCode: collection.unansweredCode, value: 1, note: 'ok' }, { indicatorCode: collection.unansweredCode, note: 'x\u0000' }],
    });
    expect(inAnswers.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'a[1].note' });
  });

  it('searches the registry for the text itself, wildcards and quotes included', async () => {
    const search = async (text: string) =>
      (await admin.data(`query($s: String!) { institutions(filter: { search: $s }, first: 50) { totalCount nodes { name } } }`, { s: text })).institutions as {
        totalCount: number;
        nodes: { name: string }[];
      };
    for (const text of ['100%', '%', '_Prima', '_', `O'Brien`, '\\', '(O']) {
      const found = await search(text);
      expect(found.nodes.map((n) => n.name), text).toEqual([LITERAL_NAME]);
      expect(found.totalCount, text).toBe(1);
    }
    expect((await search('Tangerang')).nodes.map((n) => n.name).sort()).toEqual(['Kabupaten Tangerang', 'Kota Tangerang Selatan']);
  });

  it('ranks the public by the search text itself', async () => {
    const ranked = async (text: string) =>
      ((await api.anonymous().data(`query($s: String!) { rankings(cycleYear: 2023, filter: { search: $s }) { totalCount } }`, { s: text })) as { rankings: { totalCount: number } })
        .rankings.totalCount;
    expect(await ranked('%')).toBe(0);
    expect(await ranked('_')).toBe(0);
    expect(await ranked('Tangerang')).toBe(2);
  });
});

describe('free text', () => {
  it('is stored and returned exactly as written: markup, quotes, non-Latin letters', async () => {
    const text = `<img src=x onerror="alert(1)"><script>alert('x')</script> "kutip" 'tunggal' \\ ${'ę'} 😀 --`;
    const regional = await api.signIn(FIXTURE_USERS.regionalBanten);
    const assessmentId = collection.assessments[fx.units.tangsel![0]!]!;
    const comment = await regional.data(`mutation($a: ID!, $b: String!) { addAssessmentComment(assessmentId: $a, body: $b) { id body } }`, { a: assessmentId, b: text });
    expect(comment.addAssessmentComment.body).toBe(text);
    expect((await api.prisma.assessmentComment.findUniqueOrThrow({ where: { id: comment.addAssessmentComment.id } })).body).toBe(text);
  });
});
