// Experts (专家), expert pools (专家库), pool membership and declared conflicts of interest: SQL only,
// scoped by expert.policy.ts / expert-pool.policy.ts. Document numbers: only the masked copy leaves
// this file, except through findExpertDocument (the audited reveal).
import { sql, type Kysely } from 'kysely';
import type { DB, ExpertConflictRelation } from './schema.js';
import type { ExpertScope } from '../policies/expert.policy.js';
import type { ExpertPoolScope } from '../policies/expert-pool.policy.js';
import { NATIONAL, type InstitutionScope } from '../policies/scope.js';
import { expertIdInScope, poolIdInScope } from './registry-scope.js';
import { institutionIdInScope } from './scope-sql.js';
import { containsPattern, isoTime, offsetOf, type PageRequest } from './paging.js';
import type { ProtectedDocument } from './staff.repository.js';

export interface ExpertRecord {
  id: string;
  name: string;
  employerName: string;
  employerUscc: string | null;
  title: string | null;
  /** Occupation codes the expert reviews. */
  specialties: string[];
  phone: string | null;
  idDocType: string | null;
  idNumberMasked: string | null;
  active: boolean;
  registeredByAuthorityId: string | null;
  /** For the policy: authorities owning a pool the expert is in, and whether one of them is national. */
  poolAuthorityIds: string[];
  inNationalPool: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ExpertValues {
  name: string;
  employerName: string;
  employerUscc: string | null;
  title: string | null;
  specialties: string[];
  phone: string | null;
  document: ProtectedDocument | null;
  active: boolean;
}

interface ExpertRow {
  id: string;
  name: string;
  employer_name: string;
  employer_uscc: string | null;
  title: string | null;
  specialties: string[];
  phone: string | null;
  id_doc_type: string | null;
  id_number_masked: string | null;
  active: boolean;
  registered_by_authority_id: string | null;
  pool_authority_ids: string[] | null;
  in_national_pool: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const toExpert = (r: ExpertRow): ExpertRecord => ({
  id: r.id,
  name: r.name,
  employerName: r.employer_name,
  employerUscc: r.employer_uscc,
  title: r.title,
  specialties: r.specialties,
  phone: r.phone,
  idDocType: r.id_doc_type,
  idNumberMasked: r.id_number_masked,
  active: r.active,
  registeredByAuthorityId: r.registered_by_authority_id,
  poolAuthorityIds: r.pool_authority_ids ?? [],
  inNationalPool: r.in_national_pool,
  version: r.version,
  createdAt: isoTime(r.created_at),
  updatedAt: isoTime(r.updated_at),
});

// Never select the ciphertext or the HMAC into a record.
const expertColumns = ['e.id', 'e.name', 'e.employer_name', 'e.employer_uscc', 'e.title', 'e.specialties', 'e.phone',
  'e.id_doc_type', 'e.id_number_masked', 'e.active', 'e.registered_by_authority_id', 'e.version', 'e.created_at',
  'e.updated_at'] as const; // prettier-ignore
const poolAuthorityIds = sql<string[] | null>`(select array_agg(distinct p.authority_id::text)
  from expert_pool_members m join expert_pools p on p.id = m.pool_id where m.expert_id = e.id)`;
const inNationalPool = sql<boolean>`exists (select 1 from expert_pool_members m join expert_pools p on p.id = m.pool_id
  join authorities a on a.id = p.authority_id where m.expert_id = e.id and a.jurisdiction_code = ${NATIONAL})`;

const scopedExperts = (db: Kysely<DB>, scope: ExpertScope) =>
  db
    .selectFrom('experts as e')
    .where(expertIdInScope(scope, sql.ref('e.id')))
    .select(expertColumns)
    .select([poolAuthorityIds.as('pool_authority_ids'), inNationalPool.as('in_national_pool')]);

export interface ExpertFilters {
  q?: string | undefined;
  specialty?: string | undefined;
  employerUscc?: string | undefined;
  poolId?: string | undefined;
  active?: boolean | undefined;
}

export async function listExperts(
  db: Kysely<DB>,
  scope: ExpertScope,
  f: ExpertFilters,
  page: PageRequest,
): Promise<{ items: ExpertRecord[]; total: number }> {
  let q = scopedExperts(db, scope);
  if (f.q)
    q = q.where((eb) =>
      eb.or([
        eb('e.name', 'ilike', containsPattern(f.q!)),
        eb('e.employer_name', 'ilike', containsPattern(f.q!)),
      ]),
    );
  if (f.specialty) q = q.where(sql<boolean>`${f.specialty} = any (e.specialties)`);
  if (f.employerUscc) q = q.where('e.employer_uscc', '=', f.employerUscc);
  if (f.active !== undefined) q = q.where('e.active', '=', f.active);
  if (f.poolId)
    q = q.where(
      sql<boolean>`e.id in (select m.expert_id from expert_pool_members m where m.pool_id = ${f.poolId})`,
    );
  const [rows, count] = await Promise.all([
    q.orderBy('e.name').orderBy('e.id').limit(page.pageSize).offset(offsetOf(page)).execute(),
    db
      .selectFrom(q.as('x'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toExpert), total: Number(count.n) };
}

export async function findExpert(
  db: Kysely<DB>,
  scope: ExpertScope,
  id: string,
): Promise<ExpertRecord | undefined> {
  const row = await scopedExperts(db, scope).where('e.id', '=', id).executeTakeFirst();
  return row ? toExpert(row) : undefined;
}

/** The encrypted document of one expert in scope, for the audited reveal only. */
export async function findExpertDocument(
  db: Kysely<DB>,
  scope: ExpertScope,
  id: string,
): Promise<{ idDocType: string | null; enc: string | null } | undefined> {
  const r = await db
    .selectFrom('experts as e')
    .where(expertIdInScope(scope, sql.ref('e.id')))
    .select(['e.id_doc_type', 'e.id_number_enc'])
    .where('e.id', '=', id)
    .executeTakeFirst();
  return r ? { idDocType: r.id_doc_type, enc: r.id_number_enc } : undefined;
}

/** Unscoped: an expert already registered with this document number (by HMAC). */
export async function findExpertIdByDocument(
  db: Kysely<DB>,
  hmac: string | readonly string[],
  exceptId?: string,
): Promise<string | undefined> {
  const r = await db
    .selectFrom('experts')
    .select('id')
    .where('id_number_hmac', 'in', typeof hmac === 'string' ? [hmac] : [...hmac])
    .$if(!!exceptId, (q) => q.where('id', '<>', exceptId!))
    .executeTakeFirst();
  return r?.id;
}

export async function insertExpert(
  db: Kysely<DB>,
  id: string,
  v: ExpertValues & { registeredByAuthorityId: string | null },
): Promise<void> {
  await db
    .insertInto('experts')
    .values({
      id,
      name: v.name,
      employer_name: v.employerName,
      employer_uscc: v.employerUscc,
      title: v.title,
      specialties: v.specialties,
      phone: v.phone,
      id_doc_type: v.document?.idDocType ?? null,
      id_number_enc: v.document?.enc ?? null,
      id_number_hmac: v.document?.hmac ?? null,
      id_number_masked: v.document?.masked ?? null,
      active: v.active,
      registered_by_authority_id: v.registeredByAuthorityId,
    })
    .execute();
}

export async function updateExpert(
  db: Kysely<DB>,
  id: string,
  expectedVersion: number,
  v: Partial<ExpertValues>,
): Promise<boolean> {
  const r = await db
    .updateTable('experts')
    .set({
      ...(v.name !== undefined ? { name: v.name } : {}),
      ...(v.employerName !== undefined ? { employer_name: v.employerName } : {}),
      ...(v.employerUscc !== undefined ? { employer_uscc: v.employerUscc } : {}),
      ...(v.title !== undefined ? { title: v.title } : {}),
      ...(v.specialties !== undefined ? { specialties: v.specialties } : {}),
      ...(v.phone !== undefined ? { phone: v.phone } : {}),
      ...(v.document !== undefined
        ? {
            id_doc_type: v.document?.idDocType ?? null,
            id_number_enc: v.document?.enc ?? null,
            id_number_hmac: v.document?.hmac ?? null,
            id_number_masked: v.document?.masked ?? null,
          }
        : {}),
      ...(v.active !== undefined ? { active: v.active } : {}),
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// ---- expert pools ------------------------------------------------------------------------------

export interface ExpertPoolRecord {
  id: string;
  authorityId: string;
  authorityName: string;
  authorityJurisdictionCode: string;
  name: string;
  description: string | null;
  memberCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const scopedPools = (db: Kysely<DB>, scope: ExpertPoolScope) =>
  db
    .selectFrom('expert_pools as p')
    .innerJoin('authorities as a', 'a.id', 'p.authority_id')
    .where(poolIdInScope(scope, sql.ref('p.id')))
    .select([
      'p.id',
      'p.authority_id',
      'a.name as authority_name',
      'a.jurisdiction_code as authority_jurisdiction_code',
      'p.name',
      'p.description',
      'p.version',
      'p.created_at',
      'p.updated_at',
      sql<number>`(select count(*) from expert_pool_members m where m.pool_id = p.id)`.as('member_count'),
    ]);

type PoolRow = {
  id: string;
  authority_id: string;
  authority_name: string;
  authority_jurisdiction_code: string;
  name: string;
  description: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  member_count: number;
};

const toPool = (r: PoolRow): ExpertPoolRecord => ({
  id: r.id,
  authorityId: r.authority_id,
  authorityName: r.authority_name,
  authorityJurisdictionCode: r.authority_jurisdiction_code,
  name: r.name,
  description: r.description,
  memberCount: Number(r.member_count),
  version: r.version,
  createdAt: isoTime(r.created_at),
  updatedAt: isoTime(r.updated_at),
});

export async function listExpertPools(
  db: Kysely<DB>,
  scope: ExpertPoolScope,
  f: { q?: string | undefined; authorityId?: string | undefined },
  page: PageRequest,
): Promise<{ items: ExpertPoolRecord[]; total: number }> {
  let q = scopedPools(db, scope);
  if (f.q) q = q.where('p.name', 'ilike', containsPattern(f.q));
  if (f.authorityId) q = q.where('p.authority_id', '=', f.authorityId);
  const [rows, count] = await Promise.all([
    q.orderBy('p.name').orderBy('p.id').limit(page.pageSize).offset(offsetOf(page)).execute(),
    db
      .selectFrom(q.as('x'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toPool), total: Number(count.n) };
}

export async function findExpertPool(
  db: Kysely<DB>,
  scope: ExpertPoolScope,
  id: string,
): Promise<ExpertPoolRecord | undefined> {
  const row = await scopedPools(db, scope).where('p.id', '=', id).executeTakeFirst();
  return row ? toPool(row) : undefined;
}

export async function insertExpertPool(
  db: Kysely<DB>,
  id: string,
  v: { authorityId: string; name: string; description: string | null },
): Promise<void> {
  await db
    .insertInto('expert_pools')
    .values({ id, authority_id: v.authorityId, name: v.name, description: v.description })
    .execute();
}

/** Optimistic update of a pool; membership changes also move the pool's version on. */
export async function updateExpertPool(
  db: Kysely<DB>,
  id: string,
  expectedVersion: number,
  v: { name?: string; description?: string | null },
): Promise<boolean> {
  const r = await db
    .updateTable('expert_pools')
    .set({
      ...(v.name !== undefined ? { name: v.name } : {}),
      ...(v.description !== undefined ? { description: v.description } : {}),
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Membership changed: the pool's version moves on, so that a form based on the old list is stale. */
export async function touchExpertPool(db: Kysely<DB>, id: string): Promise<void> {
  await db
    .updateTable('expert_pools')
    .set({ version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function isPoolMember(db: Kysely<DB>, poolId: string, expertId: string): Promise<boolean> {
  const r = await db
    .selectFrom('expert_pool_members')
    .select('expert_id')
    .where('pool_id', '=', poolId)
    .where('expert_id', '=', expertId)
    .executeTakeFirst();
  return r !== undefined;
}

/** Adds the member; returns when it was added. */
export async function insertPoolMember(db: Kysely<DB>, poolId: string, expertId: string): Promise<string> {
  const r = await db
    .insertInto('expert_pool_members')
    .values({ pool_id: poolId, expert_id: expertId })
    .returning('added_at')
    .executeTakeFirstOrThrow();
  return isoTime(r.added_at);
}

export async function deletePoolMember(db: Kysely<DB>, poolId: string, expertId: string): Promise<boolean> {
  const r = await db
    .deleteFrom('expert_pool_members')
    .where('pool_id', '=', poolId)
    .where('expert_id', '=', expertId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

export interface PoolMemberRecord {
  expert: ExpertRecord;
  addedAt: string;
}

export async function listPoolMembers(
  db: Kysely<DB>,
  scope: ExpertScope,
  poolId: string,
  page: PageRequest,
): Promise<{ items: PoolMemberRecord[]; total: number }> {
  const q = scopedExperts(db, scope)
    .innerJoin('expert_pool_members as pm', 'pm.expert_id', 'e.id')
    .where('pm.pool_id', '=', poolId);
  const [rows, count] = await Promise.all([
    q
      .select('pm.added_at')
      .orderBy('e.name')
      .orderBy('e.id')
      .limit(page.pageSize)
      .offset(offsetOf(page))
      .execute(),
    db
      .selectFrom(q.as('x'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({ expert: toExpert(r), addedAt: isoTime(r.added_at) })),
    total: Number(count.n),
  };
}

// ---- conflicts of interest ---------------------------------------------------------------------

export interface ExpertConflictRecord {
  id: string;
  expertId: string;
  institutionId: string | null;
  institutionUscc: string | null;
  institutionName: string;
  relation: ExpertConflictRelation;
  reason: string | null;
  declaredAt: string;
  declaredBy: string | null;
}

export async function listExpertConflicts(db: Kysely<DB>, expertId: string): Promise<ExpertConflictRecord[]> {
  const rows = await db
    .selectFrom('expert_conflicts')
    .selectAll()
    .where('expert_id', '=', expertId)
    .orderBy('declared_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    expertId: r.expert_id,
    institutionId: r.institution_id,
    institutionUscc: r.institution_uscc,
    institutionName: r.institution_name,
    relation: r.relation,
    reason: r.reason,
    declaredAt: isoTime(r.declared_at),
    declaredBy: r.declared_by,
  }));
}

export async function insertExpertConflict(
  db: Kysely<DB>,
  id: string,
  v: Omit<ExpertConflictRecord, 'id' | 'declaredAt'>,
): Promise<void> {
  await db
    .insertInto('expert_conflicts')
    .values({
      id,
      expert_id: v.expertId,
      institution_id: v.institutionId,
      institution_uscc: v.institutionUscc,
      institution_name: v.institutionName,
      relation: v.relation,
      reason: v.reason,
      declared_by: v.declaredBy,
    })
    .execute();
}

/** Of the given institution ids, those the scope lets the caller open (filtered in the query). */
export async function institutionIdsInScope(
  db: Kysely<DB>,
  scope: InstitutionScope,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('institutions')
    .select('id')
    .where('id', 'in', [...new Set(ids)])
    .where((eb) => institutionIdInScope(eb, scope, sql<string>`institutions.id`))
    .execute();
  return new Set(rows.map((r) => r.id));
}
