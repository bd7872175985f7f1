// A case's statutory deadline as data: when its clock started, how many days it runs (from an
// effective-dated parameter), the pauses while the applicant corrected, and the due date computed
// from the working-day calendar — with the explanation shown on every task. Pure: the calendar is
// passed in, so a corrected calendar recomputes every open deadline (product.md "statutory clock").
//
// A pause from P to R does not count the days d with P < d ≤ R (working days for a working-day clock):
// the due date is the (n + paused)-th day after the start. This equals "n minus the days used before
// P, counted again from R", so the applicant's correction time never shortens the authority's time.
import type { Citation } from '../domain/citation.js';
import { formatCitation } from '../domain/citation.js';
import type { WorkingDayCalendar } from '../calendar/calendar-data.js';
import { addCalendarDaysDeadline, addWorkingDays, workingDaysBetween } from '../calendar/working-days.js';
import { daysBetween } from '../calendar/calendar-days.js';
import { parameterAt, type Parameter } from '../parameters/parameter.js';
import type { Awaiting, ClockSpec } from './machine.js';

export type DeadlineStatus = 'running' | 'paused' | 'met' | 'cancelled';

export interface DeadlinePause {
  from: string;
  /** Absent while the pause lasts. */
  to?: string;
  /** Days not counted for this pause (working or calendar days, as the clock counts). */
  days?: number;
}

export interface Deadline {
  name: string;
  label_zh: string;
  unit: 'working_days' | 'calendar_days';
  n: number;
  /** Calendar-day deadlines: roll a last day off to the next working day (民法典 第二百零三条). */
  rollToWorkingDay: boolean;
  parameterId: string;
  citation: Citation;
  awaiting: Awaiting | null;
  startDate: string;
  dueDate: string;
  pauses: DeadlinePause[];
  status: DeadlineStatus;
  metOn: string | null;
  explanation_zh: string;
  /** False when the span reaches a year without holiday data (only weekends were skipped there). */
  calendarKnown: boolean;
}

export type ParameterLookup = (id: string) => Parameter<number> | undefined;

/** A lookup over a list of parameters (e.g. the rule catalogue's allParameters); only numeric ones qualify. */
export function parameterLookupOf(parameters: readonly Parameter<unknown>[]): ParameterLookup {
  const byId = new Map(parameters.map((p) => [p.id, p]));
  return (id) => {
    const p = byId.get(id);
    const numeric = p?.versions.every((v) => v.value === null || typeof v.value === 'number');
    return numeric ? (p as Parameter<number>) : undefined;
  };
}

export class UnknownClockParameterError extends Error {
  constructor(readonly parameterId: string) {
    super(`clock parameter ${parameterId} is not known`);
  }
}

/** The number of days a clock runs, as of the day it starts. */
export function clockLength(spec: ClockSpec, startDate: string, lookup: ParameterLookup): number {
  const p = lookup(spec.parameter);
  if (!p) throw new UnknownClockParameterError(spec.parameter);
  return parameterAt(p, startDate);
}

const pausedDays = (d: Pick<Deadline, 'pauses'>) => d.pauses.reduce((sum, p) => sum + (p.days ?? 0), 0);

function compute(d: Omit<Deadline, 'dueDate' | 'explanation_zh' | 'calendarKnown'>, cal: WorkingDayCalendar) {
  const paused = pausedDays(d);
  const result =
    d.unit === 'working_days'
      ? addWorkingDays(cal, d.startDate, d.n + paused)
      : addCalendarDaysDeadline(cal, d.startDate, d.n + paused, { rollToWorkingDay: d.rollToWorkingDay });
  const unitZh = d.unit === 'working_days' ? '个工作日' : '日';
  const closed = d.pauses.filter((p) => p.to !== undefined);
  const open = d.pauses.find((p) => p.to === undefined);
  const pauseText =
    closed.length > 0
      ? `期间因补正暂停计算：${closed.map((p) => `${p.from} 至 ${p.to}（不计 ${p.days ?? 0} ${unitZh}）`).join('；')}，` +
        `到期日相应顺延，即起算日后第 ${d.n + paused} ${unitZh}。`
      : '';
  const openText = open ? `自 ${open.from} 起因补正暂停计算，补正材料提交后继续计算，到期日届时顺延。` : '';
  const explanation_zh =
    `${d.label_zh}：${d.n} ${unitZh}（${formatCitation(d.citation)}），自 ${d.startDate} 起算。` +
    pauseText +
    result.explanation_zh +
    openText;
  return { dueDate: result.due, explanation_zh, calendarKnown: result.calendarKnown };
}

