// mohrss-violations §12–14 — 评价机构违纪违规行为的处理: the ladder, the overlaps and the §14(6) escalation.
import { describe, expect, it } from 'vitest';
import { evaluate, findings, only } from '../support.js';

const CHECK = 'mohrss-violations.sanction.institution';
const charge = (asOf: string, violation: string, patch: Record<string, unknown> = {}) =>
  evaluate(CHECK, asOf, { violation, ...patch });

describe('mohrss-violations §12: 约谈主要负责人，视情况宣布成绩部分或全部无效', () => {
  it('§12(1) minor: interview of the principal, and voiding the session’s results is left to the authority', () => {
    const r = charge('2024-06-10', '12(1)', { severity: 'minor' });
    expect(only(r, 'mohrss-violations/12/1').values).toMatchObject({ sanctions: ['interview'] });
    const v = only(r, 'mohrss-violations/12');
    expect(v.passed).toBe('needs_judgement');
    expect(v.options).toHaveLength(3);
  });
  it('§12(1) serious is not §12 (it is §13(1)); severity undetermined needs judgement between the two', () => {
    expect(
      only(charge('2024-06-10', '12(1)', { severity: 'serious' }), 'mohrss-violations/12/1').passed,
    ).toBe(false);
    const j = only(charge('2024-06-10', '12(2)'), 'mohrss-violations/12/2');
    expect(j.passed).toBe('needs_judgement');
    expect(j.options![1]).toContain('第十三条第（一）项');
  });
  it('§12(3) (archives) carries no 情节轻微 qualifier: serious, both §12(3) and §13(1) apply (docs/decisions/0007)', () => {
    const r = charge('2024-06-10', '12(3)', { severity: 'serious' });
    expect(only(r, 'mohrss-violations/12/3').passed).toBe(true);
    expect(only(r, 'mohrss-violations/13/1').passed).toBe(true);
    expect(only(r, 'mohrss-violations/13/1').values).toMatchObject({ section12Item: 3 });
  });
  it('§12(3) minor applies alone; undetermined, §13(1) is for judgement', () => {
    expect(
      findings(charge('2024-06-10', '12(3)', { severity: 'minor' }), 'mohrss-violations/13/1'),
    ).toHaveLength(0);
    expect(only(charge('2024-06-10', '12(3)'), 'mohrss-violations/13/1').passed).toBe('needs_judgement');
  });
});

describe('mohrss-violations §13: 警告，限期整改，整改期间暂停评价活动，视情况列入诚信不良档案', () => {
  it('§13(4) false advertising of guaranteed passes: warning, rectification, suspension; the register is the authority’s choice', () => {
    const r = charge('2024-06-10', '13(4)');
    expect(only(r, 'mohrss-violations/13/4').values).toMatchObject({
      sanctions: ['warning', 'rectification', 'suspension'],
    });
    expect(only(r, 'mohrss-violations/13').options).toEqual([
      '列入诚信不良档案并向社会公布',
      '不列入诚信不良档案',
    ]);
  });
  it('§13(1) needs 情节严重: minor fails, serious applies', () => {
    expect(
      only(charge('2024-06-10', '13(1)', { section12Item: 2, severity: 'minor' }), 'mohrss-violations/13/1')
        .passed,
    ).toBe(false);
    expect(
      only(charge('2024-06-10', '13(1)', { section12Item: 2, severity: 'serious' }), 'mohrss-violations/13/1')
        .passed,
    ).toBe(true);
  });
  it('§13(5): rectification due 2024-05-31 and completed that day is in time; completed 2024-06-01 is overdue', () => {
    expect(
      only(
        charge('2024-06-10', '13(5)', { rectification: { dueOn: '2024-05-31', completedOn: '2024-05-31' } }),
        'mohrss-violations/13/5',
      ).passed,
    ).toBe(false);
    expect(
      only(
        charge('2024-06-10', '13(5)', { rectification: { dueOn: '2024-05-31', completedOn: '2024-06-01' } }),
        'mohrss-violations/13/5',
      ).passed,
    ).toBe(true);
  });
  it('§13(5): not completed — within the period on 2024-05-31, overdue on 2024-06-01', () => {
    expect(
      only(
        charge('2024-05-31', '13(5)', { rectification: { dueOn: '2024-05-31', completedOn: null } }),
        'mohrss-violations/13/5',
      ).passed,
    ).toBe(false);
    expect(
      only(
        charge('2024-06-01', '13(5)', { rectification: { dueOn: '2024-05-31', completedOn: null } }),
        'mohrss-violations/13/5',
      ).passed,
    ).toBe(true);
  });
  it('§13(7): a complaint counts once verified', () => {
    expect(only(charge('2024-06-10', '13(7)', { verified: true }), 'mohrss-violations/13/7').passed).toBe(
      true,
    );
    expect(only(charge('2024-06-10', '13(7)', { verified: false }), 'mohrss-violations/13/7').passed).toBe(
      false,
    );
  });
});

