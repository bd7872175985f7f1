// 1x-selection §28 — 退出机制: seven grounds, each removing the organisation from the pilot once verified.
import { describe, expect, it } from 'vitest';
import { evaluate, example, only } from '../support.js';

const CHECK = '1x-selection.revocation';
const run = (patch: Record<string, unknown> = {}) =>
  evaluate(CHECK, '2024-11-20', example<Record<string, unknown>>(CHECK, patch));

describe('1x-selection §28: 取消其参与 1+X 证书制度试点资格的情形', () => {
  it('with no ground every finding passes', () => {
    const r = run();
    expect(r.outcome).toBe('pass');
    expect(r.findings).toHaveLength(8);
  });
  it('§28(1): serious exam-discipline breaches or fraud, as assessed, are a ground; unassessed they need judgement', () => {
    expect(only(run({ examMisconduct: true }), '1x-selection/28/1').passed).toBe(false);
    expect(only(run({ examMisconduct: undefined }), '1x-selection/28/1').passed).toBe('needs_judgement');
  });
  it('§28(2): excessive fees are a ground only if not rectified in time', () => {
    expect(only(run({ overcharging: 'rectified' }), '1x-selection/28/2').passed).toBe(true);
    const f = only(run({ overcharging: 'not_rectified' }), '1x-selection/28/2');
    expect(f.passed).toBe(false);
    expect(f.values).toMatchObject({ consequence: ['pilot_removal', 'directory_removal', 'referral'] });
    expect(f.message_zh).toContain('从培训评价组织目录中清除');
  });
  it('§28(3), (4), (6), (7): bundled sales, no updates, major tax violations and other violations are each a ground', () => {
    expect(only(run({ improperBenefit: true }), '1x-selection/28/3').passed).toBe(false);
    expect(only(run({ notUpdated: true }), '1x-selection/28/4').passed).toBe(false);
    expect(only(run({ majorTaxViolation: true }), '1x-selection/28/6').passed).toBe(false);
    expect(only(run({ otherViolations: true }), '1x-selection/28/7').passed).toBe(false);
  });
  it('§28(5) holds two grounds: concentrated problems not rectified, and a failed grading', () => {
    expect(only(run({ concentratedProblems: 'not_rectified' }), '1x-selection/28/5/problems').passed).toBe(
      false,
    );
    expect(only(run({ concentratedProblems: 'rectified' }), '1x-selection/28/5/problems').passed).toBe(true);
    expect(only(run({ ratingUnqualified: true }), '1x-selection/28/5/rating').passed).toBe(false);
  });
});
