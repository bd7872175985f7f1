// mohrss-filing 一 — 全国性用人单位: conditions, 14 materials, 10-working-day acceptance answer.
import { describe, expect, it } from 'vitest';
import { evaluate, example, only } from '../support.js';

const ASOF = '2026-11-25';

describe('mohrss-filing 一(六)(五)(七)(一): 申请条件、无数量限制、无禁止性规定', () => {
  const CHECK = 'mohrss-filing.employer.eligibility';
  it('a central SOE meeting every condition passes, with the no-quota and no-prohibition findings cited', () => {
    const r = evaluate(CHECK, ASOF, example(CHECK));
    expect(r.outcome).toBe('pass');
    expect(only(r, 'mohrss-filing/1/5').citation).toEqual({
      source: 'mohrss-filing',
      article: '一',
      item: '五',
    });
    expect(only(r, 'mohrss-filing/1/7').passed).toBe(true);
  });
  it('一(六)1: an enterprise that is not large is refused; "等" leaves other large enterprises to judgement', () => {
    const small = only(
      evaluate(CHECK, ASOF, example(CHECK, { enterpriseCategory: 'not_large' })),
      'mohrss-filing/1/6/1',
    );
    expect(small.passed).toBe(false);
    expect(small.citation).toEqual({ source: 'mohrss-filing', article: '一', item: '六', point: 1 });
    expect(
      only(
        evaluate(CHECK, ASOF, example(CHECK, { enterpriseCategory: 'other_large' })),
        'mohrss-filing/1/6/1',
      ).passed,
    ).toBe('needs_judgement');
  });
  it('一(六)5: an employer that does not accept supervision is refused', () => {
    expect(
      only(evaluate(CHECK, ASOF, example(CHECK, { acceptsSupervision: false })), 'mohrss-filing/1/6/5')
        .passed,
    ).toBe(false);
  });
  it('一(六)2: whether skilled workers are an important part is the authority’s assessment', () => {
    expect(evaluate(CHECK, ASOF, example(CHECK, { skilledWorkersImportantPart: undefined })).outcome).toBe(
      'needs_judgement',
    );
  });
  it('一(一): a local employer is outside this guide', () => {
    expect(
      only(evaluate(CHECK, ASOF, example(CHECK, { nationalEmployer: false })), 'mohrss-filing/1/1').passed,
    ).toBe(false);
  });
  it('the guide applies from 2021-12-23: 2021-12-22 is not in force', () => {
    expect(() => evaluate(CHECK, '2021-12-22', example(CHECK))).toThrow(/2021-12-23/);
    expect(evaluate(CHECK, '2021-12-23', example(CHECK)).outcome).toBe('pass');
  });
});

describe('mohrss-filing 一(八): 14 项申请材料', () => {
  const CHECK = 'mohrss-filing.employer.materials';
  it('all 14 submitted pass with one finding per material', () => {
    const r = evaluate(CHECK, ASOF, example(CHECK));
    expect(r.findings).toHaveLength(14);
    expect(r.outcome).toBe('pass');
  });
  it('13 of 14 (no 督导人员名册) fail on exactly that material', () => {
    const all = (example(CHECK) as { materials: string[] }).materials;
    const r = evaluate(CHECK, ASOF, { materials: all.filter((m) => m !== 'supervisor_roster') });
    const failed = r.findings.filter((f) => f.passed === false);
    expect(failed).toHaveLength(1);
    expect(failed[0]!.values).toMatchObject({ number: 11, material: 'supervisor_roster' });
    expect(failed[0]!.message_zh).toContain('督导人员名册');
  });
});

describe('mohrss-filing 一(十)2: 10 个工作日内告知申报资料是否符合要求', () => {
  const CHECK = 'mohrss-filing.employer.acceptance_deadline';
  it('received Mon 2026-09-28: National Day holidays are skipped and the swapped Saturday 2026-10-10 counts, so the answer is due 2026-10-16', () => {
    const at = (answeredOn: string | null, asOf = '2026-10-20') =>
      only(evaluate(CHECK, asOf, { receivedOn: '2026-09-28', answeredOn }), 'mohrss-filing/1/10/2');
    expect(at('2026-10-15').passed).toBe(true);
    expect(at('2026-10-16').passed).toBe(true);
    expect(at('2026-10-17').passed).toBe(false);
    expect(at('2026-10-16').values).toMatchObject({ due: '2026-10-16', unit: 'working_days', period: 10 });
    expect(String(at('2026-10-16').values.explanation_zh)).toContain('国庆节');
    expect(at('2026-10-16').citation).toEqual({
      source: 'mohrss-filing',
      article: '一',
      item: '十',
      point: 2,
    });
  });
  it('not yet answered: pending on the due date, overdue the day after', () => {
    const open = (asOf: string) => evaluate(CHECK, asOf, { receivedOn: '2026-09-28', answeredOn: null });
    expect(open('2026-10-16').outcome).toBe('pass');
    expect(open('2026-10-17').outcome).toBe('fail');
  });
  it('an ordinary fortnight: received Mon 2026-11-02, due Mon 2026-11-16', () => {
    expect(
      only(
        evaluate(CHECK, '2026-11-20', { receivedOn: '2026-11-02', answeredOn: '2026-11-16' }),
        'mohrss-filing/1/10/2',
      ).values.due,
    ).toBe('2026-11-16');
  });
});
