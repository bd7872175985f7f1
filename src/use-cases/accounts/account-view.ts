// An account as the administrator's API shows it: never a hash, a secret or a failure count.
import type { AccountRow } from '../../persistence/accounts.repository.js';
import { isoTime } from '../../persistence/paging.js';
import { accountPolicy, type AccountAbilities } from '../../policies/account.policy.js';
import type { Caller } from '../../policies/actor.js';
import type { UserRole } from '../../policies/roles.js';
import { AppError, forbidden } from '../../domain/errors.js';

export interface AccountView {
  id: string;
  username: string;
  displayName: string;
  role: UserRole;
  authority: { id: string; name: string } | null;
  institution: { id: string; name: string } | null;
  expert: { id: string; name: string } | null;
  verifier: { id: string; name: string } | null;
  disabled: boolean;
  locked: boolean;
  mustChangePassword: boolean;
  secondFactor: boolean;
  passwordChangedAt: string;
  lastLoginAt: string | null;
  createdAt: string;
  version: number;
  abilities: AccountAbilities;
}

export function accountView(row: AccountRow, caller: Caller, now = new Date()): AccountView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    authority: row.authorityId ? { id: row.authorityId, name: row.authorityName ?? '' } : null,
    institution: row.institutionId ? { id: row.institutionId, name: row.institutionName ?? '' } : null,
    expert: row.expertId ? { id: row.expertId, name: row.expertName ?? '' } : null,
    verifier: row.verifierId ? { id: row.verifierId, name: row.verifierName ?? '' } : null,
    disabled: row.disabled,
    locked: row.lockedUntil !== null && new Date(row.lockedUntil) > now,
    mustChangePassword: row.mustChangePassword,
    secondFactor: row.totpEnabledAt !== null,
    passwordChangedAt: isoTime(row.passwordChangedAt),
    lastLoginAt: row.lastLoginAt ? isoTime(row.lastLoginAt) : null,
    createdAt: isoTime(row.createdAt),
    version: row.version,
    abilities: accountPolicy.abilities(caller, {
      id: row.id,
      disabled: row.disabled,
      totpEnabled: row.totpEnabledAt !== null,
    }),
  };
}

/** 401 for the public, 403 for anyone but the system administrator. */
export function assertAccountAdmin(caller: Caller): void {
  if (!caller) throw new AppError(401, 'AUTH_REQUIRED', '未登录', '请先登录');
  if (!accountPolicy.canManage(caller)) throw forbidden('只有系统管理员可以管理账号');
}
