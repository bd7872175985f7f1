// Rate limits (issue 9 point 5, security.md "Public endpoints"): every anonymous /api request counts
// against its client's budget (config.publicRateLimit, per IP — the forwarded one only when TRUST_PROXY
// says a proxy in front sets it — and per /64 for IPv6), signed-in callers are not counted, and routes
// with a budget of their own (login, objections, rule evaluation) keep it for everyone. Over budget: 429
// problem+json in Chinese with Retry-After. The counters live in the process (several processes each
// count their own share: docs/decisions/0018-headers-rate-limit-challenge.md).
import fp from 'fastify-plugin';
import rateLimit, { type RateLimitPluginOptions } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../domain/errors.js';
import type { Config } from '../config.js';

/** Whether the request is outside the anonymous budget: not the API, or a signed-in caller on a route
 *  without a budget of its own. */
function exempt(request: FastifyRequest): boolean {
  if (!request.url.startsWith('/api/')) return true;
  return request.caller !== null && request.routeOptions.config?.rateLimit == null;
}

export function tooManyRequests(retryAfterSeconds: number): AppError {
  return new AppError(
    429,
    'RATE_LIMITED',
    '请求过于频繁',
    `请求过于频繁，请在 ${retryAfterSeconds} 秒后再试`,
    undefined,
    { retryAfter: retryAfterSeconds },
  );
}

export function rateLimitOptions(config: Pick<Config, 'publicRateLimit'>): RateLimitPluginOptions {
  const { max, windowMs } = config.publicRateLimit;
  return {
    // max 0 turns the anonymous budget off; the routes' own budgets stay.
    global: max > 0,
    max: max > 0 ? max : 1,
    timeWindow: windowMs,
    // Runs after the session hook (onRequest of the app), so the caller is known.
    hook: 'onRequest',
    allowList: (request) => exempt(request),
    errorResponseBuilder: (_request, context) => tooManyRequests(Math.max(1, Math.ceil(context.ttl / 1000))),
  };
}

async function publicRateLimit(app: FastifyInstance, opts: { config: Pick<Config, 'publicRateLimit'> }) {
  await app.register(rateLimit, rateLimitOptions(opts.config));
}

export default fp(publicRateLimit, {
  name: 'skillreg-public-rate-limit',
  dependencies: ['skillreg-session'],
});
