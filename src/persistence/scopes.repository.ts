// Scopes (认定范围): the occupation × level pairs an institution may evaluate, with validity and
// status. SQL only, scoped through their institution.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB, InstitutionScopesTable } from './schema.js';
import type { InstitutionScope } from '../policies/scope.js';
import { institutionInScope } from './registry-scope.js';
import { isoTime, offsetOf, type PageRequest } from './paging.js';

export type ScopeStatus = 'pending' | 'active' | 'suspended' | 'ended';

export interface ScopeValues {
  validFrom: string | null;
  validTo: string | null;
  status: ScopeStatus;
}

export interface ScopeRecord extends ScopeValues {
  id: string;
  institutionId: string;
  occupationCode: string;
  occupationName: string;
  level: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const toRecord = (r: Selectable<InstitutionScopesTable> & { occupation_name: string }): ScopeRecord => ({
  id: r.id,
  institutionId: r.institution_id,
  occupationCode: r.occupation_code,
  occupationName: r.occupation_name,
  level: r.level,
  validFrom: r.valid_from,
  validTo: r.valid_to,
  status: r.status,
  version: r.version,
  createdAt: isoTime(r.created_at),
  updatedAt: isoTime(r.updated_at),
});

const scoped = (db: Kysely<DB>, scope: InstitutionScope) =>
  db
    .selectFrom('institution_scopes as c')
    .innerJoin('occupations as o', 'o.code', 'c.occupation_code')
    .where(institutionInScope(scope, sql.ref('c.institution_id')))
    .selectAll('c')
    .select('o.name as occupation_name');

export async function listScopes(
  db: Kysely<DB>,
  scope: InstitutionScope,
  institutionId: string,
  f: { status?: ScopeStatus | undefined; occupationCode?: string | undefined; level?: number | undefined },
  page: PageRequest,
): Promise<{ items: ScopeRecord[]; total: number }> {
  let q = scoped(db, scope).where('c.institution_id', '=', institutionId);
  if (f.status) q = q.where('c.status', '=', f.status);
  if (f.occupationCode) q = q.where('c.occupation_code', '=', f.occupationCode);
  if (f.level) q = q.where('c.level', '=', f.level);
  const [rows, count] = await Promise.all([
    q.orderBy('c.occupation_code').orderBy('c.level').limit(page.pageSize).offset(offsetOf(page)).execute(),
    db
      .selectFrom(q.as('x'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toRecord), total: Number(count.n) };
}

export async function findScope(
  db: Kysely<DB>,
  scope: InstitutionScope,
  id: string,
): Promise<ScopeRecord | undefined> {
  const row = await scoped(db, scope).where('c.id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/** The institution already has this occupation × level (the table allows one row per pair). */
export async function findScopeId(
  db: Kysely<DB>,
  institutionId: string,
  occupationCode: string,
  level: number,
): Promise<string | undefined> {
  const r = await db
    .selectFrom('institution_scopes')
    .select('id')
    .where('institution_id', '=', institutionId)
    .where('occupation_code', '=', occupationCode)
    .where('level', '=', level)
    .executeTakeFirst();
  return r?.id;
}

export async function insertScope(
  db: Kysely<DB>,
  id: string,
  v: ScopeValues & { institutionId: string; occupationCode: string; level: number },
): Promise<void> {
  await db
    .insertInto('institution_scopes')
    .values({
      id,
      institution_id: v.institutionId,
      occupation_code: v.occupationCode,
      level: v.level,
      valid_from: v.validFrom,
      valid_to: v.validTo,
      status: v.status,
    })
    .execute();
}

export async function updateScope(
  db: Kysely<DB>,
  id: string,
  expectedVersion: number,
  v: Partial<ScopeValues>,
): Promise<boolean> {
  const r = await db
    .updateTable('institution_scopes')
    .set({
      ...(v.validFrom !== undefined ? { valid_from: v.validFrom } : {}),
      ...(v.validTo !== undefined ? { valid_to: v.validTo } : {}),
      ...(v.status !== undefined ? { status: v.status } : {}),
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
