// 1x-selection: every rule, with facts on which it holds and facts on which it fails — or, where the
// article gives it no failing case, why (tests/law/every-rule.ts).
import { describe, expect, it } from 'vitest';
import { allRegimes } from '../../../src/rules/catalogue.js';
import type { RuleRow } from '../every-rule.js';
import { evaluate, example, findings } from '../support.js';

const E = '1x-selection.eligibility';
const P = '1x-selection.publication';
const DU = '1x-selection.duties';
const RV = '1x-selection.revocation';
const DAY = '2025-03-01';
type Facts = Record<string, unknown>;
const ex = (check: string, patch: Facts = {}) => example<Facts>(check, patch);
const flip = (rule: string, check: string, field: string, holds: unknown, fails: unknown): RuleRow => ({
  rule: `1x-selection/${rule}`,
  check,
  asOf: DAY,
  holds: ex(check, { [field]: holds }),
  fails: ex(check, { [field]: fails }),
});

const rows: RuleRow[] = [
  flip('2/legal-person', E, 'independentLegalPerson', true, false),
  flip('6/registration', E, 'registeredInChina', true, false),
  flip('6/systems', E, 'financialAndManagementRules', true, false),
  flip('6/scale', E, 'scaleAndFunds', true, false),
  flip('6/annual-records', E, 'annualReviewRecordYears', 3, 2),
  flip(
    '6/clean-record',
    E,
    'records',
    { unlawfulConduct: false, dishonesty: false, majorEconomicDispute: false, badLoans: false },
    { unlawfulConduct: false, dishonesty: true, majorEconomicDispute: false, badLoans: false },
  ),
  flip('6/good-credit', E, 'goodCredit', true, false),
  flip('6/public-benefit', E, 'publicBenefit', true, false),
  flip('7/standard', E, 'levelStandard', true, false),
  flip('7/ip', E, 'ownIntellectualProperty', true, false),
  flip('7/advanced', E, 'advancedContent', true, false),
  flip('7/positions', E, 'realPositions', true, false),
  flip('7/enterprise-use', E, 'enterpriseUse', true, false),
  flip('7/experts', E, 'expertRecommendation', true, false),
  flip('8/resources', E, 'resources', true, false),
  {
    rule: '1x-selection/8/recent-textbook',
    check: E,
    asOf: DAY,
    holds: ex(E, { latestTextbookPublishedOn: '2022-03-01' }),
    fails: null,
    cannotFail:
      '"一般应有": a textbook outside the three years is left to the experts, never refused by the rule',
  },
  flip('9/team', E, 'expertTeam', true, false),
  flip('9/experience', E, 'nationwideExperience', true, false),
  flip('9/capacity', E, 'developmentCapacity', true, false),
  flip('10/influence', E, 'influence', true, false),
  flip('10/years', E, 'trainingSince', '2020-03-01', '2020-03-02'),
  flip('10/scale', E, 'personTimes', 50_000, 49_999),
  flip('16/credit', P, 'creditCheck', 'clear', 'not_done'),
  flip('16/tax', P, 'taxCheck', 'clear', 'major_violation'),
  flip(
    '16/public-notice',
    P,
    'publicNotice',
    { ended: true, objections: 0 },
    { ended: false, objections: 0 },
  ),
  flip('16/approval', P, 'jointConferenceApproved', true, false),
  flip('19/sharing', DU, 'resourcesFreelyShared', true, false),
  flip('19/no-extra-burden', DU, 'extraBurdenOnSchoolsOrStudents', false, true),
  flip('22/designated-brand', DU, 'requiresDesignatedBrand', false, true),
  flip('23/published-rules', DU, 'implementingRulesPublished', true, false),
  flip('24/separate-accounting', DU, 'feesSeparatelyAccounted', true, false),
  flip('24/platform-entry', DU, 'certificatesEnteredOnPlatform', true, false),
  flip('28/1', RV, 'examMisconduct', false, true),
  flip('28/2', RV, 'overcharging', 'rectified', 'not_rectified'),
  flip('28/3', RV, 'improperBenefit', false, true),
  flip('28/4', RV, 'notUpdated', false, true),
  flip('28/5/problems', RV, 'concentratedProblems', 'none', 'not_rectified'),
  flip('28/5/rating', RV, 'ratingUnqualified', false, true),
  flip('28/6', RV, 'majorTaxViolation', false, true),
  flip('28/7', RV, 'otherViolations', false, true),
  {
    rule: '1x-selection/28/p2',
    check: '1x-exit.certificates',
    asOf: DAY,
    holds: {
      exitKind: 'revocation',
      exitDecidedOn: '2024-05-20',
      certificateIssuedOn: '2024-05-19',
      regularProcedure: true,
    },
    fails: {
      exitKind: 'revocation',
      exitDecidedOn: '2024-05-20',
      certificateIssuedOn: '2024-05-19',
      regularProcedure: false,
    },
  },
];

describe('1x-selection: every rule passes and fails on its article’s facts', () => {
  it('the table lists every rule of the regime exactly once', () => {
    const ids = allRegimes.find((r) => r.source === '1x-selection')!.rules.map((r) => r.id);
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
