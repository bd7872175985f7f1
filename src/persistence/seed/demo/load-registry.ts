// Writes the demo registry — authorities, institutions with their status history, branches, sites,
// scopes, staff with roles, experts, expert pools and declared conflicts — inside the caller's
// transaction. Document numbers go through the personal-data protector: only the ciphertext, the
// HMAC index and the masked copy are stored (security.md "Personal data").
import type { Insertable, Transaction } from 'kysely';
import type { DB, InstitutionStatusHistoryTable } from '../../schema.js';
import { demoId } from './ids.js';
import { DEMO_AUTHORITIES } from './authorities.js';
import { DEMO_BRANCHES, DEMO_INSTITUTIONS } from './institutions.js';
import { DEMO_SITES } from './sites.js';
import { DEMO_SCOPES } from './scopes.js';
import { DEMO_STAFF } from './staff.js';
import { DEMO_EXPERT_CONFLICTS, DEMO_EXPERT_POOLS, DEMO_EXPERTS } from './experts.js';

/** What the seed needs of src/identity/personal-data.ts. */
export interface ProtectsNumbers {
  protect(number: string): { enc: string; hmac: string; masked: string };
}

export const RESIDENT_ID = 'resident_id'; // src/domain/document-number.ts

export const authorityId = (key: string): string => demoId('authority', key);
export const institutionId = (key: string): string => demoId('institution', key);
export const branchId = (key: string): string => demoId('branch', key);
export const expertId = (key: string): string => demoId('expert', key);

const daysBefore = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

