import { describe, expect, it } from 'vitest';
import { builtInCalendar, withYear } from '../calendar/calendar-data.js';
import { ParameterNotInForceError, dated, type Parameter } from '../parameters/parameter.js';
import {
  cancelDeadline,
  chinaDate,
  clockLength,
  deadlineStanding,
  parameterLookupOf,
  meetDeadline,
  pauseDeadline,
  recomputeDeadline,
  resumeDeadline,
  startDeadline,
  UnknownClockParameterError,
} from './deadline.js';
import { ACCEPTANCE, exampleMachine } from './example-machine.test-support.js';

const cal = builtInCalendar();
const spec = exampleMachine.states.submitted.clock!;
const start = (startDate: string, n = 10) =>
  startDeadline({ name: 'acceptance_answer', spec, awaiting: 'authority', startDate, n }, cal);

describe('a working-day deadline (mohrss-filing 一(十)2: acceptance answer within 10 working days)', () => {
  it('submitted on Monday 2026-03-02 is due on Monday 2026-03-16, with the computation explained', () => {
    const d = start('2026-03-02');
    expect(d).toMatchObject({ dueDate: '2026-03-16', status: 'running', calendarKnown: true });
    expect(d.explanation_zh).toContain('受理答复期限：10 个工作日（mohrss-filing 一(十).2）');
    expect(d.explanation_zh).toMatch(/第\s*10\s*个工作日为\s*2026-03-16（周一）/);
  });

  it('skips the Mid-Autumn and National Day holidays and counts the swapped Saturday 2026-10-10', () => {
    const d = start('2026-09-25');
    expect(d.dueDate).toBe('2026-10-15');
    expect(d.explanation_zh).toMatch(/调休上班日\s*2026-10-10（周六）/);
  });

  it('does not count the working days of a correction: paused Thu 03-05, resumed Tue 03-10 → due 03-19', () => {
    const paused = pauseDeadline(start('2026-03-02'), '2026-03-05', cal);
    expect(paused.status).toBe('paused');
    expect(paused.explanation_zh).toContain('自 2026-03-05 起因补正暂停计算');
    const resumed = resumeDeadline(paused, '2026-03-10', cal);
    expect(resumed).toMatchObject({ status: 'running', dueDate: '2026-03-19' });
    expect(resumed.pauses).toEqual([{ from: '2026-03-05', to: '2026-03-10', days: 3 }]);
    expect(resumed.explanation_zh).toContain('2026-03-05 至 2026-03-10（不计 3 个工作日）');
  });

  it('loses no day for a correction paused and resumed on the same day', () => {
    const d = resumeDeadline(pauseDeadline(start('2026-03-02'), '2026-03-05', cal), '2026-03-05', cal);
    expect(d.dueDate).toBe('2026-03-16');
  });

  it('adds up several pauses', () => {
    let d = start('2026-03-02');
    d = resumeDeadline(pauseDeadline(d, '2026-03-03', cal), '2026-03-04', cal); // 1 working day
    d = resumeDeadline(pauseDeadline(d, '2026-03-06', cal), '2026-03-09', cal); // Mon 03-09 only
    expect(d.pauses.map((p) => p.days)).toEqual([1, 1]);
    expect(d.dueDate).toBe('2026-03-18');
  });

  it('moves when the calendar is corrected (a new holiday inside the period)', () => {
    const y2026 = cal.years.get(2026)!;
    const corrected = withYear(cal, {
      ...y2026,
      holidays: [...y2026.holidays, { date: '2026-03-12', name: '测试假日' }],
    });
    expect(recomputeDeadline(start('2026-03-02'), corrected).dueDate).toBe('2026-03-17');
  });
});

