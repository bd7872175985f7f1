// Password login with lockout (等保2.0 level 3 登录失败处理): 5 failures lock the account for 30
// minutes. Failures are counted atomically in the row (accounts.repository.ts), so that parallel
// guesses count one each (issue 9 point 1). A name that is no account is counted the same way under a
// keyed hash of the name, so that "no such user" and "wrong password" get the same answers — 401, then
// 423 after the 5th — in about the same time (a dummy argon2 verification). Every authentication event
// is audited (security.md). When a second factor is due (the user enrolled one, or authority staff
// where the deployment requires it), the password step gives only a pending session that carries no
// privileges (docs/decisions/0017-second-factor.md).
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../persistence/schema.js';
import { AppError } from '../domain/errors.js';
import { verifyAgainstDummy, verifyPassword } from '../identity/password.js';
import { SECURITY_POLICY } from '../identity/security-policy.js';
import { createSession, revokeSession } from '../persistence/sessions.repository.js';
import {
  clearUserFailures,
  countUnknownNameFailure,
  countUserFailure,
  unknownNameLock,
  type LockoutPolicy,
} from '../persistence/accounts.repository.js';
import { writeAudit, type AuditContext } from '../audit/write-audit.js';
import type { Actor } from '../policies/actor.js';

export interface LogInInput {
  username: string;
  password: string;
  ip?: string;
  userAgent?: string;
  requestId?: string;
  now?: Date;
}

export interface LogInDeps {
  /** Keyed hash (HMAC) of a login name, for counting the failures of names that are no account. */
  nameHash: (username: string) => string;
  /** Authority staff must pass a second factor (config.authoritySecondFactor). */
  authoritySecondFactor: boolean;
}

export type PendingStep = 'second_factor' | 'enrolment';

export interface LogInResult {
  token: string;
  csrfToken: string;
  userId: string;
  /** Set when the session waits for the second factor (or for its enrolment). */
  pending: PendingStep | null;
}

/** A pending session lives long enough to open the authenticator app, or to enrol one. */
export const PENDING_SESSION_MINUTES = 10;

export const LOCKOUT: LockoutPolicy = {
  maxFailures: SECURITY_POLICY.maxFailedLogins,
  lockMs: SECURITY_POLICY.lockMinutes * 60_000,
};

export const invalidCredentials = (): AppError =>
  new AppError(401, 'AUTH_INVALID', '登录失败', '用户名或密码错误');

/** One answer for every lock, of an account or of a name that is no account. */
export const accountLocked = (): AppError =>
  new AppError(
    423,
    'AUTH_LOCKED',
    '账号已锁定',
    `连续${SECURITY_POLICY.maxFailedLogins}次登录失败，账号已锁定，请${SECURITY_POLICY.lockMinutes}分钟后再试`,
  );

export function actorOf(user: {
  id: string;
  username: string;
  role: Actor['role'];
  authority_id: string | null;
  institution_id: string | null;
}): Actor {
  return {
    userId: user.id,
    username: user.username,
    role: user.role,
    ...(user.authority_id ? { authorityId: user.authority_id } : {}),
    ...(user.institution_id ? { institutionId: user.institution_id } : {}),
  };
}

