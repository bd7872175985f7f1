// The words of a double-random inspection (1x-selection §25: 通过随机抽取方式确定检查对象和专家，以审查材料、
// 实地考察、走访座谈等形式进行监督检查，检查结果及时…公布).
import type { Citation } from '../../domain/citation.js';

export const INSPECTION_METHODS = ['materials', 'site_visit', 'interviews'] as const;
export type InspectionMethod = (typeof INSPECTION_METHODS)[number];
export const METHOD_ZH: Record<InspectionMethod, string> = {
  materials: '审查材料',
  site_visit: '实地考察',
  interviews: '走访座谈',
};

export const INSPECTION_OUTCOMES = ['no_problems', 'rectify', 'violation_suspected'] as const;
export type InspectionOutcomeCode = (typeof INSPECTION_OUTCOMES)[number];
export const OUTCOME_ZH: Record<InspectionOutcomeCode, string> = {
  no_problems: '未发现问题',
  rectify: '发现问题，责令整改',
  violation_suspected: '涉嫌违规，移交立案',
};

export const INSTITUTION_KINDS = [
  'employer',
  'school',
  'social_org',
  'industry_org',
  'training_org',
] as const;

/** §25: the double-random inspection itself. */
export const ART_25: Citation = { source: '1x-selection', article: 25 };
/** mohrss-filing 一(十七) / 二(十三): 监督投诉渠道 — the filed institutions' supervision. */
export const FILING_SUPERVISION: Citation[] = [
  { source: 'mohrss-filing', article: '一', item: '十七' },
  { source: 'mohrss-filing', article: '二', item: '十三' },
];

/**
 * Whether the findings support the outcome: no problem found ⇔ 未发现问题. A round's conclusion must
 * follow from its record (§25 检查结果…公布: what is published must be what was found).
 */
export function outcomeFollowsFindings(
  outcome: InspectionOutcomeCode,
  findings: readonly { result: 'ok' | 'problem' }[],
): boolean {
  if (findings.length === 0) return false;
  const problems = findings.some((f) => f.result === 'problem');
  return outcome === 'no_problems' ? !problems : problems;
}
