// dept-pilot 二（一）— 关于做好部门行业职业技能等级认定试点工作的通知（中就培函〔2020〕41号）
//
// （一）……政府有关部门推荐的社会培训评价组织及其分支机构和行业组织分支机构原则上不得将政府部门与其所属单位，以及
// 未与主管部门脱钩的各类协会、非专业行业协会纳入社会培训评价组织试点范围。
//
// "原则上不得": such a body is refused unless the authority records a reasoned exception (facts.override);
// the rule never makes the exception itself. The stage matters (docs/decisions/0015): when the plan is
// submitted, the national centre has not judged yet — an excluded body, or an association whose status
// is not established, is left to its judgement (needs_judgement, the submission goes to the centre);
// at the centre's decision, an excluded body fails unless the exception is recorded, and an association
// whose decoupling and professional character are still not established fails too (the centre must
// establish them before it admits the body).
import { z } from 'zod';
import { principleOverride } from '../facts.js';
import type { Finding } from '../finding.js';
import { finding, judgement } from '../rule.js';
import { dp, dpRule } from './rule.js';

export const exclusion = dpRule(
  '2/1/exclusion',
  dp('二', '一'),
  '原则上不得纳入政府部门及其所属单位、未与主管部门脱钩的协会、非专业行业协会',
  'In principle no government body or affiliate, non-decoupled association or non-professional industry association',
);

export const bodyKind = z
  .enum([
    'enterprise',
    'school',
    'private_non_enterprise',
    'association',
    'public_institution',
    'government_body',
  ])
  .describe(
    '单位性质：enterprise 企业 / school 院校 / private_non_enterprise 民办非企业单位 / association 协会（社会团体）/ public_institution 政府部门所属事业单位 / government_body 政府部门',
  );

export const bodyFacts = {
  name: z.string().trim().min(1).max(200).describe('单位名称'),
  kind: bodyKind,
  decoupledFromSupervisor: z.boolean().optional().describe('协会是否已与主管部门脱钩（协会须填写）'),
  nonProfessionalAssociation: z.boolean().optional().describe('属非专业行业协会（协会须填写）'),
  override: principleOverride('监管部门记录的突破“原则上不得”的例外决定（无则不填）'),
};
export const bodySchema = z.strictObject(bodyFacts);

/** When the rule is applied: at submission (the centre will judge) or at the centre's decision. */
export const exclusionStage = z
  .enum(['submission', 'decision'])
  .optional()
  .describe(
    '审核阶段：submission 提交时（原则上不得纳入的情形交鉴定中心认定）/ decision 鉴定中心决定时（无记录的例外即不予纳入）；不填 = 一般核验',
  );
export type ExclusionStage = z.infer<typeof exclusionStage>;
export type Body = z.infer<typeof bodySchema>;

export function exclusionFinding(b: Body, role_zh: string, stage?: ExclusionStage): Finding {
  const values = {
    name: b.name,
    kind: b.kind,
    decoupledFromSupervisor: b.decoupledFromSupervisor ?? null,
    nonProfessionalAssociation: b.nonProfessionalAssociation ?? null,
    override: b.override ?? null,
  };
  const grounds: string[] = [];
  const groundsEn: string[] = [];
  const ground = (zh: string, en: string) => {
    grounds.push(zh);
    groundsEn.push(en);
  };
  if (b.kind === 'government_body') ground('政府部门', 'a government department');
  if (b.kind === 'public_institution')
    ground('政府部门所属单位', 'a body attached to a government department');
  if (b.kind === 'association' && b.decoupledFromSupervisor === false)
    ground('未与主管部门脱钩的协会', 'an association not decoupled from its supervising department');
  if (b.kind === 'association' && b.nonProfessionalAssociation === true)
    ground('非专业行业协会', 'a non-professional industry association');
  const undetermined =
    grounds.length === 0 &&
    b.kind === 'association' &&
    (b.decoupledFromSupervisor === undefined || b.nonProfessionalAssociation === undefined);
  if (undetermined && stage === 'decision')
    return finding(
      exclusion,
      false,
      `${role_zh}“${b.name}”为协会，是否已与主管部门脱钩、是否属专业性协会尚未经认定，不能纳入试点范围（须先记录审核意见）`,
      `${b.name}: decoupling and professional character not established; cannot be admitted`,
      values,
      ['记录审核意见后纳入（admit_after_review）', '不予纳入（not_admitted）'],
    );
  if (undetermined)
    return judgement(
      exclusion,
      `${role_zh}“${b.name}”为协会，是否已脱钩、是否属专业性协会尚未认定`,
      `${b.name}: whether decoupled and professional is not established`,
      values,
      [
        '已脱钩且属专业性协会，可纳入（decoupled）',
        '未脱钩或属非专业行业协会，原则上不得纳入（not_decoupled）',
      ],
    );
  if (grounds.length === 0)
    return finding(
      exclusion,
      true,
      `${role_zh}“${b.name}”不属原则上不得纳入的单位`,
      `${b.name} is not an excluded body`,
      values,
    );
  if (b.override)
    return finding(
      exclusion,
      true,
      `${role_zh}“${b.name}”属${grounds.join('、')}，原则上不得纳入；${b.override.decidedBy} 已于 ${b.override.decidedOn} 记录例外理由：${b.override.reason}`,
      `${b.name} is excluded in principle (${groundsEn.join('; ')}); exception recorded`,
      { ...values, grounds },
    );
  if (stage === 'submission')
    return judgement(
      exclusion,
      `${role_zh}“${b.name}”属${grounds.join('、')}，原则上不得纳入社会培训评价组织试点范围：由鉴定中心审核认定，未记录例外理由的不予纳入`,
      `${b.name} is excluded in principle (${groundsEn.join('; ')}): for the national centre to judge`,
      { ...values, grounds },
      ['不予纳入（principle）', '鉴定中心书面记录例外理由后纳入（override）'],
    );
  return finding(
    exclusion,
    false,
    `${role_zh}“${b.name}”属${grounds.join('、')}，原则上不得纳入社会培训评价组织试点范围`,
    `${b.name} is excluded in principle (${groundsEn.join('; ')})`,
    { ...values, grounds },
    ['不予纳入（principle）', '监管部门书面记录例外理由后纳入（override）'],
  );
}
