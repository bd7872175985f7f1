// Deadlines in working days (工作日) and in calendar days, with the reasons for every day skipped.
//
// 民法典 第二百零一条: "按照年、月、日、小时计算期间的，开始的当日不计入，自下一日开始计算。" — the day of
// the event is day 0; counting starts the next day.
// 民法典 第二百零三条: "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。" — a
// period whose last day is a day off ends on the first working day after it. Weekends are rest days
// (法定休假日) in this sense; a swapped working day (调休上班) is not.
// A working day is Monday–Friday unless the State Council made it a holiday, or a Saturday/Sunday that
// it made a working day. For a year the calendar has no data for, only weekends are skipped, and the
// result says so (calendarKnown: false).
import {
  addCalendarDays,
  fromEpochDay,
  isWeekend,
  toEpochDay,
  weekdayEn,
  weekdayZh,
  yearOf,
} from './calendar-days.js';
import type { WorkingDayCalendar } from './calendar-data.js';
import { festivalEn } from './calendar-year.js';

export interface SkippedDay {
  date: string;
  reason_zh: string;
  reason_en: string;
}

export interface DeadlineResult {
  start: string;
  n: number;
  due: string;
  unit: 'working_days' | 'calendar_days';
  /** Days passed over: non-working days inside the count, or the days a calendar-day deadline rolled over. */
  skipped: SkippedDay[];
  /** False when the span reaches a year without holiday data (only weekends were skipped there). */
  calendarKnown: boolean;
  /** Calendar days only: the last day before rolling to a working day (民法典 第二百零三条). */
  rolledFrom?: string;
  explanation_zh: string;
  explanation_en: string;
}

/** Upper bound on n, so that a bad input cannot make the loop run for ever. */
export const MAX_DEADLINE_DAYS = 36_500;

export function isWorkingDay(cal: WorkingDayCalendar, d: string): boolean {
  if (cal.workdays.has(d)) return true;
  if (cal.holidays.has(d)) return false;
  return !isWeekend(d);
}

function skipReason(cal: WorkingDayCalendar, d: string): SkippedDay {
  const festival = cal.holidays.get(d);
  return festival !== undefined
    ? {
        date: d,
        reason_zh: `法定节假日（${festival}）`,
        reason_en: `Public holiday (${festivalEn(festival)})`,
      }
    : { date: d, reason_zh: `${weekdayZh(d)}休息日`, reason_en: `Weekend (${weekdayEn(d)})` };
}

function checkCount(n: number): void {
  if (!Number.isInteger(n) || n < 0 || n > MAX_DEADLINE_DAYS) {
    throw new RangeError(`day count must be an integer from 0 to ${MAX_DEADLINE_DAYS}: ${n}`);
  }
}

/** Years in the span (from, to] that the calendar has no data for. */
function unknownYears(cal: WorkingDayCalendar, from: string, to: string): number[] {
  if (to <= from) return [];
  const missing: number[] = [];
  for (let y = yearOf(addCalendarDays(from, 1)); y <= yearOf(to); y++) if (!cal.years.has(y)) missing.push(y);
  return missing;
}

function summarise(skipped: SkippedDay[], cal: WorkingDayCalendar): { zh: string; en: string } {
  const festivals = new Map<string, number>();
  let weekends = 0;
  for (const s of skipped) {
    const f = cal.holidays.get(s.date);
    if (f === undefined) weekends++;
    else festivals.set(f, (festivals.get(f) ?? 0) + 1);
  }
  const zh = [...festivals].map(([f, k]) => `${f}假期 ${k} 天`);
  const en = [...festivals].map(([f, k]) => `${k} day(s) of ${festivalEn(f)} holiday`);
  if (weekends > 0) {
    zh.push(`周末 ${weekends} 天`);
    en.push(`${weekends} weekend day(s)`);
  }
  return { zh: zh.join('、'), en: en.join(', ') };
}

function unknownNote(missing: number[]): { zh: string; en: string } {
  if (missing.length === 0) return { zh: '', en: '' };
  const years = missing.join('、');
  return {
    zh: `${years} 年的节假日安排尚未录入，该年份只跳过周六、周日，国务院公布安排后结果可能改变。`,
    en: ` No holiday arrangement is recorded for ${missing.join(', ')}: only weekends were skipped there, and the date may change once the State Council publishes it.`,
  };
}

/**
 * The n-th working day after `start` (民法典 第二百零一条: `start` itself is day 0 and never counts).
 * n = 0 gives `start` itself.
 */
