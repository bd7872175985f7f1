// 1x-selection §2, §6–10 — 培训评价组织应具备的工作基础.
import { describe, expect, it } from 'vitest';
import { evaluate, example, only } from '../support.js';

const CHECK = '1x-selection.eligibility';
type Facts = Record<string, unknown>;
const run = (asOf: string, patch: Facts = {}) => evaluate(CHECK, asOf, example<Facts>(CHECK, patch));

describe('1x-selection §10: 一般应具有 5 年以上职业技能培训经验', () => {
  const years = (asOf: string, patch: Facts = {}) =>
    only(run(asOf, { trainingSince: '2019-09-01', ...patch }), '1x-selection/10/years');
  it('training since 2019-09-01: 5 years are reached on 2024-09-01 (以上 includes 5); an application on 2024-08-31 falls short', () => {
    expect(years('2024-08-31').passed).toBe(false);
    expect(years('2024-09-01').passed).toBe(true);
    expect(years('2024-09-02').passed).toBe(true);
    expect(years('2024-08-31').values).toMatchObject({ reachedOn: '2024-09-01', minimumYears: 5 });
  });
  it('in an emerging or shortage field the shortfall may be relaxed: the experts decide', () => {
    const f = years('2024-08-31', { emergingOrShortageField: true });
    expect(f.passed).toBe('needs_judgement');
    expect(f.options).toHaveLength(2);
  });
  it('no training experience at all fails outside such fields', () => {
    expect(years('2024-08-31', { trainingSince: null }).passed).toBe(false);
  });
});

describe('1x-selection §10: 一般应具有 5 万人次以上的培训和实施证书考核的规模', () => {
  const scale = (personTimes: number, emerging = false) =>
    only(run('2025-03-01', { personTimes, emergingOrShortageField: emerging }), '1x-selection/10/scale');
  it('50,000 person-times meets the threshold; 49,999 does not; 50,001 does', () => {
    expect(scale(50_000).passed).toBe(true);
    expect(scale(49_999).passed).toBe(false);
    expect(scale(50_001).passed).toBe(true);
    expect(scale(49_999).values).toMatchObject({ actual: 49_999, minimum: 50_000 });
  });
  it('49,999 in a shortage field is for the experts to relax or not', () => {
    expect(scale(49_999, true).passed).toBe('needs_judgement');
    expect(scale(50_000, true).passed).toBe(true);
  });
});

describe('1x-selection §6: 组织资质', () => {
  it('three years of business and tax annual review records suffice; two do not', () => {
    expect(
      only(run('2025-03-01', { annualReviewRecordYears: 3 }), '1x-selection/6/annual-records').passed,
    ).toBe(true);
    expect(
      only(run('2025-03-01', { annualReviewRecordYears: 2 }), '1x-selection/6/annual-records').passed,
    ).toBe(false);
  });
  it('a bad loan on record fails the clean-record condition', () => {
    const f = only(
      run('2025-03-01', {
        records: { unlawfulConduct: false, dishonesty: false, majorEconomicDispute: false, badLoans: true },
      }),
      '1x-selection/6/clean-record',
    );
    expect(f.passed).toBe(false);
    expect(f.message_zh).toContain('不良借贷');
  });
  it('"一定规模和资金实力" is the experts’ assessment: unassessed it needs judgement', () => {
    expect(only(run('2025-03-01', { scaleAndFunds: undefined }), '1x-selection/6/scale').passed).toBe(
      'needs_judgement',
    );
    expect(only(run('2025-03-01', { scaleAndFunds: false }), '1x-selection/6/scale').passed).toBe(false);
  });
});

describe('1x-selection §2, §7: 独立法人，证书有标准和自主知识产权', () => {
  it('an applicant without independent legal personality fails §2', () => {
    expect(
      only(run('2025-03-01', { independentLegalPerson: false }), '1x-selection/2/legal-person').passed,
    ).toBe(false);
  });
  it('a certificate without its own intellectual property fails §7', () => {
    expect(only(run('2025-03-01', { ownIntellectualProperty: false }), '1x-selection/7/ip').passed).toBe(
      false,
    );
  });
});

describe('1x-selection §8: 一般应有近三年出版的先进教材', () => {
  const textbook = (publishedOn: string | null) =>
    only(run('2025-03-01', { latestTextbookPublishedOn: publishedOn }), '1x-selection/8/recent-textbook');
  it('applying 2025-03-01: a textbook of 2022-03-01 is within the last three years, one of 2022-02-28 is not', () => {
    expect(textbook('2022-03-01').passed).toBe(true);
    expect(textbook('2022-02-28').passed).toBe('needs_judgement');
    expect(textbook('2022-02-28').values).toMatchObject({ windowFrom: '2022-03-01', windowTo: '2025-03-01' });
  });
  it('"一般应有": without any recent textbook the experts decide rather than the rule refusing', () => {
    expect(textbook(null).passed).toBe('needs_judgement');
  });
});

describe('1x-selection: the whole example passes and the text applies from 2020-06-02', () => {
  it('the example organisation meets every condition', () => {
    expect(run('2025-03-01').outcome).toBe('pass');
  });
  it('an application dated 2020-06-01 is before the text applied', () => {
    expect(() => run('2020-06-01')).toThrow(/2020-06-02/);
  });
});
