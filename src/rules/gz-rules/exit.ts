// gz-rules §13–15 — 贵州省职业技能等级认定机构遴选及退出实施细则 — 评价机构退出
//
// Periods in days follow 民法典 §201 (the start day does not count). The 30 days of §13 are a notice
// period: the earliest termination date is the 30th day after the application, never moved. The 15 days
// of §14 are a period to act: a last day that is a rest day moves to the next working day (民法典 §203).
import { z } from 'zod';
import { parameterAt } from '../../parameters/parameter.js';
import { lapseWrapUpDays, voluntaryExitNoticeDays } from '../../parameters/gz-rules.js';
import type { CheckContext } from '../check.js';
import { defineCheck } from '../check.js';
import { calendarDaysAfter, deadlineFinding, fixedDue } from '../deadline.js';
import { isoDate } from '../facts.js';
import type { Finding } from '../finding.js';
import { finding, judgement } from '../rule.js';
import { gz, gzRule } from './rule.js';

// 第十三条  自愿终止退出。评价机构主动提出不再开展职业技能等级认定工作的，应提前30日向所属人力资源社会保障
// 部门提交书面退出申请，按要求完成证书数据合规上报、评价资料归档等收尾工作后，终止评价活动。
export const voluntaryNotice = gzRule(
  '13/notice',
  gz(13),
  '自愿退出：提前30日提交书面退出申请',
  'Voluntary exit: written application 30 days ahead',
  [voluntaryExitNoticeDays.id],
);
export const voluntaryForm = gzRule(
  '13/written-application',
  gz(13),
  '自愿退出：向所属人社部门提交书面申请',
  'Voluntary exit: written application to the institution’s own HR department',
);
export const voluntaryWrapUp = gzRule(
  '13/wrap-up',
  gz(13),
  '自愿退出：完成证书数据上报、资料归档后方可终止评价活动',
  'Voluntary exit: wrap-up done before evaluation ends',
);

// 第十四条  自动终止退出。评价机构有效期满未提交续期申请，或提交续期申请后经评估不通过的，自动终止评价资格，
// 应在15日内完成证书数据上报、资料整理归档等收尾工作。
export const lapse = gzRule(
  '14/lapse',
  gz(14),
  '自动终止：有效期满未申请续期或续期评估不通过',
  'Lapse: validity expired without renewal application, or renewal refused',
);
export const lapseWrapUp = gzRule(
  '14/wrap-up',
  gz(14),
  '自动终止：15日内完成收尾工作',
  'Lapse: wrap-up within 15 days',
  [lapseWrapUpDays.id],
);

// 第十五条  责令终止退出。评价机构存在严重违法违规行为的，由人力资源社会保障部门责令终止评价活动，移出职业技能
// 评价机构目录，并向社会公告；评价机构应在规定时限内完成收尾工作，合规上报证书数据。
export const ordered = gzRule(
  '15/ordered',
  gz(15),
  '责令终止：严重违法违规行为',
  'Ordered termination: serious violation',
);
export const orderedWrapUp = gzRule(
  '15/wrap-up',
  gz(15),
  '责令终止：在规定时限内完成收尾工作、合规上报证书数据',
  'Ordered termination: wrap-up within the time set',
);

// ——— §13 ———
export const voluntaryFacts = z.strictObject({
  applicationSubmittedOn: isoDate('书面退出申请提交日期'),
  intendedTerminationOn: isoDate('拟终止评价活动日期'),
  writtenApplication: z.boolean().describe('以书面形式提交退出申请'),
  submittedToOwnAuthority: z.boolean().describe('向所属人力资源社会保障部门提交'),
});

