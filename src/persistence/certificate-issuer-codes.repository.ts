// Issuer codes 证书编号第 2–13 位 (decision 0024): one row per institution, or per branch filed in its own
// province, recording the kind letter, the ministry's institution code (0000 for a provincially filed
// one), the province and the site sequence the province assigns. Reads are scoped in the query.
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Selectable } from 'kysely';
import type { DB } from './schema.js';
import type { InstitutionScope } from '../policies/scope.js';
import { institutionInScope } from './registry-scope.js';
import { NATIONAL } from '../policies/scope.js';

export interface IssuerCodeRecord {
  id: string;
  institutionId: string;
  branchId: string | null;
  kindLetter: 'Y' | 'S';
  institutionCode: string;
  provinceCode: string;
  siteSequence: string;
  assignedByAuthorityId: string | null;
  assignedByAuthorityName: string | null;
  assignedAt: Date;
}

/** An institution or one of its branches, as a certificate issuer. */
export interface IssuerRecord {
  institutionId: string;
  institutionName: string;
  institutionKind: DB['institutions']['kind'];
  branchId: string | null;
  branchName: string | null;
  /** Where it is filed: the branch's jurisdiction for a branch. */
  jurisdictionCode: string;
  /** The authorities of its directory entries (who filed or selected it), withdrawn ones included. */
  filedBy: { id: string; name: string; national: boolean }[];
  code: IssuerCodeRecord | null;
}

/** The institution in scope, or one of its branches working in the caller's territory. */
function issuerInstitutionInScope(scope: InstitutionScope, institutionId: string) {
  const own = institutionInScope(scope, sql`${institutionId}::uuid`);
  if (scope.kind !== 'jurisdiction') return own;
  return sql<SqlBool>`(${own} or exists (select 1 from branches b
    where b.institution_id = ${institutionId} and b.jurisdiction_code like ${scope.prefix + '%'}))`;
}

type CodeRow = Selectable<DB['certificate_issuer_codes']> & { authority_name: string | null };
const toCode = (r: CodeRow): IssuerCodeRecord => ({
  id: r.id,
  institutionId: r.institution_id,
  branchId: r.branch_id,
  kindLetter: r.kind_letter,
  institutionCode: r.institution_code,
  provinceCode: r.province_code,
  siteSequence: r.site_sequence,
  assignedByAuthorityId: r.assigned_by_authority_id,
  assignedByAuthorityName: r.authority_name,
  assignedAt: new Date(r.assigned_at),
});

/** The institution and its branches as issuers, with their codes; undefined outside scope. */
export async function findIssuers(
  db: Kysely<DB>,
  scope: InstitutionScope,
  institutionId: string,
): Promise<IssuerRecord[] | undefined> {
  const inst = await db
    .selectFrom('institutions')
    .select(['id', 'name', 'kind', 'jurisdiction_code'])
    .where('id', '=', institutionId)
    .where(issuerInstitutionInScope(scope, institutionId))
    .executeTakeFirst();
  if (!inst) return undefined;
  const [branches, codes, entries] = await Promise.all([
    db
      .selectFrom('branches')
      .select(['id', 'name', 'jurisdiction_code'])
      .where('institution_id', '=', institutionId)
      .orderBy('name')
      .execute(),
    db
      .selectFrom('certificate_issuer_codes as c')
      .leftJoin('authorities as a', 'a.id', 'c.assigned_by_authority_id')
      .selectAll('c')
      .select('a.name as authority_name')
      .where('c.institution_id', '=', institutionId)
      .execute(),
    db
      .selectFrom('directory_entries as d')
      .innerJoin('authorities as a', 'a.id', 'd.authority_id')
      .select(['d.branch_id', 'a.id', 'a.name', 'a.jurisdiction_code'])
      .where('d.institution_id', '=', institutionId)
      .distinct()
      .execute(),
  ]);
  const of = (branchId: string | null): Pick<IssuerRecord, 'filedBy' | 'code'> => {
    const code = codes.find((c) => c.branch_id === branchId);
    return {
      filedBy: entries
        .filter((e) => e.branch_id === branchId)
        .map((e) => ({ id: e.id, name: e.name, national: e.jurisdiction_code === NATIONAL })),
      code: code ? toCode(code) : null,
    };
  };
  const base = { institutionId, institutionName: inst.name, institutionKind: inst.kind };
  return [
    { ...base, branchId: null, branchName: null, jurisdictionCode: inst.jurisdiction_code, ...of(null) },
    ...branches.map((b) => ({
      ...base,
      branchId: b.id,
      branchName: b.name,
      jurisdictionCode: b.jurisdiction_code,
      ...of(b.id),
    })),
  ];
}

