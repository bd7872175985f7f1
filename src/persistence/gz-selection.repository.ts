// Reads for a Guizhou selection (gz-rules §4–7): the deciding provincial authority and the registry
// facts the numbers of §6 are checked against — active staff per role, assessors per occupation with
// their level, the site offered. SQL only; called inside the transition's transaction (under the case
// lock) and for the read-only results view.
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';
import type {
  RegistryAssessor,
  RegistryInstitution,
  RegistrySite,
} from '../workflows/gz-selection/registry-facts.js';

/** 贵州省人力资源和社会保障厅: the provincial HRSS authority of 520000. */
export async function findGuizhouAuthority(
  db: Kysely<DB>,
): Promise<{ id: string; name: string } | undefined> {
  return db
    .selectFrom('authorities')
    .select(['id', 'name'])
    .where('kind', '=', 'provincial_hrss')
    .where('jurisdiction_code', '=', '520000')
    .orderBy('created_at')
    .executeTakeFirst();
}

export async function findSelectionInstitution(
  db: Kysely<DB>,
  id: string,
): Promise<RegistryInstitution | undefined> {
  const r = await db
    .selectFrom('institutions')
    .select(['id', 'name', 'kind', 'uscc', 'jurisdiction_code'])
    .where('id', '=', id)
    .executeTakeFirst();
  return r && { id: r.id, name: r.name, kind: r.kind, uscc: r.uscc, jurisdictionCode: r.jurisdiction_code };
}

/** Distinct active staff of the institution holding each role. */
export async function countStaffByRole(
  db: Kysely<DB>,
  institutionId: string,
): Promise<{ fullTimeStaff: number; qualitySupervisors: number }> {
  const rows = await sql<{ role: string; n: number }>`
    select r.role, count(distinct s.id)::int as n
    from staff s join staff_roles r on r.staff_id = s.id
    where s.institution_id = ${institutionId} and s.active
      and r.role in ('full_time_staff', 'quality_supervisor')
    group by r.role`.execute(db);
  const n = (role: string) => Number(rows.rows.find((r) => r.role === role)?.n ?? 0);
  return { fullTimeStaff: n('full_time_staff'), qualitySupervisors: n('quality_supervisor') };
}

/** Every assessor accreditation of the institution's active staff (one row per staff × occupation). */
export async function listActiveAssessors(
  db: Kysely<DB>,
  institutionId: string,
): Promise<RegistryAssessor[]> {
  const rows = await db
    .selectFrom('staff as s')
    .innerJoin('staff_roles as r', 'r.staff_id', 's.id')
    .select(['s.id as staff_id', 'r.occupation_code', 'r.level'])
    .where('s.institution_id', '=', institutionId)
    .where('s.active', '=', true)
    .where('r.role', '=', 'assessor')
    .where('r.occupation_code', 'is not', null)
    .orderBy('r.occupation_code')
    .orderBy('s.id')
    .execute();
  return rows.map((r) => ({ staffId: r.staff_id, occupationCode: r.occupation_code!, level: r.level }));
}

export interface SiteChoice {
  id: string;
  name: string;
  branchId: string | null;
}

/** The institution's sites (for the applicant's choice and the count). */
export async function listInstitutionSites(db: Kysely<DB>, institutionId: string): Promise<SiteChoice[]> {
  const rows = await db
    .selectFrom('sites')
    .select(['id', 'name', 'branch_id'])
    .where('institution_id', '=', institutionId)
    .orderBy('name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, branchId: r.branch_id }));
}

/** A site of the institution (undefined if it is not registered to it). */
export async function findInstitutionSite(
  db: Kysely<DB>,
  institutionId: string,
  siteId: string,
): Promise<RegistrySite | undefined> {
  const r = await db
    .selectFrom('sites')
    .selectAll()
    .where('id', '=', siteId)
    .where('institution_id', '=', institutionId)
    .executeTakeFirst();
  return (
    r && {
      id: r.id,
      name: r.name,
      tenure: r.tenure,
      leaseStart: r.lease_start,
      leaseEnd: r.lease_end,
      floorAreaM2: Number(r.floor_area_m2),
      functionalRooms: r.functional_rooms,
      examRooms: r.exam_rooms,
      computerSeats: r.computer_seats,
      deskSpacingCm: r.desk_spacing_cm,
      cctvExamRooms: r.cctv_exam_rooms,
      cctvFullCoverage: r.cctv_full_coverage,
    }
  );
}

/** Names of occupations by code (for the results table); unknown codes are left out. */
export async function occupationNames(
  db: Kysely<DB>,
  codes: readonly string[],
): Promise<Record<string, string>> {
  if (codes.length === 0) return {};
  const rows = await db
    .selectFrom('occupations')
    .select(['code', 'name'])
    .where('code', 'in', [...codes])
    .execute();
  return Object.fromEntries(rows.map((r) => [r.code, r.name]));
}

/** Per occupation: whether a national skill standard or a filed evaluation norm exists (二(六)). */
export async function listOccupationStandards(
  db: Kysely<DB>,
  codes: readonly string[],
): Promise<Record<string, { nationalStandard: boolean; filedNorm: boolean }>> {
  if (codes.length === 0) return {};
  const rows = await db
    .selectFrom('occupation_standards')
    .select(['occupation_code', 'kind'])
    .where('occupation_code', 'in', [...codes])
    .execute();
  return Object.fromEntries(
    codes.map((code) => [
      code,
      {
        nationalStandard: rows.some((r) => r.occupation_code === code && r.kind === 'national_standard'),
        filedNorm: rows.some((r) => r.occupation_code === code && r.kind === 'evaluation_norm'),
      },
    ]),
  );
}
