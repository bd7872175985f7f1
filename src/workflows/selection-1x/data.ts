// What a 1+X selection case carries (the case snapshot): the call it answers, the application (the
// certificate programmes with their standards, the facts of §6–10 the applicant declares, the
// teaching team and experience), and what the procedure records on the way — eligibility, the
// expert panel and its assessments, site visits, credit checks, public notice, approval, publication.
import { z } from 'zod';
import { eligibilityFacts } from '../../rules/1x-selection/eligibility.js';
import type { Outcome } from '../../rules/finding.js';
import type { PanelData, PanelDecisionRecord, ReviewData } from '../review/panel.js';

/** 1+X certificates are issued at three levels (初级、中级、高级), not the 1..5 of occupations. */
export const CERTIFICATE_LEVELS = ['junior', 'intermediate', 'senior'] as const;
export type CertificateLevel = (typeof CERTIFICATE_LEVELS)[number];
export const CERTIFICATE_LEVEL_ZH: Record<CertificateLevel, string> = {
  junior: '初级',
  intermediate: '中级',
  senior: '高级',
};

const text = (max: number, describe_zh: string) => z.string().trim().min(1).max(max).describe(describe_zh);

/** A 职业技能等级证书 the organisation applies to develop and run (glossary `CertificateProgramme`). */
export const certificateProgramme = z.strictObject({
  name: text(100, '证书名称：职业技能等级证书名称，如“Web 前端开发”'),
  code: z.string().trim().max(40).nullable().optional().describe('证书代码（已有时填写）'),
  levels: z
    .array(z.enum(CERTIFICATE_LEVELS))
    .min(1)
    .max(3)
    .describe('证书等级：junior 初级 / intermediate 中级 / senior 高级'),
  standardTitle: z
    .string()
    .trim()
    .max(200)
    .nullable()
    .describe('职业技能等级标准名称（第七条：申报的证书有相应的职业技能等级标准；无则填 null）'),
});
export type CertificateProgramme = z.infer<typeof certificateProgramme>;

const declared = eligibilityFacts.shape;

/**
 * The application (申报书) as the applicant fills it in: the field and the certificates, and the facts
 * of §2, §6–10 that are for the applicant to state and prove by its materials (§14: 对其真实性、有效性、
 * 合法性负责). The appraisals of §6–10 (一定规模、先进、丰富 …) are the experts' (Assessments below).
 */
export const application = z.strictObject({
  field: text(100, '申报的职业技能领域（招募公告所列领域之一）'),
  programmes: z.array(certificateProgramme).min(1).max(10).describe('申报的职业技能等级证书'),
  independentLegalPerson: declared.independentLegalPerson,
  registeredInChina: declared.registeredInChina,
  financialAndManagementRules: declared.financialAndManagementRules,
  annualReviewRecordYears: declared.annualReviewRecordYears,
  unlawfulConduct: z.boolean().describe('存在违法行为（第六条）'),
  dishonesty: z.boolean().describe('存在失信行为'),
  majorEconomicDispute: z.boolean().describe('存在重大经济纠纷'),
  badLoans: z.boolean().describe('存在不良借贷'),
  ownIntellectualProperty: declared.ownIntellectualProperty,
  realPositions: declared.realPositions,
  expertRecommendation: declared.expertRecommendation,
  // Optional in the form (a blank date is "none"); the check reads null.
  latestTextbookPublishedOn: declared.latestTextbookPublishedOn.optional(),
  trainingSince: declared.trainingSince.optional(),
  personTimes: declared.personTimes,
  emergingOrShortageField: declared.emergingOrShortageField,
  teamSize: z.number().int().min(0).max(100_000).describe('专家、师资团队人数（第九条）'),
  teamDescription: text(2000, '专家、师资团队构成（行业企业管理人员、技术骨干、高技能人才等）'),
  experience: text(4000, '培训、师资培训、支持院校和考核颁证的经验概述（第九条、第十条）'),
});
export type Application = z.infer<typeof application>;

/** The experts' appraisal of the §6–10 conditions the text words as judgements (true / false / not yet). */
export const assessments = eligibilityFacts.pick({
  scaleAndFunds: true,
  goodCredit: true,
  publicBenefit: true,
  advancedContent: true,
  enterpriseUse: true,
  resources: true,
  expertTeam: true,
  nationwideExperience: true,
  developmentCapacity: true,
  influence: true,
});
export type Assessments = z.infer<typeof assessments>;

