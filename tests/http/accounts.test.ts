// Account administration and the user's own password (issue 9 point 9): the system administrator
// creates, disables, enables, resets and re-binds accounts, every act audited; disabling or resetting
// ends the user's sessions at once; a new or reset account must change its temporary password first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, login, type Session, type TestApp } from '../support/test-app.js';
import { createAuthorityUser, createSysadmin, FIXTURE_PASSWORD } from '../support/fixtures.js';

let t: TestApp;
let admin: Session;
let staff: Session;
let authorityA: string;
let authorityB: string;
let adminId: string;

beforeAll(async () => {
  t = await openTestApp(async (h) => {
    await createSysadmin(h.db, 'root');
    authorityA = (await createAuthorityUser(h.db, 'dora')).authorityId;
    authorityB = (await createAuthorityUser(h.db, 'otto')).authorityId;
  });
  admin = await login(t.app, 'root', FIXTURE_PASSWORD);
  staff = await login(t.app, 'dora', FIXTURE_PASSWORD);
  adminId = (await admin.inject('GET', '/api/v1/auth/me')).json().user.id;
});
afterAll(async () => t.close());

const auditActions = async (entityId: string) =>
  (
    await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id'])
      .where('entity', '=', 'user')
      .where('entity_id', '=', entityId)
      .orderBy('id')
      .execute()
  ).map((r) => r.action);

