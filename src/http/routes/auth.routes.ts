// Login (password, then the second factor when one is due), logout, who am I, the user's own password
// and second factor. The session cookie is HttpOnly, SameSite=Lax and Secure (security.md); a new
// session id is issued at every login and again when the second factor is passed (rotation).
import { z } from 'zod';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { logIn, PENDING_SESSION_MINUTES } from '../../use-cases/log-in.js';
import { verifySecondFactor } from '../../use-cases/accounts/verify-second-factor.js';
import { confirmTotpEnrolment, startTotpEnrolment } from '../../use-cases/accounts/enrol-totp.js';
import { changePassword } from '../../use-cases/accounts/change-password.js';
import {
  findActiveSession,
  revokeSession,
  revokeAllSessions,
} from '../../persistence/sessions.repository.js';
import { actorFromSession, requireCaller, SESSION_COOKIE, userView } from '../session-plugin.js';
import { SECURITY_POLICY } from '../../identity/security-policy.js';
import { loginNameHashInput } from '../../identity/login-name.js';
import { writeAudit } from '../../audit/write-audit.js';
import { AppError } from '../../domain/errors.js';

const codeField = z
  .string()
  .min(1, '请输入验证码')
  .max(32, '验证码过长')
  .describe('验证器应用显示的 6 位动态验证码，或一个恢复码（如 ABCDE-FGHJK）');

const pendingAnswer = z.object({
  pending: z
    .enum(['second_factor', 'enrolment'])
    .describe('second_factor：请输入动态验证码；enrolment：请先绑定验证器'),
  csrfToken: z.string(),
});

function setSessionCookie(app: FastifyInstance, reply: FastifyReply, token: string, maxAgeSeconds: number) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: app.config.cookieSecure,
    maxAge: maxAgeSeconds,
  });
}

/** The full session just issued, as /auth/login answers it. */
async function sessionAnswer(app: FastifyInstance, reply: FastifyReply, token: string, csrfToken: string) {
  setSessionCookie(app, reply, token, SECURITY_POLICY.absoluteTimeoutHours * 3600);
  const s = await findActiveSession(app.db, token);
  if (!s) throw new Error('session vanished right after login');
  const { actor, info } = actorFromSession(s);
  return { user: userView(actor, info), csrfToken };
}

const clientOf = (request: FastifyRequest) => ({
  ip: request.ip,
  userAgent: request.headers['user-agent'] ?? '',
  requestId: String(request.id),
});

