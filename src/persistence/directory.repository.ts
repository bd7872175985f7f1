// The public directory (机构目录) and the registry rows a published filing sets: SQL only. Entries are
// published inside a transition's transaction and never edited afterwards, except to record their
// withdrawal.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Citation } from '../domain/citation.js';
import type { DB, RegistryStatus } from './schema.js';
import { exitKindOf, type ExitKind } from '../domain/exit-kind.js';
import { containsPattern, isoTime, offsetOf, type PageRequest } from './paging.js';
import { jurisdictionPrefix } from '../policies/scope.js';

export interface EntryScope {
  occupationCode: string;
  level: number;
}
export interface EntryProgramme {
  name: string;
  code?: string | null;
  /** 1+X certificate levels: junior 初级 / intermediate 中级 / senior 高级 (1x-selection §16). */
  levels?: readonly string[];
}

export interface NewDirectoryEntry {
  institutionId: string;
  branchId: string | null;
  /** The case that decided it; null for an imported existing filing (then importBatchId is set). */
  caseId: string | null;
  importBatchId?: string | null;
  importRow?: number | null;
  procedure: string;
  regime: string;
  filingCode: string;
  institutionName: string;
  institutionKind: string;
  branchName: string | null;
  jurisdictionCode: string;
  authorityId: string;
  validFrom: string;
  validTo: string | null;
  citations: readonly Citation[];
  publishedOn: string;
  publishedBy: string | null;
  scopes: readonly EntryScope[];
  programmes: readonly EntryProgramme[];
}

export interface DirectoryEntryRow {
  id: string;
  institutionId: string;
  branchId: string | null;
  /** null: brought in by an import of existing filings (0014). */
  caseId: string | null;
  procedure: string;
  filingCode: string;
  validFrom: string;
  validTo: string | null;
  withdrawnOn: string | null;
  scopes: EntryScope[];
}

export async function insertDirectoryEntry(trx: Transaction<DB>, e: NewDirectoryEntry): Promise<string> {
  const id = randomUUID();
  await trx
    .insertInto('directory_entries')
    .values({
      id,
      institution_id: e.institutionId,
      branch_id: e.branchId,
      case_id: e.caseId,
      procedure: e.procedure,
      regime: e.regime,
      filing_code: e.filingCode,
      institution_name: e.institutionName,
      institution_kind: e.institutionKind,
      branch_name: e.branchName,
      jurisdiction_code: e.jurisdictionCode,
      authority_id: e.authorityId,
      valid_from: e.validFrom,
      valid_to: e.validTo,
      citations: JSON.stringify(e.citations),
      published_on: e.publishedOn,
      published_by: e.publishedBy,
      withdrawn_on: null,
      withdrawn_at: null,
      withdrawn_by: null,
      withdrawal_reason: null,
      withdrawal_citations: null,
      withdrawal_case_id: null,
      import_batch_id: e.importBatchId ?? null,
      import_row: e.importRow ?? null,
    })
    .execute();
  await insertEntryScopesAndProgrammes(trx, id, e);
  return id;
}

/** The scope and programme rows of an entry (a new entry, or an imported one rewritten). */
export async function insertEntryScopesAndProgrammes(
  trx: Transaction<DB>,
  id: string,
  e: Pick<NewDirectoryEntry, 'scopes' | 'programmes'>,
): Promise<void> {
  if (e.scopes.length > 0) {
    await trx
      .insertInto('directory_entry_scopes')
      .values(e.scopes.map((s) => ({ entry_id: id, occupation_code: s.occupationCode, level: s.level })))
      .execute();
  }
  if (e.programmes.length > 0) {
    await trx
      .insertInto('directory_entry_programmes')
      .values(
        e.programmes.map((p, i) => ({
          entry_id: id,
          seq: i + 1,
          name: p.name,
          code: p.code ?? null,
          levels: [...(p.levels ?? [])],
        })),
      )
      .execute();
  }
}

