// What a dept-pilot case carries (the case snapshot). One case per organisation: a department's
// recommendation of one social training-evaluation organisation in one field (三（一）), or an industry
// association acting directly as one (二（一）); the case is about that organisation, the national
// centre (中国就业培训技术指导中心) decides, and the approval publishes it online with its scope. The
// other organisations the department recommends in the same field are the department's other cases
// (counted together: at most 2 per field).
import { z } from 'zod';
import { isoDate, level, occupationCode, principleOverride } from '../../rules/facts.js';
import { industryOrgFacts } from '../../rules/dept-pilot/recommendation.js';
import type { BodyKind } from './body.js';

export const TRACKS = ['department', 'industry_org'] as const;
export type Track = (typeof TRACKS)[number];
export const TRACK_ZH: Record<Track, string> = {
  department: '政府有关部门推荐社会培训评价组织',
  industry_org: '行业组织作为社会培训评价组织',
};
export const TRACK_EN: Record<Track, string> = {
  department: 'Organisation recommended by a government department',
  industry_org: 'Industry organisation acting as the evaluation organisation',
};

const optionalBool = (describe_zh: string) => z.boolean().optional().describe(describe_zh);

export const scopeEntry = z.strictObject({
  code: occupationCode('承担认定的职业（工种）代码'),
  levels: z.array(level).min(1).max(5).describe('认定等级（1–5 级，可多选）'),
});
export type ScopeEntry = z.infer<typeof scopeEntry>;

/** A branch of the organisation named in the plan (三（二）确定分支机构), with what is stated of it. */
export const branchDeclaration = z.strictObject({
  branch: z.string().trim().min(1).max(200).describe('分支机构：登记在该组织名下的名称（或其编号）'),
  decoupledFromSupervisor: optionalBool('协会类分支机构是否已与主管部门脱钩'),
  nonProfessionalAssociation: optionalBool('属非专业行业协会'),
});
export type BranchDeclaration = z.infer<typeof branchDeclaration>;

/** Whether a plan's entry names this registered branch (by its name as registered, or its id). */
export const namesBranch = (d: Pick<BranchDeclaration, 'branch'>, b: { id: string; name: string }): boolean =>
  d.branch === b.id || d.branch === b.name;

/** The plan as the department (or the association) fills it in. */
export const plan = z.strictObject({
  field: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .describe('领域：推荐部门的领域或行业组织的行业（如“交通运输 道路运输”）'),
  originalOccupations: z
    .array(occupationCode())
    .max(100)
    .default([])
    .describe('本部门退出职业资格目录的原有职业（工种）代码（政府有关部门推荐时填写）'),
  scope: z.array(scopeEntry).min(1).max(100).describe('该组织承担认定的职业（工种）及等级'),
  decoupledFromSupervisor: optionalBool('该组织为协会时：是否已与主管部门脱钩'),
  nonProfessionalAssociation: optionalBool('该组织为协会时：是否属非专业行业协会'),
  branches: z.array(branchDeclaration).max(100).default([]).describe('分支机构名单（三（二））'),
  associationType: industryOrgFacts.shape.associationType.optional(),
  affiliatedTechnicalSupport: industryOrgFacts.shape.affiliatedTechnicalSupport,
});
export type Plan = z.infer<typeof plan>;

/** The national centre's review: its assessments and any recorded exception to "原则上不得". */
export const review = z.strictObject({
  meetsCallConditions: optionalBool(
    '参照中就培函〔2020〕16号申报条件的相关要求（true 符合 / false 不符合 / 不填 = 待认定）',
  ),
  decoupledFromSupervisor: optionalBool('经核实：该组织（协会）是否已与主管部门脱钩'),
  nonProfessionalAssociation: optionalBool('经核实：是否属非专业行业协会'),
  affiliatedTechnicalSupport: optionalBool('经核实：综合类行业组织所属一类行业协会提供技术支持'),
  override: principleOverride('对“原则上不得纳入”记录的例外决定（无则不填）'),
});
export type Review = z.infer<typeof review>;

export const approvePayload = z.strictObject({
  validTo: isoDate('有效期截止日（通知未规定有效期；不填 = 未规定截止日）').nullable().optional(),
});
export const refusePayload = z.strictObject({
  reason: z.string().trim().min(4).max(2000).describe('不予纳入试点的理由'),
});
export const correctionPayload = z.strictObject({
  items: z.array(z.string().trim().min(1).max(500)).min(1).max(30).describe('需补正的事项'),
});

/** The dates the notice's timetable (五) is tracked by. */
export interface Milestones {
  /** 五（一）试点工作方案、遴选标准和首批名单提交 = the first submission of the case. */
  workPlanSubmittedOn: string | null;
  /** 五（三）实施方案提交并完成网上公示 = the approval that publishes. */
  implementationPlanSubmittedOn: string | null;
}

export interface DeptPilotDecision {
  outcome: 'approved' | 'refused';
  decidedOn: string;
  /** 试点机构编号, derived from the case reference; published as the directory entry's code. */
  code: string | null;
  scope: ScopeEntry[];
  validFrom: string | null;
  validTo: string | null;
  reason_zh?: string;
}

export interface DeptPilotData extends Record<string, unknown> {
  track: Track;
  /** The recommending department (department track): its staff are the applicant (engine R1). */
  applicantAuthorityId?: string;
  department?: { authorityId: string; name: string };
  organisation: { institutionId: string; name: string; uscc: string; kind: BodyKind };
  plan: Plan;
  review?: Review;
  milestones: Milestones;
  correction?: { requestedOn: string; items: string[] };
  decision?: DeptPilotDecision;
}
