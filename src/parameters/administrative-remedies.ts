// The remedies a party has against an adverse decision (a refusal, a cancellation, a non-selection), as
// the two statutes set them, dated: 行政复议 (《中华人民共和国行政复议法》) and 行政诉讼
// (《中华人民共和国行政诉讼法》). Every adverse document states them (render: src/documents/remedies.ts):
// 行政复议法（2023年修订）第二十条第三款 — when the deciding body does not tell the party its right, the
// reviewing body and the period, the period runs only from when the party learns them (up to one year).
//
// These are statutes, not one of the five regulations of shared/seeds, so they carry their own citation
// type; the values are read, like every parameter, through one accessor that takes the decision date.
//
// 行政复议法（1999年10月1日起施行，2009、2017年修正未改动下列条文）:
//   第九条第一款 公民、法人或者其他组织认为具体行政行为侵犯其合法权益的，可以自知道该具体行政行为之日起
//   六十日内提出行政复议申请；但是法律规定的申请期限超过六十日的除外。
//   第十二条第一款 对县级以上地方各级人民政府工作部门的具体行政行为不服的，由申请人选择，可以向该部门的
//   本级人民政府申请行政复议，也可以向上一级主管部门申请行政复议。
//   第十四条 对国务院部门……的具体行政行为不服的，向作出该具体行政行为的国务院部门……申请行政复议。
// 行政复议法（2023年9月1日修订，2024年1月1日起施行）:
//   第二十条第一款 公民、法人或者其他组织认为行政行为侵犯其合法权益的，可以自知道或者应当知道该行政行为之日起
//   六十日内提出行政复议申请；但是法律规定的申请期限超过六十日的除外。
//   第二十四条第一款 县级以上地方各级人民政府管辖下列行政复议案件：（一）对本级人民政府工作部门作出的
//   行政行为不服的；……
//   第二十五条 国务院部门管辖下列行政复议案件：（一）对本部门作出的行政行为不服的；……（三）对本部门管理的
//   法律、行政法规、部门规章授权的组织作出的行政行为不服的。
//   (The choice of 上一级主管部门 is gone: a local department's decisions go to its own government, save the
//   vertically managed bodies of 第二十七条 — customs, finance, tax, state security — none of which is ours.)
// 行政诉讼法:
//   (1989, 1990年10月1日起施行) 第三十九条 公民、法人或者其他组织直接向人民法院提起诉讼的，应当在知道作出
//   具体行政行为之日起三个月内提出。
//   (2014年修正, 2015年5月1日起施行; 2017年修正未改动) 第四十六条第一款 公民、法人或者其他组织直接向人民法院
//   提起诉讼的，应当自知道或者应当知道作出行政行为之日起六个月内提出。法律另有规定的除外。
import { BEGINNING_OF_TIME, type IsoDate } from './parameter.js';

export const STATUTE_TITLES_ZH = {
  'admin-reconsideration': '《中华人民共和国行政复议法》',
  'admin-litigation': '《中华人民共和国行政诉讼法》',
} as const;
export type StatuteId = keyof typeof STATUTE_TITLES_ZH;

export interface StatuteCitation {
  statute: StatuteId;
  /** The text in force the article belongs to, e.g. '2023年修订'. */
  edition: string;
  article: number;
  paragraph?: number;
  item?: number;
}

export interface StatuteVersion<T> {
  from: IsoDate;
  value: T | null;
  reference: StatuteCitation;
}

export interface StatuteParameter<T> {
  id: string;
  description_zh: string;
  description_en: string;
  unit: 'calendar_days' | 'months' | 'rule';
  versions: readonly StatuteVersion<T>[];
}

/** Who hears an application for 行政复议 against a local department's decision. */
export type ReviewBodyRule =
  /** 1999 law §12: the department's own government, or the department one level up (the party chooses). */
  | 'government_or_superior'
  /** 2023 law §24: the department's own government only. */
  | 'government';

const ar1999 = (article: number, paragraph?: number): StatuteCitation => ({
  statute: 'admin-reconsideration',
  edition: '1999年',
  article,
  ...(paragraph === undefined ? {} : { paragraph }),
});
const ar2023 = (article: number, paragraph?: number, item?: number): StatuteCitation => ({
  statute: 'admin-reconsideration',
  edition: '2023年修订',
  article,
  ...(paragraph === undefined ? {} : { paragraph }),
  ...(item === undefined ? {} : { item }),
});

