import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addMonths,
  addYears,
  compareIsoDate,
  dayOfWeek,
  daysBetween,
  fromEpochDay,
  isIsoDate,
  toEpochDay,
} from './calendar-days.js';

describe('calendar days on YYYY-MM-DD strings', () => {
  it('isIsoDate accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    expect(isIsoDate('2025-01-01T00:00:00Z')).toBe(false);
    expect(isIsoDate(20250101)).toBe(false);
  });

  it('knows the weekday: 2025-09-28 was a Sunday, 2025-10-11 a Saturday', () => {
    expect(dayOfWeek('2025-09-28')).toBe(0);
    expect(dayOfWeek('2025-10-11')).toBe(6);
    expect(dayOfWeek('1970-01-01')).toBe(4);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addCalendarDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addCalendarDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  describe('民法典 第二百零二条: no corresponding day → the last day of the month', () => {
    it('2024-02-29 + 1 year = 2025-02-28', () => expect(addYears('2024-02-29', 1)).toBe('2025-02-28'));
    it('2024-02-29 + 4 years = 2028-02-29', () => expect(addYears('2024-02-29', 4)).toBe('2028-02-29'));
    it('2025-01-31 + 1 month = 2025-02-28', () => expect(addMonths('2025-01-31', 1)).toBe('2025-02-28'));
    it('2024-01-31 + 1 month = 2024-02-29', () => expect(addMonths('2024-01-31', 1)).toBe('2024-02-29'));
    it('2025-03-31 + 1 month = 2025-04-30; 2025-08-31 + 6 months = 2026-02-28', () => {
      expect(addMonths('2025-03-31', 1)).toBe('2025-04-30');
      expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    });
    it('the corresponding day when it exists: 2025-01-15 + 1 month = 2025-02-15, − 1 month = 2024-12-15', () => {
      expect(addMonths('2025-01-15', 1)).toBe('2025-02-15');
      expect(addMonths('2025-01-15', -1)).toBe('2024-12-15');
    });
  });

  it('refuses what is not a date', () => {
    expect(() => addCalendarDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addMonths('2025-01-01', 1.5)).toThrow(RangeError);
  });

  it('compares dates', () => {
    expect(compareIsoDate('2025-01-02', '2025-01-10')).toBe(-1);
    expect(compareIsoDate('2025-01-10', '2025-01-10')).toBe(0);
    expect(compareIsoDate('2026-01-01', '2025-12-31')).toBe(1);
  });

  const date = fc.integer({ min: toEpochDay('1900-01-01'), max: toEpochDay('2199-12-31') }).map(fromEpochDay);

  it('epoch days agree with JavaScript’s UTC calendar', () => {
    fc.assert(
      fc.property(date, (d) => {
        expect(toEpochDay(d)).toBe(
          Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86_400_000,
        );
        expect(isIsoDate(d)).toBe(true);
      }),
    );
  });

  it('adding n days and going back n days returns the same date', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        const later = addCalendarDays(d, n);
        expect(daysBetween(d, later)).toBe(n);
        expect(addCalendarDays(later, -n)).toBe(d);
      }),
    );
  });

  it('adding months keeps the day or clamps it to the end of the month', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -240, max: 240 }), (d, n) => {
        const r = addMonths(d, n);
        expect(isIsoDate(r)).toBe(true);
        const day = Number(d.slice(8));
        const got = Number(r.slice(8));
        expect(got === day || (got < day && addCalendarDays(r, 1).endsWith('-01'))).toBe(true);
      }),
    );
  });
});
