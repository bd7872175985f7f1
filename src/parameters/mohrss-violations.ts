// mohrss-violations — 技能人才评价违纪违规行为处理工作指引（试行）(人社职司便函〔2021〕57号 附件2, issued
// 2021-12-23, in force from issue, §24). Every number of the text, dated, each version citing the article
// that sets it. The text leaves many consequences to judgement (情节轻微/严重, 视情况); those are not
// numbers and live in the rules as needs_judgement options, not here.
//
// Periods of years follow the project's convention (src/rules/lookback.ts, gz-rules): N years counted
// from a date D are complete on the corresponding day addYears(D, N) (民法典 §202 for the day itself).
import type { Citation } from '../domain/citation.js';
import { dated, type Parameter } from './parameter.js';

/** The date the text was issued and applies from (§24: 自印发之日起施行). */
export const MOHRSS_VIOLATIONS_FROM = '2021-12-23';

const mv = (article: number, item?: number): Citation =>
  item === undefined
    ? { source: 'mohrss-violations', article }
    : { source: 'mohrss-violations', article, item };

const num = (
  id: string,
  unit: Parameter['unit'],
  value: number,
  reference: Citation,
  description_zh: string,
  description_en: string,
  note?: string,
): Parameter<number> => ({
  id: `mohrss-violations.${id}`,
  description_zh,
  description_en,
  unit,
  versions: dated(MOHRSS_VIOLATIONS_FROM, value, reference, note),
});

// §6: "取消其当次全部科目评价成绩，且当年不得参加评价" — the ban runs to the end of the calendar year.
export const candidateSameYearBan = num(
  'candidate.s6_ban_calendar_years',
  'years',
  1,
  mv(6),
  '第六条“当年不得参加评价”：禁评持续的自然年数（含处理决定所在年度），即至该年12月31日',
  '§6 "may not sit evaluations that year": calendar years of the ban, counting the year of the decision (to 31 December)',
  '当年 = the calendar year of the decision (the ban ends on 31 December of that year)',
);

// §7: "情节轻微的，2 年内不得参加评价"
export const candidateMinorBanYears = num(
  'candidate.s7_minor_ban_years',
  'years',
  2,
  mv(7),
  '第七条情节轻微的禁评年限（自处理决定之日起）',
  '§7 minor cases: years of the evaluation ban, from the decision date',
);

// §7: "情节严重的，5 年内不得参加评价"
export const candidateSeriousBanYears = num(
  'candidate.s7_serious_ban_years',
  'years',
  5,
  mv(7),
  '第七条情节严重的禁评年限（自处理决定之日起）',
  '§7 serious cases: years of the evaluation ban, from the decision date',
);

// §9: "取消其当年参加评价工作的资格"
export const examAdminSameYearBan = num(
  'exam_admin.s9_ban_calendar_years',
  'years',
  1,
  mv(9),
  '第九条“取消其当年参加评价工作的资格”：取消资格的自然年数（含处理决定所在年度），即至该年12月31日',
  '§9 "loses the right to work in evaluations that year": calendar years, counting the year of the decision',
  '当年 = the calendar year of the decision',
);

// §13(3): "一年内无正当理由不开展评价活动的"
export const inactivityWarningYears = num(
  'institution.s13_3_inactivity_years',
  'years',
  1,
  mv(13, 3),
  '第十三条第（三）项：无正当理由不开展评价活动的期间（年）',
  '§13(3): years without evaluations (without good reason) that lead to a warning',
);

// §14(7): "一年（含）以上不开展评价工作的"
export const inactivityTerminationYears = num(
  'institution.s14_7_inactivity_years',
  'years',
  1,
  mv(14, 7),
  '第十四条第（七）项：不开展评价工作导致终止备案的期间（年，含本数）',
  '§14(7): years without evaluations (inclusive) that lead to termination of filing',
);

// §16 ¶1: "经 2 名（含）以上工作人员签字报考场负责人确认"
export const minSignatures = num(
  'procedure.min_staff_signatures',
  'persons',
  2,
  { source: 'mohrss-violations', article: 16, paragraph: 1 },
  '第十六条第一款：认定参评人员违纪违规行为须签字的工作人员最少人数（含本数）',
  '§16 ¶1: minimum number of staff who sign the record of a candidate’s violation (inclusive)',
);

export const mohrssViolationsParameters: readonly Parameter<unknown>[] = [
  candidateSameYearBan,
  candidateMinorBanYears,
  candidateSeriousBanYears,
  examAdminSameYearBan,
  inactivityWarningYears,
  inactivityTerminationYears,
  minSignatures,
];
