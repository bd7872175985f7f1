// Date arithmetic on 'YYYY-MM-DD' strings, with no time zone anywhere: a legal date never shifts.
// Dates are converted to a count of days since 1970-01-01 (proleptic Gregorian, H. Hinnant's
// days_from_civil / civil_from_days), so no JavaScript Date is involved.
//
// Periods counted in months or years follow 民法典 第二百零二条: "按照年、月计算期间的，到期月的对应日为
// 期间的最后一日；没有对应日的，月末日为期间的最后一日。" — the corresponding day of the final month, or
// its last day when it has no such day. So 2024-02-29 + 1 year = 2025-02-28 and 2025-01-31 + 1 month =
// 2025-02-28 (2024-01-31 + 1 month = 2024-02-29).

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(d: string): [number, number, number] {
  const m = ISO_DATE.exec(d);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${d}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const day = Number(m[3]);
  if (y < 1 || mo < 1 || mo > 12 || day < 1 || day > daysInMonth(y, mo)) {
    throw new RangeError(`not a calendar date: ${d}`);
  }
  return [y, mo, day];
}

export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(y: number, month: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** A real calendar date written YYYY-MM-DD (years 0001–9999). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const day = Number(m[3]);
  return y >= 1 && mo >= 1 && mo <= 12 && day >= 1 && day <= daysInMonth(y, mo);
}

/** -1, 0 or 1. Fixed-width ISO dates order like strings. */
export const compareIsoDate = (a: string, b: string): -1 | 0 | 1 => (a < b ? -1 : a > b ? 1 : 0);

/** Days since 1970-01-01. */
export function toEpochDay(d: string): number {
  const [year, m, day] = parts(d);
  const y = m <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromEpochDay(z0: number): string {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 1 || y > 9999) throw new RangeError(`date out of range (year ${y})`);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export const dayOfWeek = (d: string): number => (((toEpochDay(d) + 4) % 7) + 7) % 7;

export const isWeekend = (d: string): boolean => {
  const w = dayOfWeek(d);
  return w === 0 || w === 6;
};

export const addCalendarDays = (d: string, n: number): string => fromEpochDay(toEpochDay(d) + n);

/** b − a in days (positive when b is later). */
export const daysBetween = (a: string, b: string): number => toEpochDay(b) - toEpochDay(a);

/** 民法典 第二百零二条: the corresponding day of the final month, or that month's last day if it has none. */
export function addMonths(d: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`months must be an integer: ${n}`);
  const [y, m, day] = parts(d);
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  if (year < 1 || year > 9999) throw new RangeError(`date out of range (year ${year})`);
  const clamped = Math.min(day, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(clamped).padStart(2, '0')}`;
}

/** 民法典 第二百零二条: 29 February + 1 year is 28 February. */
export const addYears = (d: string, n: number): string => addMonths(d, n * 12);

export const yearOf = (d: string): number => Number(d.slice(0, 4));

const WEEKDAYS_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const weekdayZh = (d: string): string => WEEKDAYS_ZH[dayOfWeek(d)]!;
export const weekdayEn = (d: string): string => WEEKDAYS_EN[dayOfWeek(d)]!;
