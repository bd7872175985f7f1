// Deadlines of the procedures, computed on the working-day calendar (holidays and swapped working
// days) or in calendar days, as the text says. A rule's finding carries the computed due date and how
// it was computed, so a person sees why a deadline fell where it did.
import { builtInCalendar, type WorkingDayCalendar } from '../calendar/calendar-data.js';
import { addCalendarDaysDeadline, addWorkingDays } from '../calendar/working-days.js';
import type { IsoDate } from '../parameters/parameter.js';
import type { CheckContext } from './check.js';
import type { Finding } from './finding.js';
import { finding, type RuleDefinition } from './rule.js';

export type DeadlineComputation = ReturnType<typeof addWorkingDays>;

export const calendarOf = (ctx: CheckContext): WorkingDayCalendar => ctx.calendar ?? builtInCalendar();

/** `n` working days after `start` (the start day itself not counted). */
export const workingDaysAfter = (ctx: CheckContext, start: IsoDate, n: number): DeadlineComputation =>
  addWorkingDays(calendarOf(ctx), start, n);

/**
 * `n` calendar days after `start` (民法典 §201: the start day is not counted). With rollToWorkingDay, a
 * last day that falls on a rest day moves to the next working day (民法典 §203) — used for periods
 * within which a party must act, not for notice periods.
 */
export const calendarDaysAfter = (
  ctx: CheckContext,
  start: IsoDate,
  n: number,
  rollToWorkingDay: boolean,
): DeadlineComputation => addCalendarDaysDeadline(calendarOf(ctx), start, n, { rollToWorkingDay });

/**
 * Whether an act due by `due.due` was done in time: done on or before → passed; done after → failed;
 * not done and asOf after the due date → failed (overdue); not done and still within → passed, pending.
 */
export function deadlineFinding(
  rule: RuleDefinition,
  what_zh: string,
  what_en: string,
  due: DeadlineComputation,
  doneOn: IsoDate | null | undefined,
  asOf: IsoDate,
  values: Record<string, unknown> = {},
): Finding {
  const base = {
    ...values,
    start: due.start,
    period: due.n,
    unit: due.unit,
    due: due.due,
    doneOn: doneOn ?? null,
    explanation_zh: due.explanation_zh,
    explanation_en: due.explanation_en,
    calendarKnown: due.calendarKnown,
    skipped: due.skipped,
  };
  if (doneOn) {
    const inTime = doneOn <= due.due;
    return finding(
      rule,
      inTime,
      inTime
        ? `${what_zh}：于 ${doneOn} 完成，未超过期限 ${due.due}`
        : `${what_zh}：于 ${doneOn} 完成，已超过期限 ${due.due}`,
      inTime
        ? `${what_en}: done on ${doneOn}, within the deadline ${due.due}`
        : `${what_en}: done on ${doneOn}, after the deadline ${due.due}`,
      base,
    );
  }
  const overdue = asOf > due.due;
  return finding(
    rule,
    !overdue,
    overdue ? `${what_zh}：期限 ${due.due} 已过，尚未完成` : `${what_zh}：尚未完成，期限至 ${due.due}`,
    overdue
      ? `${what_en}: the deadline ${due.due} has passed and it is not done`
      : `${what_en}: not yet done; due by ${due.due}`,
    { ...base, pending: !overdue, overdue },
  );
}

/** A due date the text or the authority fixes directly (a set date, "before termination", 规定时限). */
export function fixedDue(due: IsoDate, explanation_zh: string, explanation_en: string): DeadlineComputation {
  return {
    start: due,
    n: 0,
    due,
    unit: 'calendar_days',
    skipped: [],
    calendarKnown: true,
    explanation_zh,
    explanation_en,
  };
}
