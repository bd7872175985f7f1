// Reads for the dept-pilot procedures (中就培函〔2020〕41号): the organisation a department recommends (by
// its USCC — a recommendation names any registered organisation, whoever supervises it), its branches,
// the national centre that decides, the department's other cases in the same field (三（一）: at most 2
// per field), a pilot's branch filings and the local authority of a branch. SQL only.
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';
import { toCaseRecord, type CaseRecord } from './cases.repository.js';

export interface PilotOrganisation {
  id: string;
  name: string;
  kind: string;
  uscc: string;
  jurisdictionCode: string;
}

const orgColumns = ['id', 'name', 'kind', 'uscc', 'jurisdiction_code'] as const;
const toOrg = (r: { id: string; name: string; kind: string; uscc: string; jurisdiction_code: string }) => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  uscc: r.uscc,
  jurisdictionCode: r.jurisdiction_code,
});

export async function findOrganisationByUscc(
  db: Kysely<DB>,
  uscc: string,
): Promise<PilotOrganisation | undefined> {
  const r = await db
    .selectFrom('institutions')
    .select(orgColumns)
    .where('uscc', '=', uscc)
    .executeTakeFirst();
  return r && toOrg(r);
}

export async function findOrganisation(db: Kysely<DB>, id: string): Promise<PilotOrganisation | undefined> {
  const r = await db.selectFrom('institutions').select(orgColumns).where('id', '=', id).executeTakeFirst();
  return r && toOrg(r);
}

/** 中国就业培训技术指导中心 (人社部职业技能鉴定中心): the national centre the pilots are reported to. */
export async function findNationalCentre(db: Kysely<DB>): Promise<{ id: string; name: string } | undefined> {
  return db
    .selectFrom('authorities')
    .select(['id', 'name'])
    .where('kind', '=', 'national_centre')
    .orderBy('created_at')
    .executeTakeFirst();
}

export async function findAuthorityName(db: Kysely<DB>, id: string): Promise<string | undefined> {
  return (await db.selectFrom('authorities').select('name').where('id', '=', id).executeTakeFirst())?.name;
}

export interface OrganisationBranch {
  id: string;
  name: string;
  uscc: string | null;
  jurisdictionCode: string;
}

export async function listOrganisationBranches(
  db: Kysely<DB>,
  institutionId: string,
): Promise<OrganisationBranch[]> {
  const rows = await db
    .selectFrom('branches')
    .select(['id', 'name', 'uscc', 'jurisdiction_code'])
    .where('institution_id', '=', institutionId)
    .orderBy('name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, uscc: r.uscc, jurisdictionCode: r.jurisdiction_code }));
}

/**
 * A field as typed, for comparison: full-width forms folded to half-width and compatibility forms
 * unified (NFKC: "Ａ"→"A", "（"→"(", the ideographic space → a space), whitespace trimmed and collapsed.
 * "交通运输\u3000道路运输" and " 交通运输  道路运输 " are one field.
 */
export const normaliseField = (field: string): string => field.normalize('NFKC').replace(/\s+/gu, ' ').trim();

/** States of a recommendation that do not take a place of the 2 per field (三（一）). */
const NOT_COUNTED = ['draft', 'refused', 'withdrawn'];

/**
 * The department's other recommendations in the same field that take a place (三（一）: at most 2 per
 * field): submitted, under correction or approved — not a draft (a draft is not a recommendation yet),
 * not refused, not withdrawn. The field is matched after normaliseField.
 */
export async function listFieldSiblings(
  db: Kysely<DB>,
  input: { applicantAuthorityId: string; field: string; excludeCaseId: string },
): Promise<CaseRecord[]> {
  const rows = await db
    .selectFrom('cases')
    .selectAll()
    .where('procedure', '=', 'dept-pilot')
    .where(sql<string>`snapshot->>'applicantAuthorityId'`, '=', input.applicantAuthorityId)
    .where('state', 'not in', NOT_COUNTED)
    .where('id', '<>', input.excludeCaseId)
    .orderBy('created_at')
    .execute();
  const field = normaliseField(input.field);
  return rows
    .map(toCaseRecord)
    .filter(
      (c) => normaliseField(String((c.data as { plan?: { field?: unknown } }).plan?.field ?? '')) === field,
    );
}

/** The organisation's live pilot cases (not refused, not withdrawn), newest first. */
export async function listLivePilots(db: Kysely<DB>, institutionId: string): Promise<CaseRecord[]> {
  const rows = await db
    .selectFrom('cases')
    .selectAll()
    .where('procedure', '=', 'dept-pilot')
    .where('institution_id', '=', institutionId)
    .where('state', 'not in', ['refused', 'withdrawn'])
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toCaseRecord);
}

