// 1x-exit — 职业教育培训评价组织及职业技能等级证书退出目录实施细则 (国务院职业教育工作部际联席会议办公室).
// The text carries no date; SkillReg applies it from 2020-01-01 (docs/decisions/0006). Every number of the
// text, dated, each version citing the article that sets it.
import type { Citation } from '../domain/citation.js';
import { dated, type Parameter } from './parameter.js';

/** Assumed start (the text says only 自发布之日起实施, §12, and carries no date): docs/decisions/0006. */
export const ONE_X_EXIT_FROM = '2020-01-01';

const ex = (article: number, item?: number): Citation =>
  item === undefined ? { source: '1x-exit', article } : { source: '1x-exit', article, item };

function param<T>(
  id: string,
  unit: Parameter['unit'],
  value: T,
  reference: Citation,
  description_zh: string,
  description_en: string,
): Parameter<T> {
  return {
    id: `1x-exit.${id}`,
    description_zh,
    description_en,
    unit,
    versions: dated(ONE_X_EXIT_FROM, value, reference),
  };
}

// §4: "自批准实施职业技能等级证书之日起满一年后 … 可申请退出"
export const voluntaryMinYears = param(
  'voluntary.min_years_since_approval',
  'years',
  1,
  ex(4),
  '第四条：自批准实施职业技能等级证书之日起须满的年数，方可申请退出',
  '§4: years since approval to implement the certificate before an exit may be applied for',
);

// §6(1): "每年 1 月、7 月集中受理 2 次"
export const intakeMonths = param<readonly number[]>(
  'voluntary.intake_months',
  'months_of_year',
  [1, 7],
  ex(6, 1),
  '第六条第（一）项：每年集中受理退出申请的月份',
  '§6(1): months of the year in which exit applications are taken',
);
export const intakesPerYear = param(
  'voluntary.intakes_per_year',
  'count',
  2,
  ex(6, 1),
  '第六条第（一）项：每年集中受理退出申请的次数',
  '§6(1): number of intakes of exit applications per year',
);

// §5(2): "自批准后一年内未启动开展相关工作"
export const noStartYears = param(
  'revocation.no_start_years',
  'years',
  1,
  ex(5, 2),
  '第五条第（二）项：自批准后须启动开展相关工作的期限（年）',
  '§5(2): years after approval within which the work must have started',
);

// §5(3): "两年内未开展更新职业技能等级证书标准、考核题库等相关工作"
export const noUpdateYears = param(
  'revocation.no_update_years',
  'years',
  2,
  ex(5, 3),
  '第五条第（三）项：未更新证书标准、考核题库等的期间（年）',
  '§5(3): years without updating the certificate standard, question bank etc.',
);

// §5(4): "连续两年内未开展或无人报名参加职业技能等级水平评价，或连续两年内无院校选择实施"
export const noEvaluationYears = param(
  'revocation.no_evaluation_years',
  'years',
  2,
  ex(5, 4),
  '第五条第（四）项：连续未开展（或无人报名）评价、或无院校选择实施的期间（年）',
  '§5(4): consecutive years without evaluations with candidates, or without any school implementing',
);

// §5(6): "监测评价结果为 D 档且未按要求整改到位的"
export const failingRatingGrades = param<readonly string[]>(
  'revocation.failing_rating_grades',
  'list',
  ['D'],
  ex(5, 6),
  '第五条第（六）项：构成取消情形的监测评价档次',
  '§5(6): monitoring-rating grades that are a ground for revocation',
);

// §7(3): "在收到书面通知后十五个工作日内向具体受托单位提出申诉"
export const appealWorkingDays = param(
  'revocation.appeal_working_days',
  'working_days',
  15,
  ex(7, 3),
  '第七条第（三）项：收到书面通知后提出申诉的期限（工作日）',
  '§7(3): working days after receipt of the written notice within which an appeal may be lodged',
);

// §10: "培训评价组织自愿退出的，其主体 3 年内不得参与培训评价组织招募遴选"
export const voluntaryReentryBanYears = param(
  'reentry.voluntary_ban_years',
  'years',
  3,
  ex(10),
  '第十条：自愿退出后不得参与培训评价组织招募遴选的年限',
  '§10: years after a voluntary exit during which the entity may not take part in a selection',
);

// §10: "被取消资格的，其主体 5 年内不得参与培训评价组织招募遴选"
export const revocationReentryBanYears = param(
  'reentry.revocation_ban_years',
  'years',
  5,
  ex(10),
  '第十条：被取消资格后不得参与培训评价组织招募遴选的年限',
  '§10: years after a revocation during which the entity may not take part in a selection',
);

export const oneXExitParameters: readonly Parameter<unknown>[] = [
  voluntaryMinYears,
  intakeMonths,
  intakesPerYear,
  noStartYears,
  noUpdateYears,
  noEvaluationYears,
  failingRatingGrades,
  appealWorkingDays,
  voluntaryReentryBanYears,
  revocationReentryBanYears,
];
