// Reads for a Guizhou renewal (gz-rules §8–12, §14): the live gz-rules directory entries of an
// institution with their scope, the certificates counted for §8(2), §9(2), §10(2) (issued by the
// institution, issued_on within the entry's validity, status valid — docs/decisions/0043), and the
// entries whose validity ends soon with the reminders sent. SQL only.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from './schema.js';
import type { ScopeWrite } from './directory.repository.js';

type Db = Kysely<DB> | Transaction<DB>;

/** Statuses that count as "核发证书" for renewal: valid only (an invalidated or withdrawn certificate was not an evaluation properly carried out: mohrss-violations §5–8). */
export const COUNTED_STATUSES = ['valid'] as const;

export interface RenewableEntry {
  id: string;
  institutionId: string;
  institutionName: string;
  institutionKind: string;
  jurisdictionCode: string;
  authorityId: string;
  filingCode: string;
  validFrom: string;
  validTo: string | null;
  caseId: string | null;
  occupations: { code: string; levels: number[] }[];
}

const day = (d: unknown): string =>
  d instanceof Date
    ? new Intl.DateTimeFormat('en-CA', { timeZone: 'UTC' }).format(d)
    : String(d).slice(0, 10);

function entriesQuery(db: Db) {
  return db
    .selectFrom('directory_entries as e')
    .select([
      'e.id',
      'e.institution_id',
      'e.institution_name',
      'e.institution_kind',
      'e.jurisdiction_code',
      'e.authority_id',
      'e.filing_code',
      'e.valid_from',
      'e.valid_to',
      'e.case_id',
    ])
    .where('e.regime', '=', 'gz-rules')
    .where('e.withdrawn_at', 'is', null)
    .where('e.branch_id', 'is', null);
}

