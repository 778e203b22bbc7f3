/** People and access through HTTP: invitations, roles and scopes, deactivation, resets, the audit trail. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../testing/api-client.js';
import { startApi, type TestApi } from '../../testing/api.js';
import { FIXTURE_USERS, seedFixture, type Fixture } from '../../testing/fixture.js';

const INVITE = `mutation Invite($input: InviteUserInput!) { inviteUser(input: $input) { id email role invitationPending province { code } institution { id } } }`;
const ACCEPT = `mutation Accept($input: SetPasswordInput!) { acceptInvitation(input: $input) { id email role } }`;
const RESET_REQUEST = `mutation R($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation Reset($input: SetPasswordInput!) { resetPassword(input: $input) { id } }`;
const OUTBOX = `query Outbox { outbox(first: 20) { totalCount nodes { to subject body sentAt } } }`;
const USERS = `query Users($filter: UserFilter, $first: Int, $after: String) { users(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { email role active } } }`;
const UPDATE = `mutation U($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id role province { code } } }`;
const SET_ACTIVE = `mutation A($id: ID!, $active: Boolean!) { setUserActive(id: $id, active: $active) { id active } }`;
const AUDIT = `query Audit($filter: AuditFilter) { auditEvents(filter: $filter, first: 50) { totalCount nodes { action entityType entityId actor { email } before after } } }`;
const ME = `query { me { email role } }`;

let api: TestApi;
let fx: Fixture;
let admin: ApiClient;

/** The link token of the newest mail to an address, as a person would click it. */
async function tokenFromOutbox(to: string): Promise<string> {
  const mails = await admin.data(OUTBOX);
  const mail = (mails.outbox.nodes as { to: string; body: string }[]).find((m) => m.to === to);
  const token = /token=([\w-]+)/.exec(mail?.body ?? '')?.[1];
  if (!token) throw new Error(`no link mailed to ${to}`);
  return token;
}

beforeAll(async () => {
  api = await startApi('users', async (p) => {
    fx = await seedFixture(p);
  });
  admin = await api.signIn(FIXTURE_USERS.admin);
});
afterAll(async () => {
  await api?.stop();
});

