import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromEpochDay, toEpochDay } from './calendar-days.js';
import { builtInCalendar, withYear } from './calendar-data.js';
import {
  addCalendarDaysDeadline,
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
} from './working-days.js';

const cal = builtInCalendar();

describe('isWorkingDay on the 2025 schedule', () => {
  it.each([
    ['2025-09-28', true, 'Sunday, swapped working day for National Day'],
    ['2025-09-29', true, 'ordinary Monday'],
    ['2025-10-01', false, 'National Day'],
    ['2025-10-06', false, 'Mid-Autumn Festival inside the National Day block'],
    ['2025-10-08', false, 'last day of the block (a Wednesday)'],
    ['2025-10-11', true, 'Saturday, swapped working day'],
    ['2025-10-12', false, 'ordinary Sunday'],
    ['2025-11-15', false, 'ordinary Saturday'],
    ['2025-01-26', true, 'Sunday, swapped working day for Spring Festival'],
  ])('%s is %s (%s)', (d, expected) => {
    expect(isWorkingDay(cal, d)).toBe(expected);
  });
});

describe('addWorkingDays — 民法典 第二百零一条: the day of the event is day 0', () => {
  it('15 working days after 2025-09-28 is 2025-10-24', () => {
    // day 0: 09-28 (Sun, worked). 1: 09-29, 2: 09-30; 10-01…10-08 off; 3: 10-09, 4: 10-10,
    // 5: 10-11 (Sat, worked); 10-12 off; 6–10: 10-13…10-17; 10-18, 10-19 off; 11–15: 10-20…10-24.
    const r = addWorkingDays(cal, '2025-09-28', 15);
    expect(r).toMatchObject({
      start: '2025-09-28',
      n: 15,
      due: '2025-10-24',
      unit: 'working_days',
      calendarKnown: true,
    });
    expect(r.skipped.map((s) => s.date)).toEqual([
      '2025-10-01',
      '2025-10-02',
      '2025-10-03',
      '2025-10-04',
      '2025-10-05',
      '2025-10-06',
      '2025-10-07',
      '2025-10-08',
      '2025-10-12',
      '2025-10-18',
      '2025-10-19',
    ]);
    expect(r.skipped[5]).toEqual({
      date: '2025-10-06',
      reason_zh: '法定节假日（中秋节）',
      reason_en: 'Public holiday (Mid-Autumn Festival)',
    });
    expect(r.skipped[8]).toEqual({
      date: '2025-10-12',
      reason_zh: '周日休息日',
      reason_en: 'Weekend (Sunday)',
    });
    expect(r.explanation_zh).toContain('2025-09-28 当日不计入，自次日起算（《民法典》第二百零一条）');
    expect(r.explanation_zh).toContain('第 15 个工作日为 2025-10-24（周五）');
    expect(r.explanation_zh).toContain('国庆节假期 7 天、中秋节假期 1 天、周末 3 天');
    expect(r.explanation_zh).toContain('调休上班日2025-10-11（周六）计为工作日');
    expect(r.explanation_en).toContain('Working day 15 is 2025-10-24 (Friday)');
  });

  it('10 working days after Friday 2025-01-24, across Spring Festival, is 2025-02-13', () => {
    // 01-25 Sat off; 1: 01-26 (Sun, worked); 2: 01-27; 01-28…02-04 off; 3–5: 02-05…02-07;
    // 6: 02-08 (Sat, worked); 02-09 off; 7–10: 02-10…02-13.
    const r = addWorkingDays(cal, '2025-01-24', 10);
    expect(r.due).toBe('2025-02-13');
    expect(r.skipped).toHaveLength(10);
  });

  it('the first working day after the event is day 1, even when the event falls on a holiday', () => {
    expect(addWorkingDays(cal, '2025-10-01', 1).due).toBe('2025-10-09');
    expect(addWorkingDays(cal, '2025-10-10', 1).due).toBe('2025-10-11');
  });

  it('0 working days is the start date itself', () => {
    expect(addWorkingDays(cal, '2025-10-01', 0)).toMatchObject({ due: '2025-10-01', skipped: [] });
  });

  it('a span into 2027, which has no data, is calendarKnown: false and says so', () => {
    const r = addWorkingDays(cal, '2026-12-25', 10);
    expect(r.calendarKnown).toBe(false);
    // weekends only: 1–4 12-28…12-31, 5: 2027-01-01 (a Friday, not known to be a holiday), 6–10: 01-04…01-08
    expect(r.due).toBe('2027-01-08');
    expect(r.explanation_zh).toContain('2027 年的节假日安排尚未录入');
    expect(r.explanation_en).toContain('No holiday arrangement is recorded for 2027');
    expect(addWorkingDays(cal, '2026-12-01', 10).calendarKnown).toBe(true);
  });

  it('a replaced year changes the result', () => {
    const year2027 = {
      year: 2027,
      source: 'test',
      holidays: ['01-01', '05-01', '10-01', '10-02', '10-03'].map((md) => ({
        date: `2027-${md}`,
        name: '元旦',
      })),
      workdays: [],
    };
    const r = addWorkingDays(withYear(cal, year2027), '2026-12-25', 10);
    // 2027-01-01 is now a holiday: 1–4 12-28…12-31, 5–9 01-04…01-08, 10: 01-11
    expect(r).toMatchObject({ calendarKnown: true, due: '2027-01-11' });
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addWorkingDays(cal, '2025-01-01', -1)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, '2025-01-01', 1.5)).toThrow(RangeError);
  });

  const start = fc
    .integer({ min: toEpochDay('2020-01-01'), max: toEpochDay('2026-06-30') })
    .map(fromEpochDay);
  const n = fc.integer({ min: 0, max: 120 });

  it('property: the due date of n ≥ 1 working days is a working day', () => {
    fc.assert(
      fc.property(
        start,
        n.filter((k) => k > 0),
        (s, k) => {
          expect(isWorkingDay(cal, addWorkingDays(cal, s, k).due)).toBe(true);
        },
      ),
    );
  });

  it('property: workingDaysBetween(start, due) === n', () => {
    fc.assert(
      fc.property(start, n, (s, k) => {
        const r = addWorkingDays(cal, s, k);
        expect(workingDaysBetween(cal, s, r.due)).toBe(k);
        expect(workingDaysBetween(cal, r.due, s) + k).toBe(0);
      }),
    );
  });

  it('property: every day between start and due is either counted or listed as skipped', () => {
    fc.assert(
      fc.property(start, n, (s, k) => {
        const r = addWorkingDays(cal, s, k);
        expect(toEpochDay(r.due) - toEpochDay(s)).toBe(k + r.skipped.length);
        for (const d of r.skipped) expect(isWorkingDay(cal, d.date)).toBe(false);
      }),
    );
  });
});

