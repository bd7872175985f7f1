// The remedies paragraph of an adverse decision (不予受理, 不予备案, 取消备案, 未入选 …): the party may apply
// for 行政复议 to the body the 行政复议法 names within its period, or sue in a people's court within the
// 行政诉讼法's period. Periods and articles are dated (src/parameters/administrative-remedies.ts) and read
// on the decision date; the reviewing body follows from the deciding authority (docs/decisions/0021).
import { chineseNumeral } from '../domain/citation.js';
import {
  STATUTE_TITLES_ZH,
  litigationPeriodMonths,
  localReviewBody,
  nationalReviewBody,
  reconsiderationPeriodDays,
  statuteAt,
  type StatuteCitation,
} from '../parameters/administrative-remedies.js';
import type { AuthorityKind } from '../persistence/schema.js';

/** The authority that decided, as the reviewing body is derived from it. */
export interface DecidingAuthority {
  name: string;
  kind: AuthorityKind;
  jurisdictionCode: string;
  /** The jurisdiction's name (贵州省, 贵阳市); null for the national level. */
  jurisdictionName: string | null;
}

export const MOHRSS_ZH = '人力资源社会保障部';
/** 国务院职业教育工作部际联席会议办公室 sits in the Ministry of Education (docs/decisions/0021). */
export const MOE_ZH = '教育部';

export interface ReviewingBody {
  /** Where to apply, as a sentence fragment: 贵州省人民政府 / 人力资源社会保障部. */
  body_zh: string;
  /** The article of the 行政复议法 that names it. */
  reference: StatuteCitation;
}

const isNational = (a: DecidingAuthority) => a.jurisdictionCode === '000000' || a.jurisdictionName === null;

/**
 * Who hears an application for 行政复议 against a decision of `a` taken on `asOf`.
 * - a local 人力资源社会保障 department (provincial, prefectural), or a unit it entrusted (委托的组织：委托的
 *   行政机关是被申请人, 2023 law §19): the people's government at its level (2023 §24 ¶1(1); before 2024
 *   §12 ¶1 let the party choose the department one level up instead);
 * - the national centre (a body the ministry manages, acting for it) and the ministry: the ministry
 *   (2023 §25; 1999 §14);
 * - the 1+X joint conference office: the Ministry of Education, where it sits (§25);
 * - an industry department's body: the State Council department in its name (交通运输部职业资格中心 → 交通运输部).
 * Undefined when no body can be named from the authority (the paragraph then speaks generally).
 */
export function reviewingBody(a: DecidingAuthority, asOf: string): ReviewingBody | undefined {
  const national = statuteAt(nationalReviewBody, asOf).reference;
  if (isNational(a)) {
    switch (a.kind) {
      case 'mohrss':
      case 'national_centre':
      case 'delegated_unit':
        return { body_zh: MOHRSS_ZH, reference: national };
      case 'joint_conference_office':
        return { body_zh: MOE_ZH, reference: national };
      case 'industry_department': {
        const ministry = /^(.+?部)(?!门)/.exec(a.name)?.[1];
        return ministry ? { body_zh: ministry, reference: national } : undefined;
      }
      default:
        return undefined;
    }
  }
  const local = statuteAt(localReviewBody, asOf);
  const government = `${a.jurisdictionName}人民政府`;
  if (local.value === 'government') return { body_zh: government, reference: local.reference };
  const superior = a.kind === 'provincial_hrss' ? MOHRSS_ZH : '上一级人力资源社会保障部门';
  return { body_zh: `${government}或者${superior}`, reference: local.reference };
}

/** 《中华人民共和国行政复议法》第二十条第一款 */
export function statuteCitationZh(c: StatuteCitation): string {
  const paragraph = c.paragraph === undefined ? '' : `第${chineseNumeral(c.paragraph)}款`;
  const item = c.item === undefined ? '' : `第（${chineseNumeral(c.item)}）项`;
  return `第${chineseNumeral(c.article)}条${paragraph}${item}`;
}

/**
 * The closing paragraph of an adverse decision: the two remedies, each with its statute, period and the
 * body that hears it. `decision` names the act as the document does (本决定).
 */
export function remediesParagraph(
  a: DecidingAuthority | undefined,
  asOf: string,
  decision = '本决定',
): string {
  const days = statuteAt(reconsiderationPeriodDays, asOf);
  const months = statuteAt(litigationPeriodMonths, asOf);
  const body = a ? reviewingBody(a, asOf) : undefined;
  const reviewArticles = [
    statuteCitationZh(days.reference),
    ...(body ? [statuteCitationZh(body.reference)] : []),
  ];
  const reviewTitle = STATUTE_TITLES_ZH['admin-reconsideration'];
  const litigationTitle = STATUTE_TITLES_ZH['admin-litigation'];
  return (
    `如对${decision}不服，可以依照${reviewTitle}${reviewArticles.join('、')}的规定，` +
    `自收到${decision}之日起${chineseNumeral(days.value)}日内向${body?.body_zh ?? '有管辖权的行政复议机关'}申请行政复议；` +
    `也可以依照${litigationTitle}${statuteCitationZh(months.reference)}的规定，` +
    `自收到${decision}之日起${chineseNumeral(months.value)}个月内依法向人民法院提起行政诉讼。`
  );
}
