// Threshold comparisons shared by the regimes: "不少于 N" / "N 以上" are inclusive (≥), "不超过 N" is ≤.
// The finding states the fact, the threshold and the parameter it came from.
import type { Finding } from './finding.js';
import { finding, type RuleDefinition } from './rule.js';

export interface Threshold {
  /** The fact compared. */
  actual: number;
  /** The parameter value in force. */
  limit: number;
  /** Parameter id, recorded in the finding's values. */
  parameter: string;
  unit_zh: string;
  unit_en: string;
}

/** actual ≥ limit ("不少于", "以上"). */
export function atLeast(
  rule: RuleDefinition,
  what_zh: string,
  what_en: string,
  t: Threshold,
  values: Record<string, unknown> = {},
): Finding {
  const ok = t.actual >= t.limit;
  return finding(
    rule,
    ok,
    `${what_zh}为 ${t.actual}${t.unit_zh}，${ok ? '达到' : '未达到'}不少于 ${t.limit}${t.unit_zh}的要求`,
    `${what_en} is ${t.actual} ${t.unit_en}; ${ok ? 'meets' : 'does not meet'} the minimum of ${t.limit} ${t.unit_en}`,
    { ...values, actual: t.actual, minimum: t.limit, parameter: t.parameter },
  );
}

/** actual ≤ limit ("不超过"). */
export function atMost(
  rule: RuleDefinition,
  what_zh: string,
  what_en: string,
  t: Threshold,
  values: Record<string, unknown> = {},
): Finding {
  const ok = t.actual <= t.limit;
  return finding(
    rule,
    ok,
    `${what_zh}为 ${t.actual}${t.unit_zh}，${ok ? '未超过' : '超过'}上限 ${t.limit}${t.unit_zh}`,
    `${what_en} is ${t.actual} ${t.unit_en}; ${ok ? 'within' : 'exceeds'} the maximum of ${t.limit} ${t.unit_en}`,
    { ...values, actual: t.actual, maximum: t.limit, parameter: t.parameter },
  );
}
