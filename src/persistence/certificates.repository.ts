// 证书登记: the certificate register (issue 11 points 5 and 7), built for 10⁸ rows partitioned by year of
// issue (0017). The query builders carry names that docs/scale.md quotes with their EXPLAINs:
//   institutionCertificatesQuery  an institution's certificates, keyset-paged on (issue_year, number)
//   certificateByNumberQuery      one number: issue_year = 2000 + digits 14–15, so one partition
//   certificatesByHolderQuery     name + document by the keyed hash (certificates_doc_idx)
//   certificateCountsQuery        institution × occupation × year × level (certificates_institution_idx)
//   issuanceDelayQuery            session end → queryable, per institution, for one year
// No list counts the whole table and none pages with OFFSET: a page is "the next N after this key".
// Scope is applied in every query (certificateInScope); outside it a certificate does not exist.
import { sql, type Expression, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { CertificateStatus, DB } from './schema.js';
import type { InstitutionScope } from '../policies/scope.js';
import { institutionInScope } from './registry-scope.js';

/** The issuing institution in scope, or — for a territorial scope — a branch of it working there. */
export function certificateInScope(scope: InstitutionScope): Expression<SqlBool> {
  const own = institutionInScope(scope, sql.ref('c.institution_id'));
  if (scope.kind !== 'jurisdiction') return own;
  return sql<SqlBool>`(${own} or c.branch_id in (select b.id from branches b where b.jurisdiction_code like ${scope.prefix + '%'}))`;
}

/**
 * certificateInScope for queries that join the issuing institution as `i` and the branch as `b`: a
 * territorial scope tested on those rows, `i.jurisdiction_code like … or b.jurisdiction_code like …`.
 * The same certificates; but an OR of two IN-subqueries cannot become a join, and PostgreSQL ran it as
 * a filter after reading the rows — a search by document hash and name turned from 18 index probes
 * into a parallel scan (docs/scale.md, "What must change" 2: 56 ms → 0.25 ms at 10⁷).
 */
export function joinedCertificateInScope(scope: InstitutionScope): Expression<SqlBool> {
  if (scope.kind !== 'jurisdiction') return certificateInScope(scope);
  const like = scope.prefix + '%';
  return sql<SqlBool>`(i.jurisdiction_code like ${like} or b.jurisdiction_code like ${like})`;
}

export interface CertificateListFilters {
  institutionId?: string | undefined;
  sessionId?: string | undefined;
  occupationCode?: string | undefined;
  level?: number | undefined;
  year?: number | undefined;
  status?: CertificateStatus | undefined;
  /** Issued on or after / on or before (renewal counts within a validity period: gz-rules §8–10). */
  issuedFrom?: string | undefined;
  issuedTo?: string | undefined;
}

/** The key of the last row of a page: the next page starts after it (issue_year desc, number desc). */
export interface CertificateCursor {
  year: number;
  number: string;
}

const listed = (db: Kysely<DB>) =>
  db
    .selectFrom('certificates as c')
    .innerJoin('institutions as i', 'i.id', 'c.institution_id')
    .leftJoin('branches as b', 'b.id', 'c.branch_id')
    .leftJoin('occupations as o', 'o.code', 'c.occupation_code')
    .select([
      'c.id',
      'c.issue_year',
      'c.number',
      'c.issued_on',
      'c.institution_id',
      'i.name as institution_name',
      'c.branch_id',
      'b.name as branch_name',
      'c.session_id',
      'c.upload_id',
      'c.holder_name',
      'c.holder_doc_type',
      'c.holder_doc_masked',
      'c.occupation_code',
      'o.name as occupation_name',
      'c.level',
      'c.status',
      'c.status_changed_at',
      'c.queryable_at',
    ]);

export type CertificateRow = Awaited<ReturnType<ReturnType<typeof listed>['executeTakeFirstOrThrow']>>;

/**
 * An institution's certificates, newest year first and by number within it, `limit` rows after
 * `after`. Served by certificates_institution_idx (0017: institution_id, issue_year, number, with INCLUDE columns);
 * a year filter prunes to one partition.
 */
export function institutionCertificatesQuery(
  db: Kysely<DB>,
  scope: InstitutionScope,
  f: CertificateListFilters,
  after: CertificateCursor | null,
  limit: number,
) {
  let q = listed(db).where(joinedCertificateInScope(scope));
  if (f.institutionId) q = q.where('c.institution_id', '=', f.institutionId);
  if (f.year !== undefined) q = q.where('c.issue_year', '=', f.year);
  if (f.sessionId) q = q.where('c.session_id', '=', f.sessionId);
  if (f.occupationCode) q = q.where('c.occupation_code', '=', f.occupationCode);
  if (f.level !== undefined) q = q.where('c.level', '=', f.level);
  if (f.status) q = q.where('c.status', '=', f.status);
  if (f.issuedFrom) q = q.where('c.issued_on', '>=', f.issuedFrom);
  if (f.issuedTo) q = q.where('c.issued_on', '<=', f.issuedTo);
  if (after)
    q = q.where(
      sql<SqlBool>`(c.issue_year, c.number) < (${after.year}::smallint, ${after.number}::char(22))`,
    );
  return q.orderBy('c.issue_year', 'desc').orderBy('c.number', 'desc').limit(limit);
}

/** One certificate by its number; the year comes from the number, so only its partition is read. */
export function certificateByNumberQuery(
  db: Kysely<DB>,
  scope: InstitutionScope,
  number: string,
  year: number,
) {
  return listed(db)
    .where('c.issue_year', '=', year)
    .where('c.number', '=', number)
    .where(joinedCertificateInScope(scope));
}

/** Certificates of one holder: the keyed hash of the document and the name as issued. */
export function certificatesByHolderQuery(
  db: Kysely<DB>,
  scope: InstitutionScope,
  /** The hashes under the current and previous keys (lookupHashes), so a key rotation loses nothing. */
  docHmacs: string[],
  name: string,
) {
  return listed(db)
    .where('c.holder_doc_hmac', 'in', docHmacs)
    .where('c.holder_name', '=', name)
    .where(joinedCertificateInScope(scope))
    .orderBy('c.issue_year', 'desc')
    .orderBy('c.number', 'desc')
    .limit(100);
}

/** One certificate by id (its primary key is (id, issue_year): one index probe per partition). */
export async function findCertificate(db: Kysely<DB>, scope: InstitutionScope, id: string) {
  return listed(db)
    .select(['c.holder_doc_enc', 'c.candidate_id'])
    .where('c.id', '=', id)
    .where(joinedCertificateInScope(scope))
    .executeTakeFirst();
}

export async function certificateHistory(db: Kysely<DB>, id: string, year: number) {
  return db
    .selectFrom('certificate_status_history as h')
    .leftJoin('users as u', 'u.id', 'h.changed_by')
    .leftJoin('cases as k', 'k.id', 'h.decision_case_id')
    .selectAll('h')
    .select(['u.display_name as changed_by_name', 'k.reference_no as decision_case_reference'])
    .where('h.certificate_id', '=', id)
    .where('h.issue_year', '=', year)
    .orderBy('h.changed_at')
    .execute();
}

export interface CountFilters {
  year: number;
  institutionId?: string | undefined;
}

/**
 * Certificates per institution × occupation × year × level (renewal reads these: gz-rules §8–10). The
 * grouping columns are the leading columns of certificates_institution_idx, so PostgreSQL answers it
 * from the index of one partition; names are joined after the grouping.
 */
/**
 * The rows of one year in scope, with the given columns, for the aggregates below. A territorial scope
 * is two halves joined by UNION ALL — the institutions of the territory, then their branches working
 * there whose institution is outside it — each a semi-join PostgreSQL runs as a nested loop over the
 * territory's institutions (or branches) through the index: the cost follows the territory's
 * certificates, not the partition (docs/scale.md, "What must change" 2, query 4b).
 */
function scopedRowsOfYear<
  C extends
    'institution_id' | 'occupation_code' | 'issue_year' | 'level' | 'status' | 'session_id' | 'queryable_at',
>(db: Kysely<DB>, scope: InstitutionScope, f: CountFilters, columns: readonly C[]) {
  const rows = (inScope: Expression<SqlBool>) => {
    let q = db
      .selectFrom('certificates as c')
      .select(columns.map((c) => `c.${c}` as const))
      .where('c.issue_year', '=', f.year)
      .where(inScope);
    if (f.institutionId) q = q.where('c.institution_id', '=', f.institutionId);
    return q;
  };
  if (scope.kind !== 'jurisdiction') return rows(certificateInScope(scope));
  const like = scope.prefix + '%';
  const territoryInstitutions = sql`(select i.id from institutions i where i.jurisdiction_code like ${like})`;
  return rows(sql<SqlBool>`c.institution_id in ${territoryInstitutions}`).unionAll(
    rows(
      sql<SqlBool>`c.branch_id in (select b.id from branches b where b.jurisdiction_code like ${like})
        and c.institution_id not in ${territoryInstitutions}`,
    ),
  );
}

export function certificateCountsQuery(db: Kysely<DB>, scope: InstitutionScope, f: CountFilters) {
  const rows = scopedRowsOfYear(db, scope, f, [
    'institution_id',
    'occupation_code',
    'issue_year',
    'level',
    'status',
  ]);
  const grouped = db
    .selectFrom(rows.as('c'))
    .select(['c.institution_id', 'c.occupation_code', 'c.issue_year', 'c.level'])
    .select((eb) => [
      eb.fn.countAll<string>().as('issued'),
      sql<string>`count(*) filter (where c.status = 'valid')`.as('valid'),
    ])
    .groupBy(['c.institution_id', 'c.occupation_code', 'c.issue_year', 'c.level']);
  return db
    .selectFrom(grouped.as('g'))
    .innerJoin('institutions as i', 'i.id', 'g.institution_id')
    .leftJoin('occupations as o', 'o.code', 'g.occupation_code')
    .select([
      'g.institution_id',
      'i.name as institution_name',
      'g.occupation_code',
      'o.name as occupation_name',
      'g.issue_year',
      'g.level',
      'g.issued',
      'g.valid',
    ])
    .orderBy('i.name')
    .orderBy('g.occupation_code')
    .orderBy('g.level');
}

/**
 * Per institution, for the certificates issued here in one year: how many days passed from the last
 * day of each session to the moment its first certificate could be verified (China's dates), as the
 * number of sessions, the average and the longest. Uploaded certificates have no session: not counted.
 */
export function issuanceDelayQuery(db: Kysely<DB>, scope: InstitutionScope, f: CountFilters) {
  const rows = scopedRowsOfYear(db, scope, f, ['institution_id', 'session_id', 'queryable_at']);
  const perSession = db
    .selectFrom(rows.as('c'))
    .innerJoin('evaluation_sessions as s', 's.id', 'c.session_id')
    .select(['c.institution_id', 'c.session_id', 's.ends_on'])
    .select(sql<string>`min(c.queryable_at)`.as('first_queryable'))
    .select((eb) => eb.fn.countAll<string>().as('issued'));
  const sessions = perSession.groupBy(['c.institution_id', 'c.session_id', 's.ends_on']);
  const days = sql<number>`((x.first_queryable at time zone 'Asia/Shanghai')::date - x.ends_on)`;
  return db
    .selectFrom(sessions.as('x'))
    .innerJoin('institutions as i', 'i.id', 'x.institution_id')
    .select(['x.institution_id', 'i.name as institution_name'])
    .select([
      sql<string>`count(*)`.as('sessions'),
      sql<string>`sum(x.issued)`.as('issued'),
      sql<string>`round(avg(${days}), 1)`.as('average_days'),
      sql<number>`max(${days})`.as('longest_days'),
    ])
    .groupBy(['x.institution_id', 'i.name'])
    .orderBy('i.name');
}

// ---- issuance ----

/** The session, locked for the issuing transaction: two issuances of one session run one after the other. */
export async function lockSessionForIssuance(trx: Transaction<DB>, sessionId: string) {
  return trx
    .selectFrom('evaluation_sessions')
    .select(['id', 'institution_id', 'branch_id', 'occupation_code', 'level', 'status', 'ends_on'])
    .where('id', '=', sessionId)
    .forUpdate()
    .executeTakeFirst();
}

/** Registered candidates who passed and hold no certificate of this session yet, in registration order. */
export async function passedCandidatesWithoutCertificate(trx: Transaction<DB>, sessionId: string) {
  return trx
    .selectFrom('candidates as k')
    .select(['k.id', 'k.name', 'k.doc_type', 'k.doc_enc', 'k.doc_hmac', 'k.doc_masked'])
    .where('k.session_id', '=', sessionId)
    .where('k.status', '=', 'registered')
    .where('k.overall_result', '=', 'passed')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('certificates as c')
            .select('c.id')
            .where('c.session_id', '=', sessionId)
            .whereRef('c.candidate_id', '=', 'k.id'),
        ),
      ),
    )
    .orderBy('k.created_at')
    .orderBy('k.id')
    .execute();
}

