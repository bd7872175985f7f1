// Before drawing, the deciding authority sees who in a pool may review this applicant and who is
// left out and why (employee of the applicant, declared conflict, inactive) — the same screening the
// draw itself will apply under the case lock (src/workflows/review/eligibility.ts).
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import { forbidden, notFound } from '../../domain/errors.js';
import { findCase } from '../../persistence/cases.repository.js';
import { expertPoolPolicy } from '../../policies/expert-pool.policy.js';
import { findApplicant, listConflictsWith, loadDrawPool } from '../../persistence/reviews.repository.js';
import { canReadCase, caseRolesOf } from '../../workflows/case-roles.js';
import { screenExperts, type ExclusionReason } from '../../workflows/review/eligibility.js';
import { partiesOf } from '../workflow/case-parties.js';

export interface PanelDrawPreview {
  pool: { id: string; name: string; size: number };
  eligible: { expertId: string; name: string; employerName: string }[];
  excluded: { expertId: string; name: string; employerName: string; reasons: ExclusionReason[] }[];
}

export async function previewPanelDraw(
  db: Kysely<DB>,
  input: { caller: Caller; caseId: string; poolId: string },
): Promise<PanelDrawPreview> {
  const c = await findCase(db, input.caseId);
  if (!c || !canReadCase(input.caller, partiesOf(c))) throw notFound('案件');
  if (!caseRolesOf(input.caller, partiesOf(c)).includes('authority'))
    throw forbidden('只有受理部门可以抽取评审专家');
  const pool = await loadDrawPool(db, input.poolId);
  const readable =
    pool &&
    expertPoolPolicy.abilities(input.caller, {
      id: pool.id,
      authorityId: pool.authorityId,
      authorityJurisdictionCode: pool.authorityJurisdictionCode,
    }).read;
  if (!pool || !readable) throw notFound('专家库');
  const applicant = await findApplicant(db, c.institutionId);
  if (!applicant) throw notFound('申请单位');
  const conflicts = await listConflictsWith(
    db,
    pool.experts.map((e) => e.id),
    applicant,
  );
  const s = screenExperts(pool.experts, applicant, conflicts);
  return {
    pool: { id: pool.id, name: pool.name, size: pool.experts.length },
    eligible: s.eligible.map((e) => ({ expertId: e.id, name: e.name, employerName: e.employerName })),
    excluded: s.excluded.map((x) => ({
      expertId: x.expert.id,
      name: x.expert.name,
      employerName: x.expert.employerName,
      reasons: x.reasons,
    })),
  };
}
