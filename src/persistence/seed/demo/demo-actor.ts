// A demo account as the Actor the HTTP layer would build after its login: what the one-time demo steps
// that run procedures act as (demo/open-cases.ts), and what the workflow tests act as.
import type { Kysely } from 'kysely';
import type { DB } from '../../schema.js';
import type { Actor } from '../../../policies/actor.js';

export async function demoActor(db: Kysely<DB>, username: string): Promise<Actor> {
  const u = await db
    .selectFrom('users as u')
    .leftJoin('authorities as a', 'a.id', 'u.authority_id')
    .select([
      'u.id',
      'u.username',
      'u.role',
      'u.authority_id',
      'u.institution_id',
      'a.kind',
      'a.jurisdiction_code',
    ])
    .where('u.username', '=', username)
    .executeTakeFirstOrThrow();
  return {
    userId: u.id,
    username: u.username,
    role: u.role,
    ...(u.authority_id
      ? { authorityId: u.authority_id, authorityKind: u.kind!, jurisdictionCode: u.jurisdiction_code! }
      : {}),
    ...(u.institution_id ? { institutionId: u.institution_id } : {}),
  };
}
