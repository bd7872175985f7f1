// The working-day calendar as stored: years an administrator replaced (calendar_years, calendar_days),
// merged over the built-in years. Loading is cached per database handle and revalidated by one cheap
// query, so that a replacement made by another server process is seen on its next request.
import { sql, type Transaction } from 'kysely';
import {
  builtInCalendar,
  calendarFromYears,
  type CalendarRevision,
  type CalendarYearData,
  type WorkingDayCalendar,
} from '../calendar/calendar-data.js';
import type { Database } from './database.js';
import type { DB } from './schema.js';

export interface StoredCalendarYear extends CalendarYearData {
  version: number;
  updatedAt: string;
}

/**
 * Changes whenever a year is added or replaced: every write adds 1 to one year's version (so the sum
 * grows), and max(updated_at) also catches a manual edit made outside the application.
 */
async function fingerprint(db: Database | Transaction<DB>): Promise<string> {
  const { rows } = await sql<{ n: number; v: number; t: string }>`
    select count(*)::int as n, coalesce(sum(version), 0)::int as v, coalesce(max(updated_at)::text, '') as t
    from calendar_years`.execute(db);
  const r = rows[0]!;
  return `${r.n}:${r.v}:${r.t}`;
}

const toIso = (d: Date | string): string => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

/** Every stored year (or just `onlyYear`) with its days, in year order. */
export async function listStoredCalendarYears(
  db: Database | Transaction<DB>,
  onlyYear?: number,
): Promise<StoredCalendarYear[]> {
  let query = db
    .selectFrom('calendar_years')
    .select(['year', 'source', 'version', 'updated_at'])
    // version 0 is the placeholder of a first replacement still in progress (lockCalendarYear)
    .where('version', '>', 0);
  if (onlyYear !== undefined) query = query.where('year', '=', onlyYear);
  const years = await query.orderBy('year').execute();
  if (years.length === 0) return [];
  const days = await db
    .selectFrom('calendar_days')
    .select(['day', 'year', 'kind', 'name'])
    .where(
      'year',
      'in',
      years.map((y) => y.year),
    )
    .orderBy('day')
    .execute();
  return years.map((y) => ({
    year: y.year,
    source: y.source,
    version: y.version,
    updatedAt: toIso(y.updated_at),
    holidays: days
      .filter((d) => d.year === y.year && d.kind === 'holiday')
      .map((d) => ({ date: d.day, name: d.name })),
    workdays: days
      .filter((d) => d.year === y.year && d.kind === 'workday')
      .map((d) => ({ date: d.day, name: d.name })),
  }));
}

const cache = new WeakMap<object, { fingerprint: string; calendar: WorkingDayCalendar }>();

/** The built-in calendar with the administrator's replaced years on top. */
export async function loadCalendar(db: Database | Transaction<DB>): Promise<WorkingDayCalendar> {
  const fp = await fingerprint(db);
  const hit = cache.get(db);
  if (hit && hit.fingerprint === fp) return hit.calendar;
  const stored = await listStoredCalendarYears(db);
  const years = new Map(builtInCalendar().years);
  const replaced = new Map<number, CalendarRevision>();
  // Stored years were validated when written (replace-calendar-year.ts) and are not re-validated here:
  // a later, stricter rule must not make the whole calendar unusable.
  for (const y of stored) {
    years.set(y.year, { year: y.year, source: y.source, holidays: y.holidays, workdays: y.workdays });
    replaced.set(y.year, { version: y.version, updatedAt: y.updatedAt });
  }
  const calendar = stored.length === 0 ? builtInCalendar() : calendarFromYears(years.values(), replaced);
  cache.set(db, { fingerprint: fp, calendar });
  return calendar;
}

/**
 * Locks the year's row for the rest of the transaction (creating a placeholder with version 0 when the
 * year has never been stored, so that two first replacements of a year also take turns) and returns
 * the stored year, or null when there is none yet.
 */
export async function lockCalendarYear(
  trx: Transaction<DB>,
  year: number,
): Promise<StoredCalendarYear | null> {
  await trx
    .insertInto('calendar_years')
    .values({ year, source: '', version: 0 })
    .onConflict((oc) => oc.column('year').doNothing())
    .execute();
  const row = await trx
    .selectFrom('calendar_years')
    .select(['version'])
    .where('year', '=', year)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (row.version === 0) return null;
  return (await listStoredCalendarYears(trx, year))[0] ?? null;
}

/** Replaces the year's days and bumps its version. Call after lockCalendarYear, in the same transaction. */
export async function saveCalendarYear(
  trx: Transaction<DB>,
  data: CalendarYearData,
): Promise<CalendarRevision> {
  const saved = await trx
    .updateTable('calendar_years')
    .set({ source: data.source, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
    .where('year', '=', data.year)
    .returning(['version', 'updated_at'])
    .executeTakeFirstOrThrow();
  await trx.deleteFrom('calendar_days').where('year', '=', data.year).execute();
  const rows = [
    ...data.holidays.map((d) => ({ day: d.date, year: data.year, kind: 'holiday' as const, name: d.name })),
    ...data.workdays.map((d) => ({ day: d.date, year: data.year, kind: 'workday' as const, name: d.name })),
  ];
  if (rows.length > 0) await trx.insertInto('calendar_days').values(rows).execute();
  return { version: saved.version, updatedAt: toIso(saved.updated_at) };
}
