// 1x-exit §4, §6(1) — 职业教育培训评价组织及职业技能等级证书退出目录实施细则 — 依申请退出
//
// 第四条  培训评价组织自批准实施职业技能等级证书之日起满一年后，完成相关工作内容和有关善后工作后可申请退出。
// 相关部门受理申请后及时按规定作出回复。
// 第六条  培训评价组织申请退出的，按以下程序办理：
// （一）培训评价组织将相关纸质材料提交具体受托单位。每年 1 月、7 月集中受理 2 次。
//
// "满一年" is reached on the first anniversary of the approval (the project's convention for periods of
// years, src/rules/lookback.ts and gz-rules: N years from D are complete on addYears(D, N)); an application
// on that day is admissible, the day before is not. The year is counted per certificate programme the exit
// concerns. For an organisation-level exit whose first approval is over a year old but whose newest
// certificate is not, the text does not say which approval counts: the authority decides.
// The asOf date is the day the paper application reaches the delegated unit (§6(1)); it must fall in an
// intake month. "及时按规定作出回复" sets no period: the exit workflow tracks the reply.
import { z } from 'zod';
import { addYears } from '../../calendar/calendar-days.js';
import { intakeMonths, intakesPerYear, voluntaryMinYears } from '../../parameters/1x-exit.js';
import { parameterAt } from '../../parameters/parameter.js';
import { required } from '../assessment.js';
import type { CheckContext } from '../check.js';
import { defineCheck } from '../check.js';
import { isoDate } from '../facts.js';
import type { Finding } from '../finding.js';
import { finding, judgement } from '../rule.js';
import { ex, exitRule } from './rule.js';
import { exitLevel } from './scope.js';
import {
  examinedNotCertified,
  otherMatters,
  paidNotExamined,
  wrapUpFacts,
  wrapUpFindings,
} from './wrap-up.js';

// 第四条: 自批准实施职业技能等级证书之日起满一年后
export const oneYearSinceApproval = exitRule(
  '4/one-year',
  ex(4),
  '自批准实施职业技能等级证书之日起满一年后方可申请退出',
  'An exit may be applied for only once a year has passed since approval of the certificate programme',
  [voluntaryMinYears.id],
);

// 第四条: 完成相关工作内容
export const workCompleted = exitRule(
  '4/work-completed',
  ex(4),
  '申请退出前已完成相关工作内容',
  'The related work has been completed before applying',
);

// 第六条第（一）项: 每年 1 月、7 月集中受理 2 次
export const intakeWindow = exitRule(
  '6/1/intake-window',
  ex(6, 1),
  '退出申请仅在每年 1 月、7 月集中受理',
  'Exit applications are taken only in the January and July intakes',
  [intakeMonths.id, intakesPerYear.id],
);

// 第六条第（一）项: 将相关纸质材料提交具体受托单位
export const paperMaterials = exitRule(
  '6/1/paper-materials',
  ex(6, 1),
  '相关纸质材料提交具体受托单位',
  'Paper materials submitted to the delegated unit',
);

export const voluntaryFacts = z.strictObject({
  level: exitLevel,
  certificates: z
    .array(
      z.strictObject({
        name: z.string().trim().min(1).max(200).describe('职业技能等级证书名称'),
        approvedOn: isoDate('批准实施该证书之日'),
      }),
    )
    .min(1)
    .describe('退出所涉的职业技能等级证书（组织资质退出的，列出全部证书）'),
  workCompleted: z.boolean().describe('已完成相关工作内容（第四条）'),
  wrapUp: wrapUpFacts,
  paperMaterialsSubmitted: z.boolean().describe('已将相关纸质材料提交具体受托单位（第六条第（一）项）'),
});
type VoluntaryFacts = z.infer<typeof voluntaryFacts>;

const ONE_YEAR_OPTIONS = [
  '以该组织最早获批证书的批准日计算，已满一年，受理申请',
  '以每个所涉证书的批准日分别计算，该证书未满一年，不予受理',
];

