// What a Guizhou renewal case carries (the case snapshot): the directory entry it renews (entryId — the
// key renewalStatusOf reads), the entry's validity and scope as they stood at opening, the occupations
// applied for (§10(2) "申请续期的每个职业"), the certificate counts of the last evaluation (computed from
// the register, never typed in), the authority's assessment of what the text leaves to it (§8(1), §8(3),
// §10(1), §10(3), §12), the results per occupation and the decision.
import { z } from 'zod';
import { isoDate, occupationCode } from '../../rules/facts.js';
import type { Finding } from '../../rules/finding.js';

export const RENEWAL_KINDS = ['employer', 'school', 'social_org'] as const;
export type RenewalKind = (typeof RENEWAL_KINDS)[number];
export const KIND_ZH: Record<RenewalKind, string> = {
  employer: '用人单位',
  school: '院校',
  social_org: '社会培训评价组织',
};
export const KIND_EN: Record<RenewalKind, string> = {
  employer: 'Employer',
  school: 'School',
  social_org: 'Social evaluation organisation',
};

export interface RenewalOccupation {
  code: string;
  levels: number[];
}

/** The certificates counted from the register (gz-rules §8(2), §9(2), §10(2)). */
export interface RenewalCounts {
  /** The day counted (China). */
  asOf: string;
  /** The validity period the certificates must fall in (issued_on within, both ends included). */
  periodFrom: string;
  periodTo: string;
  /** Which certificate statuses count (docs/decisions/0043): valid only. */
  statuses: string[];
  /** All certificates of the entry's occupations in the period (§8(2), §9(2), §10(2) 总人数). */
  total: number;
  /** Per occupation of the entry (applied for or not). */
  occupations: { code: string; certificates: number }[];
}

/** The authority's assessment (评估) of the conditions that need judgement. */
export const assessment = z.strictObject({
  goodStanding: z
    .boolean()
    .describe(
      '总体信誉良好，处于正常开展职业技能等级认定工作（院校：正常办学）状态（第八条、第九条、第十条第（一）项）',
    ),
  incentiveEvidence: z
    .boolean()
    .optional()
    .describe(
      '【用人单位】已按报备承诺实现证书与岗位使用相结合、与待遇相匹配的激励制度并有佐证（第八条第（三）项）',
    ),
  coreConditionsMaintained: z
    .boolean()
    .optional()
    .describe('【社会培训评价组织】场地、设备、人员等核心条件仍符合国家职业标准要求（第十条第（三）项）'),
  falseDeclarationFound: z.boolean().describe('经查续期申请材料存在虚假申报情形（第十二条）'),
  assessedOn: isoDate('评估日期'),
  basis: z.string().trim().min(4).max(2000).describe('评估依据及说明（核查的材料、现场情况、信用记录等）'),
});
export type RenewalAssessment = z.infer<typeof assessment>;

export interface OccupationResult {
  code: string;
  levels: number[];
  certificates: number;
  renewable: boolean;
  findings: Finding[];
}
export interface RenewalResults {
  asOf: string;
  kind: RenewalKind;
  counts: RenewalCounts;
  /** Findings about the institution as a whole (standing, total, §8(3), §10(3), §12). */
  institution: Finding[];
  occupations: OccupationResult[];
  overall: 'renewable' | 'partially_renewable' | 'not_renewable' | 'needs_judgement';
}

export interface RenewalDecision {
  outcome: 'renewed' | 'refused';
  decidedOn: string;
  /** 续期决定编号 (derived from the case reference). */
  code: string | null;
  renewed: RenewalOccupation[];
  notRenewed: { code: string; reasons_zh: string[] }[];
  /** The new validity: from the day after the old one ends; its end entered by the authority. */
  validFrom: string | null;
  validTo: string | null;
  validityReason: string | null;
  reason_zh?: string;
  /** The directory entry published for the renewed occupations (set by the effect). */
  successorEntryId: string | null;
}

export interface GzRenewalData extends Record<string, unknown> {
  entryId: string;
  filingCode: string;
  kind: RenewalKind;
  /** The validity of the entry renewed. */
  validFrom: string;
  validTo: string;
  /** The entry's scope (occupation × levels) at opening. */
  entryOccupations: RenewalOccupation[];
  /** The occupations applied for (default: all of the entry's). */
  occupations: string[];
  assessment?: RenewalAssessment;
  results?: RenewalResults;
  correction?: { requestedOn: string; items: string[] };
  decision?: RenewalDecision;
}

export const openPayload = z.strictObject({
  entryId: z.uuid().meta({
    description: '续期的评价机构目录条目（本机构在有效期内的贵州省遴选结果）',
    widget: 'remote',
    source: '/gz-renewal/entries',
    labelField: 'label',
  }),
  occupations: z
    .array(occupationCode())
    .max(50)
    .optional()
    .describe('申请续期的职业（工种）代码（不填 = 该条目的全部职业）'),
});
export const editPayload = z.strictObject({
  occupations: z.array(occupationCode()).min(1).max(50).describe('申请续期的职业（工种）代码'),
});
export const renewPayload = z.strictObject({
  validTo: isoDate('新有效期截止日（含当日）：细则未规定有效期长度，由监管部门确定'),
  validityReason: z.string().trim().min(4).max(2000).describe('确定该有效期的理由'),
  withheld: z
    .array(
      z.strictObject({
        code: occupationCode('不予续期的职业（工种）'),
        reason: z
          .string()
          .trim()
          .min(4)
          .max(2000)
          .describe('不予续期的理由（如该职业核心条件不再符合国家职业标准）'),
      }),
    )
    .max(50)
    .optional()
    .describe('达到人次条件但经评估不予续期的职业（工种）（无则不填）'),
});
export const refusePayload = z.strictObject({
  reason: z.string().trim().min(4).max(2000).describe('续期评估不通过的理由'),
});
export const correctionPayload = z.strictObject({
  items: z.array(z.string().trim().min(1).max(500)).min(1).max(30).describe('需补正的事项'),
});
