// Issue 9 point 5 (security.md "Public endpoints"): scripted bursts at public endpoints are throttled per
// client — the production budget (loadConfig's default, 120 anonymous API requests a minute), with a
// Retry-After and a Chinese problem+json — while signed-in callers and other clients go on, and the
// client is the forwarded address only when TRUST_PROXY says a proxy sets it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import { openTestDatabase } from '../support/test-database.js';
import { TEST_DATA_KEY } from '../support/test-app.js';
import { loginPersonas, seedPersonas, type Client } from '../support/personas.js';

let handle: DatabaseHandle;
const apps: FastifyInstance[] = [];

async function appWith(env: NodeJS.ProcessEnv): Promise<FastifyInstance> {
  const config: Config = { ...loadConfig(env), cookieSecure: false };
  const app = await buildApp({ db: handle.db, config, dataKey: TEST_DATA_KEY });
  await app.ready();
  apps.push(app);
  return app;
}

beforeAll(async () => {
  handle = await openTestDatabase();
}, 120_000);
afterAll(async () => {
  for (const app of apps) await app.close();
  await handle?.close();
});

const burst = async (app: FastifyInstance, n: number, opts: InjectOptions) => {
  const codes: number[] = [];
  for (let i = 0; i < n; i++) codes.push((await app.inject(opts)).statusCode);
  return codes;
};

describe('the anonymous budget (production default)', () => {
  let app: FastifyInstance;
  let signedIn: Client;
  beforeAll(async () => {
    const f = await seedPersonas(handle.db);
    app = await appWith({});
    signedIn = (await loginPersonas(app, f)).provinceA;
  });

  it('is 120 requests a minute per client by default, configurable, 0 = off', () => {
    expect(loadConfig({}).publicRateLimit).toEqual({ max: 120, windowMs: 60_000 });
    expect(
      loadConfig({ SKILLREG_PUBLIC_RATE_LIMIT: '30', SKILLREG_PUBLIC_RATE_WINDOW: '10' }).publicRateLimit,
    ).toEqual({ max: 30, windowMs: 10_000 });
    expect(() => loadConfig({ SKILLREG_PUBLIC_RATE_LIMIT: 'many' })).toThrow(/SKILLREG_PUBLIC_RATE_LIMIT/);
  });

  it('300 anonymous requests to the directory, the notices and the occupations: 120 pass, the rest get 429 with Retry-After in Chinese', async () => {
    const ip = '203.0.113.7';
    const urls = ['/api/v1/directory', '/api/v1/public-notices', '/api/v1/occupations'];
    const codes: number[] = [];
    let last;
    for (let i = 0; i < 300; i++) {
      last = await app.inject({ method: 'GET', url: urls[i % 3]!, remoteAddress: ip });
      codes.push(last.statusCode);
    }
    expect(codes.slice(0, 120).every((c) => c === 200)).toBe(true);
    expect(codes.slice(120).every((c) => c === 429)).toBe(true);
    expect(last!.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(last!.headers['retry-after'])).toBeLessThanOrEqual(60);
    const body = last!.json<{ code: string; title: string; detail: string; retryAfter: number }>();
    expect(body).toMatchObject({ status: 429, code: 'RATE_LIMITED', title: '请求过于频繁' });
    expect(body.detail).toMatch(/^请求过于频繁，请在 \d+ 秒后再试$/);
    expect(body.retryAfter).toBe(Number(last!.headers['retry-after']));
  });

  it('counts unknown addresses and refused requests too (a scan is a burst), but never the web app', async () => {
    const ip = '203.0.113.8';
    const codes = await burst(app, 125, { method: 'GET', url: '/api/v1/no-such-thing', remoteAddress: ip });
    expect(codes.slice(0, 120).every((c) => c === 404)).toBe(true);
    expect(codes.slice(120).every((c) => c === 429)).toBe(true);
    // Pages of the web app are files: not counted (here no dist/web, so 404 problem, but not 429).
    const page = await app.inject({ method: 'GET', url: '/institutions', remoteAddress: ip });
    expect(page.statusCode).not.toBe(429);
  });

  it('does not throttle another client, nor a signed-in caller from the same address', async () => {
    const other = await app.inject({ method: 'GET', url: '/api/v1/directory', remoteAddress: '203.0.113.9' });
    expect(other.statusCode).toBe(200);
    // loginPersonas' clients come from 127.0.0.1, spent here first by anonymous requests.
    await burst(app, 121, { method: 'GET', url: '/api/v1/directory' });
    expect((await app.inject({ method: 'GET', url: '/api/v1/directory' })).statusCode).toBe(429);
    expect((await signedIn.inject('GET', '/api/v1/directory')).statusCode).toBe(200);
    expect((await signedIn.inject('GET', '/api/v1/institutions')).statusCode).toBe(200);
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY: a script cannot pick a fresh client per request', async () => {
    const ip = '203.0.113.10';
    const codes: number[] = [];
    for (let i = 0; i < 121; i++) {
      const res = await app.inject({
        method: 'GET',
        url: '/api/v1/public-notices',
        remoteAddress: ip,
        headers: { 'x-forwarded-for': `198.51.100.${i}` },
      });
      codes.push(res.statusCode);
    }
    expect(codes.at(-1)).toBe(429);
  });
});

describe('behind a trusted proxy (TRUST_PROXY=true)', () => {
  it('counts per forwarded client, and a small configured budget applies', async () => {
    const app = await appWith({ TRUST_PROXY: 'true', SKILLREG_PUBLIC_RATE_LIMIT: '5' });
    const from = (client: string) => ({
      method: 'GET' as const,
      url: '/api/v1/directory',
      remoteAddress: '10.0.0.1',
      headers: { 'x-forwarded-for': client },
    });
    const a = await burst(app, 6, from('198.51.100.1'));
    expect(a).toEqual([200, 200, 200, 200, 200, 429]);
    expect((await app.inject(from('198.51.100.2'))).statusCode).toBe(200);
  });

  it('SKILLREG_PUBLIC_RATE_LIMIT=0 turns the anonymous budget off; the routes’ own budgets stay', async () => {
    const app = await appWith({ SKILLREG_PUBLIC_RATE_LIMIT: '0' });
    const codes = await burst(app, 150, {
      method: 'GET',
      url: '/api/v1/directory',
      remoteAddress: '203.0.113.20',
    });
    expect(codes.every((c) => c === 200)).toBe(true);
    const logins = await burst(app, 31, {
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: '203.0.113.20',
      payload: { username: 'nobody', password: 'wrong-password' },
    });
    expect(logins.at(-1)).toBe(429);
  });
});
