// 1x-exit §7(3) — 职业教育培训评价组织及职业技能等级证书退出目录实施细则 — 对评议意见的申诉
//
// 第七条  取消培训评价组织资质或职业技能等级证书实施资格的，按以下程序办理：
// （三）将评议意见书面反馈相关培训评价组织，培训评价组织若有异议，在收到书面通知后十五个工作日内向具体受托
// 单位提出申诉，由具体受托单位按程序组织复核。
//
// Fifteen working days on the working-day calendar (holidays and swapped working days), the day of receipt
// not counted (民法典 §201; src/rules/deadline.ts). The period is the one in force on the day of receipt —
// the event that starts it — so that a later change does not move a running deadline.
import { z } from 'zod';
import { appealWorkingDays } from '../../parameters/1x-exit.js';
import { parameterAt } from '../../parameters/parameter.js';
import type { CheckContext } from '../check.js';
import { defineCheck } from '../check.js';
import { deadlineFinding, workingDaysAfter } from '../deadline.js';
import { isoDate } from '../facts.js';
import type { Finding } from '../finding.js';
import { finding } from '../rule.js';
import { ex, exitRule } from './rule.js';

export const appealPeriod = exitRule(
  '7/3',
  ex(7, 3),
  '收到书面通知后十五个工作日内提出申诉',
  'An appeal is lodged within 15 working days of receiving the written notice',
  [appealWorkingDays.id],
);
export const appealAddressee = exitRule(
  '7/3/addressee',
  ex(7, 3),
  '申诉向具体受托单位提出，由其组织复核',
  'The appeal goes to the delegated unit, which organises the review',
);

export const appealFacts = z
  .strictObject({
    noticeReceivedOn: isoDate('收到评议意见书面通知的日期'),
    appealLodgedOn: isoDate('提出申诉的日期').nullable().describe('提出申诉的日期（尚未提出填 null）'),
    lodgedWith: z
      .enum(['delegated_unit', 'other'])
      .optional()
      .describe('申诉提交单位：delegated_unit 具体受托单位 / other 其他单位（已提出申诉时填写）'),
  })
  .superRefine((f, ctx) => {
    if (f.appealLodgedOn !== null && f.appealLodgedOn < f.noticeReceivedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['appealLodgedOn'],
        message: '申诉日期不能早于收到书面通知的日期',
      });
    if (f.appealLodgedOn !== null && f.lodgedWith === undefined)
      ctx.addIssue({ code: 'custom', path: ['lodgedWith'], message: '已提出申诉的，须填写申诉提交单位' });
  });
type AppealFacts = z.infer<typeof appealFacts>;

export function appealFindings(f: AppealFacts, ctx: CheckContext): Finding[] {
  const n = parameterAt(appealWorkingDays, f.noticeReceivedOn);
  const due = workingDaysAfter(ctx, f.noticeReceivedOn, n);
  const out = [
    deadlineFinding(appealPeriod, '申诉', 'Appeal', due, f.appealLodgedOn, ctx.asOf, {
      noticeReceivedOn: f.noticeReceivedOn,
      parameter: appealWorkingDays.id,
    }),
  ];
  if (f.appealLodgedOn !== null) {
    const ok = f.lodgedWith === 'delegated_unit';
    out.push(
      finding(
        appealAddressee,
        ok,
        ok
          ? '申诉已向具体受托单位提出'
          : '申诉未向具体受托单位提出（第七条第（三）项：向具体受托单位提出申诉）',
        ok ? 'Lodged with the delegated unit' : 'Not lodged with the delegated unit, as §7(3) requires',
        { lodgedWith: f.lodgedWith },
      ),
    );
  }
  return out;
}

export const appealCheck = defineCheck({
  name: '1x-exit.appeal',
  regime: '1x-exit',
  title_zh: '取消资格评议意见的申诉期限（第七条第（三）项）',
  title_en: 'Appeal against the expert opinion on revocation: 15 working days (§7(3))',
  asOf_zh: '核查日期（尚未申诉时判断是否已逾期）',
  facts: appealFacts,
  example: { noticeReceivedOn: '2024-09-27', appealLodgedOn: '2024-10-18', lodgedWith: 'delegated_unit' },
  ruleIds: [appealPeriod.id, appealAddressee.id],
  run: (f, ctx) => appealFindings(f, ctx),
});

export const appealRules = [appealPeriod, appealAddressee];
