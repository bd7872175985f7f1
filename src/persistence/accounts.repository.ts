// Accounts: the atomic failure counters of the lockout (issue 9 point 1), recovery codes, and the
// administrator's list. Failures are counted by one UPDATE … RETURNING (or INSERT … ON CONFLICT …
// RETURNING for unknown names), so that N parallel wrong passwords count N.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB, UserRole } from './schema.js';
import { containsPattern, offsetOf, type Page, type PageRequest } from './paging.js';

export interface FailureCount {
  failures: number;
  lockedUntil: Date | null;
}

export interface LockoutPolicy {
  maxFailures: number;
  lockMs: number;
}

const toDate = (d: Date | string | null): Date | null => (d === null ? null : new Date(d));

/**
 * One more failure of a real account, counted in the row itself. A lock that has run out starts the
 * count afresh; reaching the maximum sets the lock (an unexpired lock is never shortened).
 */
export async function countUserFailure(
  trx: Transaction<DB>,
  userId: string,
  now: Date,
  policy: LockoutPolicy,
): Promise<FailureCount> {
  const lockUntil = new Date(now.getTime() + policy.lockMs);
  const r = await sql<{ failed_login_count: number; locked_until: Date | string | null }>`
    update users set
      failed_login_count = case when locked_until is not null and locked_until <= ${now}
                                then 1 else failed_login_count + 1 end,
      locked_until = case
        when locked_until is not null and locked_until > ${now} then locked_until
        when (case when locked_until is not null and locked_until <= ${now}
                   then 1 else failed_login_count + 1 end) >= ${policy.maxFailures} then ${lockUntil}::timestamptz
        else null end
    where id = ${userId}
    returning failed_login_count, locked_until`.execute(trx);
  const row = r.rows[0];
  if (!row) throw new Error('countUserFailure: no such user');
  return { failures: Number(row.failed_login_count), lockedUntil: toDate(row.locked_until) };
}

/** The same for a name that is no account, under its keyed hash (the name itself is never stored). */
export async function countUnknownNameFailure(
  trx: Transaction<DB>,
  nameHash: string,
  now: Date,
  policy: LockoutPolicy,
): Promise<FailureCount> {
  const lockUntil = new Date(now.getTime() + policy.lockMs);
  const firstLock = policy.maxFailures <= 1 ? lockUntil : null;
  const r = await sql<{ failed_count: number; locked_until: Date | string | null }>`
    insert into login_failures as f (name_hash, failed_count, locked_until, updated_at)
    values (${nameHash}, 1, ${firstLock}::timestamptz, ${now})
    on conflict (name_hash) do update set
      failed_count = case when f.locked_until is not null and f.locked_until <= ${now}
                          then 1 else f.failed_count + 1 end,
      locked_until = case
        when f.locked_until is not null and f.locked_until > ${now} then f.locked_until
        when (case when f.locked_until is not null and f.locked_until <= ${now}
                   then 1 else f.failed_count + 1 end) >= ${policy.maxFailures} then ${lockUntil}::timestamptz
        else null end,
      updated_at = ${now}
    returning failed_count, locked_until`.execute(trx);
  const row = r.rows[0]!;
  return { failures: Number(row.failed_count), lockedUntil: toDate(row.locked_until) };
}

export async function unknownNameLock(db: Kysely<DB>, nameHash: string): Promise<Date | null> {
  const row = await db
    .selectFrom('login_failures')
    .select('locked_until')
    .where('name_hash', '=', nameHash)
    .executeTakeFirst();
  return row?.locked_until ? new Date(row.locked_until) : null;
}

/**
 * The right password: clears the count unless a lock was set meanwhile (by a parallel request), in
 * which case nothing changes and the caller answers 423. `keepCount` leaves the count as it is (the
 * second factor is still to come, and its failures add to the same count).
 */
