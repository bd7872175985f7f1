// What a rule returns: a finding per condition checked, with the facts and parameter values it
// compared, so that a person sees why. A decision lists the findings it rests on.
import type { Citation } from '../domain/citation.js';

/** true = condition met, false = not met, 'needs_judgement' = the text leaves it to the authority. */
export type FindingResult = boolean | 'needs_judgement';

export interface Finding {
  /** Stable rule id, e.g. 'gz-rules/6/5' (or 'gz-rules/6/5/staff-count' where one item holds several rules). */
  ruleId: string;
  citation: Citation;
  passed: FindingResult;
  message_zh: string;
  message_en: string;
  /** Facts and parameter values compared, e.g. { fullTimeStaff: 2, minimum: 3 }. */
  values: Record<string, unknown>;
  /** For needs_judgement: the options the article allows the authority. */
  options?: string[];
}

export type Outcome = 'pass' | 'fail' | 'needs_judgement';

/** fail if any finding failed; else needs_judgement if any needs it; else pass. */
export function outcomeOf(findings: readonly Finding[]): Outcome {
  if (findings.some((f) => f.passed === false)) return 'fail';
  if (findings.some((f) => f.passed === 'needs_judgement')) return 'needs_judgement';
  return 'pass';
}

export interface CheckResult {
  outcome: Outcome;
  findings: Finding[];
}

export const checkResult = (findings: Finding[]): CheckResult => ({ outcome: outcomeOf(findings), findings });
