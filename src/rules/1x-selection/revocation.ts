// 1x-selection §28 — 职业教育培训评价组织遴选与监督管理办法（试行）— 退出机制
//
// 第二十八条  建立培训评价组织退出机制。培训评价组织凡出现以下情形之一，经相关部门调查核实，报部际联席会议审
// 定后取消其参与 1+X 证书制度试点资格，将其从培训评价组织目录中清除，并依法依规交由有关部门进一步处理。
// （一）考核工作组织实施不力，在考核过程中存在严重违反考核纪律、弄虚作假的；
// （二）违反有关规定进行高收费或另立名目乱收费，不按要求及时整改的；
// （三）借机谋取不正当利益的，如向学校捆绑销售仪器设备、实训软件等；
// （四）不按要求及时更新有关职业技能等级标准、教材、考核题库的；
// （五）针对“双随机、一公开”检查、通过证书信息管理服务平台等渠道反映问题集中且未按要求及时整改的，等级评价
// 不合格的；
// （六）出现重大税收等违法失信情况的；
// （七）存在其他违纪违规情况的。
// 试点资格取消前已按规范程序发放的相关职业技能等级证书可继续发挥效用，体现的学习成果可在学分银行继续使用。
//
// Unlike 1x-exit §5 ("可按规定取消"), §28 says the qualification IS removed once a ground is verified and the
// joint conference has approved: a present ground fails the check and states that consequence. The
// investigation and the joint conference's approval are steps of the exit workflow (exit/1x-exit).
// Item (5) holds two grounds — concentrated, unrectified problems; a failed rating — so it has two rules.
// 1x-exit §5(1) incorporates these seven grounds: its revocation check returns these findings too
// (docs/decisions/0007 on where the two texts differ).
import { z } from 'zod';
import { defineCheck } from '../check.js';
import { assessment } from '../facts.js';
import type { Finding } from '../finding.js';
import { finding, judgement } from '../rule.js';
import { groundFinding } from './grounds.js';
import { sel, selectionRule } from './rule.js';

export const examMisconduct = selectionRule(
  '28/1',
  sel(28, 1),
  '考核工作组织实施不力，考核过程中严重违反考核纪律、弄虚作假',
  'Poorly run assessments with serious breaches of exam discipline or fraud',
);
export const overcharging = selectionRule(
  '28/2',
  sel(28, 2),
  '违规高收费或另立名目乱收费，不按要求及时整改',
  'Excessive or invented fees, not rectified in time',
);
export const improperBenefit = selectionRule(
  '28/3',
  sel(28, 3),
  '借机谋取不正当利益（如向学校捆绑销售仪器设备、实训软件等）',
  'Improper gain, e.g. bundled sales of equipment or software to schools',
);
export const notUpdated = selectionRule(
  '28/4',
  sel(28, 4),
  '不按要求及时更新职业技能等级标准、教材、考核题库',
  'Standards, textbooks or question banks not updated as required',
);
export const concentratedProblems = selectionRule(
  '28/5/problems',
  sel(28, 5),
  '“双随机、一公开”检查、证书信息管理服务平台等渠道反映问题集中且未按要求及时整改',
  'Concentrated problems from inspections or the certificate platform, not rectified in time',
);
export const ratingUnqualified = selectionRule(
  '28/5/rating',
  sel(28, 5),
  '等级评价不合格',
  'Failed the level evaluation',
);
export const majorTaxViolation = selectionRule(
  '28/6',
  sel(28, 6),
  '出现重大税收等违法失信情况',
  'Major tax or other unlawful, dishonest conduct',
);
export const otherViolations = selectionRule('28/7', sel(28, 7), '存在其他违纪违规情况', 'Other violations');

// 第二款: certificates issued by proper procedure before removal keep their effect.
export const certificatesKeepEffect = selectionRule(
  '28/p2',
  sel(28, undefined, 2),
  '试点资格取消前已按规范程序发放的证书可继续发挥效用',
  'Certificates properly issued before removal keep their effect',
);

const rectification = (what_zh: string) =>
  z
    .enum(['none', 'rectified', 'not_rectified'])
    .describe(`${what_zh}：none 无 / rectified 有但已按要求及时整改 / not_rectified 有且不按要求及时整改`);

export const section28Facts = z
  .strictObject({
    examMisconduct: assessment(
      '考核工作组织实施不力，在考核过程中存在严重违反考核纪律、弄虚作假（第（一）项）',
    ),
    overcharging: rectification('违反有关规定进行高收费或另立名目乱收费（第（二）项）'),
    improperBenefit: z
      .boolean()
      .describe('借机谋取不正当利益，如向学校捆绑销售仪器设备、实训软件等（第（三）项）'),
    notUpdated: z.boolean().describe('不按要求及时更新有关职业技能等级标准、教材、考核题库（第（四）项）'),
    concentratedProblems: rectification(
      '“双随机、一公开”检查、证书信息管理服务平台等渠道反映问题集中（第（五）项）',
    ),
    ratingUnqualified: z.boolean().describe('等级评价不合格（第（五）项）'),
    majorTaxViolation: z.boolean().describe('出现重大税收等违法失信情况（第（六）项）'),
    otherViolations: z.boolean().describe('存在其他违纪违规情况（第（七）项）'),
  })
  .describe('《管理办法》第二十八条所列情形');
