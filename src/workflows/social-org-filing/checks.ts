// Which rules checks judge a social-organisation filing, and their evaluation on a day. The national
// guide (mohrss-filing 二) always applies: conditions and occupation scope (二(五)(六)), prohibitions
// (二(七)), the quota (二(四)) and the materials (二(八)). A Guizhou applicant is judged by gz-rules too
// (shared/seeds/README.md: "a Guizhou social organisation is judged by gz-rules and mohrss-filing";
// gz-rules §2: the rules apply within Guizhou): §6 sets the numbers the national guide leaves open
// (staff, supervisors, assessors, floor area, desk spacing …) and §7 its own prohibitions. Each check
// returns its own findings; any failed one blocks the filing.
import type { Citation } from '../../domain/citation.js';
import { evaluateCheck, type EvaluationResult } from '../../rules/catalogue.js';
import type { Finding } from '../../rules/finding.js';
import { mf } from '../../parameters/mohrss-filing.js';
import type { Assessment, SocialOrgFilingCtx, SocialOrgFilingData } from './data.js';
import {
  effectiveLegalForm,
  eligibilityFacts,
  materialsFacts,
  prohibitionFacts,
  quotaFacts,
  regionalProhibitionFacts,
  regionalSelectionFacts,
} from './facts.js';

export const CHECKS = {
  materials: 'mohrss-filing.social_org.materials',
  eligibility: 'mohrss-filing.social_org.eligibility',
  prohibitions: 'mohrss-filing.social_org.prohibitions',
  quota: 'mohrss-filing.social_org.quota',
  falseMaterials: 'mohrss-filing.social_org.false_materials',
  regionalSelection: 'gz-rules.selection.social_org',
  regionalProhibitions: 'gz-rules.prohibitions',
} as const;

/** GB/T 2260 province prefix of 贵州省, where gz-rules applies (gz-rules §2). */
const GUIZHOU = '52';

/** The provincial text that also judges the applicant, if any. */
export const regionalRegime = (ctx: Pick<SocialOrgFilingCtx, 'institution'>): 'gz-rules' | null =>
  ctx.institution.jurisdictionCode.startsWith(GUIZHOU) ? 'gz-rules' : null;

export const ASSESSMENT: Citation = mf('二', '十', 3);

export function materialsResult(ctx: SocialOrgFilingCtx, asOf: string): EvaluationResult {
  return evaluateCheck(CHECKS.materials, asOf, materialsFacts(ctx));
}

/** A procedural finding: no assessment is recorded yet (二(十)3 评估 comes before notice and filing). */
export function assessmentMissing(): Finding {
  return {
    ruleId: 'social-org-filing/assessment-recorded',
    citation: ASSESSMENT,
    passed: false,
    message_zh: '受理部门尚未记录评估结论（机构性质、职业范围、标准、实施条件及能力的核验评估）',
    message_en: 'The authority has not recorded its assessment yet',
    values: {},
  };
}

/** A procedural finding: the legal form could not be established (二(七)1 needs it). */
function legalFormMissing(): Finding {
  return {
    ruleId: 'social-org-filing/legal-form-known',
    citation: mf('二', '七', 1),
    passed: false,
    message_zh: '无法从统一社会信用代码判断申报单位的法律形式，须在评估时核实并填写',
    message_en: 'The legal form cannot be read from the USCC; the authority must record it',
    values: {},
  };
}

/**
 * Every check on the day `asOf`, with the assessment recorded (or being recorded): materials,
 * conditions and scope, prohibitions, quota; for a Guizhou applicant also gz-rules §6 and §7.
 */
export function assessmentResults(
  data: SocialOrgFilingData,
  ctx: SocialOrgFilingCtx,
  a: Assessment,
  asOf: string,
): { results: EvaluationResult[]; procedural: Finding[] } {
  const results: EvaluationResult[] = [
    materialsResult(ctx, asOf),
    evaluateCheck(CHECKS.eligibility, asOf, eligibilityFacts(data, ctx, a)),
  ];
  const procedural: Finding[] = [];
  const legalForm = effectiveLegalForm(data, ctx, a);
  if (legalForm === null) procedural.push(legalFormMissing());
  else results.push(evaluateCheck(CHECKS.prohibitions, asOf, prohibitionFacts(legalForm, a)));
  results.push(evaluateCheck(CHECKS.quota, asOf, quotaFacts(data, ctx)));
  if (regionalRegime(ctx) === 'gz-rules' && a.regional) {
    results.push(evaluateCheck(CHECKS.regionalSelection, asOf, regionalSelectionFacts(data, ctx, a, asOf)));
    if (legalForm !== null)
      results.push(evaluateCheck(CHECKS.regionalProhibitions, asOf, regionalProhibitionFacts(legalForm, a)));
  }
  return { results, procedural };
}

export const allFindings = (r: { results: EvaluationResult[]; procedural: Finding[] }): Finding[] => [
  ...r.procedural,
  ...r.results.flatMap((x) => x.findings),
];

/** The findings a refusal or cancellation rests on: those not passed (failed, or left to judgement). */
export const notPassed = (findings: readonly Finding[]): Finding[] =>
  findings.filter((f) => f.passed !== true);
