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
// The asOf date is the day the paper application reaches the delegated unit (§6(1)). "每年 1 月、7 月集中受理
// 2 次" is a batching of the processing, not a window for submitting: an application is received at any
// time and handled in the next intake (集中受理 = the applications received are taken up together in
// January and in July). An earlier reading refused anything outside January and July (issue 15 point 3
// calls it wrong); the text says when applications are handled, not that others are refused. An
// application received in an intake month is in that month's intake. "及时按规定作出回复" sets no period:
// the exit workflow tracks the reply.
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

// 第六条第（一）项: 每年 1 月、7 月集中受理 2 次 — received at any time, processed in the next intake
export const intakeWindow = exitRule(
  '6/1/intake-window',
  ex(6, 1),
  '退出申请随时接收，于每年 1 月、7 月集中受理',
  'Exit applications are received at any time and processed in the January and July intakes',
  [intakeMonths.id, intakesPerYear.id],
);

// 第六条第（一）项: the delegated unit takes an application up only in its intake
export const intakeProcessing = exitRule(
  '6/1/intake-processing',
  ex(6, 1),
  '具体受托单位于申请所属的集中受理期开始办理',
  'The delegated unit starts processing an application in its intake',
  [intakeMonths.id],
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
export type VoluntaryFacts = z.infer<typeof voluntaryFacts>;

const ONE_YEAR_OPTIONS = [
  '以该组织最早获批证书的批准日计算，已满一年，受理申请',
  '以每个所涉证书的批准日分别计算，该证书未满一年，不予受理',
];

/** §4: one finding per certificate programme the exit concerns (an organisation-level exit may need judgement). */
export function yearFindings(f: Pick<VoluntaryFacts, 'level' | 'certificates'>, asOf: string): Finding[] {
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

/** The intake an application belongs to: the intake month and the first day it opens. */
export interface Intake {
  year: number;
  month: number;
  /** The first day of the intake month (YYYY-MM-DD): processing may start on it. */
  opensOn: string;
}

/**
 * §6(1): the intake of an application received on `receivedOn` — the first intake month not before the
 * month of receipt (this year, else the first of next year). Received in January: the January intake.
 */
export function nextIntake(receivedOn: string): Intake {
  const months = [...parameterAt(intakeMonths, receivedOn)].sort((a, b) => a - b);
  const year = Number(receivedOn.slice(0, 4));
  const month = Number(receivedOn.slice(5, 7));
  const same = months.find((m) => m >= month);
  const y = same === undefined ? year + 1 : year;
  const m = same ?? months[0]!;
  return { year: y, month: m, opensOn: `${y}-${String(m).padStart(2, '0')}-01` };
}

const intakeZh = (i: Intake) => `${i.year} 年 ${i.month} 月集中受理`;

/** §6(1): the application is received whenever it comes; it says which intake will process it. */
export function intakeFinding(asOf: string): Finding {
  const months = parameterAt(intakeMonths, asOf);
  const times = parameterAt(intakesPerYear, asOf);
  const intake = nextIntake(asOf);
  const inIntake = intake.opensOn <= asOf;
  const list = months.map((m) => `${m} 月`).join('、');
  return finding(
    intakeWindow,
    true,
    inIntake
      ? `${asOf} 收到申请，在${intakeZh(intake)}期内，即行办理（每年 ${list}集中受理 ${times} 次）`
      : `${asOf} 收到申请，予以接收，列入${intakeZh(intake)}，${intake.opensOn} 起办理（每年 ${list}集中受理 ${times} 次）`,
    inIntake
      ? `Received ${asOf}, within the ${intake.year}-${String(intake.month).padStart(2, '0')} intake: processed now`
      : `Received ${asOf}: accepted and queued for the ${intake.year}-${String(intake.month).padStart(2, '0')} intake, processed from ${intake.opensOn}`,
    {
      submittedOn: asOf,
      month: Number(asOf.slice(5, 7)),
      intakeMonths: months,
      intakesPerYear: times,
      intakeYear: intake.year,
      intakeMonth: intake.month,
      intakeOpensOn: intake.opensOn,
      queued: !inIntake,
    },
  );
}

/** §6(1): processing of an application received on `receivedOn` may start on `today` (its intake has opened). */
export function intakeProcessingFinding(receivedOn: string, today: string): Finding {
  const intake = nextIntake(receivedOn);
  const ok = today >= intake.opensOn;
  return finding(
    intakeProcessing,
    ok,
    ok
      ? `${receivedOn} 收到的申请属${intakeZh(intake)}，${today} 已在受理期内，可以开始办理`
      : `${receivedOn} 收到的申请属${intakeZh(intake)}，${intake.opensOn} 方可开始办理（第六条第（一）项：每年 1 月、7 月集中受理）`,
    ok
      ? `Received ${receivedOn}, in the intake opening ${intake.opensOn}: processing may start`
      : `Received ${receivedOn}: its intake opens on ${intake.opensOn}; processing may not start before (§6(1))`,
    { receivedOn, today, intakeYear: intake.year, intakeMonth: intake.month, intakeOpensOn: intake.opensOn },
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

export const intakeFacts = z.strictObject({
  receivedOn: isoDate('具体受托单位收到退出申请纸质材料的日期'),
});

export const intakeCheck = defineCheck({
  name: '1x-exit.intake',
  regime: '1x-exit',
  title_zh: '依申请退出的集中受理：申请所属受理期开始后方可办理（第六条第（一）项）',
  title_en: 'The intake of an application to exit: processing starts in its intake (§6(1))',
  asOf_zh: '具体受托单位开始办理的日期',
  facts: intakeFacts,
  example: { receivedOn: '2025-03-10' },
  ruleIds: [intakeProcessing.id],
  run: (f, ctx) => [intakeProcessingFinding(f.receivedOn, ctx.asOf)],
});

export const voluntaryRules = [
  oneYearSinceApproval,
  workCompleted,
  intakeWindow,
  intakeProcessing,
  paperMaterials,
];
