// Builds the app in-process on a test database (no port) and logs personas in through the API.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import { loadConfig } from '../../src/config.js';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import { openTestDatabase } from './test-database.js';
import { createAuthorityUser, createSysadmin, FIXTURE_PASSWORD } from './fixtures.js';

export interface TestApp {
  app: FastifyInstance;
  handle: DatabaseHandle;
  close(): Promise<void>;
}

/** A fixed personal-data key for tests only (32 bytes, base64); never used outside tests. */
export const TEST_DATA_KEY = Buffer.alloc(32, 7).toString('base64');

export async function openTestApp(seed?: (h: DatabaseHandle) => Promise<void>): Promise<TestApp> {
  const handle = await openTestDatabase();
  if (seed) await seed(handle);
  const app = await buildApp({
    db: handle.db,
    // The anonymous budget is raised from production's 120 a minute: a test file sends hundreds of
    // anonymous requests within a minute. tests/http/rate-limit.test.ts holds the production budget.
    config: { ...loadConfig({}), cookieSecure: false, publicRateLimit: { max: 100_000, windowMs: 60_000 } },
    dataKey: TEST_DATA_KEY,
  });
  await app.ready();
  return {
    app,
    handle,
    async close() {
      await app.close();
      await handle.close();
    },
  };
}

export interface Session {
  cookie: string;
  csrfToken: string;
  inject(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
  ): Promise<LightMyRequestResponse>;
}

export async function login(app: FastifyInstance, username: string, password: string): Promise<Session> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'sid');
  if (!cookie) throw new Error('no session cookie');
  const { csrfToken } = res.json<{ csrfToken: string }>();
  return {
    cookie: `sid=${cookie.value}`,
    csrfToken,
    inject: (method, url, body) =>
      app.inject({
        method,
        url,
        headers: {
          cookie: `sid=${cookie.value}`,
          ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken }),
        },
        ...(body === undefined ? {} : { payload: body as object }),
      }),
  };
}

/** An app with two fixture accounts logged in: `root` (system administrator) and `dora` (provincial staff). */
export async function openAppWithAdminAndStaff(): Promise<{ t: TestApp; admin: Session; staff: Session }> {
  const t = await openTestApp(async (h) => {
    await createSysadmin(h.db, 'root');
    await createAuthorityUser(h.db, 'dora');
  });
  return {
    t,
    admin: await login(t.app, 'root', FIXTURE_PASSWORD),
    staff: await login(t.app, 'dora', FIXTURE_PASSWORD),
  };
}