async function scopesOf(db: Kysely<DB>, entryIds: readonly string[]) {
  if (entryIds.length === 0) return [];
  return db
    .selectFrom('directory_entry_scopes as s')
    .innerJoin('occupations as o', 'o.code', 's.occupation_code')
    .select(['s.entry_id', 's.occupation_code', 's.level', 'o.name as occupation_name'])
    .where('s.entry_id', 'in', entryIds)
    .orderBy('s.occupation_code')
    .orderBy('s.level')
    .execute();
}

/** Locks and loads an entry (the withdrawal's row lock). */
export async function lockDirectoryEntry(
  trx: Transaction<DB>,
  by: { id: string } | { caseId: string },
): Promise<DirectoryEntryRow | undefined> {
  let q = trx.selectFrom('directory_entries').selectAll().forUpdate();
  q =
    'id' in by
      ? q.where('id', '=', by.id)
      : q.where('case_id', '=', by.caseId).where('withdrawn_at', 'is', null);
  const r = await q.executeTakeFirst();
  if (!r) return undefined;
  const scopes = await scopesOf(trx, [r.id]);
  return {
    id: r.id,
    institutionId: r.institution_id,
    branchId: r.branch_id,
    caseId: r.case_id,
    procedure: r.procedure,
    filingCode: r.filing_code,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    withdrawnOn: r.withdrawn_on,
    scopes: scopes.map((s) => ({ occupationCode: s.occupation_code, level: s.level })),
  };
}

export async function markEntryWithdrawn(
  trx: Transaction<DB>,
  w: {
    id: string;
    withdrawnOn: string;
    withdrawnBy: string | null;
    reason: string;
    citations: readonly Citation[];
    withdrawalCaseId: string | null;
  },
): Promise<void> {
  await trx
    .updateTable('directory_entries')
    .set({
      withdrawn_on: w.withdrawnOn,
      withdrawn_at: sql<Date>`now()`,
      withdrawn_by: w.withdrawnBy,
      withdrawal_reason: w.reason,
      withdrawal_citations: JSON.stringify(w.citations),
      withdrawal_case_id: w.withdrawalCaseId,
      version: sql<number>`version + 1`,
    })
    .where('id', '=', w.id)
    .execute();
}

/** An occupation × level a live entry grants, with the entry's validity. */
export interface LiveGrant extends EntryScope {
  validFrom: string;
  validTo: string | null;
}

/**
 * What the live (not withdrawn) directory entries grant the institution itself (`branchId` null: the
 * entries of its own filing or selection) or one of its branches (a branch filed locally has entries of
 * its own), each pair with its entry's validity. A lapsed entry is still returned: whether its validity
 * covers a date is for the rule that asks (e.g. mohrss-violations §14(2) on a session's days).
 */
export async function liveGrants(
  db: Kysely<DB>,
  institutionId: string,
  branchId: string | null,
): Promise<LiveGrant[]> {
  let q = db
    .selectFrom('directory_entry_scopes as s')
    .innerJoin('directory_entries as e', 'e.id', 's.entry_id')
    .select(['s.occupation_code', 's.level', 'e.valid_from', 'e.valid_to'])
    .where('e.institution_id', '=', institutionId)
    .where('e.withdrawn_at', 'is', null);
  q = branchId === null ? q.where('e.branch_id', 'is', null) : q.where('e.branch_id', '=', branchId);
  const rows = await q.orderBy('s.occupation_code').orderBy('s.level').orderBy('e.valid_from').execute();
  return rows.map((r) => ({
    occupationCode: r.occupation_code,
    level: r.level,
    validFrom: r.valid_from,
    validTo: r.valid_to,
  }));
}

/** Occupation × level pairs still granted to the institution by another live (not withdrawn) entry. */
export async function scopesOfOtherLiveEntries(
  trx: Transaction<DB>,
  institutionId: string,
  exceptEntryId: string,
): Promise<EntryScope[]> {
  const rows = await trx
    .selectFrom('directory_entry_scopes as s')
    .innerJoin('directory_entries as e', 'e.id', 's.entry_id')
    .select(['s.occupation_code', 's.level'])
    .where('e.institution_id', '=', institutionId)
    .where('e.branch_id', 'is', null)
    .where('e.withdrawn_at', 'is', null)
    .where('e.id', '!=', exceptEntryId)
    .execute();
  return rows.map((r) => ({ occupationCode: r.occupation_code, level: r.level }));
}

