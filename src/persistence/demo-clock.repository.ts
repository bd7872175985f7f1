// The demonstration clock's offset (0010_demo_clock.sql), and moving the sessions with it.
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';

export async function loadDemoClockOffset(db: Kysely<DB>): Promise<number> {
  const row = await db.selectFrom('demo_clock').select('offset_days').executeTakeFirst();
  return row?.offset_days ?? 0;
}

/** Locks the row: two administrators moving the clock at once are serialised. */
export async function lockDemoClockOffset(db: Kysely<DB>): Promise<number> {
  const row = await db.selectFrom('demo_clock').select('offset_days').forUpdate().executeTakeFirstOrThrow();
  return row.offset_days;
}

export async function saveDemoClockOffset(db: Kysely<DB>, days: number, now: Date): Promise<void> {
  await db.updateTable('demo_clock').set({ offset_days: days, updated_at: now }).execute();
}

/**
 * Moves every open session's clock readings forward by `days`: idle time and absolute lifetime are
 * measured on the same clock as before, so moving the date logs nobody out.
 */
export async function shiftOpenSessions(db: Kysely<DB>, days: number): Promise<void> {
  const by = sql<string>`make_interval(days => ${days}::int)`;
  await db
    .updateTable('sessions')
    .set({
      last_seen_at: sql<Date>`last_seen_at + ${by}`,
      absolute_expires_at: sql<Date>`absolute_expires_at + ${by}`,
    })
    .where('revoked_at', 'is', null)
    .execute();
}
