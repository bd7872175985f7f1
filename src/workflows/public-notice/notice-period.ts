// The period of a public notice (公示期): published on a day, open to objections until its last day.
// Counting follows 民法典 第二百零一条 (the day of publication is day 0; the period starts the next
// day). A notice period is not moved off a rest day (第二百零三条 governs periods within which someone
// must act; a notice is not one — docs/decisions/0011 reads gz-rules §13 the same way).
//
// Where the length comes from matters: a governing text may set it (then it is an effective-dated
// parameter), or — as mohrss-filing 二(十)4 ("按规定…向社会公示、征求意见") — it says 公示 without a
// number. SkillReg never invents one: the deciding authority sets the length and records why (its own
// rules, the call for applications …), and the notice shows that basis beside the dates.
import type { Citation } from '../../domain/citation.js';
import { formatCitationZh } from '../../domain/citation.js';
import { SOURCE_TITLES_ZH } from '../../documents/decision-document.js';
import type { WorkingDayCalendar } from '../../calendar/calendar-data.js';
import { addCalendarDays } from '../../calendar/calendar-days.js';
import { addCalendarDaysDeadline, addWorkingDays } from '../../calendar/working-days.js';

export type NoticeUnit = 'calendar_days' | 'working_days';

export type NoticeBasis =
  /** The governing text sets the length: the parameter's value on the day of publication. */
  | { kind: 'parameter'; parameterId: string; citation: Citation }
  /** The text says 公示 without a length: the authority set it, for the reason recorded. */
  | { kind: 'authority'; reason: string; citation: Citation };

export interface NoticePeriodInput {
  /** Day the notice is published (YYYY-MM-DD, China). */
  publishedOn: string;
  days: number;
  unit: NoticeUnit;
  basis: NoticeBasis;
}

export interface NoticePeriod {
  publishedOn: string;
  /** First day of the period (the day after publication). */
  startsOn: string;
  /** Last day of the period, inclusive: objections are accepted until this day ends. */
  endsOn: string;
  days: number;
  unit: NoticeUnit;
  basis: NoticeBasis;
  explanation_zh: string;
  explanation_en: string;
  /** False when the span reaches a year without holiday data (only weekends were skipped there). */
  calendarKnown: boolean;
}

/** Bounds on the length an authority may set (a sanity limit, not a legal number). */
export const NOTICE_DAYS_MIN = 1;
export const NOTICE_DAYS_MAX = 90;

export function computeNoticePeriod(input: NoticePeriodInput, cal: WorkingDayCalendar): NoticePeriod {
  const { publishedOn, days, unit, basis } = input;
  if (!Number.isInteger(days) || days < NOTICE_DAYS_MIN || days > NOTICE_DAYS_MAX)
    throw new RangeError(`notice period must be ${NOTICE_DAYS_MIN}..${NOTICE_DAYS_MAX} days, got ${days}`);
  const result =
    unit === 'working_days'
      ? addWorkingDays(cal, publishedOn, days)
      : addCalendarDaysDeadline(cal, publishedOn, days, { rollToWorkingDay: false });
  const startsOn = addCalendarDays(publishedOn, 1);
  const unitZh = unit === 'working_days' ? '个工作日' : '日（自然日）';
  const unitEn = unit === 'working_days' ? 'working days' : 'calendar days';
  const where = `${SOURCE_TITLES_ZH[basis.citation.source]}${formatCitationZh(basis.citation)}`;
  const basisZh =
    basis.kind === 'parameter'
      ? `公示期长度依据${where}（参数 ${basis.parameterId}）`
      : `${where}规定公示但未规定公示期，公示期由受理部门确定，理由：${basis.reason}`;
  const basisEn =
    basis.kind === 'parameter'
      ? `Length set by the governing text (parameter ${basis.parameterId})`
      : `The text requires a notice without fixing its length; the authority set it: ${basis.reason}`;
  return {
    publishedOn,
    startsOn,
    endsOn: result.due,
    days,
    unit,
    basis,
    explanation_zh:
      `公示期 ${days} ${unitZh}，${publishedOn} 发布，自 ${startsOn} 起至 ${result.due} 止（含当日）。` +
      `${result.explanation_zh}` +
      (unit === 'calendar_days' ? '公示期末日不因节假日顺延。' : '') +
      `${basisZh}。`,
    explanation_en:
      `Notice of ${days} ${unitEn}, published ${publishedOn}, open from ${startsOn} to ${result.due} inclusive. ` +
      `${result.explanation_en} ${basisEn}.`,
    calendarKnown: result.calendarKnown,
  };
}

export type NoticeStanding = 'open' | 'ended' | 'closed';

/**
 * Where a notice stands on a day: open from publication to its last day inclusive, ended after it,
 * closed once the decision it prepared was taken (filed, refused).
 */
export function noticeStanding(
  n: { endsOn: string; closedOn: string | null },
  today: string,
): NoticeStanding {
  if (n.closedOn !== null) return 'closed';
  return today > n.endsOn ? 'ended' : 'open';
}

/** Whether the public may still object on this day (publication day to last day, notice not closed). */
export const acceptsObjections = (
  n: { publishedOn: string; endsOn: string; closedOn: string | null },
  today: string,
): boolean => n.closedOn === null && today >= n.publishedOn && today <= n.endsOn;