export async function countOtherLiveEntries(
  trx: Transaction<DB>,
  by: { institutionId: string; branchId: string | null },
  exceptEntryId: string,
): Promise<number> {
  let q = trx
    .selectFrom('directory_entries')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('institution_id', '=', by.institutionId)
    .where('withdrawn_at', 'is', null)
    .where('id', '!=', exceptEntryId);
  q = by.branchId ? q.where('branch_id', '=', by.branchId) : q.where('branch_id', 'is', null);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

export interface ScopeWrite {
  id: string;
  before: { status: string; validFrom: string | null; validTo: string | null } | null;
  after: { status: string; validFrom: string | null; validTo: string | null };
}

/**
 * The registry scope a filing grants: the institution's row for the occupation × level becomes active
 * with the filing's validity (inserted when absent). Returns before/after for the audit row.
 */
export async function grantInstitutionScope(
  trx: Transaction<DB>,
  s: {
    institutionId: string;
    occupationCode: string;
    level: number;
    validFrom: string;
    validTo: string | null;
  },
): Promise<ScopeWrite> {
  const existing = await trx
    .selectFrom('institution_scopes')
    .select(['id', 'status', 'valid_from', 'valid_to'])
    .where('institution_id', '=', s.institutionId)
    .where('occupation_code', '=', s.occupationCode)
    .where('level', '=', s.level)
    .forUpdate()
    .executeTakeFirst();
  const after = { status: 'active', validFrom: s.validFrom, validTo: s.validTo };
  if (existing) {
    await trx
      .updateTable('institution_scopes')
      .set({
        status: 'active',
        valid_from: s.validFrom,
        valid_to: s.validTo,
        version: sql<number>`version + 1`,
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', existing.id)
      .execute();
    return {
      id: existing.id,
      before: { status: existing.status, validFrom: existing.valid_from, validTo: existing.valid_to },
      after,
    };
  }
  const id = randomUUID();
  await trx
    .insertInto('institution_scopes')
    .values({
      id,
      institution_id: s.institutionId,
      occupation_code: s.occupationCode,
      level: s.level,
      valid_from: s.validFrom,
      valid_to: s.validTo,
      status: 'active',
    })
    .execute();
  return { id, before: null, after };
}

/** Ends the institution's scope row for the pair (a withdrawn filing); null when there is none. */
export async function endInstitutionScope(
  trx: Transaction<DB>,
  s: { institutionId: string; occupationCode: string; level: number; endedOn: string },
): Promise<ScopeWrite | null> {
  const existing = await trx
    .selectFrom('institution_scopes')
    .select(['id', 'status', 'valid_from', 'valid_to'])
    .where('institution_id', '=', s.institutionId)
    .where('occupation_code', '=', s.occupationCode)
    .where('level', '=', s.level)
    .forUpdate()
    .executeTakeFirst();
  if (!existing || existing.status === 'ended') return null;
  // The validity ends the day of the withdrawal at the latest; a valid_from after it is not moved.
  const validTo =
    existing.valid_to !== null && existing.valid_to < s.endedOn
      ? existing.valid_to
      : existing.valid_from !== null && existing.valid_from > s.endedOn
        ? existing.valid_from
        : s.endedOn;
  await trx
    .updateTable('institution_scopes')
    .set({
      status: 'ended',
      valid_to: validTo,
      version: sql<number>`version + 1`,
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', existing.id)
    .execute();
  return {
    id: existing.id,
    before: { status: existing.status, validFrom: existing.valid_from, validTo: existing.valid_to },
    after: { status: 'ended', validFrom: existing.valid_from, validTo },
  };
}

/**
 * Sets the registry status of the institution (or of its branch) and records the change in
 * institution_status_history; returns the previous status, or null when it already had that status.
 */
export async function setRegistryStatus(
  trx: Transaction<DB>,
  s: {
    institutionId: string;
    branchId: string | null;
    status: RegistryStatus;
    reason: string;
    changedBy: string | null;
  },
): Promise<RegistryStatus | null> {
  if (s.branchId) {
    const b = await trx
      .selectFrom('branches')
      .select('status')
      .where('id', '=', s.branchId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (b.status === s.status) return null;
    await trx
      .updateTable('branches')
      .set({ status: s.status, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
      .where('id', '=', s.branchId)
      .execute();
    return b.status;
  }
  const i = await trx
    .selectFrom('institutions')
    .select('status')
    .where('id', '=', s.institutionId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (i.status === s.status) return null;
  await trx
    .updateTable('institutions')
    .set({ status: s.status, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
    .where('id', '=', s.institutionId)
    .execute();
  await trx
    .insertInto('institution_status_history')
    .values({
      id: randomUUID(),
      institution_id: s.institutionId,
      from_status: i.status,
      to_status: s.status,
      reason: s.reason,
      changed_by: s.changedBy,
    })
    .execute();
  return i.status;
}

/** Records the validity a filing or selection grants on its case (issue 4 "Validity"). */
export async function setCaseValidity(
  trx: Transaction<DB>,
  caseId: string,
  validFrom: string,
  validTo: string | null,
): Promise<void> {
  await trx
    .updateTable('cases')
    .set({ valid_from: validFrom, valid_to: validTo })
    .where('id', '=', caseId)
    .execute();
}

export async function institutionForEntry(
  trx: Transaction<DB>,
  institutionId: string,
  branchId: string | null,
) {
  const inst = await trx
    .selectFrom('institutions')
    .select(['name', 'kind', 'jurisdiction_code'])
    .where('id', '=', institutionId)
    .executeTakeFirst();
  if (!inst) return undefined;
  if (!branchId)
    return { name: inst.name, kind: inst.kind, branchName: null, jurisdictionCode: inst.jurisdiction_code };
  const b = await trx
    .selectFrom('branches')
    .select(['name', 'jurisdiction_code'])
    .where('id', '=', branchId)
    .where('institution_id', '=', institutionId)
    .executeTakeFirst();
  return b && { name: inst.name, kind: inst.kind, branchName: b.name, jurisdictionCode: b.jurisdiction_code };
}

// ---- The public directory (no personal data: names of institutions and authorities, codes, dates).

export interface PublicEntry {
  id: string;
  institutionName: string;
  institutionKind: string;
  branchName: string | null;
  jurisdictionCode: string;
  jurisdictionName: string;
  procedure: string;
  regime: string;
  filingCode: string;
  validFrom: string;
  validTo: string | null;
  /** Within its validity today (false: lapsed, or not yet in force). */
  current: boolean;
  authority: { id: string; name: string };
  publishedOn: string;
  publishedAt: string;
  citations: Citation[];
  /** endedOn: the day an exit ended this occupation × level alone (1x-exit §2, issue 15 point 5); else null. */
  scopes: { occupationCode: string; occupationName: string; level: number; endedOn: string | null }[];
  /** withdrawnOn: the day one certificate programme exited (1x-exit §2 ¶2); else null. */
  programmes: { name: string; code: string | null; levels: string[]; withdrawnOn: string | null }[];
  /**
   * How and when the entry left the directory (issue 15 point 7): the exit's kind (自动终止, 自愿退出, 责令终止,
   * 取消资格 — or a withdrawal without an exit row) and the day; null while the entry is live.
   */
  ending: { kind: ExitKind; on: string; exitId: string | null } | null;
  /** Brought in by an import of existing filings (0014): its source; null for an entry a case published. */
  imported: { batchId: string; fileName: string; importedOn: string; row: number | null } | null;
  /**
   * 暂停评价活动 (mohrss-violations §13: during the rectification period): since when and the deadline
   * the authority set; null when the institution is not suspended.
   */
  suspension: { startsOn: string; dueOn: string | null } | null;
}

export interface DirectoryFilter {
  q?: string | undefined;
  occupationCode?: string | undefined;
  level?: number | undefined;
  jurisdictionCode?: string | undefined;
  kind?: string | undefined;
  procedure?: string | undefined;
  /** Include entries whose validity has ended (default: only those in force or not yet started). */
  includeLapsed?: boolean | undefined;
  /**
   * By validity: in force or not yet started (default), lapsed only, or all (live entries); overrides
   * includeLapsed. 'exited': the entries withdrawn by an exit or a cancellation (issue 15 point 7).
   */
  status?: 'in_force' | 'lapsed' | 'all' | 'exited' | undefined;
  /** Only entries in force today whose validity ends on or before this day (renewal comes due). */
  validUntil?: string | undefined;
  /** Only entries decided by this authority. */
  authorityId?: string | undefined;
  today: string;
}

const entriesBase = (db: Kysely<DB>) =>
  db
    .selectFrom('directory_entries as e')
    .innerJoin('authorities as a', 'a.id', 'e.authority_id')
    .innerJoin('jurisdictions as j', 'j.code', 'e.jurisdiction_code')
    .leftJoin('filing_import_batches as b', 'b.id', 'e.import_batch_id');
const publicBase = (db: Kysely<DB>) => entriesBase(db).where('e.withdrawn_at', 'is', null);
/**
 * An entry withdrawn by an exit (institution_exits: its own, or the institution's whole exit of that day)
 * stays public with how and when it ended (issue 15 point 7); one withdrawn otherwise (a filing cancelled
 * for false materials before the exit routes) stays out, as before (docs/decisions/0046).
 */
const withdrawnByExit = sql<boolean>`(e.withdrawn_at is not null and exists (
  select 1 from institution_exits x
   where x.entry_id = e.id
      or (x.entry_id is null and x.institution_id = e.institution_id and e.branch_id is null
          and x.terminated_on = e.withdrawn_on)))`;
const exitedBase = (db: Kysely<DB>) => entriesBase(db).where(withdrawnByExit);
const readableBase = (db: Kysely<DB>) =>
  entriesBase(db).where((eb) => eb.or([eb('e.withdrawn_at', 'is', null), withdrawnByExit]));

type PublicRow = Awaited<ReturnType<typeof selectPublic>>[number];
const selectPublic = (q: ReturnType<typeof entriesBase>) =>
  q
    .select([
      'e.id',
      'e.institution_id',
      'e.institution_name',
      'e.institution_kind',
      'e.branch_name',
      'e.jurisdiction_code',
      'j.name as jurisdiction_name',
      'e.procedure',
      'e.regime',
      'e.filing_code',
      'e.valid_from',
      'e.valid_to',
      'e.authority_id',
      'a.name as authority_name',
      'e.published_on',
      'e.published_at',
      'e.citations',
      'e.import_batch_id',
      'e.import_row',
      'b.file_name as import_file_name',
      'b.imported_on',
      'e.branch_id',
      'e.withdrawn_on',
    ])
    .execute();

/**
 * The exits behind the entries (institution_exits): the exit that withdrew a withdrawn entry — its own
 * (entry_id) or, for an exit of the whole institution (entry_id null), the one of that day — and the exits
 * of some occupations of a live entry.
 */
async function exitsOf(db: Kysely<DB>, rows: PublicRow[], asOf: Date | undefined) {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const institutions = [...new Set(rows.map((r) => r.institution_id))];
  return db
    .selectFrom('institution_exits')
    .select(['id', 'institution_id', 'entry_id', 'route', 'regime', 'scope', 'occupations', 'terminated_on'])
    .$if(asOf !== undefined, (q) => q.where('created_at', '<', asOf!))
    .where((eb) =>
      eb.or([
        eb('entry_id', 'in', ids),
        eb.and([eb('entry_id', 'is', null), eb('institution_id', 'in', institutions)]),
      ]),
    )
    .orderBy('terminated_on')
    .execute();
}

/**
 * The entries as the public reads them. `asOf` (the open-data snapshot): the directory as it stood at that
 * moment — an entry withdrawn since shows live, and only the exits recorded before it narrow an entry — so
 * that the day's snapshot is the same bytes whenever it is rendered.
 */
async function toPublic(
  db: Kysely<DB>,
  rows: PublicRow[],
  today: string,
  asOf?: Date,
): Promise<PublicEntry[]> {
  const ids = rows.map((r) => r.id);
  const scopes = await scopesOf(db, ids);
  const programmes =
    ids.length === 0
      ? []
      : await db
          .selectFrom('directory_entry_programmes')
          .selectAll()
          .where('entry_id', 'in', ids)
          .orderBy('seq')
          .execute();
  const institutionIds = [...new Set(rows.map((r) => r.institution_id))];
  const exits = await exitsOf(db, rows, asOf);
  const withdrawnOn = (r: PublicRow) => (asOf ? null : r.withdrawn_on);
  const endingOf = (r: PublicRow): PublicEntry['ending'] => {
    const on = withdrawnOn(r);
    if (on === null) return null;
    const x =
      exits.find((x) => x.entry_id === r.id && x.scope !== 'occupations' && x.scope !== 'programmes') ??
      exits.find((x) => x.entry_id === r.id && x.terminated_on === r.withdrawn_on) ??
      exits.find(
        (x) =>
          x.entry_id === null &&
          x.institution_id === r.institution_id &&
          r.branch_id === null &&
          x.terminated_on === r.withdrawn_on,
      );
    return x
      ? { kind: exitKindOf(x.route, x.regime), on: x.terminated_on, exitId: x.id }
      : { kind: 'withdrawn', on, exitId: null };
  };
  const scopeEndedOn = (entryId: string, code: string, level: number): string | null =>
    exits.find(
      (x) =>
        x.entry_id === entryId &&
        x.scope === 'occupations' &&
        (x.occupations as { occupationCode: string; level: number }[]).some(
          (o) => o.occupationCode === code && o.level === level,
        ),
    )?.terminated_on ?? null;
  const suspensions =
    institutionIds.length === 0
      ? []
      : await db
          .selectFrom('institution_sanctions')
          .select(['institution_id', 'starts_on', 'due_on'])
          .where('institution_id', 'in', institutionIds)
          .where('kind', '=', 'suspension')
          .where('ended_on', 'is', null)
          .execute();
  return rows.map((r) => ({
    id: r.id,
    suspension: (() => {
      const s = suspensions.find((x) => x.institution_id === r.institution_id);
      return s ? { startsOn: s.starts_on, dueOn: s.due_on } : null;
    })(),
    institutionName: r.institution_name,
    institutionKind: r.institution_kind,
    branchName: r.branch_name,
    jurisdictionCode: r.jurisdiction_code,
    jurisdictionName: r.jurisdiction_name,
    procedure: r.procedure,
    regime: r.regime,
    filingCode: r.filing_code,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    current: withdrawnOn(r) === null && r.valid_from <= today && (r.valid_to === null || r.valid_to >= today),
    authority: { id: r.authority_id, name: r.authority_name },
    publishedOn: r.published_on,
    publishedAt: isoTime(r.published_at),
    citations: r.citations as Citation[],
    scopes: scopes
      .filter((s) => s.entry_id === r.id)
      .map((s) => ({
        occupationCode: s.occupation_code,
        occupationName: s.occupation_name,
        level: s.level,
        endedOn: scopeEndedOn(r.id, s.occupation_code, s.level),
      })),
    programmes: programmes
      .filter((p) => p.entry_id === r.id)
      .map((p) => ({
        name: p.name,
        code: p.code,
        levels: p.levels,
        withdrawnOn: p.exit_id && exits.some((x) => x.id === p.exit_id) ? p.withdrawn_on : null,
      })),
    ending: endingOf(r),
    imported:
      r.import_batch_id && r.import_file_name && r.imported_on
        ? {
            batchId: r.import_batch_id,
            fileName: r.import_file_name,
            importedOn: r.imported_on,
            row: r.import_row,
          }
        : null,
  }));
}

export async function listPublicEntries(
  db: Kysely<DB>,
  f: DirectoryFilter,
  page: PageRequest,
): Promise<{ items: PublicEntry[]; total: number }> {
  const status = f.status ?? (f.includeLapsed ? 'all' : 'in_force');
  // Withdrawn entries are listed only when asked for (issue 15 point 7: 已退出); the default stays the live ones.
  let q = status === 'exited' ? exitedBase(db) : publicBase(db);
  if (f.q) {
    const p = containsPattern(f.q);
    const uscc = f.q.trim().toUpperCase();
    if (/^[0-9A-Z]{18}$/.test(uscc)) {
      // A unified social credit code finds its institution (issue 12 point 5): one probe of the
      // unique index, instead of a pattern over every entry.
      q = q.where('e.institution_id', 'in', (eb) =>
        eb.selectFrom('institutions').select('id').where('uscc', '=', uscc),
      );
    } else {
      q = q.where((eb) =>
        eb.or([
          eb('e.institution_name', 'ilike', p),
          eb('e.branch_name', 'ilike', p),
          eb('e.filing_code', 'ilike', p),
          // An occupation by name: the entries whose scope holds it — a semi-join computed once (the
          // catalogue's 1,639 names), not a lookup per entry.
          eb(
            'e.id',
            'in',
            eb
              .selectFrom('directory_entry_scopes as s')
              .innerJoin('occupations as o', 'o.code', 's.occupation_code')
              .select('s.entry_id')
              .where('o.name', 'ilike', p),
          ),
        ]),
      );
    }
  }
  if (f.occupationCode || f.level) {
    q = q.where((eb) => {
      let s = eb
        .selectFrom('directory_entry_scopes as s')
        .select('s.entry_id')
        .whereRef('s.entry_id', '=', 'e.id');
      if (f.occupationCode) s = s.where('s.occupation_code', '=', f.occupationCode);
      if (f.level) s = s.where('s.level', '=', f.level);
      return eb.exists(s);
    });
  }
  if (f.jurisdictionCode) {
    const prefix = jurisdictionPrefix(f.jurisdictionCode);
    if (prefix !== '') q = q.where('e.jurisdiction_code', 'like', `${prefix}%`);
  }
  if (f.kind) q = q.where('e.institution_kind', '=', f.kind);
  if (f.procedure) q = q.where('e.procedure', '=', f.procedure);
  if (status === 'in_force')
    q = q.where((eb) => eb.or([eb('e.valid_to', 'is', null), eb('e.valid_to', '>=', f.today)]));
  if (status === 'lapsed') q = q.where('e.valid_to', '<', f.today);
  if (f.validUntil) q = q.where('e.valid_to', '>=', f.today).where('e.valid_to', '<=', f.validUntil);
  if (f.authorityId) q = q.where('e.authority_id', '=', f.authorityId);
  const [rows, count] = await Promise.all([
    selectPublic(
      (status === 'exited' ? q.orderBy('e.withdrawn_on', 'desc') : q)
        .orderBy('e.published_on', 'desc')
        .orderBy('e.institution_name')
        .orderBy('e.id')
        .limit(page.pageSize)
        .offset(offsetOf(page)),
    ),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: await toPublic(db, rows, f.today), total: Number(count.n) };
}

export async function findPublicEntry(
  db: Kysely<DB>,
  id: string,
  today: string,
): Promise<PublicEntry | undefined> {
  // A withdrawn entry stays readable, with how and when it ended (issue 15 point 7).
  const rows = await selectPublic(readableBase(db).where('e.id', '=', id));
  return (await toPublic(db, rows, today))[0];
}

/** The live entry a case published, if any (for the case page). */
export async function findLiveEntryOfCase(
  db: Kysely<DB>,
  caseId: string,
  today: string,
): Promise<PublicEntry | undefined> {
  const rows = await selectPublic(publicBase(db).where('e.case_id', '=', caseId));
  return (await toPublic(db, rows, today))[0];
}

// ---- Open data (issue 12 point 5): the whole directory, and what changed since a moment.

/**
 * Every entry published before `asOf` and not withdrawn by then, in a stable order (its id), `batch`
 * at a time: the directory as it stood at that moment, the same whichever process reads it.
 */
export async function* publicEntriesAsOf(
  db: Kysely<DB>,
  asOf: Date,
  today: string,
  batch = 1000,
): AsyncGenerator<PublicEntry[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await selectPublic(
      entriesBase(db)
        .where('e.published_at', '<', asOf)
        .where((eb) => eb.or([eb('e.withdrawn_at', 'is', null), eb('e.withdrawn_at', '>=', asOf)]))
        .where('e.id', '>', after)
        .orderBy('e.id')
        .limit(batch),
    );
    if (rows.length === 0) return;
    yield await toPublic(db, rows, today, asOf);
    if (rows.length < batch) return;
    after = rows.at(-1)!.id;
  }
}

export interface DirectoryChange {
  /** When the entry was published or withdrawn (ISO); the feed is ordered by it, then by id. */
  at: string;
  change: 'published' | 'withdrawn';
  entryId: string;
  /** The entry as published now; null once withdrawn (then only its name and filing code). */
  entry: PublicEntry | null;
  institutionName: string;
  filingCode: string;
  /**
   * For a withdrawal: how the entry left (自动终止, 自愿退出, 责令终止, 取消资格, or a withdrawal without an
   * exit) and the day — what a mirror of the directory must show (issue 15 point 7); null for a publication.
   */
  ending: PublicEntry['ending'];
}

/**
 * The changes after (at, id), oldest first, at most `limit`: publications and withdrawals, each a
 * moment of one entry. A withdrawn entry appears twice: published, then withdrawn.
 */
export async function directoryChangesAfter(
  db: Kysely<DB>,
  after: { at: string; id: string },
  limit: number,
  today: string,
): Promise<DirectoryChange[]> {
  const events = await sql<{
    at_text: string;
    change: 'published' | 'withdrawn';
    id: string;
    institution_name: string;
    filing_code: string;
    live: boolean;
  }>`
    -- The moment with its microseconds, so that a cursor taken from it loses nothing.
    select to_char(ev.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at_text,
           ev.change, ev.id, ev.institution_name, ev.filing_code, ev.live
    from (
      select published_at as at, 'published' as change, id, institution_name, filing_code,
             withdrawn_at is null as live
        from directory_entries where published_at >= ${after.at}::timestamptz
      union all
      select withdrawn_at as at, 'withdrawn' as change, id, institution_name, filing_code, false as live
        from directory_entries where withdrawn_at >= ${after.at}::timestamptz
    ) ev
    where (ev.at, ev.id) > (${after.at}::timestamptz, ${after.id}::uuid)
    order by ev.at, ev.id, ev.change
    limit ${limit}
  `.execute(db);
  const liveIds = [...new Set(events.rows.filter((e) => e.live).map((e) => e.id))];
  const live =
    liveIds.length === 0
      ? []
      : await toPublic(db, await selectPublic(publicBase(db).where('e.id', 'in', liveIds)), today);
  const byId = new Map(live.map((e) => [e.id, e]));
  const withdrawnIds = [...new Set(events.rows.filter((e) => e.change === 'withdrawn').map((e) => e.id))];
  const withdrawn =
    withdrawnIds.length === 0
      ? []
      : await toPublic(db, await selectPublic(entriesBase(db).where('e.id', 'in', withdrawnIds)), today);
  const endingById = new Map(withdrawn.map((e) => [e.id, e.ending]));
  return events.rows.map((e) => ({
    at: e.at_text,
    change: e.change,
    entryId: e.id,
    entry: e.live ? (byId.get(e.id) ?? null) : null,
    institutionName: e.institution_name,
    filingCode: e.filing_code,
    ending: e.change === 'withdrawn' ? (endingById.get(e.id) ?? null) : null,
  }));
}