export async function logIn(db: Kysely<DB>, deps: LogInDeps, input: LogInInput): Promise<LogInResult> {
  const now = input.now ?? new Date();
  const user = await db
    .selectFrom('users')
    .select([
      'id',
      'username',
      'role',
      'password_hash',
      'disabled',
      'locked_until',
      'authority_id',
      'institution_id',
      'totp_enabled_at',
    ])
    .where('username', '=', input.username)
    .executeTakeFirst();

  if (!user) return refuseUnknownName(db, deps, input, now);

  const ctx: AuditContext = { caller: actorOf(user), requestId: input.requestId };
  if (user.locked_until && user.locked_until > now) {
    await verifyAgainstDummy(input.password);
    await db
      .transaction()
      .execute((trx) =>
        writeAudit(trx, ctx, { entity: 'user', entityId: user.id, action: 'login_refused_locked' }),
      );
    throw accountLocked();
  }

  const ok = await verifyPassword(user.password_hash, input.password);
  if (!ok || user.disabled) {
    const count = await db.transaction().execute(async (trx) => {
      const c = await countUserFailure(trx, user.id, now, LOCKOUT);
      const locked = c.lockedUntil !== null && c.lockedUntil > now;
      await writeAudit(trx, ctx, {
        entity: 'user',
        entityId: user.id,
        action: locked ? 'account_locked' : user.disabled ? 'login_refused_disabled' : 'login_failed',
        after: { failures: c.failures },
      });
      return c;
    });
    if (count.lockedUntil && count.lockedUntil > now) throw accountLocked();
    throw invalidCredentials();
  }

  const pending: PendingStep | null = user.totp_enabled_at
    ? 'second_factor'
    : user.role === 'authority_staff' && deps.authoritySecondFactor
      ? 'enrolment'
      : null;

  const result = await db.transaction().execute(async (trx) => {
    // The count stays until the second factor is passed: its failures add to the same count.
    const unlocked = await clearUserFailures(trx, user.id, now, { keepCount: pending !== null });
    if (!unlocked) return null; // a parallel wrong guess locked the account meanwhile
    const session = await createSession(trx, {
      userId: user.id,
      absoluteExpiresAt: new Date(
        now.getTime() +
          (pending ? PENDING_SESSION_MINUTES * 60_000 : SECURITY_POLICY.absoluteTimeoutHours * 3_600_000),
      ),
      ...(input.ip ? { ip: input.ip } : {}),
      ...(input.userAgent ? { userAgent: input.userAgent } : {}),
      ...(pending ? { pending } : {}),
    });
    await writeAudit(trx, ctx, {
      entity: 'user',
      entityId: user.id,
      action:
        pending === null
          ? 'login'
          : pending === 'second_factor'
            ? 'login_password_ok'
            : 'login_enrolment_due',
    });
    return { ...session, userId: user.id, pending };
  });
  if (!result) throw accountLocked();
  return result;
}

async function refuseUnknownName(
  db: Kysely<DB>,
  deps: LogInDeps,
  input: LogInInput,
  now: Date,
): Promise<never> {
  const nameHash = deps.nameHash(input.username);
  // The audit row names the hash, never the name typed (it may be a password typed in the wrong box).
  const ctx: AuditContext = { caller: null, requestId: input.requestId };
  const lock = await unknownNameLock(db, nameHash);
  await verifyAgainstDummy(input.password);
  if (lock && lock > now) {
    await db
      .transaction()
      .execute((trx) =>
        writeAudit(trx, ctx, { entity: 'auth', entityId: nameHash, action: 'login_refused_locked' }),
      );
    throw accountLocked();
  }
  const count = await db.transaction().execute(async (trx) => {
    const c = await countUnknownNameFailure(trx, nameHash, now, LOCKOUT);
    const locked = c.lockedUntil !== null && c.lockedUntil > now;
    await writeAudit(trx, ctx, {
      entity: 'auth',
      entityId: nameHash,
      action: locked ? 'unknown_user_locked' : 'login_failed_unknown_user',
      after: { failures: c.failures },
    });
    return c;
  });
  if (count.lockedUntil && count.lockedUntil > now) throw accountLocked();
  throw invalidCredentials();
}

/**
 * The last step of a login that waited for its second factor: the pending session ends and a new one
 * with the user's privileges is issued (rotation at the change of privilege), audited as the login.
 */
export async function completePendingLogin(
  trx: Transaction<DB>,
  ctx: AuditContext,
  input: {
    userId: string;
    pendingSessionId: string;
    secondFactor: string;
    ip?: string | undefined;
    userAgent?: string | undefined;
  },
  now: Date,
): Promise<{ token: string; csrfToken: string }> {
  await revokeSession(trx, input.pendingSessionId, now);
  const session = await createSession(trx, {
    userId: input.userId,
    absoluteExpiresAt: new Date(now.getTime() + SECURITY_POLICY.absoluteTimeoutHours * 3_600_000),
    ...(input.ip ? { ip: input.ip } : {}),
    ...(input.userAgent ? { userAgent: input.userAgent } : {}),
  });
  await writeAudit(trx, ctx, {
    entity: 'user',
    entityId: input.userId,
    action: 'login',
    after: { secondFactor: input.secondFactor },
  });
  return session;
}