export function addWorkingDays(cal: WorkingDayCalendar, start: string, n: number): DeadlineResult {
  checkCount(n);
  const skipped: SkippedDay[] = [];
  const swapped: string[] = [];
  let day = toEpochDay(start);
  let counted = 0;
  while (counted < n) {
    day++;
    const d = fromEpochDay(day);
    if (isWorkingDay(cal, d)) {
      counted++;
      if (cal.workdays.has(d)) swapped.push(d);
    } else {
      skipped.push(skipReason(cal, d));
    }
  }
  const due = fromEpochDay(day);
  const missing = unknownYears(cal, start, due);
  const sum = summarise(skipped, cal);
  const note = unknownNote(missing);
  const swappedZh = swapped.map((d) => `${d}（${weekdayZh(d)}）`).join('、');
  const swappedEn = swapped.map((d) => `${d} (${weekdayEn(d)})`).join(', ');
  const explanation_zh =
    n === 0
      ? `期限为 0 个工作日，到期日即 ${start}。`
      : `${start} 当日不计入，自次日起算（《民法典》第二百零一条）；第 ${n} 个工作日为 ${due}（${weekdayZh(due)}）。` +
        (skipped.length > 0 ? `期间跳过非工作日 ${skipped.length} 天：${sum.zh}。` : '期间没有非工作日。') +
        (swapped.length > 0 ? `调休上班日${swappedZh}计为工作日。` : '') +
        note.zh;
  const explanation_en =
    n === 0
      ? `A period of 0 working days ends on ${start}.`
      : `${start} itself does not count; counting starts the next day (Civil Code art. 201). Working day ${n} is ${due} (${weekdayEn(due)}).` +
        (skipped.length > 0
          ? ` ${skipped.length} non-working day(s) skipped: ${sum.en}.`
          : ' No non-working days in between.') +
        (swapped.length > 0 ? ` Swapped working day(s) ${swappedEn} count as working days.` : '') +
        note.en;
  return {
    start,
    n,
    due,
    unit: 'working_days',
    skipped,
    calendarKnown: missing.length === 0,
    explanation_zh,
    explanation_en,
  };
}

/** Working days d with a < d ≤ b (negative when b is before a). workingDaysBetween(s, addWorkingDays(s, n).due) = n. */
export function workingDaysBetween(cal: WorkingDayCalendar, a: string, b: string): number {
  const from = toEpochDay(a);
  const to = toEpochDay(b);
  if (to < from) return 0 - workingDaysBetween(cal, b, a) || 0; // `|| 0`: no -0
  let count = 0;
  for (let day = from + 1; day <= to; day++) if (isWorkingDay(cal, fromEpochDay(day))) count++;
  return count;
}

/** The first working day after d (never d itself). */
export function nextWorkingDay(cal: WorkingDayCalendar, d: string): string {
  let day = toEpochDay(d) + 1;
  // A run of days off longer than a year would be corrupt data, not a calendar.
  for (let guard = 0; guard < 366; guard++, day++) {
    const candidate = fromEpochDay(day);
    if (isWorkingDay(cal, candidate)) return candidate;
  }
  throw new Error(`no working day within a year after ${d}`);
}

export interface CalendarDaysOptions {
  /** 民法典 第二百零三条: move a last day that is a day off to the next working day. Default true. */
  rollToWorkingDay?: boolean;
}

/** The n-th calendar day after `start` (民法典 第二百零一条), rolled past days off (第二百零三条) unless disabled. */
export function addCalendarDaysDeadline(
  cal: WorkingDayCalendar,
  start: string,
  n: number,
  options: CalendarDaysOptions = {},
): DeadlineResult {
  checkCount(n);
  const roll = options.rollToWorkingDay ?? true;
  const last = addCalendarDays(start, n);
  const rolls = roll && n > 0 && !isWorkingDay(cal, last);
  const due = rolls ? nextWorkingDay(cal, last) : last;
  const skipped: SkippedDay[] = [];
  if (rolls) for (let d = last; d < due; d = addCalendarDays(d, 1)) skipped.push(skipReason(cal, d));
  // Only the last day (and the days it rolls over) depends on the holiday data.
  const missing = roll && n > 0 ? unknownYears(cal, addCalendarDays(last, -1), due) : [];
  const note = unknownNote(missing);
  const head_zh =
    n === 0
      ? `期限为 0 日，到期日即 ${start}。`
      : `${start} 当日不计入，自次日起算（《民法典》第二百零一条）；第 ${n} 日为 ${last}（${weekdayZh(last)}）。`;
  const head_en =
    n === 0
      ? `A period of 0 days ends on ${start}.`
      : `${start} itself does not count; counting starts the next day (Civil Code art. 201). Day ${n} is ${last} (${weekdayEn(last)}).`;
  const roll_zh = rolls
    ? `该日为${skipped[0]!.reason_zh}，依《民法典》第二百零三条顺延至休假日结束的次日 ${due}（${weekdayZh(due)}）。`
    : roll || n === 0
      ? ''
      : '（未按《民法典》第二百零三条顺延。）';
  const roll_en = rolls
    ? ` That day is a day off (${skipped[0]!.reason_en}), so under Civil Code art. 203 the period ends on the next working day, ${due} (${weekdayEn(due)}).`
    : roll || n === 0
      ? ''
      : ' (Not rolled to a working day under Civil Code art. 203.)';
  const result: DeadlineResult = {
    start,
    n,
    due,
    unit: 'calendar_days',
    skipped,
    calendarKnown: missing.length === 0,
    explanation_zh: head_zh + roll_zh + note.zh,
    explanation_en: head_en + roll_en + note.en,
  };
  return rolls ? { ...result, rolledFrom: last } : result;
}
