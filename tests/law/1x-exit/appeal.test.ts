// 1x-exit §7(3) — 收到书面通知后十五个工作日内向具体受托单位提出申诉, on the working-day calendar.
import { describe, expect, it } from 'vitest';
import { calendarFromYears } from '../../../src/calendar/calendar-data.js';
import { evaluateCheck } from '../../../src/rules/catalogue.js';
import { evaluate, only } from '../support.js';

const CHECK = '1x-exit.appeal';
const appeal = (
  receivedOn: string,
  lodgedOn: string | null,
  asOf = '2025-12-31',
  lodgedWith = 'delegated_unit',
) =>
  only(
    evaluate(CHECK, asOf, {
      noticeReceivedOn: receivedOn,
      appealLodgedOn: lodgedOn,
      ...(lodgedOn ? { lodgedWith } : {}),
    }),
    '1x-exit/7/3',
  );

describe('1x-exit §7(3): 收到书面通知后十五个工作日内提出申诉', () => {
  it('notice received Monday 2025-03-03: the 15th working day is Monday 2025-03-24; lodged on the 21st, the 24th in time, the 25th late', () => {
    expect(appeal('2025-03-03', '2025-03-21').passed).toBe(true);
    expect(appeal('2025-03-03', '2025-03-24').passed).toBe(true);
    const late = appeal('2025-03-03', '2025-03-25');
    expect(late.passed).toBe(false);
    expect(late.values).toMatchObject({ due: '2025-03-24', period: 15, unit: 'working_days' });
  });
  it('received 2024-09-27 before National Day: the holiday week is skipped and the swapped Sundays/Saturdays count, so the appeal is due 2024-10-23', () => {
    const f = appeal('2024-09-27', '2024-10-23');
    expect(f.passed).toBe(true);
    expect(f.values).toMatchObject({ due: '2024-10-23', calendarKnown: true });
    expect(String(f.values.explanation_zh)).toContain('国庆节');
    expect(appeal('2024-09-27', '2024-10-24').passed).toBe(false);
  });
  it('not yet lodged: still open on the due date 2025-03-24, overdue on 2025-03-25', () => {
    const open = appeal('2025-03-03', null, '2025-03-24');
    expect(open.passed).toBe(true);
    expect(open.values).toMatchObject({ pending: true, overdue: false });
    const overdue = appeal('2025-03-03', null, '2025-03-25');
    expect(overdue.passed).toBe(false);
    expect(overdue.values).toMatchObject({ overdue: true });
  });
  it('an administrator’s corrected calendar moves the deadline: with 2025-03-10 declared a holiday the due date is 2025-03-25', () => {
    const corrected = calendarFromYears([
      {
        year: 2025,
        source: 'test',
        holidays: [
          { date: '2025-01-01', name: '元旦' },
          { date: '2025-03-10', name: '测试假日' },
          { date: '2025-05-01', name: '劳动节' },
          { date: '2025-10-01', name: '国庆节' },
          { date: '2025-10-02', name: '国庆节' },
          { date: '2025-10-03', name: '国庆节' },
        ],
        workdays: [],
      },
    ]);
    const r = evaluateCheck(
      CHECK,
      '2025-12-31',
      { noticeReceivedOn: '2025-03-03', appealLodgedOn: '2025-03-25', lodgedWith: 'delegated_unit' },
      corrected,
    );
    expect(only(r, '1x-exit/7/3').passed).toBe(true);
    expect(only(r, '1x-exit/7/3').values).toMatchObject({ due: '2025-03-25' });
  });
  it('the appeal goes to the delegated unit; one lodged elsewhere fails the addressee rule', () => {
    const r = evaluate(CHECK, '2025-12-31', {
      noticeReceivedOn: '2025-03-03',
      appealLodgedOn: '2025-03-10',
      lodgedWith: 'other',
    });
    expect(only(r, '1x-exit/7/3/addressee').passed).toBe(false);
    expect(only(r, '1x-exit/7/3').passed).toBe(true);
  });
  it('an appeal dated before the notice was received is rejected as invalid facts', () => {
    expect(() =>
      evaluate(CHECK, '2025-12-31', {
        noticeReceivedOn: '2025-03-03',
        appealLodgedOn: '2025-03-02',
        lodgedWith: 'delegated_unit',
      }),
    ).toThrow();
  });
});
