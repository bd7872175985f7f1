// gz-rules §13–15 — 退出: 30 days' notice, 15 days' wrap-up, ordered termination.
import { describe, expect, it } from 'vitest';
import { evaluate, only } from '../support.js';

describe('gz-rules §13: 自愿终止退出须提前30日书面申请', () => {
  const CHECK = 'gz-rules.exit.voluntary';
  const notice = (intended: string) =>
    only(
      evaluate(CHECK, '2026-03-02', {
        applicationSubmittedOn: '2026-03-02',
        intendedTerminationOn: intended,
        writtenApplication: true,
        submittedToOwnAuthority: true,
      }),
      'gz-rules/13/notice',
    );
  it('applied on 2026-03-02: terminating on 2026-03-31 is too early, on 2026-04-01 (the 30th day) and 2026-04-02 it is allowed', () => {
    expect(notice('2026-03-31').passed).toBe(false);
    expect(notice('2026-04-01').passed).toBe(true);
    expect(notice('2026-04-02').passed).toBe(true);
    expect(notice('2026-03-31').values).toMatchObject({
      earliestTerminationOn: '2026-04-01',
      noticeDays: 30,
    });
    expect(notice('2026-03-31').citation).toEqual({ source: 'gz-rules', article: 13 });
  });
  it('an oral application, or one sent to another department, is not a written application to its own department', () => {
    const r = evaluate(CHECK, '2026-03-02', {
      applicationSubmittedOn: '2026-03-02',
      intendedTerminationOn: '2026-05-01',
      writtenApplication: false,
      submittedToOwnAuthority: true,
    });
    expect(only(r, 'gz-rules/13/written-application').passed).toBe(false);
  });
});

describe('gz-rules §14: 有效期满未申请续期或评估不通过，自动终止，15日内完成收尾', () => {
  const CHECK = 'gz-rules.exit.lapse';
  const lapse = (asOf: string, patch: Record<string, unknown> = {}) =>
    evaluate(CHECK, asOf, {
      validTo: '2026-06-30',
      renewalSubmittedOn: null,
      certificateDataReportedOn: null,
      recordsArchivedOn: null,
      ...patch,
    });
  it('without a renewal application the qualification continues on 2026-06-30 and has lapsed on 2026-07-01', () => {
    expect(only(lapse('2026-06-30'), 'gz-rules/14/lapse').passed).toBe(true);
    const r = lapse('2026-07-01');
    expect(only(r, 'gz-rules/14/lapse').passed).toBe(false);
    expect(only(r, 'gz-rules/14/lapse').values).toMatchObject({
      terminatedOn: '2026-06-30',
      wrapUpDue: '2026-07-15',
    });
  });
  it('a renewal application filed on the last day of validity keeps the qualification; one filed the day after does not', () => {
    expect(
      only(
        lapse('2026-08-01', { renewalSubmittedOn: '2026-06-30', renewalOutcome: 'pending' }),
        'gz-rules/14/lapse',
      ).passed,
    ).toBe(true);
    expect(only(lapse('2026-08-01', { renewalSubmittedOn: '2026-07-01' }), 'gz-rules/14/lapse').passed).toBe(
      false,
    );
  });
  it('wrap-up due 2026-07-15: done on the 14th and the 15th is in time, on the 16th too late', () => {
    const at = (done: string) =>
      only(
        lapse('2026-08-01', { certificateDataReportedOn: done, recordsArchivedOn: '2026-07-05' }),
        'gz-rules/14/wrap-up',
      );
    expect(at('2026-07-14').passed).toBe(true);
    expect(at('2026-07-15').passed).toBe(true);
    expect(at('2026-07-16').passed).toBe(false);
  });
  it('not yet done: still within the period on 2026-07-15, overdue on 2026-07-16', () => {
    expect(only(lapse('2026-07-15'), 'gz-rules/14/wrap-up').values).toMatchObject({
      pending: true,
      overdue: false,
    });
    expect(only(lapse('2026-07-15'), 'gz-rules/14/wrap-up').passed).toBe(true);
    expect(only(lapse('2026-07-16'), 'gz-rules/14/wrap-up').passed).toBe(false);
  });
  it('a refused renewal decided on 2026-07-10 terminates that day; the 15th day (Sat 2026-07-25) moves to Mon 2026-07-27', () => {
    const r = lapse('2026-07-20', {
      renewalSubmittedOn: '2026-05-01',
      renewalOutcome: 'refused',
      renewalDecidedOn: '2026-07-10',
    });
    expect(only(r, 'gz-rules/14/lapse').values).toMatchObject({
      terminatedOn: '2026-07-10',
      wrapUpDue: '2026-07-27',
    });
  });
});

