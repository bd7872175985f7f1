// Who may not inspect a target (1x-selection §25 双随机: experts drawn from the supervision pool; the
// independence the texts ask of experts, 1x-exit §7(3) 独立、负责地): an expert is never drawn for an
// institution they work for, one they declared a conflict with, or one whose own entry procedure they
// reviewed (a member drawn on a review panel of a case of that institution) — they would check their own
// earlier judgement. An inactive expert is not drawn at all. The screening of review panels
// (src/workflows/review/eligibility.ts) supplies the first three; the panel ground is added here.
import {
  exclusionReasons,
  type DeclaredConflict,
  type PoolExpert,
  type ReviewedApplicant,
} from '../review/eligibility.js';
import { canonicalIds, type ExclusionCode, type ExpertGroupInput } from './public-draw.js';

export interface InspectedTarget extends ReviewedApplicant {
  /** Experts drawn ('drawn' in panel_members) on review panels of this institution's own cases. */
  entryPanelExpertIds: readonly string[];
}

/** The reasons an expert may not inspect this target; empty when they may. */
export function inspectionExclusions(
  expert: PoolExpert,
  target: InspectedTarget,
  conflicts: readonly DeclaredConflict[],
): ExclusionCode[] {
  const codes: ExclusionCode[] = exclusionReasons(expert, target, conflicts).map((r) => r.code);
  if (target.entryPanelExpertIds.includes(expert.id)) codes.push('entry_panel');
  return [...new Set(codes)];
}

/** A target's published expert group: the eligible experts and those left out, both sorted by id. */
export function expertGroupFor(
  pool: readonly PoolExpert[],
  target: InspectedTarget,
  conflicts: readonly DeclaredConflict[],
): ExpertGroupInput {
  const eligible: string[] = [];
  const excluded: { id: string; reasons: ExclusionCode[] }[] = [];
  for (const expert of pool) {
    const reasons = inspectionExclusions(expert, target, conflicts);
    if (reasons.length === 0) eligible.push(expert.id);
    else excluded.push({ id: expert.id, reasons });
  }
  return {
    targetId: target.institutionId,
    candidates: canonicalIds(eligible),
    excluded: excluded.sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}
