// The system administrator creates an account (issue 9 point 9): username, name, role and binding.
// The server makes a random temporary password (it meets the policy), shows it once to the
// administrator to hand over, and the user must change it at the first login. Audited.
import { randomUUID } from 'node:crypto';
import { writeAudit, type AuditContext } from '../../audit/write-audit.js';
import { duplicate } from '../../domain/errors.js';
import { hashPassword } from '../../identity/password.js';
import { newTemporaryPassword } from '../../identity/temporary-password.js';
import { findAccount } from '../../persistence/accounts.repository.js';
import type { Database } from '../../persistence/database.js';
import type { UserRole } from '../../policies/roles.js';
import { accountView, assertAccountAdmin, type AccountView } from './account-view.js';
import { resolveBinding, type BindingInput } from './account-binding.js';

export interface CreateAccountInput extends BindingInput {
  username: string;
  displayName: string;
  role: UserRole;
}

export async function createAccount(
  db: Database,
  ctx: AuditContext,
  input: CreateAccountInput,
): Promise<{ account: AccountView; temporaryPassword: string }> {
  assertAccountAdmin(ctx.caller);
  const username = input.username.trim();
  const temporaryPassword = newTemporaryPassword(username);
  const hash = await hashPassword(temporaryPassword);
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('users')
      .select('id')
      .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
      .executeTakeFirst();
    if (taken) throw duplicate(`用户名 ${username} 已被使用`);
    const binding = await resolveBinding(trx, input.role, input, null);
    const now = new Date();
    await trx
      .insertInto('users')
      .values({
        id,
        username,
        display_name: input.displayName.trim(),
        password_hash: hash,
        role: input.role,
        ...binding,
        must_change_password: true,
        password_changed_at: now,
        updated_at: now,
      })
      .execute();
    await writeAudit(trx, ctx, {
      entity: 'user',
      entityId: id,
      action: 'account_created',
      after: { username, displayName: input.displayName.trim(), role: input.role, ...binding },
    });
  });
  const row = await findAccount(db, id);
  return { account: accountView(row!, ctx.caller), temporaryPassword };
}
