// 职业编码 in《中华人民共和国职业分类大典（2022年版）》: 大类-中类-小类-细类, written D-DD-DD-DD
// (e.g. 4-04-05-01 计算机程序设计员). A 工种 (work type) adds a 2-digit suffix: D-DD-DD-DD-NN.
// Only the format is checked here; whether the code exists is a question for the catalogue
// (shared/data/occupations-2022.csv), and which 大类 may be filed for is a rule (mohrss-filing 二(六)).
import { toHalfWidth } from './half-width.js';
import { rejected, valid, type Validation } from './validation.js';

/** 大类 1–8 of the 2022 edition. */
export type OccupationMajor = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export interface OccupationCode {
  /** The whole code as given, normalised: D-DD-DD-DD or, for a work type, D-DD-DD-DD-NN. */
  code: string;
  major: OccupationMajor;
  /** 中类, e.g. '4-04'. */
  middle: string;
  /** 小类, e.g. '4-04-05'. */
  minor: string;
  /** 细类 (the occupation itself), e.g. '4-04-05-01' — equal to `code` unless a work type is given. */
  occupation: string;
  /** 工种 suffix, e.g. '02' in 4-04-05-01-02. */
  workType?: string;
}

// Hyphen look-alikes that Chinese input methods and word processors produce.
const DASHES = /[‐‑‒–—―−﹣－]/gu;

/** At most 30 characters of the input, for a message that repeats it. */
const shown = (s: string): string => ([...s].length > 30 ? `${[...s].slice(0, 30).join('')}…` : s);

export function parseOccupationCode(input: string): Validation<OccupationCode> {
  const code = toHalfWidth(input).trim().replace(DASHES, '-');
  const echo = shown(code);
  const m = /^([1-8])-(\d{2})-(\d{2})-(\d{2})(?:-(\d{2}))?$/.exec(code);
  if (!m) {
    const majorOutOfRange = /^[09]-\d{2}-\d{2}-\d{2}(-\d{2})?$/.test(code);
    return majorOutOfRange
      ? rejected(
          'INVALID_OCCUPATION_MAJOR',
          `职业编码“${echo}”的大类应为 1–8`,
          `The major group of occupation code "${echo}" must be 1–8`,
        )
      : rejected(
          'INVALID_OCCUPATION_CODE_FORMAT',
          `职业编码“${echo}”格式不正确，应为“大类-中类-小类-细类”如 4-04-05-01，工种再加两位如 4-04-05-01-02`,
          `Occupation code "${echo}" must look like 4-04-05-01, or 4-04-05-01-02 for a work type`,
        );
  }
  const [, major, middle, minor, unit, workType] = m;
  if (workType === '00') {
    return rejected(
      'INVALID_OCCUPATION_CODE_FORMAT',
      `职业编码“${code}”的工种编号应为 01–99`,
      `The work-type number of "${code}" must be 01–99`,
    );
  }
  const occupation = `${major}-${middle}-${minor}-${unit}`;
  const value: OccupationCode = {
    code,
    major: Number(major) as OccupationMajor,
    middle: `${major}-${middle}`,
    minor: `${major}-${middle}-${minor}`,
    occupation,
  };
  return valid(workType === undefined ? value : { ...value, workType });
}
