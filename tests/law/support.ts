// Helpers for the law tests: evaluate a check through the catalogue (the same path as the API) and pick
// the findings of one rule.
import { evaluateCheck, findCheck, type EvaluationResult } from '../../src/rules/catalogue.js';
import type { Finding } from '../../src/rules/finding.js';

export function evaluate(check: string, asOf: string, facts: unknown): EvaluationResult {
  return evaluateCheck(check, asOf, facts);
}

/** The check's own example facts, with `patch` applied on top (shallow). */
export function example<T extends object>(check: string, patch: Partial<T> = {}): T {
  const c = findCheck(check);
  if (!c) throw new Error(`no check ${check}`);
  return { ...(structuredClone(c.example) as T), ...patch };
}

export function findings(r: EvaluationResult, ruleId: string): Finding[] {
  return r.findings.filter((f) => f.ruleId === ruleId);
}

/** The single finding of `ruleId` (throws when there is not exactly one). */
export function only(r: EvaluationResult, ruleId: string): Finding {
  const fs = findings(r, ruleId);
  if (fs.length !== 1) throw new Error(`${ruleId}: expected 1 finding, got ${fs.length}`);
  return fs[0]!;
}