export function voluntaryFindings(f: z.infer<typeof voluntaryFacts>, ctx: CheckContext): Finding[] {
  const days = parameterAt(voluntaryExitNoticeDays, ctx.asOf);
  const earliest = calendarDaysAfter(ctx, f.applicationSubmittedOn, days, false);
  const ok = f.intendedTerminationOn >= earliest.due;
  const form = f.writtenApplication && f.submittedToOwnAuthority;
  return [
    finding(
      voluntaryNotice,
      ok,
      ok
        ? `${f.applicationSubmittedOn} 提交申请，拟于 ${f.intendedTerminationOn} 终止，已提前${days}日（最早可于 ${earliest.due} 终止）`
        : `${f.applicationSubmittedOn} 提交申请，拟于 ${f.intendedTerminationOn} 终止，不足${days}日（最早可于 ${earliest.due} 终止）`,
      ok
        ? `Applied ${f.applicationSubmittedOn}, terminating ${f.intendedTerminationOn}: ${days} days' notice given (earliest ${earliest.due})`
        : `Applied ${f.applicationSubmittedOn}, terminating ${f.intendedTerminationOn}: less than ${days} days' notice (earliest ${earliest.due})`,
      {
        applicationSubmittedOn: f.applicationSubmittedOn,
        intendedTerminationOn: f.intendedTerminationOn,
        noticeDays: days,
        earliestTerminationOn: earliest.due,
        explanation_zh: earliest.explanation_zh,
        explanation_en: earliest.explanation_en,
        parameter: voluntaryExitNoticeDays.id,
      },
    ),
    finding(
      voluntaryForm,
      form,
      form
        ? '已向所属人力资源社会保障部门提交书面退出申请'
        : `退出申请${f.writtenApplication ? '' : '非书面形式'}${f.submittedToOwnAuthority ? '' : '（未向所属人社部门提交）'}`,
      form
        ? 'Written application to the own HR department'
        : 'Application not in writing or not to the own HR department',
      { writtenApplication: f.writtenApplication, submittedToOwnAuthority: f.submittedToOwnAuthority },
    ),
  ];
}

export const voluntaryExitCheck = defineCheck({
  name: 'gz-rules.exit.voluntary',
  regime: 'gz-rules',
  title_zh: '自愿终止退出：提前30日书面申请（第十三条）',
  title_en: 'Voluntary exit: 30 days’ written notice (§13)',
  asOf_zh: '审查日期',
  facts: voluntaryFacts,
  example: {
    applicationSubmittedOn: '2026-03-02',
    intendedTerminationOn: '2026-04-01',
    writtenApplication: true,
    submittedToOwnAuthority: true,
  },
  ruleIds: [voluntaryNotice.id, voluntaryForm.id],
  run: voluntaryFindings,
});

// ——— §14 ———
export const lapseFacts = z.strictObject({
  validTo: isoDate('有效期截止日（含当日）'),
  renewalSubmittedOn: isoDate('续期申请提交日期（未提交填 null）').nullable(),
  renewalOutcome: z
    .enum(['pending', 'approved', 'refused'])
    .optional()
    .describe('续期评估结果：pending 评估中 / approved 通过 / refused 不通过（已提交续期申请时填写）'),
  renewalDecidedOn: isoDate('续期评估结论日期（不通过时填写）').optional(),
  certificateDataReportedOn: isoDate('证书数据上报完成日期（未完成填 null）').nullable(),
  recordsArchivedOn: isoDate('资料整理归档完成日期（未完成填 null）').nullable(),
});
type LapseFacts = z.infer<typeof lapseFacts>;

/** The day the qualification automatically ends, or null while it continues (as of asOf). */
function lapseDate(f: LapseFacts, asOf: string): { on: string | null; ground: string; ground_zh: string } {
  const submittedInTime = f.renewalSubmittedOn !== null && f.renewalSubmittedOn <= f.validTo;
  if (!submittedInTime)
    return asOf > f.validTo
      ? {
          on: f.validTo,
          ground: 'expired_without_renewal_application',
          ground_zh: `有效期于 ${f.validTo} 届满，${f.renewalSubmittedOn ? `续期申请迟至 ${f.renewalSubmittedOn} 提交` : '未提交续期申请'}`,
        }
      : { on: null, ground: 'within_validity', ground_zh: `有效期至 ${f.validTo}，尚未届满` };
  if (f.renewalOutcome === 'refused') {
    // The qualification runs to the end of the validity period; a refusal after it ends terminates on that day.
    const decided = f.renewalDecidedOn ?? f.validTo;
    const on = decided > f.validTo ? decided : f.validTo;
    return asOf >= on
      ? { on, ground: 'renewal_refused', ground_zh: `续期申请经评估不通过（${decided}）` }
      : {
          on: null,
          ground: 'renewal_refused_validity_running',
          ground_zh: `续期评估不通过，有效期至 ${f.validTo} 届满时终止`,
        };
  }
  return {
    on: null,
    ground: f.renewalOutcome ?? 'pending',
    ground_zh: f.renewalOutcome === 'approved' ? '续期申请已通过' : '已按期提交续期申请，评估中',
  };
}

