// Sites (场地) of an institution — tenure and lease, floor area, functional rooms, exam rooms,
// computer seats, desk spacing, CCTV — the facts the selection thresholds are checked against
// (gz-rules §6(7)). SQL only, scoped through their institution.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB, SitesTable } from './schema.js';
import type { InstitutionScope } from '../policies/scope.js';
import { institutionInScope } from './registry-scope.js';
import { containsPattern, isoTime, offsetOf, type PageRequest } from './paging.js';

export type Tenure = 'owned' | 'leased';

export interface SiteValues {
  branchId: string | null;
  name: string;
  address: string;
  tenure: Tenure;
  leaseStart: string | null;
  leaseEnd: string | null;
  floorAreaM2: number;
  functionalRooms: string[];
  examRooms: number;
  computerSeats: number;
  deskSpacingCm: number | null;
  cctvExamRooms: boolean;
  cctvFullCoverage: boolean;
}

export interface SiteRecord extends SiteValues {
  id: string;
  institutionId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const toRecord = (r: Selectable<SitesTable>): SiteRecord => ({
  id: r.id,
  institutionId: r.institution_id,
  branchId: r.branch_id,
  name: r.name,
  address: r.address,
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
  version: r.version,
  createdAt: isoTime(r.created_at),
  updatedAt: isoTime(r.updated_at),
});

const scoped = (db: Kysely<DB>, scope: InstitutionScope) =>
  db
    .selectFrom('sites as t')
    .where(institutionInScope(scope, sql.ref('t.institution_id')))
    .selectAll('t');

export async function listSites(
  db: Kysely<DB>,
  scope: InstitutionScope,
  institutionId: string,
  f: { q?: string | undefined; tenure?: Tenure | undefined; branchId?: string | undefined },
  page: PageRequest,
): Promise<{ items: SiteRecord[]; total: number }> {
  let q = scoped(db, scope).where('t.institution_id', '=', institutionId);
  if (f.q)
    q = q.where((eb) =>
      eb.or([eb('t.name', 'ilike', containsPattern(f.q!)), eb('t.address', 'ilike', containsPattern(f.q!))]),
    );
  if (f.tenure) q = q.where('t.tenure', '=', f.tenure);
  if (f.branchId) q = q.where('t.branch_id', '=', f.branchId);
  const [rows, count] = await Promise.all([
    q.orderBy('t.name').orderBy('t.id').limit(page.pageSize).offset(offsetOf(page)).execute(),
    db
      .selectFrom(q.as('x'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toRecord), total: Number(count.n) };
}

export async function findSite(
  db: Kysely<DB>,
  scope: InstitutionScope,
  id: string,
): Promise<SiteRecord | undefined> {
  const row = await scoped(db, scope).where('t.id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

const toRow = (v: Partial<SiteValues>) => ({
  ...(v.branchId !== undefined ? { branch_id: v.branchId } : {}),
  ...(v.name !== undefined ? { name: v.name } : {}),
  ...(v.address !== undefined ? { address: v.address } : {}),
  ...(v.tenure !== undefined ? { tenure: v.tenure } : {}),
  ...(v.leaseStart !== undefined ? { lease_start: v.leaseStart } : {}),
  ...(v.leaseEnd !== undefined ? { lease_end: v.leaseEnd } : {}),
  ...(v.floorAreaM2 !== undefined ? { floor_area_m2: v.floorAreaM2 } : {}),
  ...(v.functionalRooms !== undefined ? { functional_rooms: v.functionalRooms } : {}),
  ...(v.examRooms !== undefined ? { exam_rooms: v.examRooms } : {}),
  ...(v.computerSeats !== undefined ? { computer_seats: v.computerSeats } : {}),
  ...(v.deskSpacingCm !== undefined ? { desk_spacing_cm: v.deskSpacingCm } : {}),
  ...(v.cctvExamRooms !== undefined ? { cctv_exam_rooms: v.cctvExamRooms } : {}),
  ...(v.cctvFullCoverage !== undefined ? { cctv_full_coverage: v.cctvFullCoverage } : {}),
});

export async function insertSite(
  db: Kysely<DB>,
  id: string,
  institutionId: string,
  v: SiteValues,
): Promise<void> {
  await db
    .insertInto('sites')
    .values({
      id,
      institution_id: institutionId,
      branch_id: v.branchId,
      name: v.name,
      address: v.address,
      tenure: v.tenure,
      lease_start: v.leaseStart,
      lease_end: v.leaseEnd,
      floor_area_m2: v.floorAreaM2,
      functional_rooms: v.functionalRooms,
      exam_rooms: v.examRooms,
      computer_seats: v.computerSeats,
      desk_spacing_cm: v.deskSpacingCm,
      cctv_exam_rooms: v.cctvExamRooms,
      cctv_full_coverage: v.cctvFullCoverage,
    })
    .execute();
}

export async function updateSite(
  db: Kysely<DB>,
  id: string,
  expectedVersion: number,
  v: Partial<SiteValues>,
): Promise<boolean> {
  const r = await db
    .updateTable('sites')
    .set({ ...toRow(v), version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Where a site is, for the rules on where evaluation may take place (mohrss-violations §13(2)). */
export interface SiteLocation {
  id: string;
  institutionId: string;
  branchId: string | null;
  name: string;
  /** GB/T 2260 code the site's province is read from. */
  jurisdictionCode: string;
}

/**
 * A site's place. The sites table holds a free-text address, not a division code, so the province is
 * read from whom the site is registered to: its branch's jurisdiction if it belongs to a branch (a
 * branch is filed where it works, mohrss-filing 一(十)5), else its institution's. The choice: a site
 * registered to the institution itself is taken to lie in the institution's province, and a site in
 * another province is registered to the branch there; SkillReg does not guess a province from an address.
 */
export async function findSiteLocation(db: Kysely<DB>, siteId: string): Promise<SiteLocation | undefined> {
  const r = await db
    .selectFrom('sites as t')
    .innerJoin('institutions as i', 'i.id', 't.institution_id')
    .leftJoin('branches as b', 'b.id', 't.branch_id')
    .select([
      't.id',
      't.institution_id',
      't.branch_id',
      't.name',
      'i.jurisdiction_code',
      'b.jurisdiction_code as branch_jurisdiction',
    ])
    .where('t.id', '=', siteId)
    .executeTakeFirst();
  if (!r) return undefined;
  return {
    id: r.id,
    institutionId: r.institution_id,
    branchId: r.branch_id,
    name: r.name,
    jurisdictionCode: r.branch_jurisdiction ?? r.jurisdiction_code,
  };
}
