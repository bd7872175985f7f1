// Evaluation sessions 评价批次 (issue 11 point 1) and the subjects their occupation's standard records:
// SQL only. Every list and get is filtered by the caller's scope in the query itself.
import { sql, type Expression, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { DB, EvaluationSessionStatus, EvaluationSubject, SubjectsByLevel } from './schema.js';
import type { InstitutionScope } from '../policies/scope.js';
import { institutionInScope } from './registry-scope.js';
import { isoTime, offsetOf, type PageRequest } from './paging.js';

/** The opening check as it was run: name, the date it was run as of, its outcome and findings. */
export interface StoredCheck {
  check: string;
  asOf: string;
  outcome: string;
  findings: unknown[];
}

export interface NewEvaluationSession {
  id: string;
  institutionId: string;
  branchId: string | null;
  siteId: string;
  occupationCode: string;
  level: number;
  startsOn: string;
  endsOn: string;
  subjects: EvaluationSubject[];
  standardId: string;
  findings: StoredCheck;
  createdBy: string | null;
}

export interface EvaluationSessionRecord {
  id: string;
  institutionId: string;
  institutionName: string;
  branchId: string | null;
  branchName: string | null;
  /** Where the opener is filed: the branch's jurisdiction for a branch's session, else the institution's. */
  jurisdictionCode: string;
  siteId: string;
  siteName: string;
  siteAddress: string;
  occupationCode: string;
  occupationName: string;
  level: number;
  startsOn: string;
  endsOn: string;
  subjects: EvaluationSubject[];
  standardId: string;
  standardTitle: string;
  status: EvaluationSessionStatus;
  findings: StoredCheck;
  createdAt: string;
  closedAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  version: number;
}

/**
 * Sessions in a scope: those of the institutions in it (scope-sql.ts) and, for a territorial scope, also
 * those a branch working in the territory opened — the province where a branch is filed supervises what
 * it does there, whichever province its institution is in.
 */
export function sessionInScope(scope: InstitutionScope): Expression<SqlBool> {
  const own = institutionInScope(scope, sql.ref('s.institution_id'));
  if (scope.kind !== 'jurisdiction') return own;
  return sql<SqlBool>`(${own} or s.branch_id in (select b.id from branches b where b.jurisdiction_code like ${scope.prefix + '%'}))`;
}

const sessions = (db: Kysely<DB>) =>
  db
    .selectFrom('evaluation_sessions as s')
    .innerJoin('institutions as i', 'i.id', 's.institution_id')
    .leftJoin('branches as b', 'b.id', 's.branch_id')
    .innerJoin('sites as t', 't.id', 's.site_id')
    .innerJoin('occupations as o', 'o.code', 's.occupation_code')
    .innerJoin('occupation_standards as st', 'st.id', 's.standard_id')
    .selectAll('s')
    .select([
      'i.name as institution_name',
      'i.jurisdiction_code as institution_jurisdiction',
      'b.name as branch_name',
      'b.jurisdiction_code as branch_jurisdiction',
      't.name as site_name',
      't.address as site_address',
      'o.name as occupation_name',
      'st.title as standard_title',
    ]);

type Row = Awaited<ReturnType<ReturnType<typeof sessions>['executeTakeFirstOrThrow']>>;

const toRecord = (r: Row): EvaluationSessionRecord => ({
  id: r.id,
  institutionId: r.institution_id,
  institutionName: r.institution_name,
  branchId: r.branch_id,
  branchName: r.branch_name,
  jurisdictionCode: r.branch_jurisdiction ?? r.institution_jurisdiction,
  siteId: r.site_id,
  siteName: r.site_name,
  siteAddress: r.site_address,
  occupationCode: r.occupation_code,
  occupationName: r.occupation_name,
  level: r.level,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  subjects: r.subjects,
  standardId: r.standard_id,
  standardTitle: r.standard_title,
  status: r.status,
  findings: r.findings as unknown as StoredCheck,
  createdAt: isoTime(r.created_at),
  closedAt: r.closed_at ? isoTime(r.closed_at) : null,
  cancelledAt: r.cancelled_at ? isoTime(r.cancelled_at) : null,
  cancelReason: r.cancel_reason,
  version: r.version,
});

export interface SessionFilters {
  institutionId?: string | undefined;
  branchId?: string | undefined;
  status?: EvaluationSessionStatus | undefined;
  occupationCode?: string | undefined;
  level?: number | undefined;
  /** Sessions that end on or after this date. */
  from?: string | undefined;
  /** Sessions that start on or before this date. */
  to?: string | undefined;
}

export async function listEvaluationSessions(
  db: Kysely<DB>,
  scope: InstitutionScope,
  f: SessionFilters,
  page: PageRequest,
): Promise<{ items: EvaluationSessionRecord[]; total: number }> {
  let q = sessions(db).where(sessionInScope(scope));
  if (f.institutionId) q = q.where('s.institution_id', '=', f.institutionId);
  if (f.branchId) q = q.where('s.branch_id', '=', f.branchId);
  if (f.status) q = q.where('s.status', '=', f.status);
  if (f.occupationCode) q = q.where('s.occupation_code', '=', f.occupationCode);
  if (f.level !== undefined) q = q.where('s.level', '=', f.level);
  if (f.from) q = q.where('s.ends_on', '>=', f.from);
  if (f.to) q = q.where('s.starts_on', '<=', f.to);
  const [rows, count] = await Promise.all([
    q
      .orderBy('s.starts_on', 'desc')
      .orderBy('s.created_at', 'desc')
      .orderBy('s.id')
      .limit(page.pageSize)
      .offset(offsetOf(page))
      .execute(),
    db
      .selectFrom(q.as('x'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toRecord), total: Number(count.n) };
}

export async function findEvaluationSession(
  db: Kysely<DB>,
  scope: InstitutionScope,
  id: string,
): Promise<EvaluationSessionRecord | undefined> {
  const r = await sessions(db).where(sessionInScope(scope)).where('s.id', '=', id).executeTakeFirst();
  return r ? toRecord(r) : undefined;
}

export async function insertEvaluationSession(trx: Transaction<DB>, v: NewEvaluationSession): Promise<void> {
  await trx
    .insertInto('evaluation_sessions')
    .values({
      id: v.id,
      institution_id: v.institutionId,
      branch_id: v.branchId,
      site_id: v.siteId,
      occupation_code: v.occupationCode,
      level: v.level,
      starts_on: v.startsOn,
      ends_on: v.endsOn,
      subjects: v.subjects,
      standard_id: v.standardId,
      findings: JSON.stringify(v.findings),
      created_by: v.createdBy,
      closed_at: null,
      closed_by: null,
      cancelled_at: null,
      cancelled_by: null,
      cancel_reason: null,
    })
    .execute();
}

/** Moves a planned session to closed or cancelled; false when it changed since `version` (409). */
export async function endEvaluationSession(
  trx: Transaction<DB>,
  id: string,
  version: number,
  to: { status: 'closed'; by: string } | { status: 'cancelled'; by: string; reason: string },
): Promise<boolean> {
  const r = await trx
    .updateTable('evaluation_sessions')
    .set(
      to.status === 'closed'
        ? {
            status: 'closed',
            closed_at: sql<Date>`now()`,
            closed_by: to.by,
            version: sql<number>`version + 1`,
          }
        : {
            status: 'cancelled',
            cancelled_at: sql<Date>`now()`,
            cancelled_by: to.by,
            cancel_reason: to.reason,
            version: sql<number>`version + 1`,
          },
    )
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'planned')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A standard recorded for the occupation, with the subjects it prescribes per level (null = not recorded). */
export interface StandardSubjects {
  id: string;
  kind: 'national_standard' | 'evaluation_norm';
  title: string;
  subjectsByLevel: SubjectsByLevel | null;
}

/** The standards recorded for an occupation: national standards first (they govern), then evaluation norms. */
export async function standardsOf(db: Kysely<DB>, occupationCode: string): Promise<StandardSubjects[]> {
  const rows = await db
    .selectFrom('occupation_standards')
    .select(['id', 'kind', 'title', 'subjects_by_level'])
    .where('occupation_code', '=', occupationCode)
    .orderBy(sql`case kind when 'national_standard' then 0 else 1 end`)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind, title: r.title, subjectsByLevel: r.subjects_by_level }));
}
