// The proof-of-work challenge of public forms that write (issue 9 point 5): objections to a notice
// today, complaints and certificate lookups later. A script cannot file for free: each submission
// carries the solution of a fresh challenge that costs a browser about half a second of work (ALTCHA,
// PBKDF2/SHA-256 — no third-party service, works offline). A route opts in with `config.challenge`
// and a body field `altcha: challengePayload`; the check runs after validation (a form with a typo
// does not burn the solution) and before the handler. Challenges are signed with a key derived from
// the data key, so that every server process on one database accepts the others' challenges; each
// solution is accepted once per process (docs/decisions/0018-headers-rate-limit-challenge.md).
import { hkdfSync } from 'node:crypto';
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CappedMap, createChallenge, randomInt, verifySolution, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { AppError } from '../domain/errors.js';
import type { Config } from '../config.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** For routes that ask for the challenge only sometimes (the certificate lookup past its free ones). */
    challenge: ChallengeService;
  }
  interface FastifyContextConfig {
    /** The body's `altcha` field must hold a solved, unused challenge (challenge.ts). */
    challenge?: boolean;
  }
}

export const CHALLENGE_ALGORITHM = 'PBKDF2/SHA-256';
/** A challenge must be solved and submitted within this time (the widget fetches a new one when late). */
export const CHALLENGE_TTL_SECONDS = 20 * 60;

/** The body field a public form sends its solved challenge in (the widget's base64 payload). */
export const CHALLENGE_DESCRIPTION =
  '人机验证：ALTCHA 工作量证明的解（先取 GET /api/v1/public/challenge 并求解）';
export const challengePayload = z.string().min(1).max(4000).describe(CHALLENGE_DESCRIPTION);

const payloadShape = z.object({
  challenge: z.object({
    parameters: z.looseObject({
      algorithm: z.string(),
      nonce: z.string().max(200),
      salt: z.string().max(200),
      cost: z.number(),
      keyLength: z.number(),
      keyPrefix: z.string().max(200),
    }),
    signature: z.string().max(200),
  }),
  solution: z.looseObject({ counter: z.number().int().min(0), derivedKey: z.string().max(200) }),
});

export interface ChallengeService {
  issue(): Promise<Challenge>;
  /** Throws 400 CHALLENGE_REQUIRED or 403 CHALLENGE_FAILED unless `payload` is a fresh solution. */
  verify(payload: unknown): Promise<void>;
}

const required = () =>
  new AppError(400, 'CHALLENGE_REQUIRED', '需要人机验证', '请先完成人机验证（页面上的“我不是机器人”）再提交');
const failed = (detail = '人机验证未通过或已过期，请重新验证后提交') =>
  new AppError(403, 'CHALLENGE_FAILED', '人机验证未通过', detail);

function secret(dataKey: string, purpose: string): string {
  return Buffer.from(
    hkdfSync('sha256', Buffer.from(dataKey, 'base64'), '', `skillreg/altcha/${purpose}`, 32),
  ).toString('hex');
}

export function createChallengeService(
  dataKey: string,
  settings: Config['challenge'],
  now: () => number = Date.now,
): ChallengeService {
  const hmacSignatureSecret = secret(dataKey, 'signature');
  const hmacKeySignatureSecret = secret(dataKey, 'key-signature');
  // Solutions already accepted, by challenge nonce; a challenge expires long before 100,000 others
  // could be solved here, so eviction never lets a live one back in.
  const used = new CappedMap<string, true>({ maxSize: 100_000 });
  return {
    issue: () =>
      createChallenge({
        algorithm: CHALLENGE_ALGORITHM,
        cost: settings.cost,
        counter: randomInt(settings.maxCounter, Math.floor(settings.maxCounter / 2)),
        deriveKey,
        expiresAt: Math.floor(now() / 1000) + CHALLENGE_TTL_SECONDS,
        hmacSignatureSecret,
        hmacKeySignatureSecret,
      }),
    async verify(payload) {
      if (typeof payload !== 'string' || payload === '') throw required();
      let parsed: z.infer<typeof payloadShape>;
      try {
        parsed = payloadShape.parse(JSON.parse(Buffer.from(payload, 'base64').toString('utf8')));
      } catch {
        throw failed('人机验证数据无法识别，请重新验证后提交');
      }
      let verified = false;
      try {
        const result = await verifySolution({
          challenge: parsed.challenge as Challenge,
          solution: parsed.solution,
          deriveKey,
          hmacSignatureSecret,
          hmacKeySignatureSecret,
        });
        if (result.expired) throw failed('人机验证已过期，请重新验证后提交');
        verified = result.verified;
      } catch (err) {
        if (err instanceof AppError) throw err;
        verified = false;
      }
      if (!verified) throw failed();
      if (!used.setIfAbsent(parsed.challenge.parameters.nonce, true))
        throw failed('该人机验证已使用过，请重新验证后提交');
    },
  };
}

const challengeRoutes: FastifyPluginAsyncZod<{ service: ChallengeService }> = async (app, opts) => {
  app.get(
    '/public/challenge',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['公共'],
        summary: '人机验证挑战（ALTCHA 工作量证明）：公开表单提交前由浏览器求解，解随表单的 altcha 字段提交',
      },
    },
    async () => opts.service.issue(),
  );
};

async function challengePlugin(
  app: FastifyInstance,
  opts: { dataKey: string; settings: Config['challenge'] },
): Promise<void> {
  const service = createChallengeService(opts.dataKey, opts.settings);
  app.decorate('challenge', service);
  app.addHook('preHandler', async (request) => {
    if (!request.routeOptions.config?.challenge) return;
    const body = request.body as { altcha?: unknown } | undefined;
    await service.verify(body?.altcha);
  });
  await app.register(challengeRoutes, { prefix: '/api/v1', service });
}

export default fp(challengePlugin, { name: 'skillreg-challenge' });
