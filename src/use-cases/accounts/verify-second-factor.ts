// The second step of a login (docs/decisions/0017-second-factor.md): a TOTP code from the
// authenticator app, or one of the recovery codes. Wrong codes add to the same atomic failure count
// as wrong passwords (5 → locked 30 minutes, the pending session ends); a TOTP code is accepted once
// (its time step is stored), a recovery code once (marked used). Success ends the pending session and
// issues a new one with the user's privileges (rotation at the change of privilege).
import { AppError } from '../../domain/errors.js';
import type { Database } from '../../persistence/database.js';
import type { PersonalDataProtector } from '../../identity/personal-data.js';
import { verifyPassword } from '../../identity/password.js';
import { checkTotp } from '../../identity/totp.js';
import { normaliseRecoveryCode } from '../../identity/recovery-codes.js';
import {
  countUserFailure,
  unusedRecoveryCodes,
  useRecoveryCode,
} from '../../persistence/accounts.repository.js';
import { revokeSession } from '../../persistence/sessions.repository.js';
import { writeAudit, type AuditContext } from '../../audit/write-audit.js';
import { accountLocked, actorOf, completePendingLogin, LOCKOUT } from '../log-in.js';

export const wrongSecondFactor = (): AppError =>
  new AppError(401, 'AUTH_SECOND_FACTOR_INVALID', '验证码错误', '动态验证码或恢复码不正确，请重新输入');

export interface VerifySecondFactorInput {
  pendingSessionId: string;
  userId: string;
  code: string;
  ip?: string;
  userAgent?: string;
  requestId?: string;
  now?: Date;
}

export async function verifySecondFactor(
  db: Database,
  secrets: Pick<PersonalDataProtector, 'reveal'>,
  input: VerifySecondFactorInput,
): Promise<{ token: string; csrfToken: string; userId: string }> {
  const now = input.now ?? new Date();
  const user = await db
    .selectFrom('users')
    .select([
      'id',
      'username',
      'role',
      'authority_id',
      'institution_id',
      'disabled',
      'locked_until',
      'totp_secret_enc',
      'totp_last_step',
    ])
    .where('id', '=', input.userId)
    .executeTakeFirst();
  if (!user || user.disabled || !user.totp_secret_enc) {
    throw new AppError(401, 'AUTH_REQUIRED', '未登录', '请先登录');
  }
  const ctx: AuditContext = { caller: actorOf(user), requestId: input.requestId };
  if (user.locked_until && user.locked_until > now) {
    await db.transaction().execute(async (trx) => {
      await revokeSession(trx, input.pendingSessionId, now);
      await writeAudit(trx, ctx, { entity: 'user', entityId: user.id, action: 'login_refused_locked' });
    });
    throw accountLocked();
  }

  // Which factor was typed: six digits are a TOTP code, ten letters and digits a recovery code.
  let method: 'totp' | 'recovery_code' | null = null;
  let step: number | null = null;
  let recoveryId: string | null = null;
  const code = input.code.trim();
  if (/^\d{6}$/.test(code)) {
    const last = user.totp_last_step === null ? null : Number(user.totp_last_step);
    const check = await checkTotp(secrets.reveal(user.totp_secret_enc), code, { afterStep: last, now });
    if (check.valid) {
      method = 'totp';
      step = check.step;
    }
  } else {
    const normal = normaliseRecoveryCode(code);
    if (normal) {
      const candidates = await unusedRecoveryCodes(db, user.id);
      const matches = await Promise.all(candidates.map((c) => verifyPassword(c.code_hash, normal)));
      const hit = candidates[matches.indexOf(true)];
      if (hit) {
        method = 'recovery_code';
        recoveryId = hit.id;
      }
    }
  }

  const outcome = await db.transaction().execute(async (trx) => {
    let accepted = method !== null;
    if (method === 'totp') {
      // Once only: a parallel request with the same code finds the step already taken.
      const r = await trx
        .updateTable('users')
        .set({ totp_last_step: step, failed_login_count: 0, locked_until: null })
        .where('id', '=', user.id)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step!)]))
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
        .executeTakeFirst();
      accepted = Number(r.numUpdatedRows) === 1;
    } else if (method === 'recovery_code') {
      accepted = await useRecoveryCode(trx, recoveryId!, now);
      if (accepted) {
        const r = await trx
          .updateTable('users')
          .set({ failed_login_count: 0, locked_until: null })
          .where('id', '=', user.id)
          .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
          .executeTakeFirst();
        accepted = Number(r.numUpdatedRows) === 1;
      }
    }
    if (!accepted) {
      const c = await countUserFailure(trx, user.id, now, LOCKOUT);
      const locked = c.lockedUntil !== null && c.lockedUntil > now;
      if (locked) await revokeSession(trx, input.pendingSessionId, now);
      await writeAudit(trx, ctx, {
        entity: 'user',
        entityId: user.id,
        action: locked ? 'account_locked' : 'second_factor_failed',
        after: { failures: c.failures },
      });
      return { ok: false as const, locked };
    }
    const session = await completePendingLogin(
      trx,
      ctx,
      {
        userId: user.id,
        pendingSessionId: input.pendingSessionId,
        secondFactor: method!,
        ip: input.ip,
        userAgent: input.userAgent,
      },
      now,
    );
    return { ok: true as const, session };
  });
  if (!outcome.ok) {
    // A failed transaction must still commit the count, so the error is thrown after it.
    throw outcome.locked ? accountLocked() : wrongSecondFactor();
  }
  return { ...outcome.session, userId: user.id };
}
