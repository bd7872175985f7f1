// Institutions (评价机构): SQL only. Every read takes the caller's scope and filters in the query
// (security.md "Access"); rows map explicitly to camelCase records.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB, InstitutionKind, InstitutionsTable, RegistryStatus, StaffRole } from './schema.js';
import type { InstitutionScope } from '../policies/scope.js';
import { jurisdictionPrefix } from '../policies/scope.js';
import { institutionInScope } from './registry-scope.js';
import { containsPattern, isoTime, offsetOf, type PageRequest } from './paging.js';

export interface InstitutionRecord {
  id: string;
  name: string;
  kind: InstitutionKind;
  uscc: string;
  legalRepresentative: string;
  address: string;
  jurisdictionCode: string;
  jurisdictionName: string;
  authorityId: string | null;
  authorityName: string | null;
  status: RegistryStatus;
  contactPhone: string | null;
  establishedOn: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface InstitutionFilters {
  q?: string | undefined;
  kind?: InstitutionKind | undefined;
  /** A province or prefecture code also matches the institutions below it. */
  jurisdictionCode?: string | undefined;
  status?: RegistryStatus | undefined;
}

type Row = Selectable<InstitutionsTable> & { jurisdiction_name: string; authority_name: string | null };

const toRecord = (r: Row): InstitutionRecord => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  uscc: r.uscc,
  legalRepresentative: r.legal_representative,
  address: r.address,
  jurisdictionCode: r.jurisdiction_code,
  jurisdictionName: r.jurisdiction_name,
  authorityId: r.authority_id,
  authorityName: r.authority_name,
  status: r.status,
  contactPhone: r.contact_phone,
  establishedOn: r.established_on,
  version: r.version,
  createdAt: isoTime(r.created_at),
  updatedAt: isoTime(r.updated_at),
});

function scoped(db: Kysely<DB>, scope: InstitutionScope) {
  return db
    .selectFrom('institutions as i')
    .innerJoin('jurisdictions as j', 'j.code', 'i.jurisdiction_code')
    .leftJoin('authorities as a', 'a.id', 'i.authority_id')
    .where(institutionInScope(scope, sql.ref('i.id')));
}

const columns = ['i.id', 'i.name', 'i.kind', 'i.uscc', 'i.legal_representative', 'i.address', 'i.jurisdiction_code',
  'i.authority_id', 'i.status', 'i.contact_phone', 'i.established_on', 'i.version', 'i.created_at', 'i.updated_at',
  'j.name as jurisdiction_name', 'a.name as authority_name'] as const; // prettier-ignore

export async function listInstitutions(
  db: Kysely<DB>,
  scope: InstitutionScope,
  f: InstitutionFilters,
  page: PageRequest,
): Promise<{ items: InstitutionRecord[]; total: number }> {
  let q = scoped(db, scope);
  if (f.q) {
    const pattern = containsPattern(f.q);
    const uscc = f.q.trim().toUpperCase();
    q = q.where((eb) => eb.or([eb('i.name', 'ilike', pattern), eb('i.uscc', '=', uscc)]));
  }
  if (f.kind) q = q.where('i.kind', '=', f.kind);
  if (f.status) q = q.where('i.status', '=', f.status);
  if (f.jurisdictionCode)
    q = q.where('i.jurisdiction_code', 'like', `${jurisdictionPrefix(f.jurisdictionCode)}%`);
  const [rows, count] = await Promise.all([
    q.select(columns).orderBy('i.name').orderBy('i.id').limit(page.pageSize).offset(offsetOf(page)).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toRecord), total: Number(count.n) };
}

