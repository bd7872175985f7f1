// The working-day calendar as data: for each year with a published arrangement, its holidays and
// swapped working days. The built-in years come from the committed JSON (generated from chinese-days by
// scripts/generate-calendar.ts); an administrator may replace a year, e.g. when the State Council
// publishes next year's notice in November (docs/decisions/0005-working-day-calendar.md).
import builtIn from './data/cn-holidays-2020-2026.json' with { type: 'json' };
import { validateCalendarYear, type CalendarYearData } from './calendar-year.js';

export type { CalendarDay, CalendarYearData } from './calendar-year.js';

export interface CalendarRevision {
  /** Incremented by each replacement of the year. */
  version: number;
  updatedAt: string;
}

export interface WorkingDayCalendar {
  years: ReadonlyMap<number, CalendarYearData>;
  /** date → festival name, over all years. */
  holidays: ReadonlyMap<string, string>;
  /** date → festival name of the swapped working day (调休上班). */
  workdays: ReadonlyMap<string, string>;
  /** Years that an administrator replaced, with their revision; built-in years are absent. */
  replaced: ReadonlyMap<number, CalendarRevision>;
}

export function calendarFromYears(
  years: Iterable<CalendarYearData>,
  replaced: ReadonlyMap<number, CalendarRevision> = new Map(),
): WorkingDayCalendar {
  const byYear = new Map<number, CalendarYearData>();
  for (const y of years) byYear.set(y.year, y);
  const ordered = new Map([...byYear.entries()].sort(([a], [b]) => a - b));
  const holidays = new Map<string, string>();
  const workdays = new Map<string, string>();
  for (const y of ordered.values()) {
    for (const d of y.holidays) holidays.set(d.date, d.name);
    for (const d of y.workdays) workdays.set(d.date, d.name);
  }
  return { years: ordered, holidays, workdays, replaced };
}

let builtInCache: WorkingDayCalendar | undefined;

/** The committed years (2020–2026), each validated once. */
export function builtInCalendar(): WorkingDayCalendar {
  if (!builtInCache) {
    const years = (builtIn.years as CalendarYearData[]).map((y) => {
      const checked = validateCalendarYear(y);
      if (!checked.ok) throw new Error(`built-in calendar ${y.year}: ${checked.message_en}`);
      return checked.value;
    });
    builtInCache = calendarFromYears(years);
  }
  return builtInCache;
}

/**
 * The calendar with one year replaced (or added). The data must be valid: this throws otherwise, since
 * a caller that has not validated an administrator's input has a bug.
 */
export function withYear(
  cal: WorkingDayCalendar,
  yearData: CalendarYearData,
  revision?: CalendarRevision,
): WorkingDayCalendar {
  const checked = validateCalendarYear(yearData);
  if (!checked.ok) throw new Error(`calendar ${yearData.year}: ${checked.message_en}`);
  const replaced = new Map(cal.replaced);
  if (revision) replaced.set(yearData.year, revision);
  else replaced.delete(yearData.year);
  const years = [...cal.years.values()].filter((y) => y.year !== yearData.year);
  return calendarFromYears([...years, checked.value], replaced);
}

export const hasYear = (cal: WorkingDayCalendar, year: number): boolean => cal.years.has(year);
