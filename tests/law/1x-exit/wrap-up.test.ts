// 1x-exit §9 — 退出前须处理好已收费但未实施考核、已考核尚未发证等相关事项.
import { describe, expect, it } from 'vitest';
import { evaluate, only } from '../support.js';

const CHECK = '1x-exit.wrap_up';
const run = (patch: Record<string, unknown> = {}) =>
  evaluate(CHECK, '2024-05-06', {
    paidNotExamined: 0,
    examinedNotCertified: 0,
    otherMattersSettled: true,
    ...patch,
  });

describe('1x-exit §9: 退出前的善后工作', () => {
  it('nothing outstanding: every wrap-up finding passes', () => {
    expect(run().outcome).toBe('pass');
  });
  it('one candidate who paid but was not examined is one too many; zero is complete', () => {
    expect(only(run({ paidNotExamined: 1 }), '1x-exit/9/paid-not-examined').passed).toBe(false);
    expect(only(run({ paidNotExamined: 0 }), '1x-exit/9/paid-not-examined').passed).toBe(true);
  });
  it('one candidate examined but not yet certified keeps the wrap-up open', () => {
    const f = only(run({ examinedNotCertified: 1 }), '1x-exit/9/examined-not-certified');
    expect(f.passed).toBe(false);
    expect(f.values).toMatchObject({ examinedNotCertified: 1 });
  });
  it('"等相关事项": other matters are the authority’s assessment — not yet assessed needs judgement, assessed unsettled fails', () => {
    expect(only(run({ otherMattersSettled: undefined }), '1x-exit/9/other-matters').passed).toBe(
      'needs_judgement',
    );
    expect(only(run({ otherMattersSettled: false }), '1x-exit/9/other-matters').passed).toBe(false);
  });
  it('negative counts are rejected as invalid facts', () => {
    expect(() => run({ paidNotExamined: -1 })).toThrow();
  });
});
