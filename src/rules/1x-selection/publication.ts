// 1x-selection §16 — 职业教育培训评价组织遴选与监督管理办法（试行）— 信用核查、公示、审议、发布
//
// 第十六条  对经遴选拟入围的培训评价组织，通过国家发展改革委、市场监管总局有关信用平台核查其信用情况，税务总局
// 支持核查其是否存在重大税收违法失信情况。遴选结果公示无异议后，由部际联席会议办公室提请部际联席会议会议或书面
// 审议。审议通过后，委托有关机构面向社会发布培训评价组织和职业技能等级证书清单。
//
// The order is the rule: credit and tax checks on the shortlisted organisation, a public notice that ends
// without (unresolved) objection, the joint conference's approval (at a meeting or in writing), and only
// then publication. The text sets no length for the public notice; the selection workflow records it.
// An objection found groundless after verification no longer stands in the way ("无异议"), which is the
// authority's finding, not the system's.
import { z } from 'zod';
import { assessed } from '../assessment.js';
import { defineCheck } from '../check.js';
import { assessment, count } from '../facts.js';
import type { Finding } from '../finding.js';
import { finding } from '../rule.js';
import { sel, selectionRule } from './rule.js';

export const creditCheck = selectionRule(
  '16/credit',
  sel(16),
  '通过国家发展改革委、市场监管总局有关信用平台核查信用情况',
  'Credit checked on the NDRC and SAMR credit platforms',
);
export const taxCheck = selectionRule(
  '16/tax',
  sel(16),
  '税务总局支持核查是否存在重大税收违法失信情况',
  'Checked with the tax administration for major tax violations',
);
export const publicNotice = selectionRule(
  '16/public-notice',
  sel(16),
  '遴选结果公示无异议',
  'Public notice of the result ended without objection',
);
export const approval = selectionRule(
  '16/approval',
  sel(16),
  '部际联席会议会议或书面审议通过后方可发布',
  'Published only after the joint conference approved it',
);

export const publicationFacts = z.strictObject({
  creditCheck: z
    .enum(['clear', 'adverse', 'not_done'])
    .describe('信用平台核查：clear 无不良 / adverse 有不良信用记录 / not_done 尚未核查'),
  taxCheck: z
    .enum(['clear', 'major_violation', 'not_done'])
    .describe('重大税收违法失信核查：clear 无 / major_violation 存在 / not_done 尚未核查'),
  publicNotice: z
    .strictObject({
      ended: z.boolean().describe('公示期已结束'),
      objections: count('公示期间收到的异议件数'),
      objectionsUnfounded: assessment('异议经核实不成立'),
    })
    .describe('遴选结果公示'),
  jointConferenceApproved: z.boolean().describe('部际联席会议会议或书面审议已通过'),
});
type PublicationFacts = z.infer<typeof publicationFacts>;

const CHECK_ZH = {
  clear: '核查无不良',
  adverse: '核查发现不良信用记录',
  major_violation: '核查发现重大税收违法失信情况',
  not_done: '尚未核查',
} as const;

function checkFinding(
  rule: typeof creditCheck,
  result: PublicationFacts['creditCheck'] | PublicationFacts['taxCheck'],
  what_zh: string,
  what_en: string,
): Finding {
  return finding(rule, result === 'clear', `${what_zh}：${CHECK_ZH[result]}`, `${what_en}: ${result}`, {
    result,
  });
}

function noticeFinding(n: PublicationFacts['publicNotice']): Finding {
  if (!n.ended)
    return finding(publicNotice, false, '公示期尚未结束，不得提请审议', 'The public notice has not ended', {
      ...n,
    });
  if (n.objections === 0)
    return finding(publicNotice, true, '公示期满，无异议', 'Public notice ended without objection', { ...n });
  const f = assessed(
    publicNotice,
    n.objectionsUnfounded,
    `公示期间收到异议 ${n.objections} 件，异议经核实不成立`,
    `${n.objections} objection(s) received, found groundless`,
  );
  return { ...f, values: { ...f.values, ...n } };
}

export function publicationFindings(f: PublicationFacts): Finding[] {
  const ready = f.creditCheck === 'clear' && f.taxCheck === 'clear';
  return [
    checkFinding(creditCheck, f.creditCheck, '信用情况', 'Credit check'),
    checkFinding(taxCheck, f.taxCheck, '重大税收违法失信情况', 'Tax check'),
    noticeFinding(f.publicNotice),
    finding(
      approval,
      f.jointConferenceApproved,
      f.jointConferenceApproved
        ? '部际联席会议已审议通过，可委托有关机构面向社会发布'
        : `部际联席会议尚未审议通过，不得发布${ready ? '' : '（且信用、税收核查尚未全部通过）'}`,
      f.jointConferenceApproved
        ? 'Approved by the joint conference: may be published'
        : 'Not approved by the joint conference: no publication',
      { jointConferenceApproved: f.jointConferenceApproved },
    ),
  ];
}

export const publicationRules = [creditCheck, taxCheck, publicNotice, approval];

export const publicationCheck = defineCheck({
  name: '1x-selection.publication',
  regime: '1x-selection',
  title_zh: '遴选结果发布前的信用核查、公示与审议（第十六条）',
  title_en: 'Credit checks, public notice and approval before publication (§16)',
  asOf_zh: '拟发布日期',
  facts: publicationFacts,
  example: {
    creditCheck: 'clear',
    taxCheck: 'clear',
    publicNotice: { ended: true, objections: 0 },
    jointConferenceApproved: true,
  },
  ruleIds: publicationRules.map((r) => r.id),
  run: (f) => publicationFindings(f),
});
