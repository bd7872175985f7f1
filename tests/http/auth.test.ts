import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTestApp, login, TEST_DATA_KEY, type TestApp } from '../support/test-app.js';
import { createAuthorityUser, FIXTURE_PASSWORD } from '../support/fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp(async (h) => {
    await createAuthorityUser(h.db, 'alice');
    await createAuthorityUser(h.db, 'bob');
    await createAuthorityUser(h.db, 'carol');
  });
});
afterAll(async () => t.close());

const post = (url: string, payload: object, remoteAddress?: string) =>
  t.app.inject({ method: 'POST', url, payload, ...(remoteAddress ? { remoteAddress } : {}) });

describe('login (等保2.0 三级 身份鉴别)', () => {
  it('logs in, sets an HttpOnly SameSite=Lax session cookie and answers /auth/me', async () => {
    const res = await post('/api/v1/auth/login', { username: 'alice', password: FIXTURE_PASSWORD });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'sid');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: `sid=${cookie!.value}` },
    });
    expect(me.json()).toMatchObject({
      user: { username: 'alice', role: 'authority_staff', authority: { jurisdictionCode: '520000' } },
    });
  });

  it('answers the same for an unknown user and a wrong password', async () => {
    const unknown = await post('/api/v1/auth/login', { username: 'nobody', password: 'Wrong#2026x' });
    const wrong = await post('/api/v1/auth/login', { username: 'bob', password: 'Wrong#2026x' });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    const strip = (b: { requestId: string; instance: string }) => ({ ...b, requestId: '', instance: '' });
    expect(strip(unknown.json())).toEqual(strip(wrong.json()));
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect(unknown.json()).toMatchObject({ code: 'AUTH_INVALID', detail: '用户名或密码错误' });
  });

  it('locks the account after the 5th failure, not the 4th, for 30 minutes, even for the right password', async () => {
    for (let i = 1; i <= 4; i++) {
      const r = await post('/api/v1/auth/login', { username: 'carol', password: 'Wrong#2026x' });
      expect(r.statusCode).toBe(401);
    }
    const fifth = await post('/api/v1/auth/login', { username: 'carol', password: 'Wrong#2026x' });
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().code).toBe('AUTH_LOCKED');
    const right = await post('/api/v1/auth/login', { username: 'carol', password: FIXTURE_PASSWORD });
    expect(right.statusCode).toBe(423);
    const u = await t.handle.db
      .selectFrom('users')
      .select('locked_until')
      .where('username', '=', 'carol')
      .executeTakeFirstOrThrow();
    const minutes = (u.locked_until!.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(29);
    expect(minutes).toBeLessThanOrEqual(30);
    // After the lock expires the right password works again.
    await t.handle.db
      .updateTable('users')
      .set({ locked_until: new Date(Date.now() - 1000) })
      .where('username', '=', 'carol')
      .execute();
    expect(
      (await post('/api/v1/auth/login', { username: 'carol', password: FIXTURE_PASSWORD })).statusCode,
    ).toBe(200);
  });

  it('counts 20 parallel wrong passwords as 20: the account is locked and the right password answers 423', async () => {
    await createAuthorityUser(t.handle.db, 'dave');
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        post('/api/v1/auth/login', { username: 'dave', password: 'Wrong#2026x' }, '10.9.0.1'),
      ),
    );
    expect(answers.every((r) => r.statusCode === 401 || r.statusCode === 423)).toBe(true);
    expect(answers.filter((r) => r.statusCode === 423).length).toBeGreaterThanOrEqual(15);
    const u = await t.handle.db
      .selectFrom('users')
      .select(['failed_login_count', 'locked_until'])
      .where('username', '=', 'dave')
      .executeTakeFirstOrThrow();
    expect(u.failed_login_count).toBe(20);
    expect(u.locked_until!.getTime()).toBeGreaterThan(Date.now() + 29 * 60_000);
    const right = await post(
      '/api/v1/auth/login',
      { username: 'dave', password: FIXTURE_PASSWORD },
      '10.9.0.1',
    );
    expect(right.statusCode).toBe(423);
    expect(right.json().code).toBe('AUTH_LOCKED');
  });

  it('locks an unknown name after 5 failures with the same answers as a real account, keeping no name in clear', async () => {
    const strip = (b: { requestId: string; instance: string }) => ({ ...b, requestId: '', instance: '' });
    await createAuthorityUser(t.handle.db, 'erin');
    const known: Awaited<ReturnType<typeof post>>[] = [];
    const unknown: Awaited<ReturnType<typeof post>>[] = [];
    for (let i = 1; i <= 6; i++) {
      known.push(await post('/api/v1/auth/login', { username: 'erin', password: 'Wrong#2026x' }, '10.9.0.2'));
      unknown.push(
        await post('/api/v1/auth/login', { username: 'ghost-erin', password: 'Wrong#2026x' }, '10.9.0.2'),
      );
    }
    expect(known.map((r) => r.statusCode)).toEqual([401, 401, 401, 401, 423, 423]);
    expect(unknown.map((r) => r.statusCode)).toEqual([401, 401, 401, 401, 423, 423]);
    for (let i = 0; i < 6; i++) expect(strip(unknown[i]!.json())).toEqual(strip(known[i]!.json()));
    // The name typed is kept nowhere in clear: neither in the counter nor in the audit log.
    const rows = await sql<{ n: number }>`select count(*)::int as n from audit_log
      where entity_id like '%ghost%' or after_data::text like '%ghost%'`.execute(t.handle.db);
    expect(rows.rows[0]!.n).toBe(0);
    const counters = await t.handle.db.selectFrom('login_failures').selectAll().execute();
    expect(counters.some((c) => c.name_hash.includes('ghost'))).toBe(false);
    expect(counters.find((c) => c.failed_count === 5)?.name_hash).toMatch(/^[0-9a-f]{64}$/);
    // Case and spaces do not give a fresh counter.
    expect(
      (await post('/api/v1/auth/login', { username: ' GHOST-erin', password: 'x' }, '10.9.0.2')).statusCode,
    ).toBe(423);
  });

  it('counts 20 parallel guesses at an unknown name as 20 too', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        post('/api/v1/auth/login', { username: 'nobody-parallel', password: 'Wrong#2026x' }, '10.9.0.3'),
      ),
    );
    expect(answers.filter((r) => r.statusCode === 423).length).toBeGreaterThanOrEqual(15);
    expect(
      (await post('/api/v1/auth/login', { username: 'nobody-parallel', password: 'Wrong#2026x' }, '10.9.0.3'))
        .statusCode,
    ).toBe(423);
  });

  it('takes about as long for an unknown name as for a wrong password (both verify an argon2 hash)', async () => {
    await createAuthorityUser(t.handle.db, 'fred');
    const time = async (username: string) => {
      const start = performance.now();
      await post('/api/v1/auth/login', { username, password: 'Wrong#2026x' }, '10.9.0.4');
      return performance.now() - start;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      known.push(await time('fred'));
      unknown.push(await time('no-such-fred'));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
    const ratio = median(unknown) / median(known);
    expect(ratio).toBeGreaterThan(0.33);
    expect(ratio).toBeLessThan(3);
  });

  it('audits every authentication event', async () => {
    const r = await sql<{
      action: string;
    }>`select distinct action from audit_log where entity in ('user', 'auth')`.execute(t.handle.db);
    const actions = r.rows.map((x) => x.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'login',
        'login_failed',
        'login_failed_unknown_user',
        'account_locked',
        'login_refused_locked',
      ]),
    );
  });
});

