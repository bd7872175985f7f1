// Staff on an evaluation session 批次工作人员 (issue 11 point 3): SQL only. The session is found in the
// caller's scope before any of these run; rows carry the session's institution so a query filters on it.
import type { Kysely, Transaction } from 'kysely';
import type { DB, SessionDuty } from './schema.js';
import type { StaffRoleAssignment } from './staff.repository.js';
import type { StoredCheck } from './evaluation-sessions.repository.js';
import { isoTime } from './paging.js';

export interface SessionStaffRecord {
  id: string;
  sessionId: string;
  staffId: string;
  name: string;
  idNumberMasked: string;
  duty: SessionDuty;
  findings: StoredCheck;
  assignedAt: string;
}

export async function listSessionStaff(db: Kysely<DB>, sessionId: string): Promise<SessionStaffRecord[]> {
  const rows = await db
    .selectFrom('session_staff as a')
    .innerJoin('staff as s', 's.id', 'a.staff_id')
    .select([
      'a.id',
      'a.session_id',
      'a.staff_id',
      'a.duty',
      'a.findings',
      'a.assigned_at',
      's.name',
      's.id_number_masked',
    ])
    .where('a.session_id', '=', sessionId)
    .orderBy('a.duty')
    .orderBy('s.name')
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    sessionId: r.session_id,
    staffId: r.staff_id,
    name: r.name,
    idNumberMasked: r.id_number_masked,
    duty: r.duty,
    findings: r.findings as unknown as StoredCheck,
    assignedAt: isoTime(r.assigned_at),
  }));
}

/** The people a session's staff are drawn from: the institution's active staff with their roles and hash. */
export async function findInstitutionStaff(
  db: Kysely<DB>,
  institutionId: string,
  staffId: string,
): Promise<
  { id: string; name: string; hmac: string; active: boolean; roles: StaffRoleAssignment[] } | undefined
> {
  const s = await db
    .selectFrom('staff')
    .select(['id', 'name', 'id_number_hmac', 'active'])
    .where('id', '=', staffId)
    .where('institution_id', '=', institutionId)
    .executeTakeFirst();
  if (!s) return undefined;
  const roles = await db
    .selectFrom('staff_roles')
    .select(['role', 'occupation_code', 'level'])
    .where('staff_id', '=', staffId)
    .execute();
  return {
    id: s.id,
    name: s.name,
    hmac: s.id_number_hmac,
    active: s.active,
    roles: roles.map((r) => ({ role: r.role, occupationCode: r.occupation_code, level: r.level })),
  };
}

export async function insertSessionStaff(
  trx: Transaction<DB>,
  v: {
    id: string;
    sessionId: string;
    institutionId: string;
    staffId: string;
    duty: SessionDuty;
    findings: StoredCheck;
    by: string | null;
  },
): Promise<void> {
  await trx
    .insertInto('session_staff')
    .values({
      id: v.id,
      session_id: v.sessionId,
      institution_id: v.institutionId,
      staff_id: v.staffId,
      duty: v.duty,
      findings: JSON.stringify(v.findings),
      assigned_by: v.by,
    })
    .execute();
}

export async function deleteSessionStaff(
  trx: Transaction<DB>,
  sessionId: string,
  id: string,
): Promise<boolean> {
  const r = await trx
    .deleteFrom('session_staff')
    .where('id', '=', id)
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** How many of each duty a session has (the closing check's facts). */
export async function countDuties(db: Kysely<DB>, sessionId: string): Promise<Record<SessionDuty, number>> {
  const rows = await db
    .selectFrom('session_staff')
    .select(['duty', (eb) => eb.fn.countAll<number>().as('n')])
    .where('session_id', '=', sessionId)
    .groupBy('duty')
    .execute();
  const out: Record<SessionDuty, number> = { exam_admin: 0, assessor: 0, quality_supervisor: 0 };
  for (const r of rows) out[r.duty] = Number(r.n);
  return out;
}