describe('invitations', () => {
  it('invite by single-use link kept in the outbox, which signs the person in', async () => {
    const invited = await admin.data(INVITE, { input: { email: 'Baru@Fixture.Test', name: 'Staf Baru', role: 'REGIONAL_STAFF', provinceCode: '32' } });
    expect(invited.inviteUser).toMatchObject({ email: 'baru@fixture.test', invitationPending: true, province: { code: '32' } });
    const token = await tokenFromOutbox('baru@fixture.test');

    const person = api.anonymous();
    expect((await person.data(ACCEPT, { input: { token, password: 'a long enough secret 1' } })).acceptInvitation.role).toBe('REGIONAL_STAFF');
    expect((await person.data(ME)).me.email).toBe('baru@fixture.test');
    // The link works once.
    const again = await api.anonymous().request(ACCEPT, { input: { token, password: 'another long secret 2' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.token' });
  });

  it('refuse a role without its scope, a taken e-mail, and a short password', async () => {
    expect((await admin.request(INVITE, { input: { email: 'x@fixture.test', name: 'Staf X', role: 'REGIONAL_STAFF' } })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'input.provinceCode',
    });
    expect((await admin.request(INVITE, { input: { email: FIXTURE_USERS.verifier.email, name: 'Staf X', role: 'VERIFIER' } })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'input.email',
    });
    expect((await admin.request(INVITE, { input: { email: 'bad', name: 'Staf X', role: 'VERIFIER' } })).errors?.[0]?.extensions?.field).toBe('input.email');
    await admin.data(INVITE, { input: { email: 'short@fixture.test', name: 'Short', role: 'VERIFIER' } });
    const token = await tokenFromOutbox('short@fixture.test');
    expect((await api.anonymous().request(ACCEPT, { input: { token, password: 'short' } })).errors?.[0]?.extensions?.field).toBe('input.password');
    expect(await api.prisma.user.count({ where: { email: 'x@fixture.test' } })).toBe(0);
  });

  it('let a regional office invite officers of its own province only', async () => {
    const banten = await api.signIn(FIXTURE_USERS.regionalBanten);
    const ok = await banten.request(INVITE, { input: { email: 'petugas@tangsel.test', name: 'Petugas', role: 'INSTITUTION_OFFICER', institutionId: fx.institutions.tangsel } });
    expect(ok.errors).toBeUndefined();
    expect(await banten.errorCode(INVITE, { input: { email: 'p@bogor.test', name: 'Petugas P', role: 'INSTITUTION_OFFICER', institutionId: fx.institutions.bogor } })).toBe('FORBIDDEN');
    expect(await banten.errorCode(INVITE, { input: { email: 'v@x.test', name: 'Verifikator V', role: 'VERIFIER' } })).toBe('FORBIDDEN');
  });
});

describe('roles, scopes and deactivation', () => {
  it('only admins list and change users', async () => {
    for (const who of [FIXTURE_USERS.regionalBanten, FIXTURE_USERS.verifier, FIXTURE_USERS.officerTangsel]) {
      expect(await (await api.signIn(who)).errorCode(USERS)).toBe('FORBIDDEN');
    }
    expect(await api.anonymous().errorCode(USERS)).toBe('UNAUTHENTICATED');
    const page1 = await admin.data(USERS, { first: 3 });
    const page2 = await admin.data(USERS, { first: 3, after: page1.users.pageInfo.endCursor });
    const emails = [...page1.users.nodes, ...page2.users.nodes].map((u: { email: string }) => u.email);
    expect(new Set(emails).size).toBe(emails.length);
    expect(page1.users.totalCount).toBeGreaterThanOrEqual(6);
  });

  it('a changed role ends the sessions that carried the old one', async () => {
    const verifier = await api.signIn(FIXTURE_USERS.verifier);
    await admin.data(UPDATE, { id: fx.users.verifier, input: { name: 'Verifikator', role: 'REGIONAL_STAFF', provinceCode: '36' } });
    expect((await verifier.data(ME)).me).toBeNull();
    const audit = await admin.data(AUDIT, { filter: { entityId: fx.users.verifier, action: 'user.update' } });
    expect(audit.auditEvents.nodes[0]).toMatchObject({ before: { role: 'VERIFIER' }, after: { role: 'REGIONAL_STAFF', provinceCode: '36' }, actor: { email: FIXTURE_USERS.admin.email } });
    expect(JSON.stringify(audit.auditEvents.nodes[0])).not.toMatch(/argon2/);
  });

  it('deactivation signs out and blocks sign-in; admins cannot deactivate themselves', async () => {
    const officer = await api.signIn(FIXTURE_USERS.officerTangsel);
    await admin.data(SET_ACTIVE, { id: fx.users.officerTangsel, active: false });
    expect((await officer.data(ME)).me).toBeNull();
    expect(await api.anonymous().errorCode(`mutation S($input: SignInInput!) { signIn(input: $input) { id } }`, { input: FIXTURE_USERS.officerTangsel })).toBe('UNAUTHENTICATED');
    await admin.data(SET_ACTIVE, { id: fx.users.officerTangsel, active: true });
    const self = await admin.request(SET_ACTIVE, { id: fx.users.admin, active: false });
    expect(self.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('bad ids are bad input, unknown ids are not found', async () => {
    expect((await admin.request(SET_ACTIVE, { id: 'nope', active: true })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(await admin.errorCode(SET_ACTIVE, { id: '00000000-0000-4000-8000-000000000000', active: true })).toBe('NOT_FOUND');
  });
});

describe('password reset', () => {
  it('answers the same for unknown e-mails and resets by a single-use link', async () => {
    expect(await api.anonymous().data(RESET_REQUEST, { email: 'nobody@fixture.test' })).toEqual({ requestPasswordReset: true });
    const before = await api.prisma.outboxMail.count();
    await api.anonymous().data(RESET_REQUEST, { email: FIXTURE_USERS.officerBogor.email });
    expect(await api.prisma.outboxMail.count()).toBe(before + 1);
    const other = await api.signIn(FIXTURE_USERS.officerBogor);
    const token = await tokenFromOutbox(FIXTURE_USERS.officerBogor.email);
    await api.anonymous().data(RESET, { input: { token, password: 'a brand new passphrase' } });
    expect((await other.data(ME)).me).toBeNull();
    await api.signIn({ email: FIXTURE_USERS.officerBogor.email, password: 'a brand new passphrase' });
  });
});

describe('the audit trail', () => {
  it('is for admins only and filters by action prefix', async () => {
    expect(await (await api.signIn(FIXTURE_USERS.regionalJabar)).errorCode(AUDIT)).toBe('FORBIDDEN');
    const invites = await admin.data(AUDIT, { filter: { action: 'user.' } });
    expect(invites.auditEvents.nodes.every((n: { action: string }) => n.action.startsWith('user.'))).toBe(true);
    expect(invites.auditEvents.totalCount).toBeGreaterThan(0);
    expect((await admin.request(AUDIT, { filter: { cycleId: 'not-a-uuid' } })).errors?.[0]?.extensions?.field).toBe('filter.cycleId');
  });
});
