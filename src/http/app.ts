// Builds the Fastify application: strict zod validation (no AJV coercion or stripping), problem+json
// errors, request ids, security headers, sessions, rate limits, input hygiene, the proof-of-work
// challenge, OpenAPI, the API routes and the web app. No port: tests inject.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import type { Database } from '../persistence/database.js';
import { createPersonalDataProtector } from '../identity/personal-data.js';
import { pathOf, sendProblem, toProblem } from './problem.js';
import sessionPlugin from './session-plugin.js';
import securityHeaders from './security-headers.js';
import publicRateLimit from './public-rate-limit.js';
import inputHygiene, { frameworkErrors } from './input-hygiene.js';
import challengePlugin from './challenge.js';
import { logOptions } from './access-log.js';
import { authRoutes } from './routes/auth.routes.js';
import { healthRoutes } from './routes/health.routes.js';
import { registerWebApp } from './web-app.js';
import { apiRoutes } from './routes/index.js';
import { wellKnownRoutes } from './routes/verification.routes.js';
import {
  createVerificationService,
  type VerificationService,
} from '../use-cases/verification/verification-service.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Keys, status lists, throttles and the lookup log of certificate verification (issue 12). */
    verification: VerificationService;
  }
}

export interface BuildAppOptions {
  db: Database;
  config: Config;
  /** A read replica (DATABASE_READ_URL) for the public certificate lookups; default `db`. */
  readDb?: Database;
  /** Personal-data master key (base64, 32 bytes), from resolveDataKey(config). */
  dataKey: string;
  /** Previous data keys, readable while a rotation re-encrypts (SKILLREG_DATA_KEY_PREVIOUS). */
  previousDataKeys?: string[];
  logger?: FastifyServerOptions['logger'];
  /** Serve the built web app from dist/web (off in API tests). */
  serveWeb?: boolean;
}

export async function buildApp(opts: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    // Request ids are generated, never taken from the client; the log shows the path and a redacted
    // query (access-log.ts). Structured logs never carry document numbers: bodies are not logged.
    ...logOptions(opts.logger ?? false),
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
    trustProxy: opts.config.trustProxy,
    // The router's own errors (%ff in a path, an over-long path parameter) answer problem+json too.
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();

  // Deny by default: a /api/v1 route without a declared policy is a programming error (security.md).
  app.addHook('onRoute', (route) => {
    const url = route.url;
    if (url.startsWith('/api/v1/') && !url.startsWith('/api/v1/auth/') && !route.config?.policy) {
      throw new Error(`route ${route.method} ${url} declares no policy (config.policy)`);
    }
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', opts.db);
  app.decorate('config', opts.config);
  app.decorate('personalData', createPersonalDataProtector(opts.dataKey, opts.previousDataKeys));
  const verification = createVerificationService(
    opts.db,
    opts.config,
    opts.dataKey,
    (err) => app.log.error({ err }, 'lookup log not written'),
    opts.readDb ?? opts.db,
  );
  app.decorate('verification', verification);
  app.addHook('onClose', () => verification.log.stop());

  app.setErrorHandler((err, request, reply) => sendProblem(reply, toProblem(err, request)));

  // Headers first, so that every answer has them, even one refused by a later hook.
  await app.register(securityHeaders, { hsts: opts.config.hsts });
  await app.register(cookie);
  await app.register(sessionPlugin);
  await app.register(publicRateLimit, { config: opts.config });
  await app.register(inputHygiene);
  // Unknown addresses count against the anonymous budget too (scanning is the typical burst).
  const notFoundLimit = opts.config.publicRateLimit.max > 0 ? { preHandler: app.rateLimit() } : {};
  app.setNotFoundHandler(notFoundLimit, (request, reply) =>
    sendProblem(reply, {
      type: 'about:blank',
      status: 404,
      code: 'NOT_FOUND',
      title: '未找到',
      detail: '请求的地址不存在',
      instance: pathOf(request.url),
      requestId: String(request.id),
    }),
  );

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'SkillReg 技能人才评价机构监管平台 API',
        description: '错误以 application/problem+json 返回，含稳定的 code 与中文 title/detail。',
        version: '1.0.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'sid' },
          // The verifiers' batch API (decision 0035).
          apiKey: { type: 'http', scheme: 'bearer', description: '核验单位 API 密钥 srk_…' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  // No validator badge: it would load an image from validator.swagger.io, which the CSP refuses.
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { validatorUrl: null } });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  // After swagger (which lists only the routes registered after it), before the routes it guards.
  await app.register(challengePlugin, { dataKey: opts.dataKey, settings: opts.config.challenge });

  await app.register(healthRoutes, { prefix: '/api' });
  await app.register(authRoutes, { prefix: '/api/v1/auth' });
  await app.register(apiRoutes, { prefix: '/api/v1' });
  await app.register(wellKnownRoutes);
  if (opts.serveWeb) await registerWebApp(app);
  return app;
}
