import { describe, expect, it } from 'vitest';
import { builtInCalendar, withYear, type CalendarYearData } from './calendar-data.js';
import { validateCalendarYear } from './calendar-year.js';

const daysOf = (y: CalendarYearData | undefined, kind: 'holidays' | 'workdays'): string[] =>
  (y?.[kind] ?? []).map((d) => d.date);

/** A minimal valid year: the statutory fixed-date holidays and nothing else. */
const minimal = (year: number): CalendarYearData => ({
  year,
  source: 'test',
  holidays: ['01-01', '05-01', '10-01', '10-02', '10-03'].map((md) => ({
    date: `${year}-${md}`,
    name: '节日',
  })),
  workdays: [],
});

describe('built-in calendar (chinese-days, checked against the State Council notices)', () => {
  const cal = builtInCalendar();

  it('covers 2020 to 2026', () => {
    expect([...cal.years.keys()]).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(cal.years.get(2025)?.source).toMatch(
      /^chinese-days@\d+\.\d+\.\d+; 国务院办公厅关于2025年部分节假日安排的通知$/,
    );
  });

  it('2025 National Day and Mid-Autumn: 10-01 to 10-08 off, 09-28 (Sun) and 10-11 (Sat) worked', () => {
    const y = cal.years.get(2025);
    expect(daysOf(y, 'holidays').filter((d) => d >= '2025-09-01')).toEqual([
      '2025-10-01',
      '2025-10-02',
      '2025-10-03',
      '2025-10-04',
      '2025-10-05',
      '2025-10-06',
      '2025-10-07',
      '2025-10-08',
    ]);
    expect(daysOf(y, 'workdays')).toContain('2025-09-28');
    expect(daysOf(y, 'workdays')).toContain('2025-10-11');
  });

  it('2025 Spring Festival: 01-28 to 02-04 off, 01-26 (Sun) and 02-08 (Sat) worked', () => {
    const y = cal.years.get(2025);
    expect(daysOf(y, 'holidays').filter((d) => d >= '2025-01-20' && d <= '2025-02-10')).toEqual([
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
      '2025-02-03',
      '2025-02-04',
    ]);
    expect(daysOf(y, 'workdays').filter((d) => d < '2025-03-01')).toEqual(['2025-01-26', '2025-02-08']);
  });

  it('2026: Spring Festival 02-15 to 02-23, National Day 10-01 to 10-07, six swapped working days', () => {
    const y = cal.years.get(2026);
    const h = daysOf(y, 'holidays');
    expect(h.filter((d) => d.startsWith('2026-02'))).toHaveLength(9);
    expect(h.filter((d) => d.startsWith('2026-10'))).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((k) => `2026-10-0${k}`),
    );
    expect(daysOf(y, 'workdays')).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
  });

  it('2020: the Spring Festival holiday extended to 02-02 by the State Council', () => {
    expect(daysOf(cal.years.get(2020), 'holidays')).toContain('2020-02-02');
    expect(cal.years.get(2020)?.source).toContain('延长2020年春节假期');
  });

  it('uses the notices’ names (清明节, 端午节, 中秋节)', () => {
    const names = new Set([...cal.holidays.values()]);
    expect([...names].sort()).toEqual(
      ['中秋节', '元旦', '劳动节', '国庆节', '春节', '清明节', '端午节'].sort(),
    );
  });
});

describe('validateCalendarYear', () => {
  it('accepts a minimal year and sorts its days', () => {
    const y = minimal(2027);
    const r = validateCalendarYear({ ...y, holidays: [...y.holidays].reverse() });
    expect(r.ok && r.value.holidays.map((d) => d.date)).toEqual(y.holidays.map((d) => d.date));
  });

  it.each([
    [
      'a date outside the year',
      { holidays: [...minimal(2027).holidays, { date: '2028-01-01', name: '元旦' }] },
      '不在 2027 年内',
    ],
    [
      'a date that does not exist',
      { holidays: [...minimal(2027).holidays, { date: '2027-02-30', name: '春节' }] },
      '不是有效日期',
    ],
    [
      'a swapped working day on a weekday',
      { workdays: [{ date: '2027-02-03', name: '春节' }] },
      '应为周六或周日',
    ],
    [
      'a day both off and worked',
      { workdays: [{ date: '2027-05-01', name: '劳动节' }] },
      '既是放假日又是调休上班日',
    ],
    [
      'a day listed twice',
      { holidays: [...minimal(2027).holidays, { date: '2027-01-01', name: '元旦' }] },
      '重复',
    ],
    [
      'a missing statutory holiday (10-03)',
      { holidays: minimal(2027).holidays.slice(0, 4) },
      '2027-10-03 是法定节假日',
    ],
    ['an empty source', { source: '  ' }, '来源'],
    [
      'a nameless day',
      { holidays: [...minimal(2027).holidays, { date: '2027-02-06', name: ' ' }] },
      '节日名称',
    ],
  ])('refuses %s', (_what, change, message) => {
    const r = validateCalendarYear({ ...minimal(2027), ...change });
    expect(r).toMatchObject({ ok: false, code: 'INVALID_CALENDAR_YEAR' });
    expect(!r.ok && r.message_zh).toContain(message);
  });

  it('refuses a year outside 2000–2100', () => {
    expect(validateCalendarYear(minimal(1999)).ok).toBe(false);
    expect(validateCalendarYear(minimal(2101)).ok).toBe(false);
  });

  it('accepts every built-in year', () => {
    for (const y of builtInCalendar().years.values())
      expect(validateCalendarYear(y).ok, String(y.year)).toBe(true);
  });
});

describe('withYear', () => {
  it('adds or replaces one year and leaves the others', () => {
    const cal = withYear(builtInCalendar(), minimal(2027), { version: 1, updatedAt: '2026-11-20T00:00:00Z' });
    expect(cal.years.has(2027)).toBe(true);
    expect(cal.replaced.get(2027)?.version).toBe(1);
    const replaced = withYear(cal, minimal(2025));
    expect(replaced.holidays.has('2025-10-08')).toBe(false);
    expect(replaced.workdays.has('2025-09-28')).toBe(false);
    expect(replaced.holidays.has('2024-10-07')).toBe(true);
    expect(builtInCalendar().holidays.has('2025-10-08')).toBe(true);
  });

  it('throws on invalid data', () => {
    expect(() =>
      withYear(builtInCalendar(), { ...minimal(2027), workdays: [{ date: '2027-02-03', name: 'x' }] }),
    ).toThrow();
  });
});