describe('nextWorkingDay', () => {
  it('jumps the National Day block and returns the swapped Saturday', () => {
    expect(nextWorkingDay(cal, '2025-09-30')).toBe('2025-10-09');
    expect(nextWorkingDay(cal, '2025-10-10')).toBe('2025-10-11');
  });
});

describe('addCalendarDaysDeadline — 民法典 第二百零三条: a last day off rolls to the next working day', () => {
  it('30 days after 2025-09-01 is 2025-10-01, a holiday: rolled to 2025-10-09', () => {
    const r = addCalendarDaysDeadline(cal, '2025-09-01', 30);
    expect(r).toMatchObject({
      unit: 'calendar_days',
      due: '2025-10-09',
      rolledFrom: '2025-10-01',
      calendarKnown: true,
    });
    expect(r.skipped.map((s) => s.date)).toEqual([
      '2025-10-01',
      '2025-10-02',
      '2025-10-03',
      '2025-10-04',
      '2025-10-05',
      '2025-10-06',
      '2025-10-07',
      '2025-10-08',
    ]);
    expect(r.explanation_zh).toContain('依《民法典》第二百零三条顺延至休假日结束的次日 2025-10-09（周四）');
  });

  it('a last day on an ordinary Sunday rolls to Monday; on a swapped working Saturday it does not roll', () => {
    expect(addCalendarDaysDeadline(cal, '2025-11-02', 7)).toMatchObject({
      due: '2025-11-10',
      rolledFrom: '2025-11-09',
    });
    const r = addCalendarDaysDeadline(cal, '2025-10-01', 10);
    expect(r).toMatchObject({ due: '2025-10-11', skipped: [] });
    expect(r.rolledFrom).toBeUndefined();
  });

  it('rollToWorkingDay: false keeps the last day and says so', () => {
    const r = addCalendarDaysDeadline(cal, '2025-09-01', 30, { rollToWorkingDay: false });
    expect(r).toMatchObject({ due: '2025-10-01', skipped: [] });
    expect(r.explanation_zh).toContain('未按《民法典》第二百零三条顺延');
  });

  it('a last day in a year without data is calendarKnown: false', () => {
    expect(addCalendarDaysDeadline(cal, '2026-12-01', 40).calendarKnown).toBe(false);
    expect(addCalendarDaysDeadline(cal, '2026-11-01', 40).calendarKnown).toBe(true);
  });

  it('property: the due date is a working day, never before start + n', () => {
    const s = fc.integer({ min: toEpochDay('2020-01-01'), max: toEpochDay('2026-06-30') }).map(fromEpochDay);
    fc.assert(
      fc.property(s, fc.integer({ min: 1, max: 400 }), (d, k) => {
        const r = addCalendarDaysDeadline(cal, d, k);
        expect(isWorkingDay(cal, r.due)).toBe(true);
        expect(toEpochDay(r.due) - toEpochDay(d)).toBe(k + r.skipped.length);
      }),
    );
  });
});
