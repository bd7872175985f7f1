// Reads of the national employer's filing and its branches' filings (mohrss-filing 一): who applies,
// which authority receives it, the occupations named, the employer's ministry filing a branch files
// against. SQL only, unscoped: the procedure module authorises the caller itself.
import { sql, type Kysely } from 'kysely';
import type { DB, InstitutionKind } from './schema.js';

export interface ApplyingInstitution {
  id: string;
  name: string;
  kind: InstitutionKind;
  uscc: string;
  jurisdictionCode: string;
}

export async function findApplyingInstitution(
  db: Kysely<DB>,
  id: string,
): Promise<ApplyingInstitution | undefined> {
  const r = await db
    .selectFrom('institutions')
    .select(['id', 'name', 'kind', 'uscc', 'jurisdiction_code'])
    .where('id', '=', id)
    .executeTakeFirst();
  return r && { id: r.id, name: r.name, kind: r.kind, uscc: r.uscc, jurisdictionCode: r.jurisdiction_code };
}

/** The authority of a kind seated in a jurisdiction (the national centre: kind national_centre, 000000). */
export async function findAuthorityOfKind(
  db: Kysely<DB>,
  kind: 'national_centre' | 'provincial_hrss',
  jurisdictionCode: string,
): Promise<{ id: string; name: string } | undefined> {
  return db
    .selectFrom('authorities')
    .select(['id', 'name'])
    .where('kind', '=', kind)
    .where('jurisdiction_code', '=', jurisdictionCode)
    .orderBy('created_at')
    .orderBy('id')
    .executeTakeFirst();
}

/** Reference numbers of the institution's (or branch's) cases of a procedure that are still open. */
export async function openCasesOf(
  db: Kysely<DB>,
  procedure: string,
  of: { institutionId: string; branchId?: string },
): Promise<string[]> {
  let q = db
    .selectFrom('cases')
    .select('reference_no')
    .where('procedure', '=', procedure)
    .where('institution_id', '=', of.institutionId)
    .where('closed_at', 'is', null);
  if (of.branchId) q = q.where('branch_id', '=', of.branchId);
  return (await q.execute()).map((r) => r.reference_no);
}

/** Catalogue names of the given occupation codes (codes not in the catalogue are absent). */
export async function occupationNames(
  db: Kysely<DB>,
  codes: readonly string[],
): Promise<Record<string, string>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return {};
  const rows = await db
    .selectFrom('occupations')
    .select(['code', 'name'])
    .where('code', 'in', unique)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.code, r.name]));
}

export interface BranchOfInstitution {
  id: string;
  institutionId: string;
  name: string;
  jurisdictionCode: string;
}

export async function findBranchOf(
  db: Kysely<DB>,
  branchId: string,
): Promise<BranchOfInstitution | undefined> {
  const r = await db
    .selectFrom('branches')
    .select(['id', 'institution_id', 'name', 'jurisdiction_code'])
    .where('id', '=', branchId)
    .executeTakeFirst();
  return (
    r && { id: r.id, institutionId: r.institution_id, name: r.name, jurisdictionCode: r.jurisdiction_code }
  );
}

export interface MinistryFiling {
  caseId: string;
  state: string;
  institutionId: string;
  snapshot: Record<string, unknown>;
  receipt: { number: string; issuedOn: string } | null;
}

/**
 * An employer's ministry filing case with its filing receipt, if issued. With `caseId` that case;
 * otherwise the institution's latest case that holds a receipt (or, failing that, its latest case).
 */
export async function findMinistryFiling(
  db: Kysely<DB>,
  procedure: string,
  by: { caseId: string } | { institutionId: string },
): Promise<MinistryFiling | undefined> {
  let q = db
    .selectFrom('cases as c')
    .leftJoin('documents as d', (j) => j.onRef('d.case_id', '=', 'c.id').on('d.kind', '=', 'filing_receipt'))
    .select(['c.id', 'c.state', 'c.institution_id', 'c.snapshot', 'd.number', 'd.issued_on'])
    .where('c.procedure', '=', procedure);
  q = 'caseId' in by ? q.where('c.id', '=', by.caseId) : q.where('c.institution_id', '=', by.institutionId);
  const r = await q
    .orderBy(sql`d.number is null`)
    .orderBy('d.issued_on', 'desc')
    .orderBy('c.created_at', 'desc')
    .executeTakeFirst();
  return (
    r && {
      caseId: r.id,
      state: r.state,
      institutionId: r.institution_id,
      snapshot: r.snapshot,
      receipt: r.number && r.issued_on ? { number: r.number, issuedOn: r.issued_on } : null,
    }
  );
}

export interface FilingBranch {
  id: string;
  name: string;
  institutionId: string;
  institutionName: string;
  jurisdictionCode: string;
  /** The employer's ministry filing receipt number, if it holds one (一(十)5 files against it). */
  parentReceipt: string | null;
}

/**
 * Branches of employers for the branch filing form: those of one institution, or those seated in a
 * jurisdiction (its code's prefix: '52' for 贵州), with the employer's ministry receipt if issued.
 */
export async function listFilingBranches(
  db: Kysely<DB>,
  procedure: string,
  of: { institutionId: string } | { jurisdictionPrefix: string },
): Promise<FilingBranch[]> {
  const receipts = db
    .selectFrom('cases as c')
    .innerJoin('documents as d', (j) => j.onRef('d.case_id', '=', 'c.id').on('d.kind', '=', 'filing_receipt'))
    .select(['c.institution_id', sql<string>`max(d.number)`.as('number')])
    .where('c.procedure', '=', procedure)
    .groupBy('c.institution_id')
    .as('r');
  let q = db
    .selectFrom('branches as b')
    .innerJoin('institutions as i', 'i.id', 'b.institution_id')
    .leftJoin(receipts, 'r.institution_id', 'b.institution_id')
    .select([
      'b.id',
      'b.name',
      'b.institution_id',
      'i.name as institution_name',
      'b.jurisdiction_code',
      'r.number',
    ])
    .where('i.kind', '=', 'employer');
  q =
    'institutionId' in of
      ? q.where('b.institution_id', '=', of.institutionId)
      : q.where('b.jurisdiction_code', 'like', `${of.jurisdictionPrefix}%`);
  const rows = await q.orderBy('i.name').orderBy('b.name').execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    institutionId: r.institution_id,
    institutionName: r.institution_name,
    jurisdictionCode: r.jurisdiction_code,
    parentReceipt: r.number ?? null,
  }));
}