/** Whether the institution has any dept-pilot case (for the 「申请」 menu of branch filing). */
export async function hasPilotCase(db: Kysely<DB>, institutionId: string): Promise<boolean> {
  const r = await db
    .selectFrom('cases')
    .select('id')
    .where('procedure', '=', 'dept-pilot')
    .where('institution_id', '=', institutionId)
    .executeTakeFirst();
  return r !== undefined;
}

/** A branch filing of the branch that is still open or filed (a second one is refused). */
export async function findLiveBranchFiling(
  db: Kysely<DB>,
  branchId: string,
): Promise<{ id: string; referenceNo: string } | undefined> {
  const r = await db
    .selectFrom('cases')
    .select(['id', 'reference_no'])
    .where('procedure', '=', 'dept-pilot-branch')
    .where('branch_id', '=', branchId)
    .where('state', 'not in', ['refused', 'withdrawn'])
    .executeTakeFirst();
  return r && { id: r.id, referenceNo: r.reference_no };
}

export interface BranchFilingRow {
  caseId: string;
  referenceNo: string;
  branchId: string | null;
  branchName: string | null;
  state: string;
  submittedAt: Date | null;
  authorityName: string;
}

/** The branch filings that follow a pilot case (parent_case_id), oldest first. */
export async function listBranchFilings(db: Kysely<DB>, parentCaseId: string): Promise<BranchFilingRow[]> {
  const rows = await db
    .selectFrom('cases as c')
    .leftJoin('branches as b', 'b.id', 'c.branch_id')
    .innerJoin('authorities as a', 'a.id', 'c.authority_id')
    .select([
      'c.id',
      'c.reference_no',
      'c.branch_id',
      'b.name as branch_name',
      'c.state',
      'c.submitted_at',
      'a.name as authority_name',
    ])
    .where('c.procedure', '=', 'dept-pilot-branch')
    .where('c.parent_case_id', '=', parentCaseId)
    .orderBy('c.created_at')
    .execute();
  return rows.map((r) => ({
    caseId: r.id,
    referenceNo: r.reference_no,
    branchId: r.branch_id,
    branchName: r.branch_name,
    state: r.state,
    submittedAt: r.submitted_at,
    authorityName: r.authority_name,
  }));
}

/** 属地人社部门 of a branch: the provincial HRSS department of the province it is registered in. */
export async function findLocalAuthority(
  db: Kysely<DB>,
  jurisdictionCode: string,
): Promise<{ id: string; name: string } | undefined> {
  return db
    .selectFrom('authorities')
    .select(['id', 'name'])
    .where('kind', '=', 'provincial_hrss')
    .where('jurisdiction_code', '=', `${jurisdictionCode.slice(0, 2)}0000`)
    .orderBy('created_at')
    .executeTakeFirst();
}

/**
 * 三（一）: the department's live recommendation (any state but refused or withdrawn, drafts included)
 * of this organisation in this field, if any — one organisation is one of the two places, however
 * often it is put forward.
 */
export async function findLiveRecommendation(
  db: Kysely<DB>,
  input: { applicantAuthorityId: string; institutionId: string; field: string },
): Promise<CaseRecord | undefined> {
  const rows = await db
    .selectFrom('cases')
    .selectAll()
    .where('procedure', '=', 'dept-pilot')
    .where(sql<string>`snapshot->>'applicantAuthorityId'`, '=', input.applicantAuthorityId)
    .where('institution_id', '=', input.institutionId)
    .where('state', 'not in', ['refused', 'withdrawn'])
    .orderBy('created_at')
    .execute();
  const field = normaliseField(input.field);
  return rows
    .map(toCaseRecord)
    .find(
      (c) => normaliseField(String((c.data as { plan?: { field?: unknown } }).plan?.field ?? '')) === field,
    );
}
