// 1x-selection §19, §22–24 — 培训评价组织的禁止性和可查验义务.
import { describe, expect, it } from 'vitest';
import { evaluate, example, only } from '../support.js';

const CHECK = '1x-selection.duties';
const run = (patch: Record<string, unknown> = {}) =>
  evaluate(CHECK, '2024-11-20', example<Record<string, unknown>>(CHECK, patch));

describe('1x-selection §19: 线上配套资源广泛免费共享，不得额外增加院校和学生负担', () => {
  it('resources shared free pass; paid resources pass only where necessary and at controlled cost', () => {
    expect(only(run(), '1x-selection/19/sharing').passed).toBe(true);
    expect(
      only(
        run({
          resourcesFreelyShared: false,
          paidResources: { necessary: true, costControlledAndLawful: true },
        }),
        '1x-selection/19/sharing',
      ).passed,
    ).toBe(true);
    expect(
      only(
        run({
          resourcesFreelyShared: false,
          paidResources: { necessary: false, costControlledAndLawful: true },
        }),
        '1x-selection/19/sharing',
      ).passed,
    ).toBe(false);
    expect(
      only(run({ resourcesFreelyShared: false, paidResources: null }), '1x-selection/19/sharing').passed,
    ).toBe(false);
  });
  it('an extra burden on schools or students is a breach', () => {
    expect(
      only(run({ extraBurdenOnSchoolsOrStudents: true }), '1x-selection/19/no-extra-burden').passed,
    ).toBe(false);
  });
});

describe('1x-selection §22: 不得以任何名义直接或变相要求院校购置指定品牌', () => {
  it('requiring a designated brand fails; not requiring one passes', () => {
    expect(only(run({ requiresDesignatedBrand: true }), '1x-selection/22/designated-brand').passed).toBe(
      false,
    );
    expect(only(run(), '1x-selection/22/designated-brand').passed).toBe(true);
  });
});

describe('1x-selection §23–24: 实施细则向社会公开，考核费用单独核算，证书及时录入平台', () => {
  it('each unmet duty fails its own rule', () => {
    const r = run({
      implementingRulesPublished: false,
      feesSeparatelyAccounted: false,
      certificatesEnteredOnPlatform: false,
    });
    expect(only(r, '1x-selection/23/published-rules').passed).toBe(false);
    expect(only(r, '1x-selection/24/separate-accounting').passed).toBe(false);
    expect(only(r, '1x-selection/24/platform-entry').passed).toBe(false);
  });
});
