// Staff of an institution with their roles (专职工作人员, 考评人员, 质量督导员, 考务管理人员): SQL only,
// scoped through their institution. Document numbers are stored encrypted + HMAC + masked; only the
// masked copy leaves this file, except through findStaffDocument (the audited reveal).
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB, StaffRole, StaffTable } from './schema.js';
import type { InstitutionScope } from '../policies/scope.js';
import { institutionInScope } from './registry-scope.js';
import { containsPattern, isoTime, offsetOf, type PageRequest } from './paging.js';

export interface StaffRoleAssignment {
  role: StaffRole;
  /** Assessors are accredited per occupation (and level). */
  occupationCode: string | null;
  level: number | null;
}

export interface StaffRecord {
  id: string;
  institutionId: string;
  branchId: string | null;
  name: string;
  idDocType: string;
  idNumberMasked: string;
  phone: string | null;
  active: boolean;
  roles: StaffRoleAssignment[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ProtectedDocument {
  idDocType: string;
  enc: string;
  hmac: string;
  masked: string;
  /** The index under every configured data key, current first (during a key rotation: decision 0019). */
  lookup?: string[];
}

export interface StaffValues {
  branchId: string | null;
  name: string;
  document: ProtectedDocument;
  phone: string | null;
  active: boolean;
}

export interface StaffFilters {
  q?: string | undefined;
  role?: StaffRole | undefined;
  occupationCode?: string | undefined;
  active?: boolean | undefined;
  branchId?: string | undefined;
}

type Row = Omit<Selectable<StaffTable>, 'id_number_enc' | 'id_number_hmac'>;

const toRecord = (r: Row, roles: StaffRoleAssignment[]): StaffRecord => ({
  id: r.id,
  institutionId: r.institution_id,
  branchId: r.branch_id,
  name: r.name,
  idDocType: r.id_doc_type,
  idNumberMasked: r.id_number_masked,
  phone: r.phone,
  active: r.active,
  roles,
  version: r.version,
  createdAt: isoTime(r.created_at),
  updatedAt: isoTime(r.updated_at),
});

// Never select the ciphertext or the HMAC into a record.
const publicColumns = ['s.id', 's.institution_id', 's.branch_id', 's.name', 's.id_doc_type', 's.id_number_masked',
  's.phone', 's.active', 's.version', 's.created_at', 's.updated_at'] as const; // prettier-ignore

const scoped = (db: Kysely<DB>, scope: InstitutionScope) =>
  db.selectFrom('staff as s').where(institutionInScope(scope, sql.ref('s.institution_id')));

async function rolesOf(db: Kysely<DB>, staffIds: string[]): Promise<Map<string, StaffRoleAssignment[]>> {
  const map = new Map<string, StaffRoleAssignment[]>(staffIds.map((id) => [id, []]));
  if (staffIds.length === 0) return map;
  const rows = await db
    .selectFrom('staff_roles')
    .select(['staff_id', 'role', 'occupation_code', 'level'])
    .where('staff_id', 'in', staffIds)
    .orderBy('role')
    .orderBy('occupation_code')
    .orderBy('level')
    .execute();
  for (const r of rows)
    map.get(r.staff_id)?.push({ role: r.role, occupationCode: r.occupation_code, level: r.level });
  return map;
}

export async function listStaff(
  db: Kysely<DB>,
  scope: InstitutionScope,
  institutionId: string,
  f: StaffFilters,
  page: PageRequest,
): Promise<{ items: StaffRecord[]; total: number }> {
  let q = scoped(db, scope).where('s.institution_id', '=', institutionId);
  if (f.q) q = q.where('s.name', 'ilike', containsPattern(f.q));
  if (f.active !== undefined) q = q.where('s.active', '=', f.active);
  if (f.branchId) q = q.where('s.branch_id', '=', f.branchId);
  if (f.role || f.occupationCode) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('staff_roles as r')
          .select('r.id')
          .whereRef('r.staff_id', '=', 's.id')
          .$if(!!f.role, (w) => w.where('r.role', '=', f.role!))
          .$if(!!f.occupationCode, (w) => w.where('r.occupation_code', '=', f.occupationCode!)),
      ),
    );
  }
  const [rows, count] = await Promise.all([
    q
      .select(publicColumns)
      .orderBy('s.name')
      .orderBy('s.id')
      .limit(page.pageSize)
      .offset(offsetOf(page))
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const roles = await rolesOf(
    db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => toRecord(r, roles.get(r.id) ?? [])), total: Number(count.n) };
}

