// Minimal fixtures for tests that must not depend on the demo data.
import { randomUUID } from 'node:crypto';
import type { Database } from '../../src/persistence/database.js';
import { hashPassword } from '../../src/identity/password.js';

export const FIXTURE_PASSWORD = 'Fixture#2026';

export async function createAuthorityUser(
  db: Database,
  username: string,
): Promise<{ userId: string; authorityId: string }> {
  await db
    .insertInto('jurisdictions')
    .values({ code: '520000', name: '贵州省', level: 'province', parent_code: null, source: 'GB/T 2260' })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const authorityId = randomUUID();
  await db
    .insertInto('authorities')
    .values({
      id: authorityId,
      name: `${username} 人社厅`,
      kind: 'provincial_hrss',
      jurisdiction_code: '520000',
      industry: null,
    })
    .execute();
  const userId = randomUUID();
  await db
    .insertInto('users')
    .values({
      id: userId,
      username,
      display_name: username,
      password_hash: await hashPassword(FIXTURE_PASSWORD),
      role: 'authority_staff',
      authority_id: authorityId,
      institution_id: null,
      expert_id: null,
    })
    .execute();
  return { userId, authorityId };
}

/** A system administrator (no authority, no institution). */
export async function createSysadmin(db: Database, username: string): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id: randomUUID(),
      username,
      display_name: username,
      password_hash: await hashPassword(FIXTURE_PASSWORD),
      role: 'sysadmin',
      authority_id: null,
      institution_id: null,
      expert_id: null,
    })
    .execute();
}
