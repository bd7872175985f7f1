// mohrss-filing 一 — 职业技能等级评价机构备案事项办理指南（试行）(人社职司便函〔2021〕57号 附件1) — 全国性用人单位
//
// （一）适用范围  本指南适用于全国性用人单位备案事项的申请和办理。
// （五）数量限制  无数量限制
// （六）申请条件
//   1.国资委央企名录中的中央企业，或大型国有企业、民营企业等。
//   2.技能人员为单位职工的重要组成部分。
//   3.具有良好的技能人员培训和评价工作基础。
//   4.以用为本，建立健全培训与使用相结合、评价与激励相联系的人才发展机制。
//   5.自愿接受各级人力资源社会保障部门的监督。
// （七）禁止性规定  无
import { z } from 'zod';
import { assessed, required } from '../assessment.js';
import { defineCheck } from '../check.js';
import { assessment } from '../facts.js';
import type { Finding } from '../finding.js';
import { finding, judgement } from '../rule.js';
import { mf, mfRule } from './rule.js';

// （一）The guide governs national employers; a local employer files under its province's own guide (footnote 1).
export const employerScope = mfRule(
  '1/1',
  mf('一', '一'),
  '适用于全国性用人单位',
  'Applies to national employers',
);
// （五）No quota: the finding states it, so that a workflow asking about quota for an employer gets the text's answer.
export const employerNoQuota = mfRule(
  '1/5',
  mf('一', '五'),
  '全国性用人单位备案无数量限制',
  'No quota for national employers',
);
// （六）1. "等" leaves the list open to other large enterprises: that is the authority's call.
export const employerCategory = mfRule(
  '1/6/1',
  mf('一', '六', 1),
  '中央企业、大型国有企业、民营企业等',
  'Central SOE, large state-owned or private enterprise, etc.',
);
export const employerSkilledWorkforce = mfRule(
  '1/6/2',
  mf('一', '六', 2),
  '技能人员为职工的重要组成部分',
  'Skilled workers an important part of the workforce',
);
export const employerFoundation = mfRule(
  '1/6/3',
  mf('一', '六', 3),
  '良好的技能人员培训和评价工作基础',
  'Good foundation in training and evaluating skilled workers',
);
export const employerMechanism = mfRule(
  '1/6/4',
  mf('一', '六', 4),
  '培训与使用相结合、评价与激励相联系的人才发展机制',
  'Talent-development mechanism linking training, use, evaluation and incentives',
);
export const employerSupervision = mfRule(
  '1/6/5',
  mf('一', '六', 5),
  '自愿接受各级人社部门监督',
  'Accepts supervision by HR departments at every level',
);
// （七）"无": no prohibition applies; stated as a finding for the same reason as （五）.
export const employerNoProhibitions = mfRule(
  '1/7',
  mf('一', '七'),
  '全国性用人单位无禁止性规定',
  'No prohibitions for national employers',
);

export const employerEligibilityFacts = z.strictObject({
  nationalEmployer: z.boolean().describe('属于全国性用人单位（地方用人单位按各地参照制定的备案指南办理）'),
  enterpriseCategory: z
    .enum(['central_soe', 'large_soe', 'large_private', 'other_large', 'not_large'])
    .describe(
      '企业类别：central_soe 国资委央企名录中的中央企业 / large_soe 大型国有企业 / large_private 大型民营企业 / other_large 其他大型企业（“等”）/ not_large 非大型企业',
    ),
  skilledWorkersImportantPart: assessment('技能人员为单位职工的重要组成部分'),
  trainingEvaluationFoundation: assessment('具有良好的技能人员培训和评价工作基础'),
  talentMechanism: assessment('以用为本，建立健全培训与使用相结合、评价与激励相联系的人才发展机制'),
  acceptsSupervision: z.boolean().describe('自愿接受各级人力资源社会保障部门的监督'),
});

const CATEGORY_ZH = {
  central_soe: '国资委央企名录中的中央企业',
  large_soe: '大型国有企业',
  large_private: '大型民营企业',
  other_large: '其他大型企业',
  not_large: '非大型企业',
} as const;

function categoryFinding(c: z.infer<typeof employerEligibilityFacts>['enterpriseCategory']): Finding {
  if (c === 'other_large')
    return judgement(
      employerCategory,
      '其他大型企业：申请条件列举以“等”结尾，是否属同类由监管部门认定',
      'Other large enterprise: the list ends with “等”; for the authority to decide',
      { enterpriseCategory: c },
      ['认定属于同类大型企业（符合）', '认定不属于（不符合）'],
    );
  const ok = c !== 'not_large';
  return finding(
    employerCategory,
    ok,
    ok ? `属于${CATEGORY_ZH[c]}` : '非中央企业或大型国有、民营企业，不符合申请条件',
    ok ? `A ${c}` : 'Not a central SOE or a large enterprise',
    { enterpriseCategory: c },
  );
}

export const employerEligibilityCheck = defineCheck({
  name: 'mohrss-filing.employer.eligibility',
  regime: 'mohrss-filing',
  title_zh: '全国性用人单位备案：适用范围、数量限制、申请条件、禁止性规定（一（一）（五）（六）（七））',
  title_en: 'National employer filing: scope, quota, conditions, prohibitions (一(一)(五)(六)(七))',
  asOf_zh: '备案决定日期',
  facts: employerEligibilityFacts,
  example: {
    nationalEmployer: true,
    enterpriseCategory: 'central_soe',
    skilledWorkersImportantPart: true,
    trainingEvaluationFoundation: true,
    talentMechanism: true,
    acceptsSupervision: true,
  },
  ruleIds: [
    employerScope.id,
    employerNoQuota.id,
    employerCategory.id,
    employerSkilledWorkforce.id,
    employerFoundation.id,
    employerMechanism.id,
    employerSupervision.id,
    employerNoProhibitions.id,
  ],
  run: (f) => [
    finding(
      employerScope,
      f.nationalEmployer,
      f.nationalEmployer
        ? '属于全国性用人单位，适用本指南'
        : '非全国性用人单位：本指南不适用，按所在地参照制定的用人单位备案指南办理',
      f.nationalEmployer
        ? 'A national employer: the guide applies'
        : 'Not a national employer: the local guide applies instead',
      { nationalEmployer: f.nationalEmployer },
    ),
    finding(employerNoQuota, true, '全国性用人单位备案无数量限制', 'No quota applies to national employers', {
      quota: null,
    }),
    categoryFinding(f.enterpriseCategory),
    assessed(
      employerSkilledWorkforce,
      f.skilledWorkersImportantPart,
      '技能人员为单位职工的重要组成部分',
      'Skilled workers an important part of the workforce',
    ),
    assessed(
      employerFoundation,
      f.trainingEvaluationFoundation,
      '良好的技能人员培训和评价工作基础',
      'Foundation in training and evaluation',
    ),
    assessed(
      employerMechanism,
      f.talentMechanism,
      '培训与使用相结合、评价与激励相联系的人才发展机制',
      'Talent-development mechanism',
    ),
    required(
      employerSupervision,
      f.acceptsSupervision,
      '自愿接受各级人力资源社会保障部门的监督',
      'Accepts supervision',
    ),
    finding(
      employerNoProhibitions,
      true,
      '全国性用人单位备案无禁止性规定',
      'The guide sets no prohibition for national employers',
    ),
  ],
});

export const employerEligibilityRules = [
  employerScope,
  employerNoQuota,
  employerCategory,
  employerSkilledWorkforce,
  employerFoundation,
  employerMechanism,
  employerSupervision,
  employerNoProhibitions,
];