describe('mohrss-violations §13(3) and §14(7): a year without evaluations — both findings (docs/decisions/0007)', () => {
  const inactive = (asOf: string, justifiedReason?: boolean) =>
    charge(asOf, '14(7)', {
      inactivity: {
        lastEvaluationOn: '2023-03-01',
        ...(justifiedReason === undefined ? {} : { justifiedReason }),
      },
    });
  it('last evaluation 2023-03-01: on 2024-02-29 neither applies; on 2024-03-01 (one year, 含) both do', () => {
    const before = inactive('2024-02-29', false);
    expect(only(before, 'mohrss-violations/13/3').passed).toBe(false);
    expect(only(before, 'mohrss-violations/14/7').passed).toBe(false);
    const on = inactive('2024-03-01', false);
    expect(only(on, 'mohrss-violations/13/3').passed).toBe(true);
    expect(only(on, 'mohrss-violations/14/7').passed).toBe(true);
    expect(only(on, 'mohrss-violations/14/7').values).toMatchObject({
      sanctions: ['filing_termination', 'certificate_data_handling'],
      reachedOn: '2024-03-01',
    });
    expect(only(inactive('2024-03-02', false), 'mohrss-violations/14/7').passed).toBe(true);
  });
  it('a good reason takes the year out of §13(3) but not out of §14(7), which has no such qualifier', () => {
    const r = inactive('2024-06-01', true);
    expect(only(r, 'mohrss-violations/13/3').passed).toBe(false);
    expect(only(r, 'mohrss-violations/14/7').passed).toBe(true);
  });
  it('whether there was a good reason is the authority’s to determine', () => {
    expect(only(inactive('2024-06-01'), 'mohrss-violations/13/3').passed).toBe('needs_judgement');
  });
  it('charged under §13(3) the same two findings come back', () => {
    const r = charge('2024-06-01', '13(3)', {
      inactivity: { lastEvaluationOn: '2023-03-01', justifiedReason: false },
    });
    expect(only(r, 'mohrss-violations/13/3').passed).toBe(true);
    expect(only(r, 'mohrss-violations/14/7').passed).toBe(true);
  });
});

describe('mohrss-violations §14(6): 已被警告，整改后再次违反第十三条的，终止备案', () => {
  const repeat = (conductOn: string, rectificationCompletedOn: string | null = '2023-06-30') =>
    charge('2024-06-10', '13(2)', {
      priorWarning: { warnedOn: '2023-04-10', rectificationCompletedOn },
      conductOn,
    });
  it('warned 2023-04-10, rectified 2023-06-30: a §13 breach on 2023-07-01 escalates to termination', () => {
    const r = repeat('2023-07-01');
    expect(only(r, 'mohrss-violations/13/2').passed).toBe(true);
    const f = only(r, 'mohrss-violations/14/6');
    expect(f.passed).toBe(true);
    expect(f.values).toMatchObject({ sanctions: ['filing_termination', 'certificate_data_handling'] });
  });
  it('on the day of completion it is for the authority; the day before, no escalation', () => {
    expect(only(repeat('2023-06-30'), 'mohrss-violations/14/6').passed).toBe('needs_judgement');
    expect(only(repeat('2023-06-29'), 'mohrss-violations/14/6').passed).toBe(false);
  });
  it('while the rectification is not complete a new breach is not "整改后再次违反"', () => {
    expect(only(repeat('2023-09-01', null), 'mohrss-violations/14/6').passed).toBe(false);
  });
  it('charged directly under §14(6) the escalation is the only finding', () => {
    const r = charge('2024-06-10', '14(6)', {
      priorWarning: { warnedOn: '2023-04-10', rectificationCompletedOn: '2023-06-30' },
      conductOn: '2024-01-15',
    });
    expect(r.findings.map((x) => x.ruleId)).toEqual(['mohrss-violations/14/6']);
    expect(r.outcome).toBe('pass');
  });
  it('a prior warning without the date of the new conduct is rejected as invalid facts', () => {
    expect(() =>
      charge('2024-06-10', '13(2)', {
        priorWarning: { warnedOn: '2023-04-10', rectificationCompletedOn: '2023-06-30' },
      }),
    ).toThrow();
  });
});

describe('mohrss-violations §14: 终止备案', () => {
  it('§14(1) false filing materials: termination and handling of the certificates and data', () => {
    const r = charge('2024-06-10', '14(1)');
    expect(only(r, 'mohrss-violations/14/1').values).toMatchObject({
      sanctions: ['filing_termination', 'certificate_data_handling'],
    });
    expect(r.outcome).toBe('pass');
  });
  it('§14(2) needs a serious excess of the filed scope', () => {
    expect(
      only(charge('2024-06-10', '14(2)', { severity: 'serious' }), 'mohrss-violations/14/2').passed,
    ).toBe(true);
    expect(only(charge('2024-06-10', '14(2)', { severity: 'minor' }), 'mohrss-violations/14/2').passed).toBe(
      false,
    );
    expect(only(charge('2024-06-10', '14(2)'), 'mohrss-violations/14/2').passed).toBe('needs_judgement');
  });
  it('§14(8) needs serious social harm, verified and confirmed', () => {
    expect(
      only(charge('2024-06-10', '14(8)', { severity: 'serious', verified: true }), 'mohrss-violations/14/8')
        .passed,
    ).toBe(true);
    expect(
      only(charge('2024-06-10', '14(8)', { severity: 'serious', verified: false }), 'mohrss-violations/14/8')
        .passed,
    ).toBe(false);
    expect(
      only(charge('2024-06-10', '14(8)', { severity: 'minor', verified: true }), 'mohrss-violations/14/8')
        .passed,
    ).toBe(false);
  });
});
