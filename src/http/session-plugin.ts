// Resolves the session cookie into `request.caller` on every request, enforces the idle and
// absolute timeouts, and checks the CSRF token on every state-changing request (security.md).
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../domain/errors.js';
import { SECURITY_POLICY } from '../identity/security-policy.js';
import {
  findActiveSession,
  revokeSession,
  touchSession,
  type SessionWithUser,
} from '../persistence/sessions.repository.js';
import type { Actor } from '../policies/actor.js';
import type { CallerInfo } from './fastify-types.js';

export const SESSION_COOKIE = 'sid';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Routes that may be posted without a session (and so without a CSRF token). */
const CSRF_EXEMPT = new Set(['/api/v1/auth/login']);
/**
 * The policy of routes authenticated by an API key in `Authorization: Bearer` (the verifiers' batch
 * API, decision 0035): no cookie is read there, so there is no session, no caller and no CSRF token to
 * ask — a browser's cookie can never act through such a route, and the key alone says who asks.
 */
export const API_KEY_POLICY = 'verifier.apiKey';
/** What a user who must change their password may still reach (besides public routes). */
const AUTH_PREFIX = '/api/v1/auth/';

async function sessionPlugin(app: FastifyInstance): Promise<void> {
  app.decorateRequest('caller', null);
  app.decorateRequest('session', null);
  app.decorateRequest('callerInfo', null);
  app.decorateRequest('pendingLogin', null);

  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    if (request.routeOptions.config?.policy === API_KEY_POLICY) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const s = await findActiveSession(app.db, token);
      const now = new Date();
      if (s) {
        const idleMs = SECURITY_POLICY.idleTimeoutMinutes * 60_000;
        const expired =
          s.disabled || s.absoluteExpiresAt <= now || now.getTime() - s.lastSeenAt.getTime() > idleMs;
        if (expired) {
          await revokeSession(app.db, s.sessionId, now);
          reply.clearCookie(SESSION_COOKIE, { path: '/' });
        } else {
          if (now.getTime() - s.lastSeenAt.getTime() > SECURITY_POLICY.touchIntervalSeconds * 1000) {
            await touchSession(app.db, s.sessionId, now);
          }
          request.session = { id: s.sessionId, csrfToken: s.csrfToken };
          if (s.pending) {
            // The second factor is awaited: the session is no caller, it may only finish the login.
            request.pendingLogin = { sessionId: s.sessionId, userId: s.userId, step: s.pending };
          } else {
            const { actor, info } = actorFromSession(s);
            request.caller = actor;
            request.callerInfo = info;
          }
        }
      }
    }
    if (
      !SAFE_METHODS.has(request.method) &&
      request.session &&
      !CSRF_EXEMPT.has(request.url.split('?')[0]!)
    ) {
      const sent = request.headers['x-csrf-token'];
      if (sent !== request.session.csrfToken) {
        throw new AppError(403, 'CSRF_FAILED', '请求校验失败', '缺少或错误的 CSRF 令牌，请刷新页面后重试');
      }
    }
    // A new or reset account works only after the temporary password is changed (issue 9 point 9).
    if (
      request.callerInfo?.mustChangePassword &&
      request.url.startsWith('/api/v1/') &&
      !request.url.startsWith(AUTH_PREFIX) &&
      request.routeOptions.config.policy !== 'public'
    ) {
      throw new AppError(
        403,
        'PASSWORD_CHANGE_REQUIRED',
        '请先修改密码',
        '这是临时密码，请先修改密码再继续使用',
      );
    }
  });
}

export default fp(sessionPlugin, { name: 'skillreg-session', dependencies: ['@fastify/cookie'] });

/** The caller, or 401 when the request is anonymous. */
export function requireCaller(request: FastifyRequest): Actor {
  if (!request.caller) throw new AppError(401, 'AUTH_REQUIRED', '未登录', '请先登录');
  return request.caller;
}

export function actorFromSession(s: SessionWithUser): { actor: Actor; info: CallerInfo } {
  const actor: Actor = {
    userId: s.userId,
    username: s.username,
    role: s.role,
    ...(s.authorityId ? { authorityId: s.authorityId } : {}),
    ...(s.authorityKind ? { authorityKind: s.authorityKind } : {}),
    ...(s.jurisdictionCode ? { jurisdictionCode: s.jurisdictionCode } : {}),
    ...(s.institutionId ? { institutionId: s.institutionId } : {}),
    ...(s.expertId ? { expertId: s.expertId } : {}),
    ...(s.verifierId ? { verifierId: s.verifierId } : {}),
  };
  const info: CallerInfo = {
    displayName: s.displayName,
    mustChangePassword: s.mustChangePassword,
    secondFactor: s.totpEnabled,
    ...(s.authorityId && s.authorityName && s.authorityKind && s.jurisdictionCode
      ? {
          authority: {
            id: s.authorityId,
            name: s.authorityName,
            kind: s.authorityKind,
            jurisdictionCode: s.jurisdictionCode,
          },
        }
      : {}),
    ...(s.institutionId && s.institutionName && s.institutionKind
      ? { institution: { id: s.institutionId, name: s.institutionName, kind: s.institutionKind } }
      : {}),
    ...(s.verifierId && s.verifierName ? { verifier: { id: s.verifierId, name: s.verifierName } } : {}),
  };
  return { actor, info };
}

/** The user as the API shows it (docs/api.md). */
export function userView(actor: Actor, info: CallerInfo | null) {
  return {
    id: actor.userId,
    username: actor.username,
    displayName: info?.displayName ?? actor.username,
    role: actor.role,
    ...(info?.authority ? { authority: info.authority } : {}),
    ...(info?.institution ? { institution: info.institution } : {}),
    ...(info?.verifier ? { verifier: info.verifier } : {}),
    ...(actor.expertId ? { expertId: actor.expertId } : {}),
    mustChangePassword: info?.mustChangePassword ?? false,
    secondFactor: info?.secondFactor ?? false,
  };
}
