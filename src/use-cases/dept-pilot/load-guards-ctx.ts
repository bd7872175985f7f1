// The facts a dept-pilot guard needs, loaded under the case lock: the checklist items that hold a
// current file (for the 12 regulations), the organisation's branches in the registry, and — for a
// department's recommendation — its other submitted cases in the same field (三（一）: at most 2 per
// field; drafts, refusals and withdrawals take no place; the field matched after normalisation).
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { CaseRecord } from '../../persistence/cases.repository.js';
import { listCurrentMaterials } from '../../persistence/materials.repository.js';
import { listFieldSiblings, listOrganisationBranches } from '../../persistence/dept-pilot.repository.js';
import type { DeptPilotData } from '../../workflows/dept-pilot/data.js';
import type { DeptPilotCtx, FieldSibling } from '../../workflows/dept-pilot/facts.js';

/** Events whose guard counts the field's places: they wait for the department's other counts to finish. */
const COUNTING = new Set(['submit', 'resubmit', 'approve']);

export async function loadDeptPilotCtx(
  db: Kysely<DB>,
  c: CaseRecord,
  today: string,
  event?: string,
): Promise<DeptPilotCtx> {
  const data = c.data as DeptPilotData;
  // 三（一）: two recommendations of one department submitted at once must not both take the last
  // place — the department's authority row serialises the counts (FOR NO KEY UPDATE).
  if (event && COUNTING.has(event) && data.track === 'department' && data.applicantAuthorityId)
    await db
      .selectFrom('authorities')
      .select('id')
      .where('id', '=', data.applicantAuthorityId)
      .forNoKeyUpdate()
      .execute();
  const materials = await listCurrentMaterials(db, c.id);
  const branches = await listOrganisationBranches(db, c.institutionId);
  const siblings =
    data.track === 'department' && data.applicantAuthorityId
      ? (
          await listFieldSiblings(db, {
            applicantAuthorityId: data.applicantAuthorityId,
            field: data.plan.field,
            excludeCaseId: c.id,
          })
        ).map((s): FieldSibling => {
          const d = s.data as DeptPilotData;
          return {
            caseId: s.id,
            referenceNo: s.referenceNo,
            state: s.state,
            organisation: d.organisation,
            decoupledFromSupervisor: d.review?.decoupledFromSupervisor ?? d.plan.decoupledFromSupervisor,
            nonProfessionalAssociation:
              d.review?.nonProfessionalAssociation ?? d.plan.nonProfessionalAssociation,
            override: d.review?.override,
            meetsCallConditions: d.review?.meetsCallConditions,
            coveredOccupations: [...new Set(d.plan.scope.map((x) => x.code))],
          };
        })
      : [];
  return {
    asOf: today,
    referenceNo: c.referenceNo,
    providedItems: [...new Set(materials.map((m) => m.checklistItem))],
    branches: branches.map((b) => ({ id: b.id, name: b.name, uscc: b.uscc })),
    siblings,
  };
}