/** The pending login, when it is at `step`; otherwise the caller is not where this route belongs. */
function requirePending(request: FastifyRequest, step: 'second_factor' | 'enrolment') {
  const p = request.pendingLogin;
  if (!p || p.step !== step) throw new AppError(401, 'AUTH_REQUIRED', '未登录', '请先输入用户名和密码');
  return p;
}

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/login',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: '登录（第一步：用户名和密码）',
        description:
          '需要第二因素时（已绑定验证器，或配置要求主管部门账号使用动态验证码）只返回 pending，会话在通过第二因素前没有任何权限。',
        body: z.strictObject({
          username: z.string().min(1).max(64).describe('用户名'),
          password: z.string().min(1).max(256).describe('密码'),
        }),
      },
    },
    async (request, reply) => {
      // Rotation: a session presented at login is ended before a new one is issued.
      if (request.session) await revokeSession(app.db, request.session.id, new Date());
      const result = await logIn(
        app.db,
        {
          nameHash: (name) => app.personalData.lookupHash(loginNameHashInput(name)),
          authoritySecondFactor: app.config.authoritySecondFactor,
        },
        { ...request.body, ...clientOf(request) },
      );
      if (result.pending) {
        setSessionCookie(app, reply, result.token, PENDING_SESSION_MINUTES * 60);
        return pendingAnswer.parse({ pending: result.pending, csrfToken: result.csrfToken });
      }
      return sessionAnswer(app, reply, result.token, result.csrfToken);
    },
  );

  app.post(
    '/second-factor',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: '登录（第二步：动态验证码或恢复码）',
        body: z.strictObject({ code: codeField }),
      },
    },
    async (request, reply) => {
      const pending = requirePending(request, 'second_factor');
      const result = await verifySecondFactor(app.db, app.personalData, {
        pendingSessionId: pending.sessionId,
        userId: pending.userId,
        code: request.body.code,
        ...clientOf(request),
      });
      return sessionAnswer(app, reply, result.token, result.csrfToken);
    },
  );

  app.get('/me', { schema: { tags: ['auth'], summary: '当前用户' } }, async (request) => ({
    user: userView(requireCaller(request), request.callerInfo),
    csrfToken: request.session?.csrfToken,
  }));

  // ---- the second factor (TOTP) of the signed-in user, or of a login that must enrol first ----

  /** The signed-in user, or the pending login that must enrol before it gets privileges. */
  const enrolmentCaller = (request: FastifyRequest) => {
    if (request.caller && request.session) {
      return { userId: request.caller.userId, sessionId: request.session.id, pendingEnrolment: false };
    }
    const p = requirePending(request, 'enrolment');
    return { userId: p.userId, sessionId: p.sessionId, pendingEnrolment: true };
  };

  app.get(
    '/totp',
    {
      schema: {
        tags: ['auth'],
        summary: '本人动态验证码状态',
        response: {
          200: z.object({
            enabled: z.boolean(),
            enabledAt: z.string().nullable(),
            recoveryCodesLeft: z.number().int(),
            required: z.boolean().describe('本部署要求该账号使用动态验证码'),
          }),
        },
      },
    },
    async (request) => {
      const caller = requireCaller(request);
      const u = await app.db
        .selectFrom('users')
        .select('totp_enabled_at')
        .where('id', '=', caller.userId)
        .executeTakeFirstOrThrow();
      const left = await app.db
        .selectFrom('recovery_codes')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('user_id', '=', caller.userId)
        .where('used_at', 'is', null)
        .executeTakeFirstOrThrow();
      return {
        enabled: u.totp_enabled_at !== null,
        enabledAt: u.totp_enabled_at ? new Date(u.totp_enabled_at).toISOString() : null,
        recoveryCodesLeft: Number(left.n),
        required: caller.role === 'authority_staff' && app.config.authoritySecondFactor,
      };
    },
  );

  app.post(
    '/totp/enrolment',
    {
      schema: {
        tags: ['auth'],
        summary: '绑定验证器：生成密钥与二维码内容',
        body: z.strictObject({}).nullish(),
        response: {
          200: z.object({
            otpauthUri: z.string().describe('二维码内容（otpauth://）'),
            secret: z.string().describe('无法扫码时手动输入的密钥（Base32）'),
          }),
        },
      },
    },
    async (request) =>
      startTotpEnrolment(app.db, app.personalData, {
        ...enrolmentCaller(request),
        requestId: String(request.id),
      }),
  );

  app.post(
    '/totp/enrolment/confirm',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: '绑定验证器：输入第一个动态验证码确认，返回一次性恢复码（仅显示一次）',
        body: z.strictObject({ code: codeField }),
      },
    },
    async (request, reply) => {
      const result = await confirmTotpEnrolment(
        app.db,
        app.personalData,
        { ...enrolmentCaller(request), ...clientOf(request) },
        request.body.code,
      );
      if (!result.session) return { recoveryCodes: result.recoveryCodes };
      const answer = await sessionAnswer(app, reply, result.session.token, result.session.csrfToken);
      return { recoveryCodes: result.recoveryCodes, ...answer };
    },
  );

  app.post(
    '/password',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: '修改本人密码（结束本人的其他会话）',
        body: z.strictObject({
          currentPassword: z.string().min(1).max(256).describe('当前密码'),
          newPassword: z
            .string()
            .min(1)
            .max(256)
            .describe(
              '新密码：至少 8 位，包含大写字母、小写字母、数字、特殊字符中的至少三类；不能是常见密码，不能包含用户名',
            ),
        }),
        response: { 200: z.object({ otherSessionsEnded: z.number().int() }) },
      },
    },
    async (request) => {
      const caller = requireCaller(request);
      return changePassword(
        app.db,
        { caller, requestId: String(request.id), sessionId: request.session!.id },
        request.body,
      );
    },
  );

  // Logout takes no body: a bare POST (no content type, or JSON with an empty body) must log out, so
  // these two routes read an empty body as none (the JSON parser of this scope only).
  await app.register(async (scope) => {
    const json = scope.getDefaultJsonParser('error', 'error');
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
      if (typeof body === 'string' && body.trim() === '') return done(null, undefined);
      json(req, body as string, done);
    });

    scope.post(
      '/logout',
      { schema: { tags: ['auth'], summary: '退出登录', body: z.strictObject({}).nullish() } },
      async (request, reply) => {
        const userId = request.caller?.userId ?? request.pendingLogin?.userId;
        if (!request.session || !userId) throw new AppError(401, 'AUTH_REQUIRED', '未登录', '请先登录');
        const sessionId = request.session.id;
        await app.db.transaction().execute(async (trx) => {
          await revokeSession(trx, sessionId, new Date());
          await writeAudit(
            trx,
            { caller: request.caller, requestId: String(request.id) },
            { entity: 'user', entityId: userId, action: 'logout' },
          );
        });
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.code(204).send();
      },
    );

    scope.post(
      '/logout-everywhere',
      { schema: { tags: ['auth'], summary: '退出所有设备', body: z.strictObject({}).nullish() } },
      async (request, reply) => {
        const caller = requireCaller(request);
        await app.db.transaction().execute(async (trx) => {
          await revokeAllSessions(trx, caller.userId, new Date());
          await writeAudit(
            trx,
            { caller, requestId: String(request.id) },
            { entity: 'user', entityId: caller.userId, action: 'logout_everywhere' },
          );
        });
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.code(204).send();
      },
    );
  });
};
