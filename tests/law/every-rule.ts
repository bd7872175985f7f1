// Table-driven proof that every rule of a regime both passes and fails on facts taken from its article:
// each row names the rule, the check that evaluates it, facts on which it holds and facts on which it does
// not (or why it cannot fail). The table must list every rule of the regime.
import { describe, expect, it } from 'vitest';
import { allRegimes } from '../../src/rules/catalogue.js';
import type { SourceId } from '../../src/domain/citation.js';
import { evaluate, findings } from './support.js';

export interface RuleRow {
  rule: string;
  check: string;
  asOf: string;
  holds: unknown;
  /** Facts on which the rule fails, or the reason the article gives it no failing case. */
  fails: unknown;
  cannotFail?: string;
}

export function everyRuleTable(source: SourceId, rows: RuleRow[]): void {
  describe(`${source}: every rule passes and fails on its article's facts`, () => {
    it('the table lists every rule of the regime exactly once', () => {
      const ids = allRegimes.find((r) => r.source === source)!.rules.map((r) => r.id);
      expect(rows.map((r) => r.rule).sort()).toEqual([...ids].sort());
    });
    for (const row of rows)
      it(`${row.rule}: holds on the passing facts; ${row.cannotFail ? `cannot fail (${row.cannotFail})` : 'fails on the failing facts'}`, () => {
        const ok = findings(evaluate(row.check, row.asOf, row.holds), row.rule);
        expect(ok.length).toBeGreaterThan(0);
        expect(ok.every((f) => f.passed === true)).toBe(true);
        if (row.cannotFail) return;
        const bad = findings(evaluate(row.check, row.asOf, row.fails), row.rule);
        expect(bad.some((f) => f.passed === false)).toBe(true);
      });
  });
}
