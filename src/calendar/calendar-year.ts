// One year of the State Council's holiday arrangement (国务院办公厅关于 YYYY 年部分节假日安排的通知):
// the days off (holidays, including the weekend days inside a holiday block) and the swapped working
// days (调休上班, always a Saturday or Sunday). Checked here before it is used or stored, because an
// administrator can replace a year (docs/decisions/0005-working-day-calendar.md).
import { rejected, valid, type Validation } from '../domain/validation.js';
import { compareIsoDate, isIsoDate, isWeekend, yearOf } from './calendar-days.js';

export interface CalendarDay {
  date: string;
  /** The festival, in Chinese: 春节, 国庆节 … (for a swapped working day: the festival it makes up for). */
  name: string;
}

export interface CalendarYearData {
  year: number;
  /** Where the year comes from: package version and notice, or the administrator's reference. */
  source: string;
  holidays: CalendarDay[];
  workdays: CalendarDay[];
}

export const CALENDAR_YEAR_MIN = 2000;
export const CALENDAR_YEAR_MAX = 2100;

// 《全国年节及纪念日放假办法》第二条: 元旦 1 月 1 日, 劳动节 5 月 1 日, 国庆节 10 月 1 日至 3 日 are days off
// by law every year (the lunar festivals move, so they cannot be checked this way). A year missing one
// of them is a typing mistake, not a new arrangement.
const FIXED_HOLIDAYS = ['01-01', '05-01', '10-01', '10-02', '10-03'];

const problem = (zh: string, en: string): Validation<never> => rejected('INVALID_CALENDAR_YEAR', zh, en);

/** Validates and normalises (sorted by date, names trimmed) one year of calendar data. */
export function validateCalendarYear(data: CalendarYearData): Validation<CalendarYearData> {
  const { year } = data;
  if (!Number.isInteger(year) || year < CALENDAR_YEAR_MIN || year > CALENDAR_YEAR_MAX) {
    return problem(
      `年份 ${year} 超出可维护范围（${CALENDAR_YEAR_MIN}–${CALENDAR_YEAR_MAX}）`,
      `Year ${year} is outside ${CALENDAR_YEAR_MIN}–${CALENDAR_YEAR_MAX}`,
    );
  }
  const source = data.source.trim();
  if (source.length === 0 || source.length > 500) {
    return problem(
      '请填写来源（如国务院办公厅通知的名称和文号），不超过 500 字',
      'A source (≤ 500 characters) is required',
    );
  }
  const seen = new Map<string, 'holiday' | 'workday'>();
  const lists: Array<['holiday' | 'workday', CalendarDay[]]> = [
    ['holiday', data.holidays],
    ['workday', data.workdays],
  ];
  for (const [kind, days] of lists) {
    const kindZh = kind === 'holiday' ? '放假日期' : '调休上班日期';
    for (const day of days) {
      if (!isIsoDate(day.date)) {
        return problem(
          `${kindZh}“${day.date}”不是有效日期（YYYY-MM-DD）`,
          `"${day.date}" is not a YYYY-MM-DD date`,
        );
      }
      if (yearOf(day.date) !== year) {
        return problem(`${kindZh} ${day.date} 不在 ${year} 年内`, `${day.date} is not in ${year}`);
      }
      const name = day.name.trim();
      if (name.length === 0 || name.length > 50) {
        return problem(
          `${day.date} 须注明节日名称（不超过 50 字）`,
          `${day.date} needs a festival name (≤ 50 characters)`,
        );
      }
      const before = seen.get(day.date);
      if (before === kind) {
        return problem(`${day.date} 重复出现`, `${day.date} is listed twice`);
      }
      if (before !== undefined) {
        return problem(
          `${day.date} 不能既是放假日又是调休上班日`,
          `${day.date} cannot be both a holiday and a working day`,
        );
      }
      seen.set(day.date, kind);
      // 调休 moves work onto a rest day; a weekday is a working day already.
      if (kind === 'workday' && !isWeekend(day.date)) {
        return problem(
          `调休上班日 ${day.date} 应为周六或周日`,
          `Swapped working day ${day.date} must be a Saturday or Sunday`,
        );
      }
    }
  }
  for (const md of FIXED_HOLIDAYS) {
    const date = `${year}-${md}`;
    if (seen.get(date) !== 'holiday') {
      return problem(
        `${date} 是法定节假日（《全国年节及纪念日放假办法》第二条），放假日期中缺少该日`,
        `${date} is a statutory holiday and must be listed among the holidays`,
      );
    }
  }
  const tidy = (days: CalendarDay[]): CalendarDay[] =>
    days.map((d) => ({ date: d.date, name: d.name.trim() })).sort((a, b) => compareIsoDate(a.date, b.date));
  return valid({ year, source, holidays: tidy(data.holidays), workdays: tidy(data.workdays) });
}

/** English names of the festivals, for explanations; other names are shown as written. */
const FESTIVAL_EN: Record<string, string> = {
  元旦: "New Year's Day",
  春节: 'Spring Festival',
  清明节: 'Qingming Festival',
  劳动节: 'Labour Day',
  端午节: 'Dragon Boat Festival',
  中秋节: 'Mid-Autumn Festival',
  国庆节: 'National Day',
};
export const festivalEn = (name: string): string => FESTIVAL_EN[name] ?? name;
