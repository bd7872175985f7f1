// 职业技能等级证书编号: the national coding rule as publicly summarised (人社部职业技能鉴定中心, 证书编码规则;
// issue 11 point 5) — one capital letter and 21 digits, seven parts:
//   1       评价机构类别代码   Y 用人单位, S 社会培训评价组织
//   2–5     评价机构代码       0001–9999 assigned by the ministry to an institution filed with it;
//                              0000 for one filed with a province
//   6–7     所在地省级代码     the province of the institution (or of its site / branch), GB/T 2260
//   8–13    机构（站点）序列码  assigned by the province's human-resources department
//   14–15   证书核发年份代码   the last two digits of the year of issue
//   16      职业技能等级代码   1–5
//   17–22   证书序列码         assigned by the institution, 000001–999999
// Parts 1–4 come from the authorities, parts 5–7 from the institution. The rule names only the two
// letters Y and S: which letter a school, an industry association or a 1+X organisation takes is a choice
// written down in docs/decisions/0024-certificate-numbers.md, kept in CERTIFICATE_KIND_LETTER alone.
import { toHalfWidth } from './half-width.js';
import { rejected, valid, type Validation } from './validation.js';

export type InstitutionKindForNumber = 'employer' | 'school' | 'social_org' | 'industry_org' | 'training_org';

/** The letter of each kind: Y and S are the rule's; the others are our choice (decision 0024). */
export const CERTIFICATE_KIND_LETTER: Record<InstitutionKindForNumber, 'Y' | 'S'> = {
  employer: 'Y',
  social_org: 'S',
  // An association acting as a social evaluation organisation (dept-pilot 二(一)).
  industry_org: 'S',
  // A school evaluating others than its own staff, as a social evaluation organisation does (gz-rules §5).
  school: 'S',
  training_org: 'S',
};

/** Part 2–5 of an institution filed with a province, not with the ministry. */
export const PROVINCIAL_INSTITUTION_CODE = '0000';

export interface CertificateNumber {
  number: string;
  kindLetter: 'Y' | 'S';
  /** 4 digits: the ministry's code, or 0000 for a provincially filed institution. */
  institutionCode: string;
  /** 2 digits: the province, e.g. '52' for 贵州省. */
  provinceCode: string;
  /** 6 digits, assigned by the province. */
  siteSequence: string;
  /** Four-digit year of issue, read from the two digits of the number as 20YY. */
  year: number;
  level: 1 | 2 | 3 | 4 | 5;
  /** 1–999999. */
  serial: number;
}

export const CERTIFICATE_NUMBER_LENGTH = 22;
export const MAX_SERIAL = 999_999;

const PATTERN = /^([YS])(\d{4})(\d{2})(\d{6})(\d{2})([1-5])(\d{6})$/;

/** Province codes of GB/T 2260 (11 北京 … 65 新疆; 66 is the 兵团 code used by the reference data). */
const PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42',
  '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '66',
]); // prettier-ignore

/** The prefix every certificate of one institution (site), year and level shares: parts 1–6. */
export function certificateNumberPrefix(p: {
  kindLetter: 'Y' | 'S';
  institutionCode: string;
  provinceCode: string;
  siteSequence: string;
  year: number;
  level: number;
}): string {
  if (!/^\d{4}$/.test(p.institutionCode)) throw new RangeError('institution code: 4 digits');
  if (!PROVINCES.has(p.provinceCode)) throw new RangeError(`not a province code: ${p.provinceCode}`);
  if (!/^\d{6}$/.test(p.siteSequence)) throw new RangeError('site sequence: 6 digits');
  if (!Number.isInteger(p.year) || p.year < 2000 || p.year > 2099) throw new RangeError('year: 2000–2099');
  if (!Number.isInteger(p.level) || p.level < 1 || p.level > 5) throw new RangeError('level: 1–5');
  return `${p.kindLetter}${p.institutionCode}${p.provinceCode}${p.siteSequence}${String(p.year % 100).padStart(2, '0')}${p.level}`;
}

/** The whole number: the prefix and the serial (1–999999), zero-padded to six digits. */
export function formatCertificateNumber(prefix: string, serial: number): string {
  if (!Number.isInteger(serial) || serial < 1 || serial > MAX_SERIAL)
    throw new RangeError(`serial out of range 1–${MAX_SERIAL}: ${serial}`);
  return `${prefix}${String(serial).padStart(6, '0')}`;
}

/** Reads a number as typed by a person (full-width characters, lower case, spaces) into its parts. */
export function parseCertificateNumber(input: string): Validation<CertificateNumber> {
  const s = toHalfWidth(input).replace(/\s+/g, '').toUpperCase();
  if (s.length !== CERTIFICATE_NUMBER_LENGTH)
    return rejected(
      'CERTIFICATE_NUMBER_LENGTH',
      `证书编号应为 22 位（1 位字母和 21 位数字），输入的是 ${s.length} 位`,
      `A certificate number has 22 characters (a letter and 21 digits); this has ${s.length}`,
    );
  const m = PATTERN.exec(s);
  if (!m)
    return rejected(
      'CERTIFICATE_NUMBER_FORMAT',
      '证书编号格式不正确：第 1 位应为 Y 或 S，其后 21 位为数字，第 16 位等级为 1–5',
      'Not a certificate number: a letter Y or S, then 21 digits, the 16th (the level) 1–5',
    );
  const [, kindLetter, institutionCode, provinceCode, siteSequence, yy, level, serial] = m;
  if (!PROVINCES.has(provinceCode!))
    return rejected(
      'CERTIFICATE_NUMBER_PROVINCE',
      `证书编号第 6–7 位“${provinceCode}”不是省级行政区划代码`,
      `Characters 6–7 (“${provinceCode}”) are not a province code`,
    );
  if (Number(serial) === 0)
    return rejected(
      'CERTIFICATE_NUMBER_SERIAL',
      '证书编号第 17–22 位序列码从 000001 起',
      'The serial (characters 17–22) starts at 000001',
    );
  return valid({
    number: s,
    kindLetter: kindLetter as 'Y' | 'S',
    institutionCode: institutionCode!,
    provinceCode: provinceCode!,
    siteSequence: siteSequence!,
    year: 2000 + Number(yy),
    level: Number(level) as CertificateNumber['level'],
    serial: Number(serial),
  });
}
