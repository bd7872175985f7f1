// What a Guizhou selection case carries (the case snapshot): the application as the institution files
// it (occupations × levels, the site it offers, the facts only it can state and prove by its materials),
// the authority's review (the assessments gz-rules leaves to it and the §7 background check with its
// sources), the results of the last evaluation and the decision. Every number of §6 — staff, quality
// supervisors, assessors per occupation, the site — is NOT here: it is read from the registry at each
// evaluation (registry-facts.ts), so a change in the registry changes the result.
import { z } from 'zod';
import { level, occupationCode, isoDate, count, legalForm } from '../../rules/facts.js';
import { socialOrgSelectionFacts } from '../../rules/gz-rules/selection-social-org.js';
import { employerSelectionFacts } from '../../rules/gz-rules/selection-employer.js';
import { schoolSelectionFacts } from '../../rules/gz-rules/selection-school.js';
import { prohibitionFacts } from '../../rules/gz-rules/prohibitions.js';
import { socialOrgProhibitionFacts } from '../../rules/mohrss-filing/social-org-prohibitions.js';
import type { SelectionResults } from './results.js';

export const APPLICANT_KINDS = ['employer', 'school', 'social_org'] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];
export const APPLICANT_KIND_ZH: Record<ApplicantKind, string> = {
  employer: '用人单位',
  school: '院校',
  social_org: '社会培训评价组织',
};
export const APPLICANT_KIND_EN: Record<ApplicantKind, string> = {
  employer: 'Employer',
  school: 'School',
  social_org: 'Social evaluation organisation',
};

const social = socialOrgSelectionFacts.shape;
const employer = employerSelectionFacts.shape;
const school = schoolSelectionFacts.shape;
const premises = social.premises.shape;

/** One occupation applied for, with the levels (1 高级技师 … 5 初级工) and what the applicant states of it. */
export const appliedOccupation = z.strictObject({
  code: occupationCode('申请认定的职业（工种）代码'),
  levels: z.array(level).min(1).max(5).describe('申请认定的等级（1–5 级，可多选）'),
  trainingVolume: count('该职业（工种）培训规模（人次，社会培训评价组织填写，第六条第（三）项）').optional(),
  newOccupation: z
    .boolean()
    .optional()
    .describe('属于人力资源社会保障部公布的新职业（工种）（社会培训评价组织，第六条第（三）项但书）'),
  hasCorrespondingSkillPost: z
    .boolean()
    .optional()
    .describe('岗位设置中有明确对应的技能岗位（用人单位填写，第四条第（三）项）'),
});
export type AppliedOccupation = z.infer<typeof appliedOccupation>;

/** The application (申报): occupations × levels, the site, and the facts the applicant states. */
export const application = z.strictObject({
  occupations: z.array(appliedOccupation).min(1).max(20).describe('申请认定的职业（工种）及等级'),
  siteId: z
    .uuid()
    .nullable()
    .optional()
    .describe('用于认定的场地编号（登记在机构名下；不填 = 机构名下唯一的场地）'),
  legalForm: legalForm.optional(),
  // §6 社会培训评价组织
  trainingHistorySince: social.trainingHistorySince.optional(),
  managementSystems: social.managementSystems.optional(),
  expertTeam: social.expertTeam.optional(),
  officeAndCommunicationEquipment: premises.officeAndCommunicationEquipment.optional(),
  singleSeatPerDesk: premises.singleSeatPerDesk.optional(),
  // §4 用人单位
  enterpriseCategories: employer.enterpriseCategories.optional(),
  // §5 院校
  candidatesOwnFullTimeStudentsOnly: school.candidatesOwnFullTimeStudentsOnly.optional(),
  evaluationTiming: school.evaluationTiming.optional(),
  dedicatedUnit: school.dedicatedUnit.optional(),
});
export type Application = z.infer<typeof application>;

/** The authority's assessment of one occupation (密切相关、直接相关、与专业匹配 …). */
export const occupationAssessment = z.strictObject({
  code: occupationCode('职业（工种）代码'),
  closelyRelated: social.occupations.element.shape.closelyRelated,
  directlyRelatedToMainBusiness: employer.occupations.element.shape.directlyRelatedToMainBusiness,
  matchesMajor: school.occupations.element.shape.matchesMajor,
  levelConsistentWithSchooling: school.occupations.element.shape.levelConsistentWithSchooling,
});

const p = prohibitionFacts.shape;