export const ADMIN_RECONSIDERATION_1999_FROM = '1999-10-01';
export const ADMIN_RECONSIDERATION_2023_FROM = '2024-01-01';

export const reconsiderationPeriodDays: StatuteParameter<number> = {
  id: 'admin-remedies.reconsideration_period_days',
  description_zh: '申请行政复议的期限（自知道或者应当知道行政行为之日起，日）',
  description_en: 'Days within which to apply for administrative reconsideration, from knowing of the act',
  unit: 'calendar_days',
  versions: [
    { from: BEGINNING_OF_TIME, value: null, reference: ar1999(9, 1) },
    { from: ADMIN_RECONSIDERATION_1999_FROM, value: 60, reference: ar1999(9, 1) },
    { from: ADMIN_RECONSIDERATION_2023_FROM, value: 60, reference: ar2023(20, 1) },
  ],
};

export const litigationPeriodMonths: StatuteParameter<number> = {
  id: 'admin-remedies.litigation_period_months',
  description_zh: '直接提起行政诉讼的期限（自知道或者应当知道作出行政行为之日起，月）',
  description_en: 'Months within which to sue in an administrative court, from knowing of the act',
  unit: 'months',
  versions: [
    {
      from: BEGINNING_OF_TIME,
      value: null,
      reference: { statute: 'admin-litigation', edition: '1989年', article: 39 },
    },
    {
      from: '1990-10-01',
      value: 3,
      reference: { statute: 'admin-litigation', edition: '1989年', article: 39 },
    },
    {
      from: '2015-05-01',
      value: 6,
      reference: { statute: 'admin-litigation', edition: '2017年修正', article: 46, paragraph: 1 },
    },
  ],
};

/** The article that names the reviewing body of a local government department's decision. */
export const localReviewBody: StatuteParameter<ReviewBodyRule> = {
  id: 'admin-remedies.local_department_review_body',
  description_zh: '对县级以上地方人民政府工作部门的行政行为申请行政复议的复议机关',
  description_en: 'Who reviews the decisions of a local government department',
  unit: 'rule',
  versions: [
    { from: BEGINNING_OF_TIME, value: null, reference: ar1999(12, 1) },
    { from: ADMIN_RECONSIDERATION_1999_FROM, value: 'government_or_superior', reference: ar1999(12, 1) },
    { from: ADMIN_RECONSIDERATION_2023_FROM, value: 'government', reference: ar2023(24, 1, 1) },
  ],
};

/** The article that names the reviewing body of a State Council department's decision (itself). */
export const nationalReviewBody: StatuteParameter<'department_itself'> = {
  id: 'admin-remedies.state_council_department_review_body',
  description_zh: '对国务院部门（及其管理的组织）的行政行为申请行政复议的复议机关',
  description_en: 'Who reviews the decisions of a State Council department (and the bodies it manages)',
  unit: 'rule',
  versions: [
    { from: BEGINNING_OF_TIME, value: null, reference: ar1999(14) },
    { from: ADMIN_RECONSIDERATION_1999_FROM, value: 'department_itself', reference: ar1999(14) },
    { from: ADMIN_RECONSIDERATION_2023_FROM, value: 'department_itself', reference: ar2023(25) },
  ],
};

export const ADMIN_REMEDY_PARAMETERS = [
  reconsiderationPeriodDays,
  litigationPeriodMonths,
  localReviewBody,
  nationalReviewBody,
] as const;

/** The version in force on `asOf` (the decision date); throws when the statute was not yet in force. */
export function statuteAt<T>(
  p: StatuteParameter<T>,
  asOf: IsoDate,
): { value: T; reference: StatuteCitation } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new RangeError(`not an ISO date: ${asOf}`);
  let found: StatuteVersion<T> | undefined;
  for (const v of p.versions) if (v.from <= asOf) found = v;
  if (!found || found.value === null) throw new RangeError(`${p.id} is not in force on ${asOf}`);
  return { value: found.value, reference: found.reference };
}
