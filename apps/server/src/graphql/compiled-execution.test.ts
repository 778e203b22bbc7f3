/**
 * Compiled execution answers exactly as graphql-js does. The executor runs an operation's first
 * execution on graphql-js and compiles it from the second on, so each operation below is sent
 * three times to a fresh server and every answer (status and body, errors included) must be the
 * same; only the request id that errors carry may differ.
 */
import {
  AdminAuditEventsDocument,
  InstitutionProfileDocument,
  ProvinceSummariesDocument,
  RankingsDocument,
  RegistryInstitutionsDocument,
  UpdateUnitDocument,
} from '@patuh/graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, GraphQLErrorShape, Reply } from '../testing/api-client.js';
import { startApi, type TestApi } from '../testing/api.js';
import { FIXTURE_USERS, seedFixture, type Fixture } from '../testing/fixture.js';
import { seedPublishedYear } from '../testing/published-year.js';

let api: TestApi;
let fx: Fixture;
let admin: ApiClient;

beforeAll(async () => {
  api = await startApi('compiled', async (prisma) => {
    fx = await seedFixture(prisma);
    await seedPublishedYear(prisma, {
      year: 2022,
      presetId: 'METHOD_2022',
      bodies: [
        { institutionId: fx.institutions.tangsel, score: 90 },
        { institutionId: fx.institutions.bogor, score: 80.5 },
        { institutionId: fx.institutions.provBanten, score: 80.5 },
        { institutionId: fx.institutions.kemenkes, score: 50 },
      ],
    });
    // As in production: stack traces (which differ by design) stay on the server.
  }, { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) });
  admin = await api.signIn(FIXTURE_USERS.admin);
});
afterAll(async () => {
  await api?.stop();
});

/** The answer without what differs between two requests by design. */
function comparable(reply: Reply<unknown>): Omit<Reply<unknown>, 'headers'> {
  return {
    status: reply.status,
    data: reply.data,
    errors: reply.errors?.map((e): GraphQLErrorShape => ({ ...e, extensions: { ...e.extensions, requestId: undefined } })),
  };
}

let cases = 0;

async function threeTimes(client: ApiClient, document: TypedDocumentNode<unknown, never> | string, variables?: Record<string, unknown>) {
  // A text the server has not seen (Apollo keys parsed documents by their text), so that the
  // first answer is graphql-js's and the next two are the compiled operation's.
  const text = `${typeof document === 'string' ? document : print(document)}\n# case ${++cases}`;
  const replies = [];
  for (let i = 0; i < 3; i++) replies.push(comparable(await client.request(text, variables)));
  expect(replies[1]).toEqual(replies[0]);
  expect(replies[2]).toEqual(replies[0]);
  return replies[0]!;
}

describe('compiled execution answers as graphql-js does', () => {
  it('for a whole ranking with fragments, enums, nulls and floats', async () => {
    const reply = await threeTimes(api.anonymous(), RankingsDocument as never, { cycleYear: 2022, first: 10 });
    expect(reply.errors).toBeUndefined();
    expect((reply.data as { rankings: { totalCount: number } }).rankings.totalCount).toBe(4);
  });

  it('for nested lists, aliases, directives and __typename', async () => {
    const query = `query Shaped($id: ID!, $withHistory: Boolean!, $skipName: Boolean = true) {
      first: institutionProfile(id: $id) { institution { __typename id name @skip(if: $skipName) } results @include(if: $withHistory) { year score grade } }
      again: institutionProfile(id: $id) { latestYear }
    }`;
    const reply = await threeTimes(api.anonymous(), query, { id: fx.institutions.tangsel, withHistory: true });
    expect(reply.errors).toBeUndefined();
    expect(reply.data).toMatchObject({ first: { institution: { __typename: 'ResultInstitution' } } });
    await threeTimes(api.anonymous(), InstitutionProfileDocument as never, { id: fx.institutions.kemenkes });
    await threeTimes(api.anonymous(), ProvinceSummariesDocument as never, { cycleYear: 2022 });
  });

  it('for errors thrown by services: bad input with its field, not found, forbidden', async () => {
    expect((await threeTimes(api.anonymous(), RankingsDocument as never, { cycleYear: 1999 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await threeTimes(api.anonymous(), RankingsDocument as never, { cycleYear: 2019 })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await threeTimes(api.anonymous(), AdminAuditEventsDocument as never, { first: 5 })).errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    const refused = await threeTimes(admin, UpdateUnitDocument as never, { id: 'not-an-id', input: { expectedUpdatedAt: new Date().toISOString() } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('for variables the caller got wrong', async () => {
    const wrongEnum = await threeTimes(admin, RegistryInstitutionsDocument as never, { filter: { type: 'ROBOT' }, first: 5 });
    expect(wrongEnum.status).toBe(400);
    expect(wrongEnum.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await threeTimes(api.anonymous(), RankingsDocument as never, {});
    expect(missing.status).toBe(400);
    expect(missing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
