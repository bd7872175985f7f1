// 1x-exit §9 — 职业教育培训评价组织及职业技能等级证书退出目录实施细则 — 退出前的善后工作
//
// 第九条  培训评价组织退出前须处理好已收费但未实施考核、已考核尚未发证等相关事项，并对退出前已实施的行为
// 负责。
//
// The two named matters are counted (candidates still waiting); "等相关事项" leaves the rest to the
// authority's assessment. "对退出前已实施的行为负责" is a continuing liability, not a condition of exit:
// it is carried by the case records (violations workflow), not checked here. §4 makes the same wrap-up a
// condition of a voluntary exit, so voluntary.ts reuses these findings.
import { z } from 'zod';
import { assessed } from '../assessment.js';
import { defineCheck } from '../check.js';
import { assessment, count } from '../facts.js';
import type { Finding } from '../finding.js';
import { finding } from '../rule.js';
import { ex, exitRule } from './rule.js';

export const paidNotExamined = exitRule(
  '9/paid-not-examined',
  ex(9),
  '退出前处理好已收费但未实施考核的事项',
  'Before exit: settle candidates who paid but were not yet examined',
);
export const examinedNotCertified = exitRule(
  '9/examined-not-certified',
  ex(9),
  '退出前处理好已考核尚未发证的事项',
  'Before exit: settle candidates examined but not yet certified',
);
export const otherMatters = exitRule(
  '9/other-matters',
  ex(9),
  '退出前处理好其他相关事项（“等相关事项”）',
  'Before exit: other related matters settled',
);

export const wrapUpFacts = z
  .strictObject({
    paidNotExamined: count('已收费但未实施考核、尚未处理（退费或安排考核）的人数'),
    examinedNotCertified: count('已考核尚未发证、尚未处理的人数'),
    otherMattersSettled: assessment('其他相关事项已处理好'),
  })
  .describe('善后工作（第九条）');
export type WrapUpFacts = z.infer<typeof wrapUpFacts>;

function outstanding(
  rule: typeof paidNotExamined,
  n: number,
  what_zh: string,
  what_en: string,
  field: string,
): Finding {
  return finding(
    rule,
    n === 0,
    n === 0 ? `${what_zh}：已全部处理` : `${what_zh}：尚有 ${n} 人未处理`,
    n === 0 ? `${what_en}: all settled` : `${what_en}: ${n} still outstanding`,
    { [field]: n },
  );
}

export function wrapUpFindings(w: WrapUpFacts): Finding[] {
  return [
    outstanding(
      paidNotExamined,
      w.paidNotExamined,
      '已收费但未实施考核',
      'Paid but not examined',
      'paidNotExamined',
    ),
    outstanding(
      examinedNotCertified,
      w.examinedNotCertified,
      '已考核尚未发证',
      'Examined but not certified',
      'examinedNotCertified',
    ),
    assessed(otherMatters, w.otherMattersSettled, '其他相关事项已处理好', 'Other related matters settled'),
  ];
}

export const wrapUpCheck = defineCheck({
  name: '1x-exit.wrap_up',
  regime: '1x-exit',
  title_zh: '退出前善后工作（第九条）',
  title_en: 'Wrap-up obligations before exit (§9)',
  asOf_zh: '核查日期（退出决定前）',
  facts: wrapUpFacts,
  example: { paidNotExamined: 0, examinedNotCertified: 0, otherMattersSettled: true },
  ruleIds: [paidNotExamined.id, examinedNotCertified.id, otherMatters.id],
  run: (f) => wrapUpFindings(f),
});

export const wrapUpRules = [paidNotExamined, examinedNotCertified, otherMatters];
