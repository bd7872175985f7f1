// Filing codes (备案码) of the ministry filing of a national employer (mohrss-filing 一(十)4 "赋予机构
// 备案码") and of the provincial filing of its branches (一(十)5 "赋码"). The texts fix no format; ours
// is in docs/decisions/0012-filing-codes.md:
//   ministry  Y + year (4) + serial within the year (6)          Y2026000001
//   branch    parent code - province (2, GB/T 2260) + serial (3)  Y2026000001-52001
// 'Y' is 用人单位 (employer). A branch code carries its employer's code, so a reader of the directory
// sees whose branch it is, and the province that filed it. Serials are gap-free (document_counters).

export const MINISTRY_CODE = /^Y(\d{4})(\d{6})$/;
export const BRANCH_CODE = /^(Y\d{10})-(\d{2})(\d{3})$/;

/** The counter scope and year of the ministry serial (src/persistence/cases.repository.ts nextNumber). */
export const ministryCounter = (year: number) => ({ scope: 'filing-code:Y', year });

export function ministryFilingCode(year: number, serial: number): string {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new RangeError(`year ${year}`);
  if (!Number.isInteger(serial) || serial < 1 || serial > 999_999) throw new RangeError(`serial ${serial}`);
  return `Y${year}${String(serial).padStart(6, '0')}`;
}

/** The two-digit province of a GB/T 2260 code (520100 → 52). */
export const provinceOf = (jurisdictionCode: string): string => jurisdictionCode.slice(0, 2);

/** The counter of a parent's branches in one province: scope and the parent's year. */
export function branchCounter(parentCode: string, jurisdictionCode: string) {
  const m = MINISTRY_CODE.exec(parentCode);
  if (!m) throw new RangeError(`not a ministry filing code: ${parentCode}`);
  return { scope: `filing-code:${parentCode}-${provinceOf(jurisdictionCode)}`, year: Number(m[1]) };
}

export function branchFilingCode(parentCode: string, jurisdictionCode: string, serial: number): string {
  if (!MINISTRY_CODE.test(parentCode)) throw new RangeError(`not a ministry filing code: ${parentCode}`);
  if (!Number.isInteger(serial) || serial < 1 || serial > 999) throw new RangeError(`serial ${serial}`);
  return `${parentCode}-${provinceOf(jurisdictionCode)}${String(serial).padStart(3, '0')}`;
}