/** A panel's appraisal that finds every §6–10 judgement condition met (the demo's and the tests'). */
export const ALL_ASSESSMENTS_MET: Assessments = Object.fromEntries(
  Object.keys(assessments.shape).map((k) => [k, true]),
) as Assessments;

/** The facts of the 1x-selection.eligibility check, from the application and the experts' appraisal. */
export function eligibilityFactsOf(
  a: Application,
  appraisal: Assessments = {},
): z.infer<typeof eligibilityFacts> {
  return {
    independentLegalPerson: a.independentLegalPerson,
    registeredInChina: a.registeredInChina,
    financialAndManagementRules: a.financialAndManagementRules,
    annualReviewRecordYears: a.annualReviewRecordYears,
    records: {
      unlawfulConduct: a.unlawfulConduct,
      dishonesty: a.dishonesty,
      majorEconomicDispute: a.majorEconomicDispute,
      badLoans: a.badLoans,
    },
    // §7: every certificate applied for has its skill-level standard.
    levelStandard: a.programmes.every((p) => p.standardTitle !== null && p.standardTitle.trim() !== ''),
    ownIntellectualProperty: a.ownIntellectualProperty,
    realPositions: a.realPositions,
    expertRecommendation: a.expertRecommendation,
    latestTextbookPublishedOn: a.latestTextbookPublishedOn ?? null,
    trainingSince: a.trainingSince ?? null,
    personTimes: a.personTimes,
    emergingOrShortageField: a.emergingOrShortageField,
    ...appraisal,
  };
}

/** The call the application answers, as it stood when the case was opened (for display). */
export interface CallSummary {
  title: string;
  batch: string;
  openOn: string;
  closeOn: string;
}

/** §15 根据需要，可对申报机构进行实地考察 — recorded with what was found. */
export interface SiteVisit {
  visitedOn: string;
  visitors: string;
  findings_zh: string;
  conclusion: 'confirmed' | 'concerns';
}

export const CREDIT_PLATFORMS = ['ndrc', 'samr', 'tax'] as const;
export type CreditPlatform = (typeof CREDIT_PLATFORMS)[number];
export const CREDIT_PLATFORM_ZH: Record<CreditPlatform, string> = {
  ndrc: '国家发展改革委“信用中国”平台',
  samr: '市场监管总局国家企业信用信息公示系统',
  tax: '税务总局重大税收违法失信情况核查',
};

/** §16 信用核查: one platform's result, with where and when it was looked up. */
export interface CreditCheckEntry {
  platform: CreditPlatform;
  source: string;
  checkedOn: string;
  result: 'clear' | 'adverse';
  reference: string | null;
}

/** The public notice of the selection result (§16 遴选结果公示) as the case records it. */
export interface NoticeSummary {
  publishedOn: string;
  startsOn: string;
  endsOn: string;
  days: number;
  unit: 'calendar_days' | 'working_days';
  explanation_zh: string;
}

export interface Approval {
  decidedOn: string;
  /** §16 部际联席会议会议或书面审议. */
  form: 'meeting' | 'written';
  reference: string;
}

export interface PublicationRecord {
  publishedOn: string;
  validFrom: string;
  validTo: string | null;
}

export interface Selection1xData extends ReviewData, Record<string, unknown> {
  callId: string;
  call: CallSummary;
  application: Application;
  submittedOn: string | null;
  eligibility: { checkedOn: string; outcome: Outcome } | null;
  /** case-parties.ts: the experts on the panel act as 'expert' on the case (src/workflows/review/panel.ts). */
  expertIds: string[];
  panel?: PanelData;
  panelDecisions?: PanelDecisionRecord[];
  /** The panel's appraisal of §6–10, adopted by the authority with the selection. */
  assessments: Assessments;
  siteVisits: SiteVisit[];
  shortlistedOn: string | null;
  creditChecks: CreditCheckEntry[];
  notice: NoticeSummary | null;
  approval: Approval | null;
  publication: PublicationRecord | null;
  refusal: { on: string; reason_zh: string } | null;
}

export function initialData(callId: string, call: CallSummary, app: Application): Selection1xData {
  return {
    callId,
    call,
    application: app,
    submittedOn: null,
    eligibility: null,
    expertIds: [],
    panelDecisions: [],
    assessments: {},
    siteVisits: [],
    shortlistedOn: null,
    creditChecks: [],
    notice: null,
    approval: null,
    publication: null,
    refusal: null,
  };
}
