// Creates the demo accounts (DEMO_ACCOUNTS), all with DEMO_PASSWORD hashed by argon2id. A username
// already taken (an operator created it first) is left alone.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../schema.js';
import { hashPassword } from '../../../identity/password.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.js';
import { demoId } from './ids.js';
import { authorityId, expertId, institutionId } from './load-registry.js';

/** Hash before the transaction opens: argon2 takes tens of milliseconds per password. */
export async function hashDemoPasswords(): Promise<string[]> {
  return Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(DEMO_PASSWORD)));
}

export async function loadDemoAccounts(
  trx: Transaction<DB>,
  hashes: string[],
): Promise<Record<string, number>> {
  const created = await trx
    .insertInto('users')
    .values(
      DEMO_ACCOUNTS.map((a, n) => ({
        id: demoId('user', a.username),
        username: a.username,
        display_name: a.displayName,
        password_hash: hashes[n]!,
        role: a.role,
        authority_id: a.authority ? authorityId(a.authority) : null,
        institution_id: a.institution ? institutionId(a.institution) : null,
        expert_id: a.expert ? expertId(a.expert) : null,
      })),
    )
    .onConflict((oc) => oc.column('username').doNothing())
    .returning('id')
    .execute();
  return { users: created.length };
}

/**
 * Staff accounts of institutions that a one-time demo step brings in with its story (filed-institutions,
 * selected-1x); hashed here, so call it outside a transaction or pass one.
 */
export async function insertDemoStaffAccounts(
  db: Kysely<DB>,
  accounts: readonly { username: string; person: string; institution: string }[],
): Promise<void> {
  const hashes = await Promise.all(accounts.map(() => hashPassword(DEMO_PASSWORD)));
  for (const [n, a] of accounts.entries())
    await db
      .insertInto('users')
      .values({
        id: demoId('user', a.username),
        username: a.username,
        display_name: a.person,
        password_hash: hashes[n]!,
        role: 'institution_staff',
        authority_id: null,
        institution_id: institutionId(a.institution),
        expert_id: null,
      })
      .onConflict((oc) => oc.column('username').doNothing())
      .execute();
}