/** The §7 background check: what the authority found in the public records, with the sources. */
export const backgroundCheck = z.strictObject({
  checkedOn: isoDate('核查日期'),
  sources: z
    .string()
    .trim()
    .min(2)
    .max(500)
    .describe('核查来源：如 信用中国、民政部门社会组织信息、国家企业信用信息公示系统、巡视巡察审计整改台账'),
  decoupledFromGovernment: p.decoupledFromGovernment,
  // Nothing found = an empty list (a form may leave a list out).
  misconductRecords: p.misconductRecords.default([]),
  annualInspectionFailures: p.annualInspectionFailures.default([]),
  illegalSocialOrgListings: p.illegalSocialOrgListings.default([]),
  businessAnomalyListings: p.businessAnomalyListings.default([]),
  specialRectifications: p.specialRectifications.default([]),
  // mohrss-filing 二（七）2（5）, which also judges a social organisation (docs/decisions/0015).
  talentEvaluationBadRecords: socialOrgProhibitionFacts.shape.talentEvaluationBadRecords
    .default([])
    .describe('机构在人才评价领域的不良记录（社会培训评价组织；mohrss-filing 二（七）2（5））'),
});
export type BackgroundCheck = z.infer<typeof backgroundCheck>;

/** The authority's review (审核): its assessments and the background check. */
export const review = z.strictObject({
  // §6
  influenceAndReputation: social.influenceAndReputation,
  guizhouCharacteristicEnterprise: social.guizhouCharacteristicEnterprise,
  practicalEquipmentMeetsStandard: premises.practicalEquipmentMeetsStandard,
  safetyCompliant: premises.safetyCompliant,
  // §4
  skilledWorkersMajority: employer.skilledWorkersMajority,
  willingAndCapable: employer.willingAndCapable,
  incentiveSystem: employer.incentiveSystem,
  systemsAndPlan: employer.systemsAndPlan,
  // §4(5), §5(3)
  siteMeetsNationalStandard: employer.siteMeetsNationalStandard,
  siteSafetyCompliant: employer.siteSafetyCompliant,
  // §5(二)
  stableFunding: school.stableFunding,
  occupations: z.array(occupationAssessment).max(20).optional().describe('逐个职业（工种）的认定'),
  background: backgroundCheck,
  // mohrss-filing 二(四)、二(六) for a social organisation (docs/decisions/0015)
  quotaOverrides: z
    .array(
      z.strictObject({
        code: occupationCode('突破“原则上不超过3家”的职业（工种）'),
        reason: z.string().trim().min(4).max(2000).describe('例外理由（须书面记录）'),
        decidedBy: z.string().trim().min(1).max(200).describe('作出例外决定的部门或负责人'),
        decidedOn: isoDate('例外决定日期'),
      }),
    )
    .max(20)
    .optional()
    .describe('社会培训评价组织：对 mohrss-filing 二（四）数量限制记录的例外决定（无则不填）'),
  qualificationCatalogueOccupations: z
    .array(occupationCode())
    .max(20)
    .optional()
    .describe('属现行《国家职业资格目录》内的职业（工种）（mohrss-filing 二（六）“另行研究”）'),
  nonSkillOccupations: z
    .array(occupationCode())
    .max(20)
    .optional()
    .describe('经认定不属技能类的职业（工种）（mohrss-filing 二（六））'),
});
export type Review = z.infer<typeof review>;

/** The decision recorded with the case (and printed on the 遴选结果通知). */
export interface SelectionDecision {
  outcome: 'selected' | 'refused';
  decidedOn: string;
  /** 遴选结果编号, derived from the case reference (unique with it). */
  code: string | null;
  selectedOccupations: { code: string; levels: number[] }[];
  excludedOccupations: { code: string; reasons_zh: string[] }[];
  validFrom: string | null;
  validTo: string | null;
  reason_zh?: string;
}

export interface GzSelectionData extends Record<string, unknown> {
  applyingAs: ApplicantKind;
  application: Application;
  review?: Review;
  /** The last evaluation (at submission, review and decision), for both sides to see. */
  results?: SelectionResults;
  /** What the authority asked to correct, the last time. */
  correction?: { requestedOn: string; items: string[] };
  decision?: SelectionDecision;
}

/** Payload of 'select': the validity the selection grants (gz-rules sets no length: docs). */
export const selectPayload = z.strictObject({
  validTo: isoDate('有效期截止日（含当日）：细则未规定有效期长度，由遴选部门确定'),
});
export const refusePayload = z.strictObject({
  reason: z.string().trim().min(4).max(2000).describe('不予遴选的理由'),
});
export const correctionPayload = z.strictObject({
  items: z.array(z.string().trim().min(1).max(500)).min(1).max(30).describe('需补正的事项'),
});
