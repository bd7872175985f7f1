// Login, logout, who am I. The session cookie is HttpOnly, SameSite=Lax and Secure (security.md);
// a new session id is issued at every login (rotation).
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { logIn } from '../../use-cases/log-in.js';
import {
  findActiveSession,
  revokeSession,
  revokeAllSessions,
} from '../../persistence/sessions.repository.js';
import { actorFromSession, requireCaller, SESSION_COOKIE, userView } from '../session-plugin.js';
import { SECURITY_POLICY } from '../../identity/security-policy.js';
import { writeAudit } from '../../audit/write-audit.js';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/login',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: '登录',
        body: z.strictObject({ username: z.string().min(1).max(64), password: z.string().min(1).max(256) }),
      },
    },
    async (request, reply) => {
      // Rotation: a session presented at login is ended before a new one is issued.
      if (request.session) await revokeSession(app.db, request.session.id, new Date());
      const result = await logIn(app.db, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? '',
        requestId: String(request.id),
      });
      reply.setCookie(SESSION_COOKIE, result.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: app.config.cookieSecure,
        maxAge: SECURITY_POLICY.absoluteTimeoutHours * 3600,
      });
      const s = await findActiveSession(app.db, result.token);
      if (!s) throw new Error('session vanished right after login');
      const { actor, info } = actorFromSession(s);
      return { user: userView(actor, info), csrfToken: result.csrfToken };
    },
  );

  app.get('/me', { schema: { tags: ['auth'], summary: '当前用户' } }, async (request) => ({
    user: userView(requireCaller(request), request.callerInfo),
    csrfToken: request.session?.csrfToken,
  }));

  app.post(
    '/logout',
    { schema: { tags: ['auth'], summary: '退出登录', body: z.strictObject({}).optional() } },
    async (request, reply) => {
      const caller = requireCaller(request);
      await app.db.transaction().execute(async (trx) => {
        if (request.session) await revokeSession(trx, request.session.id, new Date());
        await writeAudit(
          trx,
          { caller, requestId: String(request.id) },
          {
            entity: 'user',
            entityId: caller.userId,
            action: 'logout',
          },
        );
      });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  );

  app.post(
    '/logout-everywhere',
    { schema: { tags: ['auth'], summary: '退出所有设备', body: z.strictObject({}).optional() } },
    async (request, reply) => {
      const caller = requireCaller(request);
      await app.db.transaction().execute(async (trx) => {
        await revokeAllSessions(trx, caller.userId, new Date());
        await writeAudit(
          trx,
          { caller, requestId: String(request.id) },
          {
            entity: 'user',
            entityId: caller.userId,
            action: 'logout_everywhere',
          },
        );
      });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  );
};
