// 1x-selection §16 — 信用核查、公示无异议、部际联席会议审议通过后方可发布.
import { describe, expect, it } from 'vitest';
import { evaluate, only } from '../support.js';

const CHECK = '1x-selection.publication';
const run = (patch: Record<string, unknown> = {}) =>
  evaluate(CHECK, '2024-11-20', {
    creditCheck: 'clear',
    taxCheck: 'clear',
    publicNotice: { ended: true, objections: 0 },
    jointConferenceApproved: true,
    ...patch,
  });

describe('1x-selection §16: 发布前的信用核查、公示和审议', () => {
  it('credit and tax checks clear, notice ended without objection, approved: publication may proceed', () => {
    expect(run().outcome).toBe('pass');
  });
  it('a credit check not yet done, or an adverse one, blocks publication', () => {
    expect(only(run({ creditCheck: 'not_done' }), '1x-selection/16/credit').passed).toBe(false);
    expect(only(run({ creditCheck: 'adverse' }), '1x-selection/16/credit').passed).toBe(false);
  });
  it('a major tax violation found by the tax administration blocks publication', () => {
    expect(only(run({ taxCheck: 'major_violation' }), '1x-selection/16/tax').passed).toBe(false);
  });
  it('a notice still running blocks; one objection unverified needs judgement; found groundless it passes; upheld it fails', () => {
    expect(
      only(run({ publicNotice: { ended: false, objections: 0 } }), '1x-selection/16/public-notice').passed,
    ).toBe(false);
    expect(
      only(run({ publicNotice: { ended: true, objections: 1 } }), '1x-selection/16/public-notice').passed,
    ).toBe('needs_judgement');
    expect(
      only(
        run({ publicNotice: { ended: true, objections: 1, objectionsUnfounded: true } }),
        '1x-selection/16/public-notice',
      ).passed,
    ).toBe(true);
    expect(
      only(
        run({ publicNotice: { ended: true, objections: 1, objectionsUnfounded: false } }),
        '1x-selection/16/public-notice',
      ).passed,
    ).toBe(false);
  });
  it('without the joint conference’s approval there is no publication', () => {
    expect(only(run({ jointConferenceApproved: false }), '1x-selection/16/approval').passed).toBe(false);
  });
});
