// Setting up the second factor (docs/decisions/0017-second-factor.md). Start: a new secret, stored
// encrypted (the personal-data protector, AES-256-GCM) as pending, and its otpauth URI for the QR
// code. Confirm: the first code from the app proves the secret was taken; the factor is switched on
// and 10 one-time recovery codes are issued — shown once, stored as argon2id hashes. A user enrols from
// a full session, or from the pending session that a login gives authority staff who must have a
// second factor and have none yet; confirming there ends the pending session and issues a full one.
import { randomUUID } from 'node:crypto';
import { AppError, invalid } from '../../domain/errors.js';
import type { Database } from '../../persistence/database.js';
import type { PersonalDataProtector } from '../../identity/personal-data.js';
import { hashPassword } from '../../identity/password.js';
import { checkTotp, newTotpSecret, totpUri } from '../../identity/totp.js';
import { newRecoveryCodes } from '../../identity/recovery-codes.js';
import { replaceRecoveryCodes } from '../../persistence/accounts.repository.js';
import { writeAudit, type AuditContext } from '../../audit/write-audit.js';
import { actorOf, completePendingLogin } from '../log-in.js';

export interface EnrolmentCaller {
  userId: string;
  sessionId: string;
  /** The session is the pending one of a login that must enrol before it gets privileges. */
  pendingEnrolment: boolean;
  requestId?: string;
}

const alreadyEnabled = () =>
  new AppError(
    409,
    'TOTP_ALREADY_ENABLED',
    '已启用动态验证码',
    '该账号已启用动态验证码；如需更换，请联系系统管理员重置',
  );

async function loadUser(db: Database, userId: string) {
  const user = await db
    .selectFrom('users')
    .select([
      'id',
      'username',
      'role',
      'authority_id',
      'institution_id',
      'disabled',
      'totp_enabled_at',
      'totp_pending_secret_enc',
    ])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || user.disabled) throw new AppError(401, 'AUTH_REQUIRED', '未登录', '请先登录');
  return user;
}

export async function startTotpEnrolment(
  db: Database,
  secrets: Pick<PersonalDataProtector, 'protect'>,
  caller: EnrolmentCaller,
): Promise<{ secret: string; otpauthUri: string }> {
  const user = await loadUser(db, caller.userId);
  if (user.totp_enabled_at) throw alreadyEnabled();
  const secret = newTotpSecret();
  const ctx: AuditContext = { caller: actorOf(user), requestId: caller.requestId };
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ totp_pending_secret_enc: secrets.protect(secret).enc, updated_at: new Date() })
      .where('id', '=', user.id)
      .execute();
    await writeAudit(trx, ctx, { entity: 'user', entityId: user.id, action: 'totp_enrolment_started' });
  });
  return { secret, otpauthUri: totpUri(secret, user.username) };
}

export interface ConfirmedEnrolment {
  recoveryCodes: string[];
  /** A new full session when the enrolment was the last step of a login. */
  session: { token: string; csrfToken: string } | null;
}

export async function confirmTotpEnrolment(
  db: Database,
  secrets: Pick<PersonalDataProtector, 'reveal'>,
  caller: EnrolmentCaller & { ip?: string; userAgent?: string },
  code: string,
  now = new Date(),
): Promise<ConfirmedEnrolment> {
  const user = await loadUser(db, caller.userId);
  if (user.totp_enabled_at) throw alreadyEnabled();
  if (!user.totp_pending_secret_enc) {
    throw invalid('TOTP_ENROLMENT_NOT_STARTED', '请先生成二维码并用验证器应用扫描');
  }
  const pendingEnc = user.totp_pending_secret_enc;
  const check = await checkTotp(secrets.reveal(pendingEnc), code.trim(), { now });
  if (!check.valid) {
    throw invalid(
      'TOTP_CODE_INVALID',
      '验证码不正确：请输入验证器应用当前显示的 6 位数字（注意手机时间须准确）',
    );
  }
  const codes = newRecoveryCodes();
  const hashes = await Promise.all(
    codes.map(async (c) => ({ id: randomUUID(), hash: await hashPassword(c.replace('-', '')) })),
  );
  const ctx: AuditContext = { caller: actorOf(user), requestId: caller.requestId };
  const session = await db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable('users')
      .set({
        totp_secret_enc: pendingEnc,
        totp_pending_secret_enc: null,
        totp_enabled_at: now,
        totp_last_step: check.step,
        updated_at: now,
        version: (eb) => eb('version', '+', 1),
      })
      .where('id', '=', user.id)
      .where('totp_enabled_at', 'is', null)
      .where('totp_pending_secret_enc', '=', pendingEnc)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw alreadyEnabled();
    await replaceRecoveryCodes(trx, user.id, hashes);
    await writeAudit(trx, ctx, {
      entity: 'user',
      entityId: user.id,
      action: 'totp_enabled',
      after: { recoveryCodes: codes.length },
    });
    if (!caller.pendingEnrolment) return null;
    // The login that waited for this enrolment is now complete: a new session with privileges.
    await trx
      .updateTable('users')
      .set({ failed_login_count: 0, locked_until: null })
      .where('id', '=', user.id)
      .execute();
    return completePendingLogin(
      trx,
      ctx,
      {
        userId: user.id,
        pendingSessionId: caller.sessionId,
        secondFactor: 'totp_enrolment',
        ip: caller.ip,
        userAgent: caller.userAgent,
      },
      now,
    );
  });
  return { recoveryCodes: codes, session };
}
