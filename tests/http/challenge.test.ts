// Issue 9 point 5: public forms that write need a proof of work that a script cannot get for free
// (src/http/challenge.ts, ALTCHA). A solution is bound to a signed challenge of this deployment, is
// accepted once, expires, and is checked after validation (a typo in the form does not burn it).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { Challenge } from 'altcha-lib';
import { buildApp } from '../../src/http/app.js';
import { loadConfig } from '../../src/config.js';
import {
  challengePayload,
  createChallengeService,
  CHALLENGE_ALGORITHM,
  CHALLENGE_TTL_SECONDS,
} from '../../src/http/challenge.js';
import { AppError } from '../../src/domain/errors.js';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import { openTestDatabase } from '../support/test-database.js';
import { TEST_DATA_KEY } from '../support/test-app.js';
import { solvedChallenge } from '../support/challenge.js';

let handle: DatabaseHandle;
let app: FastifyInstance;
let other: FastifyInstance;
const received: string[] = [];

async function appWith(dataKey: string, withForm: boolean): Promise<FastifyInstance> {
  const a = await buildApp({
    db: handle.db,
    config: { ...loadConfig({}), cookieSecure: false, publicRateLimit: { max: 100_000, windowMs: 60_000 } },
    dataKey,
  });
  if (withForm)
    // A public form as a later issue adds one (complaints, certificate lookups): it opts in by config.
    a.post(
      '/api/v1/test-form',
      {
        config: { policy: 'public', challenge: true },
        schema: { body: z.strictObject({ text: z.string().min(2), altcha: challengePayload }) },
      },
      async (request, reply) => {
        received.push((request.body as { text: string }).text);
        return reply.code(201).send({ ok: true });
      },
    );
  await a.ready();
  return a;
}

beforeAll(async () => {
  handle = await openTestDatabase();
  app = await appWith(TEST_DATA_KEY, true);
  // A second server process of the same deployment (same data key) and of another (different key).
  other = await appWith(Buffer.alloc(32, 9).toString('base64'), true);
}, 120_000);
afterAll(async () => {
  await app?.close();
  await other?.close();
  await handle?.close();
});

const get = (a: FastifyInstance) => (url: string) => a.inject({ method: 'GET', url });
const submit = (a: FastifyInstance, body: Record<string, unknown>) =>
  a.inject({ method: 'POST', url: '/api/v1/test-form', payload: body });
const decode = (payload: string) =>
  JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as {
    challenge: Challenge;
    solution: { counter: number; derivedKey: string };
  };
const encode = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64');

describe('GET /api/v1/public/challenge', () => {
  it('issues a signed PBKDF2 challenge that expires in 20 minutes, never cached', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/public/challenge' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const c = res.json<Challenge>();
    expect(c.parameters).toMatchObject({ algorithm: CHALLENGE_ALGORITHM, cost: 5000 });
    expect(c.parameters.expiresAt! - Date.now() / 1000).toBeGreaterThan(CHALLENGE_TTL_SECONDS - 60);
    expect(c.parameters.expiresAt! - Date.now() / 1000).toBeLessThanOrEqual(CHALLENGE_TTL_SECONDS);
    expect(c.signature).toMatch(/^[0-9a-f]{64}$/);
    const again = (await app.inject({ method: 'GET', url: '/api/v1/public/challenge' })).json<Challenge>();
    expect(again.parameters.nonce).not.toBe(c.parameters.nonce);
  });

  it('is listed in the OpenAPI document', async () => {
    const spec = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{ paths: object }>();
    expect(Object.keys(spec.paths)).toContain('/api/v1/public/challenge');
  });
});

