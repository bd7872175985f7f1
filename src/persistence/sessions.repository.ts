// Sessions in the database: only the SHA-256 of the cookie token is stored.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from './schema.js';

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

export async function createSession(
  db: Kysely<DB>,
  input: {
    userId: string;
    absoluteExpiresAt: Date;
    ip?: string;
    userAgent?: string;
    /** The password step is done, the second factor is awaited: the session carries no privileges. */
    pending?: 'second_factor' | 'enrolment';
  },
): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  // Stamped by the application's clock, the one the idle check reads (not the database's now()).
  const now = new Date();
  await db
    .insertInto('sessions')
    .values({
      id: tokenHash(token),
      user_id: input.userId,
      csrf_token: csrfToken,
      created_at: now,
      last_seen_at: now,
      absolute_expires_at: input.absoluteExpiresAt,
      ip: input.ip ?? null,
      user_agent: input.userAgent?.slice(0, 300) ?? null,
      pending: input.pending ?? null,
    })
    .execute();
  return { token, csrfToken };
}

export interface SessionWithUser {
  sessionId: string;
  csrfToken: string;
  lastSeenAt: Date;
  absoluteExpiresAt: Date;
  pending: 'second_factor' | 'enrolment' | null;
  userId: string;
  username: string;
  displayName: string;
  role: DB['users']['role'];
  disabled: boolean;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  authorityId: string | null;
  authorityName: string | null;
  authorityKind: string | null;
  jurisdictionCode: string | null;
  institutionId: string | null;
  institutionName: string | null;
  institutionKind: string | null;
  expertId: string | null;
  verifierId: string | null;
  verifierName: string | null;
}

export async function findActiveSession(db: Kysely<DB>, token: string): Promise<SessionWithUser | undefined> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('authorities as a', 'a.id', 'u.authority_id')
    .leftJoin('institutions as i', 'i.id', 'u.institution_id')
    .leftJoin('verifier_organisations as v', 'v.id', 'u.verifier_id')
    .where('s.id', '=', tokenHash(token))
    .where('s.revoked_at', 'is', null)
    .select([
      's.id as sessionId',
      's.csrf_token as csrfToken',
      's.last_seen_at as lastSeenAt',
      's.absolute_expires_at as absoluteExpiresAt',
      's.pending',
      'u.id as userId',
      'u.username',
      'u.display_name as displayName',
      'u.role',
      'u.disabled',
      'u.must_change_password as mustChangePassword',
      'u.totp_enabled_at as totpEnabledAt',
      'u.authority_id as authorityId',
      'a.name as authorityName',
      'a.kind as authorityKind',
      'a.jurisdiction_code as jurisdictionCode',
      'u.institution_id as institutionId',
      'i.name as institutionName',
      'i.kind as institutionKind',
      'u.expert_id as expertId',
      'u.verifier_id as verifierId',
      'v.name as verifierName',
    ])
    .executeTakeFirst();
  if (!row) return undefined;
  const { totpEnabledAt, ...rest } = row;
  return { ...rest, totpEnabled: totpEnabledAt !== null };
}

export async function touchSession(db: Kysely<DB>, sessionId: string, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', sessionId).execute();
}

export async function revokeSession(db: Kysely<DB>, sessionId: string, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: now }).where('id', '=', sessionId).execute();
}

/** Ends every open session of a user (logout everywhere, disable, reset), or all but one. */
export async function revokeAllSessions(
  db: Kysely<DB>,
  userId: string,
  now: Date,
  exceptSessionId?: string,
): Promise<number> {
  let q = db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (exceptSessionId) q = q.where('id', '<>', exceptSessionId);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}