export async function findStaff(
  db: Kysely<DB>,
  scope: InstitutionScope,
  id: string,
): Promise<StaffRecord | undefined> {
  const row = await scoped(db, scope).select(publicColumns).where('s.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const roles = await rolesOf(db, [row.id]);
  return toRecord(row, roles.get(row.id) ?? []);
}

/** The encrypted document of one staff member in scope, for the audited reveal only. */
export async function findStaffDocument(
  db: Kysely<DB>,
  scope: InstitutionScope,
  id: string,
): Promise<{ institutionId: string; idDocType: string; enc: string } | undefined> {
  const r = await scoped(db, scope)
    .select(['s.institution_id', 's.id_doc_type', 's.id_number_enc'])
    .where('s.id', '=', id)
    .executeTakeFirst();
  return r ? { institutionId: r.institution_id, idDocType: r.id_doc_type, enc: r.id_number_enc } : undefined;
}

/** Another staff record of the same institution with the same document number (by HMAC). */
export async function findStaffIdByDocument(
  db: Kysely<DB>,
  institutionId: string,
  hmac: string | readonly string[],
  exceptId?: string,
): Promise<string | undefined> {
  const r = await db
    .selectFrom('staff')
    .select('id')
    .where('institution_id', '=', institutionId)
    .where('id_number_hmac', 'in', typeof hmac === 'string' ? [hmac] : [...hmac])
    .$if(!!exceptId, (q) => q.where('id', '<>', exceptId!))
    .executeTakeFirst();
  return r?.id;
}

export async function insertStaff(
  db: Kysely<DB>,
  id: string,
  institutionId: string,
  v: StaffValues,
): Promise<void> {
  await db
    .insertInto('staff')
    .values({
      id,
      institution_id: institutionId,
      branch_id: v.branchId,
      name: v.name,
      id_doc_type: v.document.idDocType,
      id_number_enc: v.document.enc,
      id_number_hmac: v.document.hmac,
      id_number_masked: v.document.masked,
      phone: v.phone,
      active: v.active,
    })
    .execute();
}

export async function updateStaff(
  db: Kysely<DB>,
  id: string,
  expectedVersion: number,
  v: Partial<StaffValues>,
): Promise<boolean> {
  const r = await db
    .updateTable('staff')
    .set({
      ...(v.branchId !== undefined ? { branch_id: v.branchId } : {}),
      ...(v.name !== undefined ? { name: v.name } : {}),
      ...(v.document !== undefined
        ? {
            id_doc_type: v.document.idDocType,
            id_number_enc: v.document.enc,
            id_number_hmac: v.document.hmac,
            id_number_masked: v.document.masked,
          }
        : {}),
      ...(v.phone !== undefined ? { phone: v.phone } : {}),
      ...(v.active !== undefined ? { active: v.active } : {}),
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Replaces a staff member's roles (a PATCH with `roles` states the whole set). */
export async function replaceStaffRoles(
  db: Kysely<DB>,
  staffId: string,
  roles: StaffRoleAssignment[],
): Promise<void> {
  await db.deleteFrom('staff_roles').where('staff_id', '=', staffId).execute();
  if (roles.length === 0) return;
  await db
    .insertInto('staff_roles')
    .values(
      roles.map((r) => ({
        id: randomUUID(),
        staff_id: staffId,
        role: r.role,
        occupation_code: r.occupationCode,
        level: r.level,
      })),
    )
    .execute();
}