describe('sessions', () => {
  it('ends a session idle for more than 30 minutes', async () => {
    const s = await login(t.app, 'alice', FIXTURE_PASSWORD);
    expect((await s.inject('GET', '/api/v1/auth/me')).statusCode).toBe(200);
    await t.handle.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(Date.now() - 31 * 60_000) })
      .where('revoked_at', 'is', null)
      .execute();
    const after = await s.inject('GET', '/api/v1/auth/me');
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('AUTH_REQUIRED');
  });

  it('keeps a session used within 29 minutes', async () => {
    const s = await login(t.app, 'alice', FIXTURE_PASSWORD);
    await t.handle.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(Date.now() - 29 * 60_000) })
      .where('revoked_at', 'is', null)
      .execute();
    expect((await s.inject('GET', '/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('logout ends the session', async () => {
    const s = await login(t.app, 'alice', FIXTURE_PASSWORD);
    expect((await s.inject('POST', '/api/v1/auth/logout', {})).statusCode).toBe(204);
    expect((await s.inject('GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('logout needs no body: a bare POST, and JSON with an empty body, both log out', async () => {
    for (const headers of [{}, { 'content-type': 'application/json' }]) {
      const s = await login(t.app, 'alice', FIXTURE_PASSWORD);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken, ...headers },
      });
      expect(res.statusCode).toBe(204);
      expect((await s.inject('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    }
    // Malformed JSON is still refused as such.
    const s = await login(t.app, 'alice', FIXTURE_PASSWORD);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken, 'content-type': 'application/json' },
      payload: '{"x":',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('BAD_REQUEST');
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const s = await login(t.app, 'alice', FIXTURE_PASSWORD);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: s.cookie },
      payload: {},
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_FAILED');
    expect((await s.inject('GET', '/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('a session can be served by a second app instance on the same database', async () => {
    const s = await login(t.app, 'alice', FIXTURE_PASSWORD);
    const { buildApp } = await import('../../src/http/app.js');
    const { loadConfig } = await import('../../src/config.js');
    const other = await buildApp({ db: t.handle.db, config: loadConfig({}), dataKey: TEST_DATA_KEY });
    const res = await other.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: s.cookie } });
    expect(res.statusCode).toBe(200);
    await other.close();
  });
});

describe('API conventions', () => {
  it('rejects unknown fields and wrong types instead of dropping or coercing them', async () => {
    const extra = await post('/api/v1/auth/login', {
      username: 'alice',
      password: FIXTURE_PASSWORD,
      admin: true,
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json()).toMatchObject({ code: 'VALIDATION_FAILED', title: '请求数据不符合要求' });
    const wrongType = await post('/api/v1/auth/login', { username: 123, password: FIXTURE_PASSWORD });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().errors[0].path).toBe('body.username');
  });

  it('answers malformed JSON with problem+json, not a stack trace', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
    expect(res.json().code).toBe('BAD_REQUEST');
  });

  it('serves OpenAPI, a docs page, health with the database, and request ids', async () => {
    const spec = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(spec.statusCode).toBe(200);
    expect(spec.json().openapi).toMatch(/^3\./);
    expect(Object.keys(spec.json().paths)).toContain('/api/v1/auth/login');
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect([200, 302]).toContain(docs.statusCode);
    const health = await t.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'req-12345678' },
    });
    expect(health.json()).toMatchObject({ status: 'ok', database: 'ok' });
    // The server files its audit rows under its own id, never the one a client chose (issue 9).
    expect(health.headers['x-request-id']).not.toBe('req-12345678');
    expect(health.headers['x-request-id']).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
  });

  it('answers an unknown API path with a 404 problem', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/no-such-thing' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND', title: '未找到' });
  });
});