/** The code a certificate of this issuer is numbered under (no scope: callers checked it). */
export async function findIssuerCode(
  db: Kysely<DB>,
  institutionId: string,
  branchId: string | null,
): Promise<IssuerCodeRecord | undefined> {
  let q = db
    .selectFrom('certificate_issuer_codes as c')
    .leftJoin('authorities as a', 'a.id', 'c.assigned_by_authority_id')
    .selectAll('c')
    .select('a.name as authority_name')
    .where('c.institution_id', '=', institutionId);
  q = branchId === null ? q.where('c.branch_id', 'is', null) : q.where('c.branch_id', '=', branchId);
  const r = await q.executeTakeFirst();
  return r ? toCode(r) : undefined;
}

/** Whether any certificate was already numbered for this issuer (then its code is fixed). */
export async function issuerHasCertificates(
  db: Kysely<DB>,
  institutionId: string,
  branchId: string | null,
): Promise<boolean> {
  let q = db.selectFrom('certificates').select('id').where('institution_id', '=', institutionId);
  q = branchId === null ? q.where('branch_id', 'is', null) : q.where('branch_id', '=', branchId);
  return !!(await q.limit(1).executeTakeFirst());
}

/**
 * The issuer already holding this site sequence in the province (under the same ministry code), if one
 * does: the province's sequence names one institution (site), whatever its kind letter — stricter than
 * the table's unique key, which includes the letter.
 */
export async function findCodeHolder(
  db: Kysely<DB>,
  c: { institutionCode: string; provinceCode: string; siteSequence: string },
): Promise<{ institutionId: string; branchId: string | null } | undefined> {
  const r = await db
    .selectFrom('certificate_issuer_codes')
    .select(['institution_id', 'branch_id'])
    .where('institution_code', '=', c.institutionCode)
    .where('province_code', '=', c.provinceCode)
    .where('site_sequence', '=', c.siteSequence)
    .executeTakeFirst();
  return r ? { institutionId: r.institution_id, branchId: r.branch_id } : undefined;
}

export async function saveIssuerCode(
  db: Kysely<DB>,
  row: {
    id: string;
    institutionId: string;
    branchId: string | null;
    kindLetter: 'Y' | 'S';
    institutionCode: string;
    provinceCode: string;
    siteSequence: string;
    assignedByAuthorityId: string | null;
    assignedBy: string | null;
    existingId: string | null;
  },
): Promise<void> {
  const values = {
    kind_letter: row.kindLetter,
    institution_code: row.institutionCode,
    province_code: row.provinceCode,
    site_sequence: row.siteSequence,
    assigned_by_authority_id: row.assignedByAuthorityId,
    assigned_by: row.assignedBy,
  };
  if (row.existingId)
    await db
      .updateTable('certificate_issuer_codes')
      .set({ ...values, assigned_at: sql`now()` })
      .where('id', '=', row.existingId)
      .execute();
  else
    await db
      .insertInto('certificate_issuer_codes')
      .values({ id: row.id, institution_id: row.institutionId, branch_id: row.branchId, ...values })
      .execute();
}