describe('a public form that asks for the proof of work', () => {
  it('accepts a solved challenge once; the replay is refused 403 and nothing is written', async () => {
    const altcha = await solvedChallenge(get(app));
    const first = await submit(app, { text: '第一次', altcha });
    expect(first.statusCode).toBe(201);
    const replay = await submit(app, { text: '重放', altcha });
    expect(replay.statusCode).toBe(403);
    expect(replay.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(replay.json()).toMatchObject({ code: 'CHALLENGE_FAILED', title: '人机验证未通过' });
    expect(replay.json<{ detail: string }>().detail).toContain('已使用');
    expect(received).toEqual(['第一次']);
  });

  it('refuses a missing field (400), garbage, a guessed key, a challenge whose cost was lowered and an unsigned one (403)', async () => {
    const missing = await submit(app, { text: '无验证' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toContain('body.altcha');
    const garbage = await submit(app, { text: '乱码', altcha: 'not-base64-json' });
    expect(garbage.statusCode).toBe(403);
    expect(garbage.json()).toMatchObject({ code: 'CHALLENGE_FAILED' });

    const solved = decode(await solvedChallenge(get(app)));
    // A guessed key: the proof is the derived key whose signature the server holds.
    const key = solved.solution.derivedKey;
    const guessed = encode({
      ...solved,
      solution: { ...solved.solution, derivedKey: `${key.slice(0, -1)}${key.endsWith('0') ? '1' : '0'}` },
    });
    expect((await submit(app, { text: '猜测', altcha: guessed })).statusCode).toBe(403);
    const cheaper = encode({
      ...solved,
      challenge: { ...solved.challenge, parameters: { ...solved.challenge.parameters, cost: 1 } },
    });
    expect((await submit(app, { text: '降低难度', altcha: cheaper })).statusCode).toBe(403);
    // Unsigned: the challenge a script would make up for itself.
    const unsigned = encode({ ...solved, challenge: { parameters: solved.challenge.parameters } });
    expect((await submit(app, { text: '自签', altcha: unsigned })).statusCode).toBe(403);
    expect(received).not.toContain('猜测');
  });

  it('checks the proof after validation: a form refused for a typo keeps its solution', async () => {
    const altcha = await solvedChallenge(get(app));
    const typo = await submit(app, { text: 'x', altcha });
    expect(typo.statusCode).toBe(400);
    expect(typo.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await submit(app, { text: '改正后', altcha })).statusCode).toBe(201);
  });

  it("is accepted by every process of the deployment (same data key), not by another deployment's", async () => {
    // Both apps here share the database but not the key: the one with the other key refuses.
    const foreign = await solvedChallenge(get(other));
    expect((await submit(app, { text: '别处签发', altcha: foreign })).statusCode).toBe(403);
    const sibling = await appWith(TEST_DATA_KEY, true);
    try {
      const fromSibling = await solvedChallenge(get(sibling));
      expect((await submit(app, { text: '同一部署', altcha: fromSibling })).statusCode).toBe(201);
    } finally {
      await sibling.close();
    }
  });
});

describe('the objection form of a public notice', () => {
  it('requires the proof: without it 400 (body.altcha), with a bad one 403, with a good one the notice is looked up (404 here)', async () => {
    const url = `/api/v1/public-notices/${randomUUID()}/objections`;
    const objection = {
      name: '王小明',
      contact: '13800001234',
      text: '该机构的考场视频监控未全覆盖，请核查。',
    };
    const none = await app.inject({ method: 'POST', url, payload: objection });
    expect(none.statusCode).toBe(400);
    expect(none.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual(['body.altcha']);
    const bad = await app.inject({ method: 'POST', url, payload: { ...objection, altcha: encode({}) } });
    expect(bad.statusCode).toBe(403);
    const good = await app.inject({
      method: 'POST',
      url,
      payload: { ...objection, altcha: await solvedChallenge(get(app)) },
    });
    expect(good.statusCode).toBe(404);
  });
});

describe('the service', () => {
  const settings = { cost: 10, maxCounter: 4 };

  it('refuses an expired solution, and says so; a fresh one passes', async () => {
    const { solveChallenge } = await import('altcha-lib');
    const { deriveKey } = await import('altcha-lib/algorithms/pbkdf2');
    const solve = async (c: Challenge) =>
      encode({ challenge: c, solution: await solveChallenge({ challenge: c, deriveKey }) });
    const service = createChallengeService(TEST_DATA_KEY, settings);
    // The same deployment, its clock set back: what it issues expired a minute ago.
    const earlier = createChallengeService(
      TEST_DATA_KEY,
      settings,
      () => Date.now() - (CHALLENGE_TTL_SECONDS + 60) * 1000,
    );
    await expect(service.verify(await solve(await earlier.issue()))).rejects.toMatchObject({
      code: 'CHALLENGE_FAILED',
      detail: expect.stringContaining('过期'),
    });
    await expect(service.verify(await solve(await service.issue()))).resolves.toBeUndefined();
  });

  it('answers 400 CHALLENGE_REQUIRED when a form sends no proof at all', async () => {
    const service = createChallengeService(TEST_DATA_KEY, settings);
    const err = await service.verify(undefined).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ status: 400, code: 'CHALLENGE_REQUIRED' });
  });
});
