// 1x-selection §6–10 — every condition of the work basis: present/absent for the facts an applicant proves,
// and met/not met/not yet assessed for the qualities the experts appraise.
import { describe, expect, it } from 'vitest';
import { evaluate, example, only } from '../support.js';

const CHECK = '1x-selection.eligibility';
const run = (patch: Record<string, unknown>) =>
  evaluate(CHECK, '2025-03-01', example<Record<string, unknown>>(CHECK, patch));

const PROVEN: [string, string][] = [
  ['registeredInChina', '1x-selection/6/registration'],
  ['financialAndManagementRules', '1x-selection/6/systems'],
  ['levelStandard', '1x-selection/7/standard'],
  ['realPositions', '1x-selection/7/positions'],
  ['expertRecommendation', '1x-selection/7/experts'],
];
const APPRAISED: [string, string][] = [
  ['goodCredit', '1x-selection/6/good-credit'],
  ['publicBenefit', '1x-selection/6/public-benefit'],
  ['advancedContent', '1x-selection/7/advanced'],
  ['enterpriseUse', '1x-selection/7/enterprise-use'],
  ['resources', '1x-selection/8/resources'],
  ['expertTeam', '1x-selection/9/team'],
  ['nationwideExperience', '1x-selection/9/experience'],
  ['developmentCapacity', '1x-selection/9/capacity'],
  ['influence', '1x-selection/10/influence'],
];

describe('1x-selection §6–7: conditions the applicant proves', () => {
  for (const [field, rule] of PROVEN)
    it(`${rule}: present passes, absent fails`, () => {
      expect(only(run({ [field]: true }), rule).passed).toBe(true);
      expect(only(run({ [field]: false }), rule).passed).toBe(false);
    });
});

describe('1x-selection §6–10: qualities the experts appraise (一定规模、先进、丰富、较强 …)', () => {
  for (const [field, rule] of APPRAISED)
    it(`${rule}: found met passes, found not met fails, not yet assessed needs judgement`, () => {
      expect(only(run({ [field]: true }), rule).passed).toBe(true);
      expect(only(run({ [field]: false }), rule).passed).toBe(false);
      expect(only(run({ [field]: undefined }), rule).passed).toBe('needs_judgement');
    });
});
