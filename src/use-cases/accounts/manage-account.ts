// The administrator's acts on an existing account (issue 9 point 9), each one transaction with its
// audit row: disable (every session of the user ends at once) and enable, reset the password (a new
// temporary one, to be changed at the next login; sessions end), reset the second factor (a lost
// phone: the user enrols again at the next login), and assign role and binding (sessions end, so that
// nobody keeps working under the old role).
import type { Transaction } from 'kysely';
import { writeAudit, type AuditContext } from '../../audit/write-audit.js';
import { invalid, notFound, versionConflict } from '../../domain/errors.js';
import { hashPassword } from '../../identity/password.js';
import { newTemporaryPassword } from '../../identity/temporary-password.js';
import { findAccount, lockUser } from '../../persistence/accounts.repository.js';
import type { Database } from '../../persistence/database.js';
import type { DB } from '../../persistence/schema.js';
import { revokeAllSessions } from '../../persistence/sessions.repository.js';
import { accountPolicy } from '../../policies/account.policy.js';
import type { UserRole } from '../../policies/roles.js';
import { accountView, assertAccountAdmin, type AccountView } from './account-view.js';
import { resolveBinding, type BindingInput } from './account-binding.js';

type Locked = NonNullable<Awaited<ReturnType<typeof lockUser>>>;

async function act(
  db: Database,
  ctx: AuditContext,
  id: string,
  run: (trx: Transaction<DB>, user: Locked, now: Date) => Promise<void>,
): Promise<AccountView> {
  assertAccountAdmin(ctx.caller);
  await db.transaction().execute(async (trx) => {
    const user = await lockUser(trx, id);
    if (!user) throw notFound('账号');
    await run(trx, user, new Date());
  });
  const row = await findAccount(db, id);
  return accountView(row!, ctx.caller);
}

const abilitiesOf = (ctx: AuditContext, u: Locked) =>
  accountPolicy.abilities(ctx.caller, {
    id: u.id,
    disabled: u.disabled,
    totpEnabled: u.totp_enabled_at !== null,
  });

export function disableAccount(db: Database, ctx: AuditContext, id: string): Promise<AccountView> {
  return act(db, ctx, id, async (trx, user, now) => {
    if (ctx.caller?.userId === user.id) throw invalid('ACCOUNT_SELF', '不能停用自己的账号');
    if (user.disabled) throw invalid('ACCOUNT_ALREADY_DISABLED', '该账号已停用');
    await trx
      .updateTable('users')
      .set({ disabled: true, updated_at: now, version: user.version + 1 })
      .where('id', '=', user.id)
      .execute();
    const ended = await revokeAllSessions(trx, user.id, now);
    await writeAudit(trx, ctx, {
      entity: 'user',
      entityId: user.id,
      action: 'account_disabled',
      before: { disabled: false },
      after: { disabled: true, sessionsEnded: ended },
    });
  });
}

export function enableAccount(db: Database, ctx: AuditContext, id: string): Promise<AccountView> {
  return act(db, ctx, id, async (trx, user, now) => {
    if (!abilitiesOf(ctx, user).enable) throw invalid('ACCOUNT_NOT_DISABLED', '该账号未停用');
    await trx
      .updateTable('users')
      .set({
        disabled: false,
        failed_login_count: 0,
        locked_until: null,
        updated_at: now,
        version: user.version + 1,
      })
      .where('id', '=', user.id)
      .execute();
    await writeAudit(trx, ctx, {
      entity: 'user',
      entityId: user.id,
      action: 'account_enabled',
      before: { disabled: true },
      after: { disabled: false },
    });
  });
}

