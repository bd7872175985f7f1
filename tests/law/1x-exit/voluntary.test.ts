// 1x-exit §4, §6(1), §9 — 依申请退出: one year after approval, wrap-up done, received at any time and processed in the January and July intakes.
import { describe, expect, it } from 'vitest';
import { evaluate, findings, only } from '../support.js';
import { nextIntake } from '../../../src/rules/1x-exit/voluntary.js';

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

describe('1x-exit §6(1): 每年 1 月、7 月集中受理 2 次 — received at any time, processed in the next intake', () => {
  const window = (on: string) =>
    only(
      evaluate(CHECK, on, facts({ certificates: [{ name: '证书A', approvedOn: '2020-06-02' }] })),
      '1x-exit/6/1/intake-window',
    );
  it('an application in March is accepted and queued for the July intake, and says so', () => {
    const f = window('2024-03-12');
    expect(f.passed).toBe(true);
    expect(f.values).toMatchObject({
      intakeYear: 2024,
      intakeMonth: 7,
      intakeOpensOn: '2024-07-01',
      queued: true,
    });
    expect(f.message_zh).toContain('列入2024 年 7 月集中受理');
  });
  it('applications in January and July are processed in that intake, from the first to the last day of the month', () => {
    for (const d of ['2024-01-01', '2024-01-31', '2024-07-01', '2024-07-31']) {
      const f = window(d);
      expect(f.passed, d).toBe(true);
      expect(f.values, d).toMatchObject({ intakeMonth: Number(d.slice(5, 7)), queued: false });
    }
  });
  it('no month is refused: February, 30 June, 1 August and 31 December are all received', () => {
    for (const d of ['2024-02-01', '2024-02-15', '2023-12-31', '2024-06-30', '2024-08-01'])
      expect(window(d).passed, d).toBe(true);
    expect(window('2024-02-15').values).toMatchObject({ month: 2, intakeMonths: [1, 7], intakesPerYear: 2 });
  });
  it('nextIntake: January → January; June 30 → July; July → July; August 1 and December → next January', () => {
    expect(nextIntake('2025-01-15')).toEqual({ year: 2025, month: 1, opensOn: '2025-01-01' });
    expect(nextIntake('2025-03-10')).toEqual({ year: 2025, month: 7, opensOn: '2025-07-01' });
    expect(nextIntake('2025-06-30')).toEqual({ year: 2025, month: 7, opensOn: '2025-07-01' });
    expect(nextIntake('2025-07-31')).toEqual({ year: 2025, month: 7, opensOn: '2025-07-01' });
    expect(nextIntake('2025-08-01')).toEqual({ year: 2026, month: 1, opensOn: '2026-01-01' });
    expect(nextIntake('2025-12-31')).toEqual({ year: 2026, month: 1, opensOn: '2026-01-01' });
  });
  it('processing of a March application may not start on 30 June; it may on 1 July', () => {
    const run = (today: string) =>
      only(evaluate('1x-exit.intake', today, { receivedOn: '2025-03-10' }), '1x-exit/6/1/intake-processing');
    expect(run('2025-06-30').passed).toBe(false);
    expect(run('2025-06-30').message_zh).toContain('2025-07-01 方可开始办理');
    expect(run('2025-07-01').passed).toBe(true);
  });
  it('a December application waits for 1 January; a January one is processed the day it arrives', () => {
    const run = (receivedOn: string, today: string) =>
      only(evaluate('1x-exit.intake', today, { receivedOn }), '1x-exit/6/1/intake-processing').passed;
    expect(run('2025-12-10', '2025-12-31')).toBe(false);
    expect(run('2025-12-10', '2026-01-01')).toBe(true);
    expect(run('2026-01-20', '2026-01-20')).toBe(true);
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
