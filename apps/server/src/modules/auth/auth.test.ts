/** Signing in and out through HTTP against the real server. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../testing/api-client.js';
import { startApi, type TestApi } from '../../testing/api.js';
import { FIXTURE_USERS, seedFixture } from '../../testing/fixture.js';
import { lockDuration, FREE_ATTEMPTS } from './auth.service.js';

const ME = `query Me { me { id email role province { code } institution { name } } }`;
const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { id email role } }`;
const SIGN_OUT = `mutation SignOut { signOut }`;
const SIGN_OUT_EVERYWHERE = `mutation SignOutEverywhere { signOutEverywhere }`;

let api: TestApi;
beforeAll(async () => {
  api = await startApi('auth', seedFixture);
});
afterAll(async () => {
  await api?.stop();
});

describe('sign-in', () => {
  it('gives the public no user', async () => {
    expect(await api.anonymous().data(ME)).toEqual({ me: null });
  });

  it('signs in, sets an HttpOnly SameSite cookie, and knows the user and scope', async () => {
    const client = api.anonymous();
    const res = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: FIXTURE_USERS.regionalBanten } }),
    });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('patuh_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    await client.data(SIGN_IN, { input: FIXTURE_USERS.regionalBanten });
    const me = await client.data(ME);
    expect(me.me).toMatchObject({ email: FIXTURE_USERS.regionalBanten.email, role: 'REGIONAL_STAFF', province: { code: '36' } });
  });

  it('changes the session id at sign-in and forgets the old one', async () => {
    const client = await api.signIn(FIXTURE_USERS.verifier);
    const first = client.sessionCookie;
    await client.data(SIGN_IN, { input: FIXTURE_USERS.verifier });
    expect(client.sessionCookie).not.toEqual(first);
    const stale = new ApiClient(api.baseUrl);
    const reply = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: first! },
      body: JSON.stringify({ query: ME }),
    });
    expect(((await reply.json()) as { data: { me: unknown } }).data.me).toBeNull();
    expect(stale).toBeDefined();
  });

  it('refuses a wrong password and an unknown e-mail alike, in both languages', async () => {
    const wrong = await api.anonymous().request(SIGN_IN, { input: { email: FIXTURE_USERS.admin.email, password: 'nope' } });
    const unknown = await api.anonymous().request(SIGN_IN, { input: { email: 'nobody@fixture.test', password: 'nope' } });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.message).toEqual(wrong.errors?.[0]?.message);
    expect(wrong.errors?.[0]?.extensions?.i18n).toEqual({ id: 'E-mel atau kata sandi salah.', en: 'Wrong e-mail or password.' });
  });

  it('names the field of malformed input', async () => {
    const reply = await api.anonymous().request(SIGN_IN, { input: { email: 'not-an-email', password: 'x' } });
    expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
  });

  it('locks an account after repeated failures, with a growing delay', async () => {
    expect(lockDuration(FREE_ATTEMPTS - 1)).toBe(0);
    expect(lockDuration(FREE_ATTEMPTS + 1)).toBe(2 * lockDuration(FREE_ATTEMPTS));
    const client = api.anonymous();
    const target = FIXTURE_USERS.officerBogor;
    for (let i = 0; i < FREE_ATTEMPTS; i++) {
      expect(await client.errorCode(SIGN_IN, { input: { email: target.email, password: `guess-${i}` } })).toBe('UNAUTHENTICATED');
    }
    const locked = await client.request(SIGN_IN, { input: target });
    expect(locked.errors?.[0]?.extensions).toMatchObject({ code: 'ACCOUNT_LOCKED' });
    expect(Number(locked.errors?.[0]?.extensions?.retryAfterSeconds)).toBeGreaterThan(0);
  });

  it('signs out on the server: the old cookie opens nothing', async () => {
    const client = await api.signIn(FIXTURE_USERS.admin);
    const cookie = client.sessionCookie!;
    expect(await client.data(SIGN_OUT)).toEqual({ signOut: true });
    const reply = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: ME }),
    });
    expect(((await reply.json()) as { data: { me: unknown } }).data.me).toBeNull();
  });

  it('signs out everywhere', async () => {
    const a = await api.signIn(FIXTURE_USERS.officerTangsel);
    const b = await api.signIn(FIXTURE_USERS.officerTangsel);
    expect((await a.data(SIGN_OUT_EVERYWHERE)).signOutEverywhere).toBeGreaterThanOrEqual(2);
    expect(await b.data(ME)).toEqual({ me: null });
  });

  it('asks the public to sign in before signing out', async () => {
    expect(await api.anonymous().errorCode(SIGN_OUT)).toBe('UNAUTHENTICATED');
  });
});