export type Section28Facts = z.infer<typeof section28Facts>;

const REMOVAL = {
  zh: '经调查核实、报部际联席会议审定后，取消其参与 1+X 证书制度试点资格，从培训评价组织目录中清除，并依法依规交由有关部门进一步处理',
  en: 'Once verified and approved by the joint conference: removal from the 1+X pilot and the directory, and referral as the law requires',
};
const CONSEQUENCE = ['pilot_removal', 'directory_removal', 'referral'];

/** The seven grounds of §28 (eight findings: item (5) holds two). */
export function section28Findings(f: Section28Facts): Finding[] {
  const g = (rule: typeof examMisconduct, present: boolean | undefined, values: Record<string, unknown>) =>
    groundFinding(
      rule,
      present,
      rule.title_zh,
      rule.title_en,
      { ...values, consequence: CONSEQUENCE },
      REMOVAL,
    );
  return [
    g(examMisconduct, f.examMisconduct, { examMisconduct: f.examMisconduct ?? null }),
    g(overcharging, f.overcharging === 'not_rectified', { overcharging: f.overcharging }),
    g(improperBenefit, f.improperBenefit, { improperBenefit: f.improperBenefit }),
    g(notUpdated, f.notUpdated, { notUpdated: f.notUpdated }),
    g(concentratedProblems, f.concentratedProblems === 'not_rectified', {
      concentratedProblems: f.concentratedProblems,
    }),
    g(ratingUnqualified, f.ratingUnqualified, { ratingUnqualified: f.ratingUnqualified }),
    g(majorTaxViolation, f.majorTaxViolation, { majorTaxViolation: f.majorTaxViolation }),
    g(otherViolations, f.otherViolations, { otherViolations: f.otherViolations }),
  ];
}

export const section28Rules = [
  examMisconduct,
  overcharging,
  improperBenefit,
  notUpdated,
  concentratedProblems,
  ratingUnqualified,
  majorTaxViolation,
  otherViolations,
];

/**
 * §28 ¶2 for one certificate: issued before the removal (`removedOn`) and by proper procedure → keeps its
 * effect ("可继续发挥效用"); issued by improper procedure → not covered; procedure not yet assessed →
 * needs judgement. A certificate issued on or after the removal date is outside ¶2 altogether.
 */
export function certificateEffectFinding(
  issuedOn: string,
  removedOn: string,
  regularProcedure: boolean | undefined,
): Finding {
  const values = { issuedOn, removedOn, regularProcedure: regularProcedure ?? null };
  if (issuedOn >= removedOn)
    return finding(
      certificatesKeepEffect,
      false,
      `证书于 ${issuedOn} 发放，不在试点资格取消（${removedOn}）之前，不适用第二十八条第二款`,
      `Issued ${issuedOn}, not before the removal on ${removedOn}: §28 ¶2 does not cover it`,
      values,
    );
  if (regularProcedure === undefined)
    return judgement(
      certificatesKeepEffect,
      `证书于 ${issuedOn} 发放（早于 ${removedOn} 取消资格），是否“按规范程序发放”须认定`,
      `Issued ${issuedOn}, before the removal on ${removedOn}; whether it was issued by proper procedure is to be assessed`,
      values,
      ['认定按规范程序发放，证书继续发挥效用', '认定未按规范程序发放，不适用第二十八条第二款'],
    );
  return finding(
    certificatesKeepEffect,
    regularProcedure,
    regularProcedure
      ? `证书于 ${issuedOn} 按规范程序发放，早于 ${removedOn} 取消资格，可继续发挥效用，学习成果可在学分银行继续使用`
      : `证书于 ${issuedOn} 发放但未按规范程序，不适用第二十八条第二款`,
    regularProcedure
      ? `Issued ${issuedOn} by proper procedure before the removal on ${removedOn}: it keeps its effect`
      : `Issued ${issuedOn} without proper procedure: §28 ¶2 does not cover it`,
    values,
  );
}

export const revocationCheck = defineCheck({
  name: '1x-selection.revocation',
  regime: '1x-selection',
  title_zh: '取消试点资格的情形（第二十八条）',
  title_en: 'Grounds for removal from the 1+X pilot (§28)',
  asOf_zh: '调查核实结论日期',
  facts: section28Facts,
  example: {
    examMisconduct: false,
    overcharging: 'rectified',
    improperBenefit: false,
    notUpdated: false,
    concentratedProblems: 'none',
    ratingUnqualified: false,
    majorTaxViolation: false,
    otherViolations: false,
  },
  ruleIds: section28Rules.map((r) => r.id),
  run: (f) => section28Findings(f),
});

export const revocationRules = [...section28Rules, certificatesKeepEffect];