export async function countSessionCertificates(db: Kysely<DB>, sessionId: string): Promise<number> {
  const r = await db
    .selectFrom('certificates')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('session_id', '=', sessionId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export type NewCertificate = Omit<
  DB['certificates'] extends infer T ? { [K in keyof T]: T[K] } : never,
  'status' | 'status_changed_at' | 'created_at' | 'queryable_at'
> & { queryable_at: Date };

export async function insertCertificates(trx: Transaction<DB>, rows: NewCertificate[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500)
    await trx
      .insertInto('certificates')
      .values(rows.slice(i, i + 500) as never)
      .execute();
}

// ---- status ----

/** valid → invalidated / withdrawn, only from valid: of two concurrent changes one wins. */
export async function setCertificateStatus(
  trx: Transaction<DB>,
  id: string,
  year: number,
  to: CertificateStatus,
): Promise<boolean> {
  const r = await trx
    .updateTable('certificates')
    .set({ status: to, status_changed_at: new Date() })
    .where('id', '=', id)
    .where('issue_year', '=', year)
    .where('status', '=', 'valid')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function appendStatusHistory(
  trx: Transaction<DB>,
  row: Omit<DB['certificate_status_history'], 'changed_at' | 'articles'> & {
    articles: { regime: string; article: string }[];
  },
): Promise<void> {
  await trx
    .insertInto('certificate_status_history')
    .values({ ...row, articles: JSON.stringify(row.articles) })
    .execute();
}
