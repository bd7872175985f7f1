// Password login with lockout (等保2.0 level 3 登录失败处理): 5 failures lock the account for 30
// minutes. "No such user" and "wrong password" get the same answer in about the same time, and
// every authentication event is audited (security.md).
import type { Kysely } from 'kysely';
import type { DB } from '../persistence/schema.js';
import { AppError } from '../domain/errors.js';
import { verifyAgainstDummy, verifyPassword } from '../identity/password.js';
import { SECURITY_POLICY } from '../identity/security-policy.js';
import { createSession } from '../persistence/sessions.repository.js';
import { writeAudit } from '../audit/write-audit.js';

export interface LogInInput {
  username: string;
  password: string;
  ip?: string;
  userAgent?: string;
  requestId?: string;
  now?: Date;
}

const invalidCredentials = () => new AppError(401, 'AUTH_INVALID', '登录失败', '用户名或密码错误');

export async function logIn(
  db: Kysely<DB>,
  input: LogInInput,
): Promise<{ token: string; csrfToken: string; userId: string }> {
  const now = input.now ?? new Date();
  const user = await db
    .selectFrom('users')
    .select([
      'id',
      'username',
      'role',
      'password_hash',
      'disabled',
      'failed_login_count',
      'locked_until',
      'authority_id',
      'institution_id',
    ])
    .where('username', '=', input.username)
    .executeTakeFirst();
  const ctx = { caller: null, requestId: input.requestId };

  if (!user) {
    await verifyAgainstDummy(input.password);
    await db.transaction().execute((trx) =>
      writeAudit(trx, ctx, {
        entity: 'auth',
        entityId: input.username.slice(0, 64),
        action: 'login_failed_unknown_user',
      }),
    );
    throw invalidCredentials();
  }

  const actorCtx = {
    caller: {
      userId: user.id,
      username: user.username,
      role: user.role,
      ...(user.authority_id ? { authorityId: user.authority_id } : {}),
      ...(user.institution_id ? { institutionId: user.institution_id } : {}),
    },
    requestId: input.requestId,
  };

  if (user.locked_until && user.locked_until > now) {
    await verifyAgainstDummy(input.password);
    await db
      .transaction()
      .execute((trx) =>
        writeAudit(trx, actorCtx, { entity: 'user', entityId: user.id, action: 'login_refused_locked' }),
      );
    throw new AppError(
      423,
      'AUTH_LOCKED',
      '账号已锁定',
      `连续登录失败次数过多，账号已锁定，请${SECURITY_POLICY.lockMinutes}分钟后再试`,
      undefined,
      {
        lockedUntil: user.locked_until.toISOString(),
      },
    );
  }

  const ok = await verifyPassword(user.password_hash, input.password);
  if (!ok || user.disabled) {
    // A lock that has expired starts the count afresh.
    const previous = user.locked_until && user.locked_until <= now ? 0 : user.failed_login_count;
    const failures = previous + 1;
    const lock = failures >= SECURITY_POLICY.maxFailedLogins;
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('users')
        .set({
          failed_login_count: lock ? 0 : failures,
          locked_until: lock ? new Date(now.getTime() + SECURITY_POLICY.lockMinutes * 60_000) : null,
        })
        .where('id', '=', user.id)
        .execute();
      await writeAudit(trx, actorCtx, {
        entity: 'user',
        entityId: user.id,
        action: lock ? 'account_locked' : user.disabled ? 'login_refused_disabled' : 'login_failed',
        after: { failures },
      });
    });
    if (lock)
      throw new AppError(
        423,
        'AUTH_LOCKED',
        '账号已锁定',
        `连续${SECURITY_POLICY.maxFailedLogins}次登录失败，账号已锁定${SECURITY_POLICY.lockMinutes}分钟`,
      );
    throw invalidCredentials();
  }

  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ failed_login_count: 0, locked_until: null })
      .where('id', '=', user.id)
      .execute();
    const session = await createSession(trx, {
      userId: user.id,
      absoluteExpiresAt: new Date(now.getTime() + SECURITY_POLICY.absoluteTimeoutHours * 3_600_000),
      ...(input.ip ? { ip: input.ip } : {}),
      ...(input.userAgent ? { userAgent: input.userAgent } : {}),
    });
    await writeAudit(trx, actorCtx, { entity: 'user', entityId: user.id, action: 'login' });
    return { ...session, userId: user.id };
  });
}
