// A rule: one legal condition of one article item, with a stable id (`gz-rules/6/5`), its citation,
// the dates it is in force, and the parameters it reads. Rules produce findings (finding.ts); a
// check (check.ts) runs the rules a workflow needs and returns every finding, never a bare boolean.
import type { Citation } from '../domain/citation.js';
import type { IsoDate } from '../parameters/parameter.js';
import type { Finding, FindingResult } from './finding.js';

export interface RuleDefinition {
  /** Stable id, e.g. 'gz-rules/6/5' or 'gz-rules/6/7/floor-area' when one item holds several rules. */
  id: string;
  citation: Citation;
  title_zh: string;
  title_en: string;
  /** Inclusive; `to` absent = still in force. A changed logic is a new rule version beside the old. */
  inForce: { from: IsoDate; to?: IsoDate };
  /** Ids of the parameters the rule reads (for the catalogue and impact analysis). */
  parameters: readonly string[];
}

/** Declares a rule (identity function: keeps the literal readable and typed). */
export const defineRule = (rule: RuleDefinition): RuleDefinition => rule;

export function ruleInForce(rule: RuleDefinition, asOf: IsoDate): boolean {
  return rule.inForce.from <= asOf && (rule.inForce.to === undefined || asOf <= rule.inForce.to);
}

/** Builds a finding of `rule`: the messages say what was compared, `values` the facts and parameters. */
export function finding(
  rule: RuleDefinition,
  passed: FindingResult,
  message_zh: string,
  message_en: string,
  values: Record<string, unknown> = {},
  options?: string[],
): Finding {
  return {
    ruleId: rule.id,
    citation: rule.citation,
    passed,
    message_zh,
    message_en,
    values,
    ...(options ? { options } : {}),
  };
}

/** A finding the authority must decide: the text leaves it to judgement; `options` are what the article allows. */
export function judgement(
  rule: RuleDefinition,
  message_zh: string,
  message_en: string,
  values: Record<string, unknown>,
  options: string[],
): Finding {
  return finding(rule, 'needs_judgement', message_zh, message_en, values, options);
}
