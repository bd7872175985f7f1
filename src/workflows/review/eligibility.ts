// Who in an expert pool may sit on a review panel for an applicant. An expert is left out when
// they work for the applicant (their employer's 统一社会信用代码 is the applicant's), when they have
// declared a conflict of interest with the applicant (expert_conflicts, by institution or by USCC),
// or when their record is inactive. Every reason is kept, so the draw screen and the panel record
// say who was left out and why. Experts review "independently" (1x-exit §7(3) 独立、负责地进行评议);
// the texts name no further ground, so these are the system's independence rules (docs/decisions/0012).
import { compactCode } from '../../domain/half-width.js';

export interface PoolExpert {
  id: string;
  name: string;
  employerName: string;
  employerUscc: string | null;
  active: boolean;
}

export interface DeclaredConflict {
  expertId: string;
  institutionId: string | null;
  institutionUscc: string | null;
  institutionName: string;
  relation: string;
  reason: string | null;
}

export interface ReviewedApplicant {
  institutionId: string;
  uscc: string;
  name: string;
}

export type ExclusionReason =
  | { code: 'employee'; detail_zh: string }
  | { code: 'declared_conflict'; relation: string; detail_zh: string }
  | { code: 'inactive'; detail_zh: string };

export interface Screening {
  eligible: PoolExpert[];
  excluded: { expert: PoolExpert; reasons: ExclusionReason[] }[];
}

export const RELATION_ZH: Record<string, string> = {
  former_employment: '曾在该单位任职',
  part_time: '在该单位兼职',
  relative: '近亲属在该单位任职',
  financial: '与该单位有经济利益关系',
  training: '为该单位提供培训',
  other: '其他利益关系',
};

/** The reasons an expert may not review this applicant; empty when they may. */
export function exclusionReasons(
  expert: PoolExpert,
  applicant: ReviewedApplicant,
  conflicts: readonly DeclaredConflict[],
): ExclusionReason[] {
  const reasons: ExclusionReason[] = [];
  const uscc = compactCode(applicant.uscc);
  if (!expert.active) reasons.push({ code: 'inactive', detail_zh: '专家信息已停用' });
  if (expert.employerUscc && compactCode(expert.employerUscc) === uscc) {
    reasons.push({
      code: 'employee',
      detail_zh: `本人工作单位（${expert.employerName}）即申请单位，统一社会信用代码相同`,
    });
  }
  for (const c of conflicts) {
    if (c.expertId !== expert.id) continue;
    const sameInstitution = c.institutionId !== null && c.institutionId === applicant.institutionId;
    const sameUscc = c.institutionUscc !== null && compactCode(c.institutionUscc) === uscc;
    if (!sameInstitution && !sameUscc) continue;
    reasons.push({
      code: 'declared_conflict',
      relation: c.relation,
      detail_zh: `已申报利益冲突：${RELATION_ZH[c.relation] ?? c.relation}${c.reason ? `（${c.reason}）` : ''}`,
    });
  }
  return reasons;
}

/** Splits a pool into the experts who may review the applicant and those left out, with why. */
export function screenExperts(
  pool: readonly PoolExpert[],
  applicant: ReviewedApplicant,
  conflicts: readonly DeclaredConflict[],
): Screening {
  const out: Screening = { eligible: [], excluded: [] };
  for (const expert of pool) {
    const reasons = exclusionReasons(expert, applicant, conflicts);
    if (reasons.length === 0) out.eligible.push(expert);
    else out.excluded.push({ expert, reasons });
  }
  return out;
}