function yearFindings(f: VoluntaryFacts, asOf: string): Finding[] {
  const years = parameterAt(voluntaryMinYears, asOf);
  const earliest = f.certificates.map((c) => c.approvedOn).sort()[0]!;
  const organisationYearReached = asOf >= addYears(earliest, years);
  return f.certificates.map((c) => {
    const reachedOn = addYears(c.approvedOn, years);
    const ok = asOf >= reachedOn;
    const values = {
      certificate: c.name,
      approvedOn: c.approvedOn,
      reachedOn,
      appliedOn: asOf,
      minimumYears: years,
    };
    if (ok)
      return finding(
        oneYearSinceApproval,
        true,
        `“${c.name}”于 ${c.approvedOn} 批准实施，${reachedOn} 满${years}年，${asOf} 申请时已满`,
        `“${c.name}” approved ${c.approvedOn}; ${years} year(s) reached on ${reachedOn}, before the application on ${asOf}`,
        values,
      );
    if (f.level === 'organisation' && organisationYearReached)
      return judgement(
        oneYearSinceApproval,
        `“${c.name}”于 ${c.approvedOn} 批准实施，至 ${asOf} 未满${years}年（${reachedOn} 方满），但组织最早的证书已满${years}年：第四条未明确组织资质退出以哪一批准日计算，须由部门认定`,
        `“${c.name}” approved ${c.approvedOn} has not reached ${years} year(s) (${reachedOn}); the organisation’s first approval has: §4 does not say which counts for an organisation-level exit`,
        { ...values, earliestApprovalOn: earliest },
        ONE_YEAR_OPTIONS,
      );
    return finding(
      oneYearSinceApproval,
      false,
      `“${c.name}”于 ${c.approvedOn} 批准实施，至 ${asOf} 未满${years}年（${reachedOn} 方满），不得申请退出`,
      `“${c.name}” approved ${c.approvedOn} has not reached ${years} year(s) by ${asOf} (only on ${reachedOn}): no exit application yet`,
      values,
    );
  });
}

/** §6(1): the month of `asOf` is one of the intake months. */
export function intakeFinding(asOf: string): Finding {
  const months = parameterAt(intakeMonths, asOf);
  const times = parameterAt(intakesPerYear, asOf);
  const month = Number(asOf.slice(5, 7));
  const ok = months.includes(month);
  const list = months.map((m) => `${m} 月`).join('、');
  return finding(
    intakeWindow,
    ok,
    ok
      ? `${asOf} 提交，在 ${month} 月集中受理期内（每年 ${list}集中受理 ${times} 次）`
      : `${asOf} 提交，${month} 月不在集中受理期内（每年仅 ${list}集中受理 ${times} 次）`,
    ok
      ? `Submitted ${asOf}, within the intake month ${month} (intakes: ${months.join(', ')})`
      : `Submitted ${asOf}: month ${month} is outside the intakes (${months.join(', ')} only)`,
    { submittedOn: asOf, month, intakeMonths: months, intakesPerYear: times },
  );
}

export function voluntaryFindings(f: VoluntaryFacts, ctx: CheckContext): Finding[] {
  return [
    ...yearFindings(f, ctx.asOf),
    required(workCompleted, f.workCompleted, '相关工作内容已完成', 'Related work completed'),
    ...wrapUpFindings(f.wrapUp),
    intakeFinding(ctx.asOf),
    required(
      paperMaterials,
      f.paperMaterialsSubmitted,
      '纸质材料已提交具体受托单位',
      'Paper materials with the delegated unit',
    ),
  ];
}

export const voluntaryCheck = defineCheck({
  name: '1x-exit.voluntary',
  regime: '1x-exit',
  title_zh: '依申请退出的受理条件（第四条、第六条第（一）项、第九条）',
  title_en: 'Admissibility of an application to exit (§4, §6(1), §9)',
  asOf_zh: '纸质申请材料提交具体受托单位的日期',
  facts: voluntaryFacts,
  example: {
    level: 'certificate',
    certificates: [{ name: '工业机器人应用编程', approvedOn: '2021-04-15' }],
    workCompleted: true,
    wrapUp: { paidNotExamined: 0, examinedNotCertified: 0, otherMattersSettled: true },
    paperMaterialsSubmitted: true,
  },
  ruleIds: [
    oneYearSinceApproval.id,
    workCompleted.id,
    paidNotExamined.id,
    examinedNotCertified.id,
    otherMatters.id,
    intakeWindow.id,
    paperMaterials.id,
  ],
  run: (f, ctx) => voluntaryFindings(f, ctx),
});

export const voluntaryRules = [oneYearSinceApproval, workCompleted, intakeWindow, paperMaterials];