async function withScopes(db: Db, rows: Awaited<ReturnType<ReturnType<typeof entriesQuery>['execute']>>) {
  if (rows.length === 0) return [];
  const scopes = await db
    .selectFrom('directory_entry_scopes')
    .select(['entry_id', 'occupation_code', 'level'])
    .where(
      'entry_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('occupation_code')
    .orderBy('level')
    .execute();
  return rows.map<RenewableEntry>((r) => {
    const mine = scopes.filter((s) => s.entry_id === r.id);
    const codes = [...new Set(mine.map((s) => s.occupation_code))];
    return {
      id: r.id,
      institutionId: r.institution_id,
      institutionName: r.institution_name,
      institutionKind: r.institution_kind,
      jurisdictionCode: r.jurisdiction_code,
      authorityId: r.authority_id,
      filingCode: r.filing_code,
      validFrom: day(r.valid_from),
      validTo: r.valid_to === null ? null : day(r.valid_to),
      caseId: r.case_id,
      occupations: codes.map((code) => ({
        code,
        levels: mine.filter((s) => s.occupation_code === code).map((s) => s.level),
      })),
    };
  });
}

/** One live gz-rules entry (not withdrawn); undefined otherwise. */
export async function findRenewableEntry(db: Db, entryId: string): Promise<RenewableEntry | undefined> {
  const rows = await entriesQuery(db).where('e.id', '=', entryId).execute();
  return (await withScopes(db, rows))[0];
}

/** The institution's live gz-rules entries whose validity has not ended. */
export async function liveEntriesOf(db: Db, institutionId: string, today: string): Promise<RenewableEntry[]> {
  const rows = await entriesQuery(db)
    .where('e.institution_id', '=', institutionId)
    .where('e.valid_to', '>=', today)
    .orderBy('e.valid_to')
    .execute();
  return withScopes(db, rows);
}

/**
 * Live gz-rules entries whose validity ends between today and `until` (both included): of one
 * institution, or within a jurisdiction prefix ('' = everywhere).
 */
export async function entriesEndingBetween(
  db: Db,
  f: { institutionId?: string; jurisdictionPrefix?: string },
  today: string,
  until: string,
): Promise<RenewableEntry[]> {
  let q = entriesQuery(db).where('e.valid_to', '>=', today).where('e.valid_to', '<=', until);
  if (f.institutionId) q = q.where('e.institution_id', '=', f.institutionId);
  if (f.jurisdictionPrefix) q = q.where('e.jurisdiction_code', 'like', `${f.jurisdictionPrefix}%`);
  return withScopes(db, await q.orderBy('e.valid_to').orderBy('e.institution_name').limit(500).execute());
}

export async function remindersOf(
  db: Db,
  entryIds: readonly string[],
): Promise<{ entryId: string; daysBefore: number; sentOn: string; validTo: string }[]> {
  if (entryIds.length === 0) return [];
  const rows = await db
    .selectFrom('renewal_reminders')
    .select(['entry_id', 'days_before', 'sent_on', 'valid_to'])
    .where('entry_id', 'in', entryIds)
    .orderBy('days_before', 'desc')
    .execute();
  return rows.map((r) => ({
    entryId: r.entry_id,
    daysBefore: r.days_before,
    sentOn: day(r.sent_on),
    validTo: day(r.valid_to),
  }));
}

/** The certificate filter of a renewal count: institution, period, counted statuses, occupations. */
export interface CountScope {
  institutionId: string;
  from: string;
  to: string;
  occupationCodes: readonly string[];
}

/** Certificates per occupation (issued_on within [from, to], status valid). Years bound the partitions read. */
export async function countCertificatesPerOccupation(
  db: Db,
  s: CountScope,
): Promise<{ code: string; certificates: number }[]> {
  if (s.occupationCodes.length === 0) return [];
  const rows = await db
    .selectFrom('certificates as c')
    .select(['c.occupation_code'])
    .select(sql<string>`count(*)`.as('n'))
    .where('c.institution_id', '=', s.institutionId)
    .where('c.issue_year', '>=', Number(s.from.slice(0, 4)))
    .where('c.issue_year', '<=', Number(s.to.slice(0, 4)))
    .where('c.issued_on', '>=', s.from)
    .where('c.issued_on', '<=', s.to)
    .where('c.status', 'in', [...COUNTED_STATUSES])
    .where('c.occupation_code', 'in', [...s.occupationCodes])
    .groupBy('c.occupation_code')
    .execute();
  return s.occupationCodes.map((code) => ({
    code,
    certificates: Number(rows.find((r) => r.occupation_code === code)?.n ?? 0),
  }));
}

/**
 * A renewal continues a scope row without a gap: when the institution's row for the pair runs up to
 * (at least) the day before the successor validity starts, only its end moves — its start and its
 * status (a suspension stays a suspension) are left as they are, so nothing before the old validity's
 * end changes. grantInstitutionScope would overwrite valid_from with the successor's first day, leaving
 * the rest of the old validity uncovered. Null when there is no such row (the caller grants afresh).
 */
export async function continueInstitutionScope(
  trx: Transaction<DB>,
  s: {
    institutionId: string;
    occupationCode: string;
    level: number;
    validFrom: string;
    validTo: string | null;
  },
): Promise<ScopeWrite | null> {
  const existing = await trx
    .selectFrom('institution_scopes')
    .select(['id', 'status', 'valid_from', 'valid_to'])
    .where('institution_id', '=', s.institutionId)
    .where('occupation_code', '=', s.occupationCode)
    .where('level', '=', s.level)
    .forUpdate()
    .executeTakeFirst();
  if (!existing || (existing.status !== 'active' && existing.status !== 'suspended')) return null;
  const from = existing.valid_from === null ? null : day(existing.valid_from);
  const to = existing.valid_to === null ? null : day(existing.valid_to);
  const before = { status: existing.status, validFrom: from, validTo: to };
  // Open-ended already, or ending before the eve of the successor: not a continuation.
  if (to === null || to < dayBefore(s.validFrom) || (from !== null && from > s.validFrom)) return null;
  await trx
    .updateTable('institution_scopes')
    .set({ valid_to: s.validTo, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
    .where('id', '=', existing.id)
    .execute();
  return { id: existing.id, before, after: { ...before, validTo: s.validTo } };
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The successor entry continues the renewed one (0031 directory_entries.renews_entry_id). */
export async function markRenewal(
  trx: Transaction<DB>,
  entryId: string,
  renewsEntryId: string,
): Promise<void> {
  await trx
    .updateTable('directory_entries')
    .set({ renews_entry_id: renewsEntryId })
    .where('id', '=', entryId)
    .execute();
}
