// mohrss-violations §5–8 — 参评人员违纪违规行为的处理, and the bans in force afterwards.
import { describe, expect, it } from 'vitest';
import { evaluate, findings, only } from '../support.js';

const CHECK = 'mohrss-violations.sanction.candidate';
const charge = (asOf: string, violation: string, patch: Record<string, unknown> = {}) =>
  evaluate(CHECK, asOf, { violation, discoveredAfterEvaluation: false, certificateIssued: false, ...patch });

describe('mohrss-violations §5: 取消其当次该科目的评价成绩', () => {
  it('§5(1): prohibited items kept after a reminder — the score of that subject is cancelled', () => {
    const f = only(charge('2024-06-10', '5(1)', { remindedAndRefused: true }), 'mohrss-violations/5/1');
    expect(f.passed).toBe(true);
    expect(f.values).toMatchObject({ sanctions: ['score_cancellation'], scoreScope: 'subject' });
    expect(f.citation).toEqual({ source: 'mohrss-violations', article: 5, item: 1 });
  });
  it('§5(1)–(3) need "经提醒拒不改正": a candidate who complied, or a record without the reminder, is not sanctioned under §5', () => {
    expect(
      only(charge('2024-06-10', '5(2)', { remindedAndRefused: false }), 'mohrss-violations/5/2').passed,
    ).toBe(false);
    expect(only(charge('2024-06-10', '5(3)'), 'mohrss-violations/5/3').passed).toBe(false);
  });
  it('§5(4) other breaches short of cheating need no reminder', () => {
    expect(only(charge('2024-06-10', '5(4)'), 'mohrss-violations/5/4').passed).toBe(true);
  });
});

describe('mohrss-violations §6: 取消当次全部科目成绩，且当年不得参加评价', () => {
  it('a phone used in the exam on 2024-06-10: all scores cancelled and banned to 31 December 2024; free on 1 January 2025', () => {
    const f = only(charge('2024-06-10', '6(1)'), 'mohrss-violations/6/1');
    expect(f.passed).toBe(true);
    expect(f.values).toMatchObject({
      sanctions: ['score_cancellation', 'evaluation_ban'],
      scoreScope: 'all_subjects',
      ban: { from: '2024-06-10', lastDay: '2024-12-31', eligibleAgainOn: '2025-01-01' },
    });
  });
  it('"当年" is the calendar year of the decision: a decision on 31 December bans for that one day', () => {
    expect(only(charge('2024-12-31', '6(2)'), 'mohrss-violations/6/2').values).toMatchObject({
      ban: { lastDay: '2024-12-31' },
    });
  });
});

describe('mohrss-violations §7: 情节轻微的 2 年内、情节严重的 5 年内不得参加评价', () => {
  it('impersonation, minor, decided 2024-03-15: banned to 2026-03-15 (the anniversary, 民法典 §201–202), may sit again on 2026-03-16', () => {
    const r = charge('2024-03-15', '7(4)', { severity: 'minor' });
    expect(only(r, 'mohrss-violations/7/4').values).toMatchObject({
      sanctions: ['score_cancellation'],
      scoreScope: 'all_subjects',
    });
    expect(only(r, 'mohrss-violations/7').values).toMatchObject({
      banYears: 2,
      sanctions: ['evaluation_ban'],
      ban: { lastDay: '2026-03-15', eligibleAgainOn: '2026-03-16' },
    });
  });
  it('organised cheating, serious: banned for 5 years and referred to the competent authorities', () => {
    const f = only(charge('2024-03-15', '7(5)', { severity: 'serious' }), 'mohrss-violations/7');
    expect(f.passed).toBe(true);
    expect(f.values).toMatchObject({
      banYears: 5,
      sanctions: ['evaluation_ban', 'referral'],
      ban: { lastDay: '2029-03-15' },
    });
  });
  it('severity not yet determined: the rule does not guess — the two sanctions §7 allows are the options', () => {
    const f = only(charge('2024-03-15', '7(1)'), 'mohrss-violations/7');
    expect(f.passed).toBe('needs_judgement');
    expect(f.options).toEqual([
      '情节轻微：2 年内不得参加评价',
      '情节严重：5 年内不得参加评价，并依据有关法律法规移送有关部门',
    ]);
  });
  it('§5 and §6 charges bring no §7 finding', () => {
    expect(findings(charge('2024-03-15', '6(3)'), 'mohrss-violations/7')).toHaveLength(0);
  });
});

describe('mohrss-violations §8: 评价活动结束后发现的', () => {
  it('with a certificate issued: the result is declared void and the certificate and uploaded data handled', () => {
    const f = only(
      charge('2024-09-01', '6(2)', { discoveredAfterEvaluation: true, certificateIssued: true }),
      'mohrss-violations/8',
    );
    expect(f.values).toMatchObject({ sanctions: ['result_invalidation', 'certificate_data_handling'] });
  });
  it('without a certificate §5–7 apply alone; during the evaluation there is no §8 finding', () => {
    expect(
      only(charge('2024-09-01', '6(2)', { discoveredAfterEvaluation: true }), 'mohrss-violations/8').values,
    ).toMatchObject({ sanctions: [] });
    expect(findings(charge('2024-09-01', '6(2)'), 'mohrss-violations/8')).toHaveLength(0);
  });
});

describe('mohrss-violations §6–7: the ban stops a later registration', () => {
  const BAN = 'mohrss-violations.ban.candidate';
  it('§7 minor ban decided 2022-03-15: banned on 2024-03-15 (its last day), free on 2024-03-16', () => {
    const decisions = [{ article: '7', decidedOn: '2022-03-15', severity: 'minor' }];
    expect(only(evaluate(BAN, '2024-03-15', { decisions }), 'mohrss-violations/7/ban').passed).toBe(false);
    expect(only(evaluate(BAN, '2024-03-16', { decisions }), 'mohrss-violations/7/ban').passed).toBe(true);
  });
  it('§7 serious ban decided 2022-03-15: still banned on 2027-03-15, free on 2027-03-16', () => {
    const decisions = [{ article: '7', decidedOn: '2022-03-15', severity: 'serious' }];
    expect(only(evaluate(BAN, '2027-03-15', { decisions }), 'mohrss-violations/7/ban').passed).toBe(false);
    expect(only(evaluate(BAN, '2027-03-16', { decisions }), 'mohrss-violations/7/ban').passed).toBe(true);
  });
  it('§6 ban decided 2023-05-20: banned on 2023-12-31, free on 2024-01-01', () => {
    const decisions = [{ article: '6', decidedOn: '2023-05-20' }];
    expect(only(evaluate(BAN, '2023-12-31', { decisions }), 'mohrss-violations/6/ban').passed).toBe(false);
    expect(only(evaluate(BAN, '2024-01-01', { decisions }), 'mohrss-violations/6/ban').passed).toBe(true);
  });
  it('a §7 decision recorded without its severity is rejected as invalid facts', () => {
    expect(() =>
      evaluate(BAN, '2024-01-01', { decisions: [{ article: '7', decidedOn: '2022-03-15' }] }),
    ).toThrow();
  });
  it('a decision before the text applied (2021-12-22) has no ban length under it', () => {
    expect(() =>
      evaluate(BAN, '2022-06-01', { decisions: [{ article: '6', decidedOn: '2021-12-22' }] }),
    ).toThrow(/2021-12-22/);
  });
});
