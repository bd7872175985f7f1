// 1x-selection — 职业教育培训评价组织遴选与监督管理办法（试行）(国家职业教育指导咨询委员会, published
// 2020-06-02, in force from publication, §29). Every number of the text, dated, each version citing the
// article that sets it.
import type { Citation } from '../domain/citation.js';
import { dated, type Parameter } from './parameter.js';

/** Date of the announcement (关于授权发布…的公告, 2020年6月2日: 自发布之日起实施). */
export const ONE_X_SELECTION_FROM = '2020-06-02';

const sel = (article: number): Citation => ({ source: '1x-selection', article });

const num = (
  id: string,
  unit: Parameter['unit'],
  value: number,
  reference: Citation,
  description_zh: string,
  description_en: string,
): Parameter<number> => ({
  id: `1x-selection.${id}`,
  description_zh,
  description_en,
  unit,
  versions: dated(ONE_X_SELECTION_FROM, value, reference),
});

// §6: "有近三年的工商税务年审记录"
export const annualRecordYears = num(
  'org.annual_review_record_years',
  'years',
  3,
  sel(6),
  '第六条：须有工商税务年审记录的最近年数',
  '§6: most recent years for which business and tax annual review records are required',
);

// §8: "一般应有近三年出版的先进教材"
export const recentTextbookYears = num(
  'resources.recent_textbook_years',
  'years',
  3,
  sel(8),
  '第八条：先进教材的出版时间应在申报前的年数之内（一般要求）',
  '§8: textbooks should generally have been published within this many years before the application',
);

// §10: "一般应具有 5 年以上职业技能培训经验"
export const minTrainingYears = num(
  'experience.min_training_years',
  'years',
  5,
  sel(10),
  '第十条：职业技能培训经验的最短年限（“以上”含本数）',
  '§10: minimum years of vocational skills training experience (inclusive)',
);

// §10: "和 5 万人次以上的培训和实施证书考核的规模"
export const minPersonTimes = num(
  'experience.min_person_times',
  'person_times',
  50_000,
  sel(10),
  '第十条：培训和实施证书考核的最小规模（人次，“以上”含本数）',
  '§10: minimum scale of training and certificate assessment (person-times, inclusive)',
);

export const oneXSelectionParameters: readonly Parameter<unknown>[] = [
  annualRecordYears,
  recentTextbookYears,
  minTrainingYears,
  minPersonTimes,
];
