// Builds the Fastify application: strict zod validation (no AJV coercion or stripping), problem+json
// errors, request ids, sessions, OpenAPI, the API routes and the web app. No port: tests inject.
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
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
import { sendProblem, toProblem } from './problem.js';
import sessionPlugin from './session-plugin.js';
import { authRoutes } from './routes/auth.routes.js';
import { healthRoutes } from './routes/health.routes.js';
import { registerWebApp } from './web-app.js';
import { apiRoutes } from './routes/index.js';

export interface BuildAppOptions {
  db: Database;
  config: Config;
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
    logger: opts.logger ?? false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{8,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
    trustProxy: opts.config.trustProxy,
    // Structured logs never carry document numbers: bodies are not logged and URLs carry none
    // (request logging stays on: method, url, status, time and request id only).
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

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
  });
  app.setErrorHandler((err, request, reply) => sendProblem(reply, toProblem(err, request)));
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, {
      type: 'about:blank',
      status: 404,
      code: 'NOT_FOUND',
      title: '未找到',
      detail: '请求的地址不存在',
      instance: request.url,
      requestId: String(request.id),
    }),
  );

  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(sessionPlugin);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'SkillReg 技能人才评价机构监管平台 API',
        description: '错误以 application/problem+json 返回，含稳定的 code 与中文 title/detail。',
        version: '1.0.0',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sid' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(healthRoutes, { prefix: '/api' });
  await app.register(authRoutes, { prefix: '/api/v1/auth' });
  await app.register(apiRoutes, { prefix: '/api/v1' });
  if (opts.serveWeb) await registerWebApp(app);
  return app;
}
