// 公民身份号码 (resident identity number) — GB 11643-1999《公民身份号码》.
// 18 characters: 地址码 (6, GB/T 2260) · 出生日期码 (8, YYYYMMDD) · 顺序码 (3, odd = male) · 校验码 (1).
// The 15-digit numbers issued before 1999 (YYMMDD, all born 19YY, no check digit) are still found on
// old records; they are accepted and upgraded to the 18-digit form as GB 11643 prescribes.
import { compactCode } from './half-width.js';
import { rejected, valid, type Validation } from './validation.js';

export interface IdNumber {
  number18: string;
  /** The number as given, when it was the legacy 15-digit form. */
  legacy15?: string;
  birthDate: string;
  sex: 'male' | 'female';
  /** 地址码: the GB/T 2260 code of the place of first registration (810000/820000/830000 for 港澳台居民居住证). */
  regionCode: string;
}

export interface ParseIdNumberOptions {
  /** Today's date (YYYY-MM-DD), to refuse a birth date in the future. Domain code has no clock. */
  asOf?: string;
}

/** GB 11643-1999 §7.2 (ISO 7064 MOD 11-2): weight of position i is 2^(18−i) mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** Check character for Σ mod 11 = 0…10. */
const CHECK_CHARS = '10X98765432';

/** MOD 11-2 check character of the first 17 digits; 'X' stands for 10. Shared with the permits. */
export function mod112CheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

// 省级行政区划代码 (GB/T 2260) for the mainland, 71 台湾省, and the 港澳台居民居住证 prefixes, which are
// whole codes (810000 香港, 820000 澳门, 830000 台湾) rather than provinces with sub-divisions.
const PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71',
]); // prettier-ignore
export const HMT_RESIDENCE_PREFIXES = ['810000', '820000', '830000'] as const;

export function isPlausibleRegionCode(code: string): boolean {
  return PROVINCES.has(code.slice(0, 2)) || (HMT_RESIDENCE_PREFIXES as readonly string[]).includes(code);
}

/** A real calendar date (proleptic Gregorian), as YYYY-MM-DD, or null. */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  if (day > days) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const formatError = (length: number): Validation<never> =>
  rejected(
    'INVALID_ID_NUMBER_FORMAT',
    `居民身份证号码应为 18 位（前 17 位为数字，末位为数字或 X）或旧版 15 位数字，当前为 ${length} 位`,
    `A resident ID number has 18 characters (17 digits and a digit or X) or, in the old form, 15 digits; got ${length}`,
  );

export function parseIdNumber(input: string, options: ParseIdNumberOptions = {}): Validation<IdNumber> {
  const given = compactCode(input);
  let number18: string;
  let legacy15: string | undefined;
  if (/^\d{17}[\dX]$/.test(given)) {
    number18 = given;
  } else if (/^\d{15}$/.test(given)) {
    // GB 11643-1999 §8 (升位): insert the century "19" before YYMMDD and append the check digit.
    legacy15 = given;
    const first17 = `${given.slice(0, 6)}19${given.slice(6)}`;
    number18 = first17 + mod112CheckCharacter(first17);
  } else {
    return formatError([...given].length);
  }

  const regionCode = number18.slice(0, 6);
  if (!isPlausibleRegionCode(regionCode)) {
    return rejected(
      'INVALID_ID_NUMBER_REGION',
      `前 6 位地址码“${regionCode}”不是有效的行政区划代码`,
      `The first six digits "${regionCode}" are not a valid region code`,
    );
  }

  const year = Number(number18.slice(6, 10));
  const month = Number(number18.slice(10, 12));
  const day = Number(number18.slice(12, 14));
  const birthDate = calendarDate(year, month, day);
  const shown = `${number18.slice(6, 10)}-${number18.slice(10, 12)}-${number18.slice(12, 14)}`;
  if (birthDate === null || year < 1900) {
    return rejected(
      'INVALID_ID_NUMBER_BIRTH_DATE',
      `第 7–14 位出生日期“${shown}”不是有效日期（须为 1900 年以后的真实日期）`,
      `Digits 7–14, birth date "${shown}", are not a real date from 1900 on`,
    );
  }
  if (options.asOf !== undefined && birthDate > options.asOf) {
    return rejected(
      'INVALID_ID_NUMBER_BIRTH_DATE',
      `出生日期 ${birthDate} 晚于今天（${options.asOf}）`,
      `The birth date ${birthDate} is after today (${options.asOf})`,
    );
  }

  if (legacy15 === undefined) {
    const expected = mod112CheckCharacter(number18.slice(0, 17));
    if (number18[17] !== expected) {
      return rejected(
        'INVALID_ID_NUMBER_CHECK',
        `身份证号码校验码（第 18 位）应为 ${expected}，请核对号码`,
        `The check character (position 18) should be ${expected}; please check the number`,
      );
    }
  }

  const sex = Number(number18[16]) % 2 === 1 ? 'male' : 'female';
  return valid(
    legacy15 === undefined
      ? { number18, birthDate, sex, regionCode }
      : { number18, legacy15, birthDate, sex, regionCode },
  );
}