export async function clearUserFailures(
  trx: Transaction<DB>,
  userId: string,
  now: Date,
  opts: { keepCount?: boolean } = {},
): Promise<boolean> {
  const r = await trx
    .updateTable('users')
    .set(opts.keepCount ? { locked_until: null } : { failed_login_count: 0, locked_until: null })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// ---- recovery codes ----

export async function replaceRecoveryCodes(
  trx: Transaction<DB>,
  userId: string,
  hashes: { id: string; hash: string }[],
): Promise<void> {
  await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  if (hashes.length > 0)
    await trx
      .insertInto('recovery_codes')
      .values(hashes.map((h) => ({ id: h.id, user_id: userId, code_hash: h.hash })))
      .execute();
}

export async function unusedRecoveryCodes(
  db: Kysely<DB>,
  userId: string,
): Promise<{ id: string; code_hash: string }[]> {
  return db
    .selectFrom('recovery_codes')
    .select(['id', 'code_hash'])
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}

/** Marks a code used; false when a parallel request used it first. */
export async function useRecoveryCode(trx: Transaction<DB>, id: string, now: Date): Promise<boolean> {
  const r = await trx
    .updateTable('recovery_codes')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// ---- the administrator's view ----

export interface AccountRow {
  id: string;
  username: string;
  displayName: string;
  role: UserRole;
  authorityId: string | null;
  authorityName: string | null;
  institutionId: string | null;
  institutionName: string | null;
  expertId: string | null;
  expertName: string | null;
  verifierId: string | null;
  verifierName: string | null;
  disabled: boolean;
  lockedUntil: Date | null;
  mustChangePassword: boolean;
  totpEnabledAt: Date | null;
  passwordChangedAt: Date;
  version: number;
  createdAt: Date;
  lastLoginAt: Date | null;
}

function accountQuery(db: Kysely<DB>) {
  return db
    .selectFrom('users as u')
    .leftJoin('authorities as a', 'a.id', 'u.authority_id')
    .leftJoin('institutions as i', 'i.id', 'u.institution_id')
    .leftJoin('experts as e', 'e.id', 'u.expert_id')
    .leftJoin('verifier_organisations as v', 'v.id', 'u.verifier_id')
    .select((eb) => [
      'u.id',
      'u.username',
      'u.display_name as displayName',
      'u.role',
      'u.authority_id as authorityId',
      'a.name as authorityName',
      'u.institution_id as institutionId',
      'i.name as institutionName',
      'u.expert_id as expertId',
      'e.name as expertName',
      'u.verifier_id as verifierId',
      'v.name as verifierName',
      'u.disabled',
      'u.locked_until as lockedUntil',
      'u.must_change_password as mustChangePassword',
      'u.totp_enabled_at as totpEnabledAt',
      'u.password_changed_at as passwordChangedAt',
      'u.version',
      'u.created_at as createdAt',
      eb
        .selectFrom('sessions as s')
        .select((x) => x.fn.max('s.created_at').as('m'))
        .whereRef('s.user_id', '=', 'u.id')
        .where('s.pending', 'is', null)
        .as('lastLoginAt'),
    ]);
}

export async function findAccount(db: Kysely<DB>, id: string): Promise<AccountRow | undefined> {
  return (await accountQuery(db).where('u.id', '=', id).executeTakeFirst()) as AccountRow | undefined;
}

export async function listAccounts(
  db: Kysely<DB>,
  filter: { q?: string; role?: UserRole },
  page: PageRequest,
): Promise<Page<AccountRow>> {
  let q = accountQuery(db);
  let count = db.selectFrom('users as u').select((eb) => eb.fn.countAll<string>().as('n'));
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    q = q.where((eb) => eb.or([eb('u.username', 'ilike', pattern), eb('u.display_name', 'ilike', pattern)]));
    count = count.where((eb) =>
      eb.or([eb('u.username', 'ilike', pattern), eb('u.display_name', 'ilike', pattern)]),
    );
  }
  if (filter.role) {
    q = q.where('u.role', '=', filter.role);
    count = count.where('u.role', '=', filter.role);
  }
  const [items, total] = await Promise.all([
    q.orderBy('u.username').limit(page.pageSize).offset(offsetOf(page)).execute(),
    count.executeTakeFirstOrThrow(),
  ]);
  return { items: items as AccountRow[], total: Number(total.n), ...page };
}

/** Locks the user row for a change by the administrator or by the user (a row lock: one at a time). */
export async function lockUser(trx: Transaction<DB>, id: string) {
  return trx
    .selectFrom('users')
    .select([
      'id',
      'username',
      'display_name',
      'role',
      'authority_id',
      'institution_id',
      'expert_id',
      'verifier_id',
      'disabled',
      'password_hash',
      'must_change_password',
      'totp_enabled_at',
      'version',
    ])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}
