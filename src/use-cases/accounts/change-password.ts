// A user changes their own password (issue 9 point 9): the current password proves it is them (a
// wrong one counts as a failed login, so this is no way around the lockout), the new one must pass the
// password policy (8+ characters of 3 classes, not common, not the username) and differ from the
// current one. The user's other sessions end; the one in use stays. Audited.
import { AppError, invalid } from '../../domain/errors.js';
import type { Database } from '../../persistence/database.js';
import { checkPassword } from '../../identity/password-policy.js';
import { hashPassword, verifyPassword } from '../../identity/password.js';
import { countUserFailure, lockUser } from '../../persistence/accounts.repository.js';
import { revokeAllSessions } from '../../persistence/sessions.repository.js';
import { writeAudit, type AuditContext } from '../../audit/write-audit.js';
import { accountLocked, LOCKOUT } from '../log-in.js';

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

/** The password policy's refusal as a 422 problem with the policy's own code. */
export function assertPasswordPolicy(password: string, username: string): void {
  const problem = checkPassword(password, username);
  if (problem) {
    throw invalid(problem.code, problem.message_zh, [
      { path: 'body.newPassword', message: problem.message_zh },
    ]);
  }
}

export async function changePassword(
  db: Database,
  ctx: AuditContext & { sessionId: string },
  input: ChangePasswordInput,
  now = new Date(),
): Promise<{ otherSessionsEnded: number }> {
  const caller = ctx.caller;
  if (!caller) throw new AppError(401, 'AUTH_REQUIRED', '未登录', '请先登录');
  const user = await db
    .selectFrom('users')
    .select(['id', 'username', 'password_hash', 'locked_until'])
    .where('id', '=', caller.userId)
    .executeTakeFirstOrThrow();
  if (user.locked_until && user.locked_until > now) throw accountLocked();
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    const locked = await db.transaction().execute(async (trx) => {
      const c = await countUserFailure(trx, user.id, now, LOCKOUT);
      const isLocked = c.lockedUntil !== null && c.lockedUntil > now;
      await writeAudit(trx, ctx, {
        entity: 'user',
        entityId: user.id,
        action: isLocked ? 'account_locked' : 'password_change_refused',
        after: { failures: c.failures },
      });
      return isLocked;
    });
    if (locked) throw accountLocked();
    throw invalid('CURRENT_PASSWORD_WRONG', '当前密码不正确', [
      { path: 'body.currentPassword', message: '当前密码不正确' },
    ]);
  }
  assertPasswordPolicy(input.newPassword, user.username);
  if (input.newPassword === input.currentPassword) {
    throw invalid('PASSWORD_UNCHANGED', '新密码不能与当前密码相同', [
      { path: 'body.newPassword', message: '新密码不能与当前密码相同' },
    ]);
  }
  const hash = await hashPassword(input.newPassword);
  return db.transaction().execute(async (trx) => {
    await lockUser(trx, user.id);
    await trx
      .updateTable('users')
      .set({
        password_hash: hash,
        password_changed_at: now,
        must_change_password: false,
        failed_login_count: 0,
        updated_at: now,
        version: (eb) => eb('version', '+', 1),
      })
      .where('id', '=', user.id)
      .execute();
    const ended = await revokeAllSessions(trx, user.id, now, ctx.sessionId);
    await writeAudit(trx, ctx, {
      entity: 'user',
      entityId: user.id,
      action: 'password_changed',
      after: { otherSessionsEnded: ended },
    });
    return { otherSessionsEnded: ended };
  });
}