export async function loadDemoRegistry(
  trx: Transaction<DB>,
  personalData: ProtectsNumbers,
): Promise<Record<string, number>> {
  await trx
    .insertInto('authorities')
    .values(
      DEMO_AUTHORITIES.map((a) => ({
        id: authorityId(a.key),
        name: a.name,
        kind: a.kind,
        jurisdiction_code: a.jurisdictionCode,
        industry: a.industry,
      })),
    )
    .execute();

  await trx
    .insertInto('institutions')
    .values(
      DEMO_INSTITUTIONS.map((i) => ({
        id: institutionId(i.key),
        name: i.name,
        kind: i.kind,
        uscc: i.uscc,
        legal_representative: i.legalRepresentative,
        address: i.address,
        jurisdiction_code: i.jurisdictionCode,
        authority_id: authorityId(i.authority),
        status: i.status,
        contact_phone: i.contactPhone,
        established_on: i.establishedOn,
      })),
    )
    .execute();

  // Status history: registration (three months before the first change, or the day the demo was
  // loaded when there was none), then each recorded change.
  const history = DEMO_INSTITUTIONS.flatMap((i) => {
    const first = i.history[0]?.on;
    const rows: Insertable<InstitutionStatusHistoryTable>[] = [
      {
        id: demoId('status_history', `${i.key}:0`),
        institution_id: institutionId(i.key),
        from_status: null,
        to_status: 'registered',
        reason: '登记入库（演示数据）',
        ...(first ? { changed_at: `${daysBefore(first, 90)}T09:00:00+08:00` } : {}),
      },
    ];
    let from = 'registered';
    i.history.forEach((h, n) => {
      rows.push({
        id: demoId('status_history', `${i.key}:${n + 1}`),
        institution_id: institutionId(i.key),
        from_status: from,
        to_status: h.to,
        reason: h.reason,
        changed_at: `${h.on}T09:00:00+08:00`,
      });
      from = h.to;
    });
    return rows;
  });
  await trx.insertInto('institution_status_history').values(history).execute();

  await trx
    .insertInto('branches')
    .values(
      DEMO_BRANCHES.map((b) => ({
        id: branchId(b.key),
        institution_id: institutionId(b.institution),
        name: b.name,
        uscc: b.uscc,
        address: b.address,
        jurisdiction_code: b.jurisdictionCode,
        status: b.status,
      })),
    )
    .execute();

  await trx
    .insertInto('sites')
    .values(
      DEMO_SITES.map((s) => ({
        id: demoId('site', s.key),
        institution_id: institutionId(s.institution),
        branch_id: s.branch ? branchId(s.branch) : null,
        name: s.name,
        address: s.address,
        tenure: s.tenure,
        lease_start: s.leaseStart,
        lease_end: s.leaseEnd,
        floor_area_m2: s.floorAreaM2,
        functional_rooms: s.functionalRooms,
        exam_rooms: s.examRooms,
        computer_seats: s.computerSeats,
        desk_spacing_cm: s.deskSpacingCm,
        cctv_exam_rooms: s.cctvExamRooms,
        cctv_full_coverage: s.cctvFullCoverage,
      })),
    )
    .execute();

  const scopes = DEMO_SCOPES.flatMap((s) =>
    s.levels.map((level) => ({
      id: demoId('scope', `${s.institution}:${s.occupation}:${level}`),
      institution_id: institutionId(s.institution),
      occupation_code: s.occupation,
      level,
      valid_from: s.validFrom,
      valid_to: s.validTo,
      status: s.status,
    })),
  );
  await trx.insertInto('institution_scopes').values(scopes).execute();

  const staff = Object.entries(DEMO_STAFF).flatMap(([inst, people]) =>
    people.map((p, n) => ({ ...p, id: demoId('staff', `${inst}:${n}`), institution: inst })),
  );
  await trx
    .insertInto('staff')
    .values(
      staff.map((p) => {
        const id = personalData.protect(p.idNumber);
        return {
          id: p.id,
          institution_id: institutionId(p.institution),
          branch_id: p.branch ? branchId(p.branch) : null,
          name: p.name,
          id_doc_type: RESIDENT_ID,
          id_number_enc: id.enc,
          id_number_hmac: id.hmac,
          id_number_masked: id.masked,
        };
      }),
    )
    .execute();
  const roles = staff.flatMap((p) =>
    p.roles.map((r, n) => ({
      id: demoId('staff_role', `${p.id}:${n}`),
      staff_id: p.id,
      ...(typeof r === 'string'
        ? { role: r, occupation_code: null, level: null }
        : { role: 'assessor' as const, occupation_code: r.assessor, level: r.level }),
    })),
  );
  await trx.insertInto('staff_roles').values(roles).execute();

  await trx
    .insertInto('experts')
    .values(
      DEMO_EXPERTS.map((e) => {
        const id = e.idNumber ? personalData.protect(e.idNumber) : null;
        return {
          id: expertId(e.key),
          name: e.name,
          employer_name: e.employerName,
          employer_uscc: e.employerUscc,
          title: e.title,
          specialties: e.specialties,
          id_doc_type: id ? RESIDENT_ID : null,
          id_number_enc: id?.enc ?? null,
          id_number_hmac: id?.hmac ?? null,
          id_number_masked: id?.masked ?? null,
          registered_by_authority_id: authorityId(e.registeredBy),
        };
      }),
    )
    .execute();
  await trx
    .insertInto('expert_pools')
    .values(
      DEMO_EXPERT_POOLS.map((p) => ({
        id: demoId('expert_pool', p.key),
        authority_id: authorityId(p.authority),
        name: p.name,
        description: p.description,
      })),
    )
    .execute();
  const members = DEMO_EXPERT_POOLS.flatMap((p) =>
    p.members.map((m) => ({ pool_id: demoId('expert_pool', p.key), expert_id: expertId(m) })),
  );
  await trx.insertInto('expert_pool_members').values(members).execute();
  await trx
    .insertInto('expert_conflicts')
    .values(
      DEMO_EXPERT_CONFLICTS.map((c) => {
        const inst = DEMO_INSTITUTIONS.find((i) => i.key === c.institution)!;
        return {
          id: demoId('expert_conflict', `${c.expert}:${c.institution}`),
          expert_id: expertId(c.expert),
          institution_id: institutionId(c.institution),
          institution_uscc: inst.uscc,
          institution_name: inst.name,
          relation: c.relation,
          reason: c.reason,
        };
      }),
    )
    .execute();

  return {
    authorities: DEMO_AUTHORITIES.length,
    institutions: DEMO_INSTITUTIONS.length,
    branches: DEMO_BRANCHES.length,
    sites: DEMO_SITES.length,
    scopes: scopes.length,
    staff: staff.length,
    staffRoles: roles.length,
    experts: DEMO_EXPERTS.length,
    expertPools: DEMO_EXPERT_POOLS.length,
    expertPoolMembers: members.length,
    expertConflicts: DEMO_EXPERT_CONFLICTS.length,
  };
}
