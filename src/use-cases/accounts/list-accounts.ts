// The administrator's list of accounts, searchable by username or name and filterable by role.
import type { AuditContext } from '../../audit/write-audit.js';
import { notFound } from '../../domain/errors.js';
import { findAccount, listAccounts } from '../../persistence/accounts.repository.js';
import type { Database } from '../../persistence/database.js';
import type { Page, PageRequest } from '../../persistence/paging.js';
import type { UserRole } from '../../policies/roles.js';
import { accountView, assertAccountAdmin, type AccountView } from './account-view.js';

export async function listAccountsFor(
  db: Database,
  ctx: Pick<AuditContext, 'caller'>,
  filter: { q?: string; role?: UserRole },
  page: PageRequest,
): Promise<Page<AccountView>> {
  assertAccountAdmin(ctx.caller);
  const p = await listAccounts(db, filter, page);
  return { ...p, items: p.items.map((r) => accountView(r, ctx.caller)) };
}

export async function getAccount(
  db: Database,
  ctx: Pick<AuditContext, 'caller'>,
  id: string,
): Promise<AccountView> {
  assertAccountAdmin(ctx.caller);
  const row = await findAccount(db, id);
  if (!row) throw notFound('账号');
  return accountView(row, ctx.caller);
}