export async function resetPassword(
  db: Database,
  ctx: AuditContext,
  id: string,
): Promise<{ account: AccountView; temporaryPassword: string }> {
  assertAccountAdmin(ctx.caller);
  if (ctx.caller?.userId === id) {
    throw invalid('ACCOUNT_SELF', '不能重置自己的密码，请在“账号安全”中修改密码');
  }
  let temporaryPassword = '';
  const account = await act(db, ctx, id, async (trx, user, now) => {
    temporaryPassword = newTemporaryPassword(user.username);
    await trx
      .updateTable('users')
      .set({
        password_hash: await hashPassword(temporaryPassword),
        must_change_password: true,
        password_changed_at: now,
        failed_login_count: 0,
        locked_until: null,
        updated_at: now,
        version: user.version + 1,
      })
      .where('id', '=', user.id)
      .execute();
    const ended = await revokeAllSessions(trx, user.id, now);
    await writeAudit(trx, ctx, {
      entity: 'user',
      entityId: user.id,
      action: 'password_reset',
      after: { mustChangePassword: true, sessionsEnded: ended },
    });
  });
  return { account, temporaryPassword };
}

export function resetSecondFactor(db: Database, ctx: AuditContext, id: string): Promise<AccountView> {
  return act(db, ctx, id, async (trx, user, now) => {
    if (!user.totp_enabled_at) throw invalid('TOTP_NOT_ENABLED', '该账号未启用动态验证码');
    await trx
      .updateTable('users')
      .set({
        totp_secret_enc: null,
        totp_pending_secret_enc: null,
        totp_enabled_at: null,
        totp_last_step: null,
        updated_at: now,
        version: user.version + 1,
      })
      .where('id', '=', user.id)
      .execute();
    await trx.deleteFrom('recovery_codes').where('user_id', '=', user.id).execute();
    const ended = await revokeAllSessions(trx, user.id, now);
    await writeAudit(trx, ctx, {
      entity: 'user',
      entityId: user.id,
      action: 'second_factor_reset',
      after: { sessionsEnded: ended },
    });
  });
}

export interface UpdateAccountInput extends BindingInput {
  version: number;
  displayName?: string | undefined;
  role?: UserRole | undefined;
}

export function updateAccount(
  db: Database,
  ctx: AuditContext,
  id: string,
  input: UpdateAccountInput,
): Promise<AccountView> {
  return act(db, ctx, id, async (trx, user, now) => {
    if (user.version !== input.version) throw versionConflict();
    const role = input.role ?? user.role;
    if (ctx.caller?.userId === user.id && role !== user.role) {
      throw invalid('ACCOUNT_SELF', '不能更改自己的角色');
    }
    // Without a new binding, the current one stays when the role stays.
    const keep = role === user.role;
    const binding = await resolveBinding(
      trx,
      role,
      {
        authorityId: input.authorityId !== undefined ? input.authorityId : keep ? user.authority_id : null,
        institutionId:
          input.institutionId !== undefined ? input.institutionId : keep ? user.institution_id : null,
        expertId: input.expertId !== undefined ? input.expertId : keep ? user.expert_id : null,
        verifierId: input.verifierId !== undefined ? input.verifierId : keep ? user.verifier_id : null,
      },
      user.id,
    );
    const before = {
      displayName: user.display_name,
      role: user.role,
      authority_id: user.authority_id,
      institution_id: user.institution_id,
      expert_id: user.expert_id,
      verifier_id: user.verifier_id,
    };
    const after = { displayName: input.displayName?.trim() ?? user.display_name, role, ...binding };
    const privilegeChanged =
      role !== user.role ||
      binding.authority_id !== user.authority_id ||
      binding.institution_id !== user.institution_id ||
      binding.expert_id !== user.expert_id ||
      binding.verifier_id !== user.verifier_id;
    await trx
      .updateTable('users')
      .set({ display_name: after.displayName, role, ...binding, updated_at: now, version: user.version + 1 })
      .where('id', '=', user.id)
      .execute();
    const ended = privilegeChanged ? await revokeAllSessions(trx, user.id, now) : 0;
    await writeAudit(trx, ctx, {
      entity: 'user',
      entityId: user.id,
      action: privilegeChanged ? 'account_role_assigned' : 'account_updated',
      before,
      after: { ...after, sessionsEnded: ended },
    });
  });
}