async function createStaff(username: string, authorityId = authorityA) {
  const res = await admin.inject('POST', '/api/v1/accounts', {
    username,
    displayName: `${username} 科员`,
    role: 'authority_staff',
    authorityId,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ account: { id: string; version: number }; temporaryPassword: string }>();
}

describe('account administration (system administrator only)', () => {
  it('is closed to everyone but the administrator: 401 anonymous, 403 staff', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/accounts' })).statusCode).toBe(401);
    const res = await staff.inject('GET', '/api/v1/accounts');
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const create = await staff.inject('POST', '/api/v1/accounts', {
      username: 'sneaky',
      displayName: '越权',
      role: 'sysadmin',
    });
    expect(create.statusCode).toBe(403);
  });

  it('creates an account with a one-time temporary password that must be changed at the first login', async () => {
    const { account, temporaryPassword } = await createStaff('wang.li');
    expect(account).toMatchObject({ username: 'wang.li', role: 'authority_staff', mustChangePassword: true });
    const row = await t.handle.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', account.id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect((await admin.inject('GET', `/api/v1/accounts/${account.id}`)).body).not.toContain(
      temporaryPassword,
    );

    const user = await login(t.app, 'wang.li', temporaryPassword);
    const me = (await user.inject('GET', '/api/v1/auth/me')).json();
    expect(me.user.mustChangePassword).toBe(true);
    const blocked = await user.inject('GET', '/api/v1/authorities');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
    // Public routes stay open.
    expect((await user.inject('GET', '/api/v1/skill-levels')).statusCode).toBe(200);

    const weak = await user.inject('POST', '/api/v1/auth/password', {
      currentPassword: temporaryPassword,
      newPassword: 'abcdefgh12',
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().code).toBe('PASSWORD_TOO_SIMPLE');
    const changed = await user.inject('POST', '/api/v1/auth/password', {
      currentPassword: temporaryPassword,
      newPassword: 'Qianlong#2026',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await user.inject('GET', '/api/v1/authorities')).statusCode).toBe(200);
    expect((await user.inject('GET', '/api/v1/auth/me')).json().user.mustChangePassword).toBe(false);
    expect(await auditActions(account.id)).toEqual(
      expect.arrayContaining(['account_created', 'login', 'password_changed']),
    );
  });

  it('refuses a taken username (any case), a wrong binding, and an unknown authority', async () => {
    await createStaff('zhao.min');
    const dup = await admin.inject('POST', '/api/v1/accounts', {
      username: 'zhao.min',
      displayName: '赵敏',
      role: 'authority_staff',
      authorityId: authorityA,
    });
    expect(dup.statusCode).toBe(409);
    const mismatch = await admin.inject('POST', '/api/v1/accounts', {
      username: 'mismatch',
      displayName: '错配',
      role: 'sysadmin',
      authorityId: authorityA,
    });
    expect(mismatch.statusCode).toBe(422);
    expect(mismatch.json().code).toBe('ACCOUNT_BINDING_MISMATCH');
    const missing = await admin.inject('POST', '/api/v1/accounts', {
      username: 'nobinding',
      displayName: '无绑定',
      role: 'authority_staff',
    });
    expect(missing.json().code).toBe('ACCOUNT_BINDING_REQUIRED');
    const unknown = await admin.inject('POST', '/api/v1/accounts', {
      username: 'unknownauth',
      displayName: '不存在',
      role: 'authority_staff',
      authorityId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().code).toBe('ACCOUNT_BINDING_NOT_FOUND');
    const badName = await admin.inject('POST', '/api/v1/accounts', {
      username: 'Bad Name\u0000',
      displayName: '坏名',
      role: 'sysadmin',
    });
    expect(badName.statusCode).toBe(400);
  });

  it('disabling ends every session of the user at once; enabling lets them in again', async () => {
    const { account, temporaryPassword } = await createStaff('sun.yu');
    const a = await login(t.app, 'sun.yu', temporaryPassword);
    const b = await login(t.app, 'sun.yu', temporaryPassword);
    const res = await admin.inject('POST', `/api/v1/accounts/${account.id}/disable`, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ disabled: true, abilities: { enable: true, disable: false } });
    expect((await a.inject('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    expect((await b.inject('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const open = await t.handle.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', account.id)
      .where('revoked_at', 'is', null)
      .execute();
    expect(open).toEqual([]);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'sun.yu', password: temporaryPassword },
      remoteAddress: '10.8.0.1',
    });
    expect(refused.statusCode).toBe(401);
    expect((await admin.inject('POST', `/api/v1/accounts/${account.id}/enable`, {})).statusCode).toBe(200);
    await login(t.app, 'sun.yu', temporaryPassword);
    expect(await auditActions(account.id)).toEqual(
      expect.arrayContaining(['account_disabled', 'login_refused_disabled', 'account_enabled']),
    );
    // The administrator cannot disable their own account.
    const self = await admin.inject('POST', `/api/v1/accounts/${adminId}/disable`, {});
    expect(self.statusCode).toBe(422);
    expect(self.json().code).toBe('ACCOUNT_SELF');
  });

  it('a password reset ends the sessions and gives a new temporary password to be changed', async () => {
    const { account, temporaryPassword } = await createStaff('qian.bo');
    const user = await login(t.app, 'qian.bo', temporaryPassword);
    const res = await admin.inject('POST', `/api/v1/accounts/${account.id}/password-reset`, {});
    expect(res.statusCode).toBe(200);
    const next = res.json<{ temporaryPassword: string }>().temporaryPassword;
    expect(next).not.toBe(temporaryPassword);
    expect((await user.inject('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const again = await login(t.app, 'qian.bo', next);
    expect((await again.inject('GET', '/api/v1/auth/me')).json().user.mustChangePassword).toBe(true);
    expect(await auditActions(account.id)).toContain('password_reset');
  });

  it('assigns role and binding: sessions end, a stale version answers 409, and it is audited', async () => {
    const { account, temporaryPassword } = await createStaff('li.na');
    const user = await login(t.app, 'li.na', temporaryPassword);
    const stale = await admin.inject('PATCH', `/api/v1/accounts/${account.id}`, {
      version: account.version + 5,
      authorityId: authorityB,
    });
    expect(stale.statusCode).toBe(409);
    const res = await admin.inject('PATCH', `/api/v1/accounts/${account.id}`, {
      version: account.version,
      authorityId: authorityB,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().authority.id).toBe(authorityB);
    expect((await user.inject('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const toAdmin = await admin.inject('PATCH', `/api/v1/accounts/${account.id}`, {
      version: res.json().version,
      role: 'sysadmin',
    });
    expect(toAdmin.statusCode, toAdmin.body).toBe(200);
    expect(toAdmin.json()).toMatchObject({ role: 'sysadmin', authority: null });
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['before_data', 'after_data', 'actor_user_id'])
      .where('entity_id', '=', account.id)
      .where('action', '=', 'account_role_assigned')
      .execute();
    expect(audit).toHaveLength(2);
    expect(audit[0]!.actor_user_id).toBe(adminId);
    expect(JSON.stringify(audit[0]!.after_data)).toContain(authorityB);
  });

  it('lists accounts with search and role filter, without hashes or secrets', async () => {
    const res = await admin.inject('GET', '/api/v1/accounts?q=dora&pageSize=10');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((a: { username: string }) => a.username)).toEqual(['dora']);
    const admins = await admin.inject('GET', '/api/v1/accounts?role=sysadmin');
    expect(admins.json().items.every((a: { role: string }) => a.role === 'sysadmin')).toBe(true);
    expect(res.body).not.toMatch(/argon2|password_hash|totp_secret/);
  });
});

describe('changing one’s own password', () => {
  it('needs the current password, ends the other sessions and keeps this one', async () => {
    await createAuthorityUser(t.handle.db, 'hu.jun');
    const here = await login(t.app, 'hu.jun', FIXTURE_PASSWORD);
    const there = await login(t.app, 'hu.jun', FIXTURE_PASSWORD);
    const wrong = await here.inject('POST', '/api/v1/auth/password', {
      currentPassword: 'Wrong#2026x',
      newPassword: 'Hujun#Strong26',
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().code).toBe('CURRENT_PASSWORD_WRONG');
    const same = await here.inject('POST', '/api/v1/auth/password', {
      currentPassword: FIXTURE_PASSWORD,
      newPassword: FIXTURE_PASSWORD,
    });
    expect(same.json().code).toBe('PASSWORD_UNCHANGED');
    const withName = await here.inject('POST', '/api/v1/auth/password', {
      currentPassword: FIXTURE_PASSWORD,
      newPassword: 'Hu.Jun#2026x',
    });
    expect(withName.json().code).toBe('PASSWORD_CONTAINS_USERNAME');
    const ok = await here.inject('POST', '/api/v1/auth/password', {
      currentPassword: FIXTURE_PASSWORD,
      newPassword: 'Hujun#Strong26',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().otherSessionsEnded).toBe(1);
    expect((await here.inject('GET', '/api/v1/auth/me')).statusCode).toBe(200);
    expect((await there.inject('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    await login(t.app, 'hu.jun', 'Hujun#Strong26');
  });

  it('counts a wrong current password as a failed login (no way around the lockout)', async () => {
    await createAuthorityUser(t.handle.db, 'ma.lin');
    const s = await login(t.app, 'ma.lin', FIXTURE_PASSWORD);
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await s.inject('POST', '/api/v1/auth/password', {
        currentPassword: `Wrong#2026${i}`,
        newPassword: 'Malin#Strong26',
      });
      codes.push(r.statusCode);
    }
    expect(codes).toEqual([422, 422, 422, 422, 423]);
  });
});