describe('a calendar-day deadline', () => {
  const noticeSpec = { ...spec, kind: 'calendar_days' as const, label_zh: '公示期' };
  it('ending on Saturday 2026-03-07 rolls to Monday 03-09 (民法典 第二百零三条) …', () => {
    const d = startDeadline(
      { name: 'notice', spec: noticeSpec, awaiting: 'public', startDate: '2026-03-02', n: 5 },
      cal,
    );
    expect(d.dueDate).toBe('2026-03-09');
  });
  it('… but a notice period declared without rolling ends on the Saturday, and pauses count calendar days', () => {
    const fixed = { ...noticeSpec, rollToWorkingDay: false };
    const d = startDeadline(
      { name: 'notice', spec: fixed, awaiting: 'public', startDate: '2026-03-02', n: 5 },
      cal,
    );
    expect(d.dueDate).toBe('2026-03-07');
    const resumed = resumeDeadline(pauseDeadline(d, '2026-03-03', cal), '2026-03-06', cal);
    expect(resumed.pauses[0]?.days).toBe(3);
    expect(resumed.dueDate).toBe('2026-03-10');
  });
});

describe('deadlineStanding', () => {
  const d = start('2026-03-02');
  it('is running with 1 working day left on Friday 03-13, due today on 03-16, overdue on 03-17', () => {
    expect(deadlineStanding(d, '2026-03-13', cal)).toEqual({ standing: 'running', remaining: 1 });
    expect(deadlineStanding(d, '2026-03-16', cal)).toEqual({ standing: 'due_today', remaining: 0 });
    expect(deadlineStanding(d, '2026-03-17', cal)).toEqual({ standing: 'overdue', remaining: -1 });
  });
  it('tells an answer on the due date (met) from one a day later (met_late)', () => {
    expect(deadlineStanding(meetDeadline(d, '2026-03-16'), '2026-04-01', cal).standing).toBe('met');
    expect(deadlineStanding(meetDeadline(d, '2026-03-17'), '2026-04-01', cal).standing).toBe('met_late');
    expect(deadlineStanding(cancelDeadline(d, '2026-03-05'), '2026-04-01', cal).standing).toBe('cancelled');
    expect(deadlineStanding(pauseDeadline(d, '2026-03-05', cal), '2026-04-01', cal).standing).toBe('paused');
  });
  it('refuses to meet a paused deadline or resume a running one', () => {
    expect(() => meetDeadline(pauseDeadline(d, '2026-03-05', cal), '2026-03-06')).toThrow();
    expect(() => resumeDeadline(d, '2026-03-06', cal)).toThrow();
  });
});

describe('clockLength', () => {
  const days: Parameter<number> = {
    id: 'example.acceptance_days',
    description_zh: '受理答复期限',
    description_en: 'acceptance answer',
    unit: 'working_days',
    versions: dated('2021-12-23', 10, ACCEPTANCE),
  };
  const lookup = (id: string) => (id === days.id ? days : undefined);
  it('reads the parameter in force on the day the clock starts', () => {
    expect(clockLength(spec, '2021-12-23', lookup)).toBe(10);
    expect(() => clockLength(spec, '2021-12-22', lookup)).toThrow(ParameterNotInForceError);
  });
  it('can be looked up from a list of parameters, numeric ones only', () => {
    const list: Parameter<unknown>[] = [
      days,
      {
        ...days,
        id: 'example.materials',
        unit: 'list',
        versions: dated('2021-12-23', ['申请书'], ACCEPTANCE),
      },
    ];
    const find = parameterLookupOf(list);
    expect(clockLength(spec, '2026-01-01', find)).toBe(10);
    expect(find('example.materials')).toBeUndefined();
  });
  it('fails loudly on a parameter the machine names but nobody defines', () => {
    expect(() => clockLength(spec, '2026-01-01', () => undefined)).toThrow(UnknownClockParameterError);
  });
});

describe('chinaDate', () => {
  it('turns at midnight Beijing time (16:00 UTC)', () => {
    expect(chinaDate(new Date('2026-03-01T15:59:59Z'))).toBe('2026-03-01');
    expect(chinaDate(new Date('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
  });
});