describe('gz-rules §13–15: 收尾工作完成情况', () => {
  const CHECK = 'gz-rules.exit.wrap_up';
  it('§14: terminated on 2026-09-16, the 15th day is National Day (2026-10-01), so wrap-up is due on 2026-10-08', () => {
    const f = only(
      evaluate(CHECK, '2026-10-08', {
        route: 'lapse',
        terminationOn: '2026-09-16',
        certificateDataReportedOn: '2026-10-08',
        recordsArchivedOn: '2026-09-30',
      }),
      'gz-rules/14/wrap-up',
    );
    expect(f.passed).toBe(true);
    expect(f.values).toMatchObject({ due: '2026-10-08' });
    expect(String(f.values.explanation_zh)).toContain('第二百零三条');
  });
  it('§13: wrap-up must be finished by the termination date (day of passes, day after fails)', () => {
    const at = (done: string) =>
      only(
        evaluate(CHECK, '2026-05-10', {
          route: 'voluntary',
          terminationOn: '2026-05-01',
          certificateDataReportedOn: done,
          recordsArchivedOn: '2026-04-20',
        }),
        'gz-rules/13/wrap-up',
      );
    expect(at('2026-05-01').passed).toBe(true);
    expect(at('2026-05-02').passed).toBe(false);
  });
  it('§15: within the time the authority set; the set time is required', () => {
    const f = only(
      evaluate(CHECK, '2026-06-10', {
        route: 'ordered',
        terminationOn: '2026-05-01',
        orderedDeadline: '2026-06-01',
        certificateDataReportedOn: null,
        recordsArchivedOn: null,
      }),
      'gz-rules/15/wrap-up',
    );
    expect(f.passed).toBe(false);
    expect(() =>
      evaluate(CHECK, '2026-06-10', {
        route: 'ordered',
        terminationOn: '2026-05-01',
        certificateDataReportedOn: null,
        recordsArchivedOn: null,
      }),
    ).toThrow(/规定的收尾时限/);
  });
});

describe('gz-rules §15: 严重违法违规行为的，责令终止', () => {
  const CHECK = 'gz-rules.exit.ordered';
  it('seriousness not yet decided needs judgement with both options', () => {
    const f = only(evaluate(CHECK, '2026-11-25', { violationEstablished: true }), 'gz-rules/15/ordered');
    expect(f.passed).toBe('needs_judgement');
    expect(f.options).toHaveLength(2);
  });
  it('a serious violation orders termination, removal from the directory and a public announcement', () => {
    const f = only(
      evaluate(CHECK, '2026-11-25', { violationEstablished: true, seriousness: 'serious' }),
      'gz-rules/15/ordered',
    );
    expect(f.passed).toBe(false);
    expect(f.values.consequences).toContain('移出职业技能评价机构目录');
  });
  it('a violation that is not serious does not fall under §15', () => {
    expect(
      evaluate(CHECK, '2026-11-25', { violationEstablished: true, seriousness: 'not_serious' }).outcome,
    ).toBe('pass');
  });
});

describe('gz-rules: effective dates', () => {
  it('the rules apply from 2020-01-01 (assumed, docs/decisions/0006): 2019-12-31 is refused as not in force', () => {
    expect(() => evaluate('gz-rules.exit.ordered', '2019-12-31', { violationEstablished: false })).toThrow(
      /尚不适用/,
    );
    expect(evaluate('gz-rules.exit.ordered', '2020-01-01', { violationEstablished: false }).outcome).toBe(
      'pass',
    );
  });
});