export async function findInstitution(
  db: Kysely<DB>,
  scope: InstitutionScope,
  id: string,
): Promise<InstitutionRecord | undefined> {
  const row = await scoped(db, scope).select(columns).where('i.id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/** Unscoped: whether a USCC is already registered (duplicates are refused whoever registered them). */
export async function findInstitutionIdByUscc(db: Kysely<DB>, uscc: string): Promise<string | undefined> {
  const row = await db.selectFrom('institutions').select('id').where('uscc', '=', uscc).executeTakeFirst();
  return row?.id;
}

export interface InstitutionValues {
  name: string;
  kind: InstitutionKind;
  uscc: string;
  legalRepresentative: string;
  address: string;
  jurisdictionCode: string;
  authorityId: string | null;
  status: RegistryStatus;
  contactPhone: string | null;
  establishedOn: string | null;
}

const toRow = (v: Partial<InstitutionValues>) => ({
  ...(v.name !== undefined ? { name: v.name } : {}),
  ...(v.kind !== undefined ? { kind: v.kind } : {}),
  ...(v.uscc !== undefined ? { uscc: v.uscc } : {}),
  ...(v.legalRepresentative !== undefined ? { legal_representative: v.legalRepresentative } : {}),
  ...(v.address !== undefined ? { address: v.address } : {}),
  ...(v.jurisdictionCode !== undefined ? { jurisdiction_code: v.jurisdictionCode } : {}),
  ...(v.authorityId !== undefined ? { authority_id: v.authorityId } : {}),
  ...(v.status !== undefined ? { status: v.status } : {}),
  ...(v.contactPhone !== undefined ? { contact_phone: v.contactPhone } : {}),
  ...(v.establishedOn !== undefined ? { established_on: v.establishedOn } : {}),
});

export async function insertInstitution(db: Kysely<DB>, id: string, v: InstitutionValues): Promise<void> {
  await db
    .insertInto('institutions')
    .values({
      id,
      name: v.name,
      kind: v.kind,
      uscc: v.uscc,
      legal_representative: v.legalRepresentative,
      address: v.address,
      jurisdiction_code: v.jurisdictionCode,
      authority_id: v.authorityId,
      status: v.status,
      contact_phone: v.contactPhone,
      established_on: v.establishedOn,
    })
    .execute();
}

/** Optimistic update: false when the row's version is no longer `expectedVersion`. */
export async function updateInstitution(
  db: Kysely<DB>,
  id: string,
  expectedVersion: number,
  v: Partial<InstitutionValues>,
): Promise<boolean> {
  const r = await db
    .updateTable('institutions')
    .set({ ...toRow(v), version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertStatusHistory(
  db: Kysely<DB>,
  e: {
    id: string;
    institutionId: string;
    fromStatus: string | null;
    toStatus: string;
    reason: string | null;
    changedBy: string | null;
  },
): Promise<void> {
  await db
    .insertInto('institution_status_history')
    .values({
      id: e.id,
      institution_id: e.institutionId,
      from_status: e.fromStatus,
      to_status: e.toStatus,
      reason: e.reason,
      changed_by: e.changedBy,
    })
    .execute();
}

export interface InstitutionCounts {
  branches: number;
  /** Active staff. */
  staff: number;
  /** Active staff holding each role (a person may hold several). */
  staffByRole: Record<StaffRole, number>;
  sites: number;
  /** Scopes in status 'active'. */
  scopes: number;
}

export async function countInstitutionHoldings(
  db: Kysely<DB>,
  institutionId: string,
): Promise<InstitutionCounts> {
  const r = await sql<{
    branches: number;
    staff: number;
    sites: number;
    scopes: number;
    full_time_staff: number;
    assessor: number;
    quality_supervisor: number;
    exam_admin: number;
  }>`
    select
      (select count(*) from branches b where b.institution_id = ${institutionId}) as branches,
      (select count(*) from staff s where s.institution_id = ${institutionId} and s.active) as staff,
      (select count(*) from sites t where t.institution_id = ${institutionId}) as sites,
      (select count(*) from institution_scopes c where c.institution_id = ${institutionId} and c.status = 'active') as scopes,
      ${roleCount('full_time_staff', institutionId)} as full_time_staff,
      ${roleCount('assessor', institutionId)} as assessor,
      ${roleCount('quality_supervisor', institutionId)} as quality_supervisor,
      ${roleCount('exam_admin', institutionId)} as exam_admin`.execute(db);
  const c = r.rows[0]!;
  return {
    branches: Number(c.branches),
    staff: Number(c.staff),
    sites: Number(c.sites),
    scopes: Number(c.scopes),
    staffByRole: {
      full_time_staff: Number(c.full_time_staff),
      assessor: Number(c.assessor),
      quality_supervisor: Number(c.quality_supervisor),
      exam_admin: Number(c.exam_admin),
    },
  };
}

const roleCount = (role: StaffRole, institutionId: string) =>
  sql`(select count(distinct s.id) from staff s join staff_roles r on r.staff_id = s.id
       where s.institution_id = ${institutionId} and s.active and r.role = ${role})`;

/** What the institution policy needs about an institution (unscoped: callers have already scoped the record). */
export async function findInstitutionRef(
  db: Kysely<DB>,
  id: string,
): Promise<{ id: string; jurisdictionCode: string; authorityId: string | null } | undefined> {
  const r = await db
    .selectFrom('institutions')
    .select(['id', 'jurisdiction_code', 'authority_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  return r ? { id: r.id, jurisdictionCode: r.jurisdiction_code, authorityId: r.authority_id } : undefined;
}
