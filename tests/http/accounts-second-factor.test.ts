// The second factor for authority staff (issue 9 point 9; 等保2.0 level 3): with the deployment's
// setting on, an authority's password alone gives a session without privileges; it must enrol TOTP
// (QR of the otpauth URI, a first code, 10 recovery codes shown once) and from then on sign in with a
// code or a recovery code. otplib plays the authenticator app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import { loadConfig } from '../../src/config.js';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import { currentTotp } from '../../src/identity/totp.js';
import { openTestDatabase } from '../support/test-database.js';
import { TEST_DATA_KEY } from '../support/test-app.js';
import { createAuthorityUser, createSysadmin, FIXTURE_PASSWORD } from '../support/fixtures.js';

let handle: DatabaseHandle;
let app: FastifyInstance;
let clientSerial = 0;

beforeAll(async () => {
  handle = await openTestDatabase();
  await createAuthorityUser(handle.db, 'gao');
  await createAuthorityUser(handle.db, 'ren');
  await createSysadmin(handle.db, 'root');
  app = await buildApp({
    db: handle.db,
    config: { ...loadConfig({}), cookieSecure: false, authoritySecondFactor: true },
    dataKey: TEST_DATA_KEY,
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

/** A browser: keeps the cookie and the CSRF token the server last gave it. */
function browser() {
  const remoteAddress = `10.7.0.${++clientSerial}`;
  let cookie = '';
  let csrf = '';
  const send = async (method: 'GET' | 'POST', url: string, payload?: object) => {
    const res = await app.inject({
      method,
      url,
      remoteAddress,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(method === 'POST' && csrf ? { 'x-csrf-token': csrf } : {}),
      },
      ...(payload ? { payload } : {}),
    });
    const sid = res.cookies.find((c) => c.name === 'sid');
    if (sid) cookie = `sid=${sid.value}`;
    const body = String(res.headers['content-type'] ?? '').includes('json')
      ? (res.json() as { csrfToken?: string })
      : {};
    if (body.csrfToken) csrf = body.csrfToken;
    return res;
  };
  return { send };
}

const secretOf = (uri: string) => new URL(uri).searchParams.get('secret')!;
const codeAt = (secret: string, offsetSeconds: number) =>
  currentTotp(secret, new Date(Date.now() + offsetSeconds * 1000));

let secret = '';
let recoveryCodes: string[] = [];

describe('authority staff must enrol and use a second factor when the deployment requires it', () => {
  it('enrols at the first login: the pending session has no privileges until the first code', async () => {
    const b = browser();
    const login = await b.send('POST', '/api/v1/auth/login', { username: 'gao', password: FIXTURE_PASSWORD });
    expect(login.statusCode).toBe(200);
    expect(login.json()).toMatchObject({ pending: 'enrolment' });
    expect(login.json().user).toBeUndefined();
    expect((await b.send('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    expect((await b.send('GET', '/api/v1/authorities')).statusCode).toBe(401);
    // A pending session cannot skip to the code step.
    expect((await b.send('POST', '/api/v1/auth/second-factor', { code: '123456' })).statusCode).toBe(401);

    const start = await b.send('POST', '/api/v1/auth/totp/enrolment', {});
    expect(start.statusCode, start.body).toBe(200);
    const uri: string = start.json().otpauthUri;
    expect(uri).toMatch(/^otpauth:\/\/totp\/SkillReg:gao\?/);
    secret = secretOf(uri);
    expect(start.json().secret).toBe(secret);
    // Encrypted at rest: the stored value is ciphertext, not the secret.
    const row = await handle.db
      .selectFrom('users')
      .select(['totp_pending_secret_enc', 'totp_secret_enc'])
      .where('username', '=', 'gao')
      .executeTakeFirstOrThrow();
    expect(row.totp_pending_secret_enc).toMatch(/^v\d\./);
    expect(row.totp_pending_secret_enc).not.toContain(secret);

    const wrong = await b.send('POST', '/api/v1/auth/totp/enrolment/confirm', { code: '000000' });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().code).toBe('TOTP_CODE_INVALID');

    const confirm = await b.send('POST', '/api/v1/auth/totp/enrolment/confirm', {
      code: await codeAt(secret, 0),
    });
    expect(confirm.statusCode, confirm.body).toBe(200);
    recoveryCodes = confirm.json().recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    expect(confirm.json().user).toMatchObject({ username: 'gao', secondFactor: true });
    expect((await b.send('GET', '/api/v1/authorities')).statusCode).toBe(200);
    const status = await b.send('GET', '/api/v1/auth/totp');
    expect(status.json()).toMatchObject({ enabled: true, recoveryCodesLeft: 10, required: true });

    const stored = await handle.db.selectFrom('recovery_codes').select('code_hash').execute();
    expect(stored.every((r) => r.code_hash.startsWith('$argon2id$'))).toBe(true);
    expect(stored.some((r) => recoveryCodes.some((c) => r.code_hash.includes(c.replace('-', ''))))).toBe(
      false,
    );
  });

  it('then asks for a code after the password; a code is accepted once, a recovery code once', async () => {
    const b = browser();
    const login = await b.send('POST', '/api/v1/auth/login', { username: 'gao', password: FIXTURE_PASSWORD });
    expect(login.json()).toMatchObject({ pending: 'second_factor' });
    expect((await b.send('GET', '/api/v1/authorities')).statusCode).toBe(401);
    expect((await b.send('POST', '/api/v1/auth/totp/enrolment', {})).statusCode).toBe(401);
    const wrong = await b.send('POST', '/api/v1/auth/second-factor', { code: '000000' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('AUTH_SECOND_FACTOR_INVALID');
    const code = await codeAt(secret, 30); // the next step: the enrolment used this one
    const ok = await b.send('POST', '/api/v1/auth/second-factor', { code });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().user.username).toBe('gao');
    expect((await b.send('GET', '/api/v1/authorities')).statusCode).toBe(200);

    // The same code again, in another login: refused (replay).
    const c = browser();
    await c.send('POST', '/api/v1/auth/login', { username: 'gao', password: FIXTURE_PASSWORD });
    expect((await c.send('POST', '/api/v1/auth/second-factor', { code })).statusCode).toBe(401);
    // A recovery code, typed in lower case without the dash, works once.
    const recovery = recoveryCodes[0]!.replace('-', '').toLowerCase();
    expect((await c.send('POST', '/api/v1/auth/second-factor', { code: recovery })).statusCode).toBe(200);
    const d = browser();
    await d.send('POST', '/api/v1/auth/login', { username: 'gao', password: FIXTURE_PASSWORD });
    expect((await d.send('POST', '/api/v1/auth/second-factor', { code: recoveryCodes[0]! })).statusCode).toBe(
      401,
    );
    const audit = await handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'user')
      .execute();
    expect(audit.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'totp_enrolment_started',
        'totp_enabled',
        'login_password_ok',
        'second_factor_failed',
      ]),
    );
  });

  it('locks the account after 5 wrong codes, counted with the passwords, and ends the pending session', async () => {
    await handle.db
      .updateTable('users')
      .set({ failed_login_count: 0 })
      .where('username', '=', 'gao')
      .execute();
    const b = browser();
    await b.send('POST', '/api/v1/auth/login', { username: 'gao', password: FIXTURE_PASSWORD });
    const answers: number[] = [];
    for (let i = 0; i < 5; i++) {
      answers.push((await b.send('POST', '/api/v1/auth/second-factor', { code: '000000' })).statusCode);
    }
    expect(answers).toEqual([401, 401, 401, 401, 423]);
    // The pending session is gone; even the right code cannot finish it.
    expect(
      (await b.send('POST', '/api/v1/auth/second-factor', { code: await codeAt(secret, 60) })).statusCode,
    ).toBe(401);
    const again = browser();
    expect(
      (await again.send('POST', '/api/v1/auth/login', { username: 'gao', password: FIXTURE_PASSWORD }))
        .statusCode,
    ).toBe(423);
  });

  it('the administrator resets a lost second factor: the user enrols again at the next login', async () => {
    const admin = browser();
    const login = await admin.send('POST', '/api/v1/auth/login', {
      username: 'root',
      password: FIXTURE_PASSWORD,
    });
    expect(login.json().user.role).toBe('sysadmin'); // the setting concerns authority staff only
    const gao = await handle.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'gao')
      .executeTakeFirstOrThrow();
    await handle.db
      .updateTable('users')
      .set({ locked_until: null, failed_login_count: 0 })
      .where('id', '=', gao.id)
      .execute();
    const reset = await admin.send('POST', `/api/v1/accounts/${gao.id}/second-factor-reset`, {});
    expect(reset.statusCode, reset.body).toBe(200);
    expect(reset.json().secondFactor).toBe(false);
    expect(
      await handle.db.selectFrom('recovery_codes').select('id').where('user_id', '=', gao.id).execute(),
    ).toEqual([]);
    const b = browser();
    const next = await b.send('POST', '/api/v1/auth/login', { username: 'gao', password: FIXTURE_PASSWORD });
    expect(next.json()).toMatchObject({ pending: 'enrolment' });
  });

  it('a pending login logs out without privileges', async () => {
    const b = browser();
    await b.send('POST', '/api/v1/auth/login', { username: 'ren', password: FIXTURE_PASSWORD });
    expect((await b.send('POST', '/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await b.send('POST', '/api/v1/auth/totp/enrolment', {})).statusCode).toBe(401);
  });
});
