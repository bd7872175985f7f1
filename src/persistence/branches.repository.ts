// Branches (分支机构) of an institution: SQL only, scoped through their institution.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { BranchesTable, DB, RegistryStatus } from './schema.js';
import type { InstitutionScope } from '../policies/scope.js';
import { institutionInScope } from './registry-scope.js';
import { containsPattern, isoTime, offsetOf, type PageRequest } from './paging.js';

export interface BranchRecord {
  id: string;
  institutionId: string;
  name: string;
  uscc: string | null;
  address: string;
  jurisdictionCode: string;
  jurisdictionName: string;
  status: RegistryStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface BranchValues {
  name: string;
  uscc: string | null;
  address: string;
  jurisdictionCode: string;
  status: RegistryStatus;
}

const toRecord = (r: Selectable<BranchesTable> & { jurisdiction_name: string }): BranchRecord => ({
  id: r.id,
  institutionId: r.institution_id,
  name: r.name,
  uscc: r.uscc,
  address: r.address,
  jurisdictionCode: r.jurisdiction_code,
  jurisdictionName: r.jurisdiction_name,
  status: r.status,
  version: r.version,
  createdAt: isoTime(r.created_at),
  updatedAt: isoTime(r.updated_at),
});

const scoped = (db: Kysely<DB>, scope: InstitutionScope) =>
  db
    .selectFrom('branches as b')
    .innerJoin('jurisdictions as j', 'j.code', 'b.jurisdiction_code')
    .where(institutionInScope(scope, sql.ref('b.institution_id')))
    .selectAll('b')
    .select('j.name as jurisdiction_name');

export async function listBranches(
  db: Kysely<DB>,
  scope: InstitutionScope,
  institutionId: string,
  f: { q?: string | undefined; status?: RegistryStatus | undefined },
  page: PageRequest,
): Promise<{ items: BranchRecord[]; total: number }> {
  let q = scoped(db, scope).where('b.institution_id', '=', institutionId);
  if (f.q) q = q.where('b.name', 'ilike', containsPattern(f.q));
  if (f.status) q = q.where('b.status', '=', f.status);
  const [rows, count] = await Promise.all([
    q.orderBy('b.name').orderBy('b.id').limit(page.pageSize).offset(offsetOf(page)).execute(),
    db
      .selectFrom(q.as('x'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toRecord), total: Number(count.n) };
}

export async function findBranch(
  db: Kysely<DB>,
  scope: InstitutionScope,
  id: string,
): Promise<BranchRecord | undefined> {
  const row = await scoped(db, scope).where('b.id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/** Whether a branch belongs to the institution (for staff and sites that name a branch). */
export async function branchBelongsTo(
  db: Kysely<DB>,
  branchId: string,
  institutionId: string,
): Promise<boolean> {
  const r = await db
    .selectFrom('branches')
    .select('id')
    .where('id', '=', branchId)
    .where('institution_id', '=', institutionId)
    .executeTakeFirst();
  return r !== undefined;
}

export async function insertBranch(
  db: Kysely<DB>,
  id: string,
  institutionId: string,
  v: BranchValues,
): Promise<void> {
  await db
    .insertInto('branches')
    .values({
      id,
      institution_id: institutionId,
      name: v.name,
      uscc: v.uscc,
      address: v.address,
      jurisdiction_code: v.jurisdictionCode,
      status: v.status,
    })
    .execute();
}

export async function updateBranch(
  db: Kysely<DB>,
  id: string,
  expectedVersion: number,
  v: Partial<BranchValues>,
): Promise<boolean> {
  const r = await db
    .updateTable('branches')
    .set({
      ...(v.name !== undefined ? { name: v.name } : {}),
      ...(v.uscc !== undefined ? { uscc: v.uscc } : {}),
      ...(v.address !== undefined ? { address: v.address } : {}),
      ...(v.jurisdictionCode !== undefined ? { jurisdiction_code: v.jurisdictionCode } : {}),
      ...(v.status !== undefined ? { status: v.status } : {}),
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
