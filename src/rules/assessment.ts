// Conditions the text leaves to the authority's assessment (广泛影响力、良好声誉、密切相关 …). The
// rule never guesses: an assessment recorded in the facts decides, an absent one is needs_judgement.
import type { Finding } from './finding.js';
import { finding, judgement, type RuleDefinition } from './rule.js';

export const ASSESSMENT_OPTIONS = ['认定符合（true）', '认定不符合（false）'];

export function assessed(
  rule: RuleDefinition,
  value: boolean | undefined,
  what_zh: string,
  what_en: string,
  values: Record<string, unknown> = {},
): Finding {
  if (value === undefined)
    return judgement(
      rule,
      `${what_zh}：须由监管部门认定，尚未认定`,
      `${what_en}: left to the authority's assessment, not yet assessed`,
      { ...values, assessment: null },
      ASSESSMENT_OPTIONS,
    );
  return finding(
    rule,
    value,
    value ? `${what_zh}：经认定符合` : `${what_zh}：经认定不符合`,
    value ? `${what_en}: assessed as met` : `${what_en}: assessed as not met`,
    { ...values, assessment: value },
  );
}

/** A condition stated as a fact the applicant proves (a document, a commitment): true passes, false fails. */
export function required(
  rule: RuleDefinition,
  value: boolean,
  what_zh: string,
  what_en: string,
  values: Record<string, unknown> = {},
): Finding {
  return finding(
    rule,
    value,
    value ? `${what_zh}：具备` : `${what_zh}：不具备`,
    value ? `${what_en}: present` : `${what_en}: absent`,
    { ...values, present: value },
  );
}

/** Which of the `required` entries are missing from `given` (materials, functional rooms, regulations). */
export function missingFrom<T>(required: readonly T[], given: readonly T[]): T[] {
  const have = new Set(given);
  return required.filter((r) => !have.has(r));
}