export function startDeadline(
  input: { name: string; spec: ClockSpec; awaiting: Awaiting | null; startDate: string; n: number },
  cal: WorkingDayCalendar,
): Deadline {
  const base = {
    name: input.name,
    label_zh: input.spec.label_zh,
    unit: input.spec.kind,
    n: input.n,
    rollToWorkingDay: input.spec.rollToWorkingDay ?? true,
    parameterId: input.spec.parameter,
    citation: input.spec.citation,
    awaiting: input.awaiting,
    startDate: input.startDate,
    pauses: [],
    status: 'running' as const,
    metOn: null,
  };
  return { ...base, ...compute(base, cal) };
}

export function pauseDeadline(d: Deadline, on: string, cal: WorkingDayCalendar): Deadline {
  if (d.status !== 'running') throw new Error(`cannot pause a ${d.status} deadline`);
  const next = { ...d, status: 'paused' as const, pauses: [...d.pauses, { from: on }] };
  return { ...next, ...compute(next, cal) };
}

export function resumeDeadline(d: Deadline, on: string, cal: WorkingDayCalendar): Deadline {
  if (d.status !== 'paused') throw new Error(`cannot resume a ${d.status} deadline`);
  const pauses = d.pauses.map((p) =>
    p.to === undefined ? { from: p.from, to: on, days: pausedSpan(d.unit, p.from, on, cal) } : p,
  );
  const next = { ...d, status: 'running' as const, pauses };
  return { ...next, ...compute(next, cal) };
}

export function meetDeadline(d: Deadline, on: string): Deadline {
  if (d.status !== 'running') throw new Error(`cannot meet a ${d.status} deadline`);
  return { ...d, status: 'met', metOn: on };
}

export function cancelDeadline(d: Deadline, on: string): Deadline {
  if (d.status === 'met' || d.status === 'cancelled') return d;
  return { ...d, status: 'cancelled', metOn: on };
}

/** The same deadline under a corrected calendar: pause lengths and the due date recomputed. */
export function recomputeDeadline(d: Deadline, cal: WorkingDayCalendar): Deadline {
  const pauses = d.pauses.map((p) =>
    p.to === undefined ? p : { ...p, days: pausedSpan(d.unit, p.from, p.to, cal) },
  );
  const next = { ...d, pauses };
  return { ...next, ...compute(next, cal) };
}

function pausedSpan(unit: Deadline['unit'], from: string, to: string, cal: WorkingDayCalendar): number {
  return Math.max(0, unit === 'working_days' ? workingDaysBetween(cal, from, to) : daysBetween(from, to));
}

export type Standing = 'running' | 'due_today' | 'overdue' | 'paused' | 'met' | 'met_late' | 'cancelled';

/** How a deadline stands on `today`, with the working days left while it runs (negative once overdue). */
export function deadlineStanding(
  d: Pick<Deadline, 'status' | 'dueDate' | 'metOn' | 'unit'>,
  today: string,
  cal: WorkingDayCalendar,
): { standing: Standing; remaining: number | null } {
  switch (d.status) {
    case 'paused':
      return { standing: 'paused', remaining: null };
    case 'cancelled':
      return { standing: 'cancelled', remaining: null };
    case 'met':
      return { standing: d.metOn !== null && d.metOn > d.dueDate ? 'met_late' : 'met', remaining: null };
    case 'running': {
      const remaining =
        d.unit === 'working_days' ? workingDaysBetween(cal, today, d.dueDate) : daysBetween(today, d.dueDate);
      return {
        standing: today > d.dueDate ? 'overdue' : today === d.dueDate ? 'due_today' : 'running',
        remaining,
      };
    }
  }
}

/** The calendar date in China (UTC+8 all year, no daylight saving) at an instant. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