function wrapUpDoneOn(a: string | null, b: string | null): string | null {
  return a && b ? (a > b ? a : b) : null;
}

export function lapseFindings(f: LapseFacts, ctx: CheckContext): Finding[] {
  const l = lapseDate(f, ctx.asOf);
  const values = {
    validTo: f.validTo,
    renewalSubmittedOn: f.renewalSubmittedOn,
    renewalOutcome: f.renewalOutcome ?? null,
    ground: l.ground,
  };
  if (l.on === null)
    return [
      finding(
        lapse,
        true,
        `评价资格未自动终止：${l.ground_zh}`,
        `Qualification continues (${l.ground})`,
        values,
      ),
    ];
  const days = parameterAt(lapseWrapUpDays, ctx.asOf);
  const due = calendarDaysAfter(ctx, l.on, days, true);
  return [
    finding(
      lapse,
      false,
      `评价资格自动终止：${l.ground_zh}；终止日 ${l.on}`,
      `Qualification lapsed on ${l.on} (${l.ground})`,
      {
        ...values,
        terminatedOn: l.on,
        wrapUpDue: due.due,
      },
    ),
    deadlineFinding(
      lapseWrapUp,
      '证书数据上报、资料整理归档等收尾工作',
      'Certificate data upload and archiving',
      due,
      wrapUpDoneOn(f.certificateDataReportedOn, f.recordsArchivedOn),
      ctx.asOf,
      {
        certificateDataReportedOn: f.certificateDataReportedOn,
        recordsArchivedOn: f.recordsArchivedOn,
        parameter: lapseWrapUpDays.id,
      },
    ),
  ];
}

export const lapseCheck = defineCheck({
  name: 'gz-rules.exit.lapse',
  regime: 'gz-rules',
  title_zh: '自动终止退出及15日收尾期限（第十四条）',
  title_en: 'Lapse and the 15-day wrap-up (§14)',
  asOf_zh: '审查日期',
  facts: lapseFacts,
  example: {
    validTo: '2026-06-30',
    renewalSubmittedOn: '2026-05-15',
    renewalOutcome: 'approved',
    certificateDataReportedOn: null,
    recordsArchivedOn: null,
  },
  ruleIds: [lapse.id, lapseWrapUp.id],
  run: lapseFindings,
});

// ——— §15 ———
export const orderedFacts = z.strictObject({
  violationEstablished: z.boolean().describe('经认定存在违法违规行为'),
  seriousness: z
    .enum(['serious', 'not_serious'])
    .optional()
    .describe('情节认定：serious 严重 / not_serious 不属严重（不填 = 待监管部门认定）'),
});

export const orderedCheck = defineCheck({
  name: 'gz-rules.exit.ordered',
  regime: 'gz-rules',
  title_zh: '责令终止退出（第十五条）',
  title_en: 'Ordered termination (§15)',
  asOf_zh: '决定日期',
  facts: orderedFacts,
  example: { violationEstablished: true, seriousness: 'serious' },
  ruleIds: [ordered.id],
  run(f) {
    const values = { violationEstablished: f.violationEstablished, seriousness: f.seriousness ?? null };
    const consequences = [
      '责令终止评价活动',
      '移出职业技能评价机构目录',
      '向社会公告',
      '在规定时限内完成收尾工作、合规上报证书数据',
    ];
    if (!f.violationEstablished)
      return [
        finding(ordered, true, '未认定违法违规行为，不适用责令终止', 'No violation established', values),
      ];
    if (f.seriousness === undefined)
      return [
        judgement(
          ordered,
          '违法违规行为是否“严重”由人力资源社会保障部门认定',
          'Whether the violation is serious is for the HR department to decide',
          values,
          [
            `认定严重：${consequences.join('；')}`,
            '认定不属严重：不适用第十五条（可依 mohrss-violations 处理）',
          ],
        ),
      ];
    if (f.seriousness === 'not_serious')
      return [
        finding(
          ordered,
          true,
          '违法违规行为不属严重，不适用责令终止（可依违纪违规处理指引处理）',
          'Not serious: §15 does not apply',
          values,
        ),
      ];
    return [
      finding(
        ordered,
        false,
        `存在严重违法违规行为：${consequences.join('；')}`,
        'Serious violation: ordered termination, removal from the directory, public announcement, wrap-up',
        {
          ...values,
          consequences,
        },
      ),
    ];
  },
});

