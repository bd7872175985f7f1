// 1x-exit §4, §6(1), §9 — 依申请退出: one year after approval, wrap-up done, January and July intakes.
import { describe, expect, it } from 'vitest';
import { evaluate, findings, only } from '../support.js';

const CHECK = '1x-exit.voluntary';
const WRAPPED_UP = { paidNotExamined: 0, examinedNotCertified: 0, otherMattersSettled: true };
const facts = (patch: Record<string, unknown> = {}) => ({
  level: 'certificate',
  certificates: [{ name: '工业机器人应用编程', approvedOn: '2021-07-15' }],
  workCompleted: true,
  wrapUp: WRAPPED_UP,
  paperMaterialsSubmitted: true,
  ...patch,
});

describe('1x-exit §4: 自批准实施职业技能等级证书之日起满一年后方可申请退出', () => {
  const year = (appliedOn: string, approvedOn = '2021-07-15') =>
    only(
      evaluate(CHECK, appliedOn, facts({ certificates: [{ name: '证书A', approvedOn }] })),
      '1x-exit/4/one-year',
    );

  it('approved 2021-07-15: an exit applied for on 2022-07-14, the day before the first anniversary, is refused', () => {
    const f = year('2022-07-14');
    expect(f.passed).toBe(false);
    expect(f.values).toMatchObject({ approvedOn: '2021-07-15', reachedOn: '2022-07-15', minimumYears: 1 });
    expect(f.citation).toEqual({ source: '1x-exit', article: 4 });
  });
  it('on the anniversary 2022-07-15 it is admissible, and on 2022-07-16 too', () => {
    expect(year('2022-07-15').passed).toBe(true);
    expect(year('2022-07-16').passed).toBe(true);
  });
  it('a programme approved on 29 February 2020 completes its year on 28 February 2021 (民法典 §202)', () => {
    expect(year('2021-02-27', '2020-02-29').passed).toBe(false);
    expect(year('2021-02-28', '2020-02-29').passed).toBe(true);
  });
  it('an organisation-level exit counts each programme: a programme under a year old while the first is older is for the authority to decide', () => {
    const r = evaluate(
      CHECK,
      '2023-01-10',
      facts({
        level: 'organisation',
        certificates: [
          { name: '证书A', approvedOn: '2020-12-30' },
          { name: '证书B', approvedOn: '2022-06-01' },
        ],
      }),
    );
    const [a, b] = findings(r, '1x-exit/4/one-year');
    expect(a!.passed).toBe(true);
    expect(b!.passed).toBe('needs_judgement');
    expect(b!.options).toHaveLength(2);
    expect(r.outcome).toBe('needs_judgement');
  });
  it('an organisation whose every programme is under a year old may not apply at all', () => {
    const r = evaluate(
      CHECK,
      '2023-01-10',
      facts({ level: 'organisation', certificates: [{ name: '证书A', approvedOn: '2022-06-01' }] }),
    );
    expect(only(r, '1x-exit/4/one-year').passed).toBe(false);
    expect(r.outcome).toBe('fail');
  });
  it('the related work must be completed first', () => {
    const r = evaluate(CHECK, '2023-01-10', facts({ workCompleted: false }));
    expect(only(r, '1x-exit/4/work-completed').passed).toBe(false);
  });
});

describe('1x-exit §4 and §9: 完成有关善后工作后可申请退出', () => {
  it('one candidate who paid but was not examined keeps the application from being admissible', () => {
    const r = evaluate(CHECK, '2023-01-10', facts({ wrapUp: { ...WRAPPED_UP, paidNotExamined: 1 } }));
    expect(only(r, '1x-exit/9/paid-not-examined').passed).toBe(false);
    expect(only(r, '1x-exit/9/paid-not-examined').values).toMatchObject({ paidNotExamined: 1 });
    expect(r.outcome).toBe('fail');
  });
  it('with every matter settled the wrap-up findings pass', () => {
    const r = evaluate(CHECK, '2023-01-10', facts());
    expect(findings(r, '1x-exit/9/paid-not-examined')[0]!.passed).toBe(true);
    expect(findings(r, '1x-exit/9/examined-not-certified')[0]!.passed).toBe(true);
    expect(r.outcome).toBe('pass');
  });
});

describe('1x-exit §6(1): 每年 1 月、7 月集中受理 2 次', () => {
  const window = (on: string) =>
    only(
      evaluate(CHECK, on, facts({ certificates: [{ name: '证书A', approvedOn: '2020-06-02' }] })),
      '1x-exit/6/1/intake-window',
    );
  it('applications in January and July are within the intake window, from the first to the last day of the month', () => {
    for (const d of ['2024-01-01', '2024-01-31', '2024-07-01', '2024-07-31'])
      expect(window(d).passed, d).toBe(true);
  });
  it('applications in February are outside the intake window, as are those on 31 December, 30 June and 1 August', () => {
    for (const d of ['2024-02-01', '2024-02-15', '2023-12-31', '2024-06-30', '2024-08-01'])
      expect(window(d).passed, d).toBe(false);
    expect(window('2024-02-15').values).toMatchObject({ month: 2, intakeMonths: [1, 7], intakesPerYear: 2 });
  });
  it('the paper materials must reach the delegated unit', () => {
    const r = evaluate(CHECK, '2024-07-02', facts({ paperMaterialsSubmitted: false }));
    expect(only(r, '1x-exit/6/1/paper-materials').passed).toBe(false);
  });
});

describe('1x-exit: the check is not in force before the text applies (2020-01-01, docs/decisions/0006)', () => {
  it('an application dated 2019-12-31 is refused as not in force', () => {
    expect(() => evaluate(CHECK, '2019-12-31', facts())).toThrow(/2020-01-01/);
  });
});