// ——— wrap-up of every route ———
export const wrapUpFacts = z
  .strictObject({
    route: z
      .enum(['voluntary', 'lapse', 'ordered'])
      .describe(
        '退出方式：voluntary 自愿终止（第十三条）/ lapse 自动终止（第十四条）/ ordered 责令终止（第十五条）',
      ),
    terminationOn: isoDate('终止日：自愿终止为拟终止评价活动日；自动终止为资格终止日；责令终止为决定日'),
    orderedDeadline: isoDate('责令终止：监管部门规定的收尾完成时限').optional(),
    certificateDataReportedOn: isoDate('证书数据（合规）上报完成日期（未完成填 null）').nullable(),
    recordsArchivedOn: isoDate('评价资料归档完成日期（未完成填 null）').nullable(),
  })
  .superRefine((f, ctx) => {
    if (f.route === 'ordered' && !f.orderedDeadline)
      ctx.addIssue({
        code: 'custom',
        path: ['orderedDeadline'],
        message: '责令终止须填写监管部门规定的收尾时限',
      });
  });

export const wrapUpCheck = defineCheck({
  name: 'gz-rules.exit.wrap_up',
  regime: 'gz-rules',
  title_zh: '退出收尾工作完成情况（第十三至十五条）',
  title_en: 'Wrap-up obligations on exit (§13–15)',
  asOf_zh: '审查日期',
  facts: wrapUpFacts,
  example: {
    route: 'lapse',
    terminationOn: '2026-06-30',
    certificateDataReportedOn: '2026-07-08',
    recordsArchivedOn: '2026-07-10',
  },
  ruleIds: [voluntaryWrapUp.id, lapseWrapUp.id, orderedWrapUp.id],
  run(f, ctx) {
    const done = wrapUpDoneOn(f.certificateDataReportedOn, f.recordsArchivedOn);
    const extra = {
      route: f.route,
      certificateDataReportedOn: f.certificateDataReportedOn,
      recordsArchivedOn: f.recordsArchivedOn,
    };
    const what_zh = '证书数据上报、评价资料归档等收尾工作';
    const what_en = 'Certificate data upload and archiving';
    if (f.route === 'voluntary')
      return [
        deadlineFinding(
          voluntaryWrapUp,
          what_zh,
          what_en,
          fixedDue(
            f.terminationOn,
            `第十三条：完成收尾工作后方可终止评价活动，须不晚于拟终止日 ${f.terminationOn}。`,
            `§13: wrap-up must be finished before evaluation ends on ${f.terminationOn}.`,
          ),
          done,
          ctx.asOf,
          extra,
        ),
      ];
    if (f.route === 'lapse') {
      const due = calendarDaysAfter(ctx, f.terminationOn, parameterAt(lapseWrapUpDays, ctx.asOf), true);
      return [
        deadlineFinding(lapseWrapUp, what_zh, what_en, due, done, ctx.asOf, {
          ...extra,
          parameter: lapseWrapUpDays.id,
        }),
      ];
    }
    return [
      deadlineFinding(
        orderedWrapUp,
        what_zh,
        what_en,
        fixedDue(
          f.orderedDeadline!,
          `第十五条：在监管部门规定的时限 ${f.orderedDeadline} 内完成。`,
          `§15: within the time set by the authority, ${f.orderedDeadline}.`,
        ),
        done,
        ctx.asOf,
        extra,
      ),
    ];
  },
});

export const exitRules = [
  voluntaryNotice,
  voluntaryForm,
  voluntaryWrapUp,
  lapse,
  lapseWrapUp,
  ordered,
  orderedWrapUp,
];
