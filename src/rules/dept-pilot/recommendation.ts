// dept-pilot 三（一）— 关于做好部门行业职业技能等级认定试点工作的通知（中就培函〔2020〕41号）
//
// （一）确定评价机构。政府有关部门提出本领域社会培训评价组织遴选标准，推荐2家可覆盖原有职业（工种）的社会培训评价
// 组织，承担本部门退出职业资格目录的职业（工种）职业技能等级认定工作。推荐的社会培训评价组织须参照《关于持续征集
// 社会培训评价组织的通告》（中就培函〔2020〕16号）中申报条件的相关要求。
// 行业组织承担本行业退出职业资格目录的职业（工种）的职业技能等级认定工作，其中：综合类行业组织（协会）可作为全国性
// 社会培训评价组织，其所属一类行业协会提供相应技术支持；专业性行业组织（协会）可直接作为面向全国开展相应职业（工种）
// 评价的社会培训评价组织。
//
// "推荐2家": read as at most 2 per field (a department may recommend fewer); together they must cover the
// department's original occupations. The conditions of 中就培函〔2020〕16号 are not among the five texts, so
// meeting them is the authority's assessment.
import { z } from 'zod';
import { parameterAt } from '../../parameters/parameter.js';
import { maxRecommendedPerField } from '../../parameters/dept-pilot.js';
import { assessed } from '../assessment.js';
import { defineCheck } from '../check.js';
import { atMost } from '../compare.js';
import { assessment, occupationCode } from '../facts.js';
import type { Finding } from '../finding.js';
import { finding, judgement } from '../rule.js';
import { bodyFacts, exclusion, exclusionFinding, exclusionStage } from './exclusion.js';
import { dp, dpRule } from './rule.js';

export const recommendationCount = dpRule(
  '3/1/count',
  dp('三', '一'),
  '每个领域推荐2家社会培训评价组织',
  'Two social organisations recommended per field',
  [maxRecommendedPerField.id],
);
export const recommendationCoverage = dpRule(
  '3/1/coverage',
  dp('三', '一'),
  '推荐的组织可覆盖原有职业（工种）',
  'The recommended organisations cover the original occupations',
);
export const recommendationConditions = dpRule(
  '3/1/conditions',
  dp('三', '一'),
  '推荐的组织参照中就培函〔2020〕16号申报条件',
  'Recommended organisations meet the conditions of the centre’s notice No. 16 of 2020',
);
export const industryOrgRole = dpRule(
  '3/1/industry-org',
  dp('三', '一'),
  '综合类行业组织作为全国性社会培训评价组织（所属一类协会技术支持）；专业性行业组织直接作为社会培训评价组织',
  'Comprehensive associations act nationally with technical support; professional ones act directly',
);

export const recommendationFacts = z.strictObject({
  field: z.string().trim().min(1).max(200).describe('推荐部门及领域'),
  originalOccupations: z
    .array(occupationCode())
    .min(1)
    .describe('本部门退出职业资格目录的原有职业（工种）代码'),
  organisations: z
    .array(
      z.strictObject({
        ...bodyFacts,
        meetsCallConditions: assessment('参照中就培函〔2020〕16号申报条件的相关要求'),
        coveredOccupations: z.array(occupationCode()).describe('该组织承担认定的职业（工种）'),
        branches: z.array(z.strictObject(bodyFacts)).optional().describe('该组织的分支机构'),
      }),
    )
    .describe('推荐的社会培训评价组织'),
  stage: exclusionStage,
});

export const recommendationCheck = defineCheck({
  name: 'dept-pilot.recommendation',
  regime: 'dept-pilot',
  title_zh: '政府有关部门推荐社会培训评价组织（二（一）、三（一））',
  title_en: 'Department recommendation of social organisations (二(一), 三(一))',
  asOf_zh: '推荐审核日期',
  facts: recommendationFacts,
  example: {
    field: '某部 交通运输领域',
    originalOccupations: ['4-02-01-01', '6-29-03-01'],
    organisations: [
      {
        name: '甲职业技能评价有限公司',
        kind: 'enterprise',
        meetsCallConditions: true,
        coveredOccupations: ['4-02-01-01'],
      },
      {
        name: '乙行业协会',
        kind: 'association',
        decoupledFromSupervisor: true,
        nonProfessionalAssociation: false,
        meetsCallConditions: true,
        coveredOccupations: ['6-29-03-01'],
      },
    ],
  },
  ruleIds: [recommendationCount.id, recommendationCoverage.id, recommendationConditions.id, exclusion.id],
  run(f, ctx) {
    const max = parameterAt(maxRecommendedPerField, ctx.asOf);
    const n = f.organisations.length;
    const out: Finding[] = [
      n === 0
        ? finding(recommendationCount, false, '未推荐任何社会培训评价组织', 'No organisation recommended', {
            recommended: 0,
            maximum: max,
          })
        : atMost(
            recommendationCount,
            `${f.field}推荐的社会培训评价组织`,
            `Organisations recommended for ${f.field}`,
            {
              actual: n,
              limit: max,
              parameter: maxRecommendedPerField.id,
              unit_zh: '家',
              unit_en: 'organisations',
            },
          ),
    ];
    const covered = new Set(f.organisations.flatMap((o) => o.coveredOccupations));
    const uncovered = f.originalOccupations.filter((c) => !covered.has(c));
    // At submission the department's other recommendation may still be in preparation (a draft takes
    // no place and covers nothing yet): an occupation not yet covered is for the centre to weigh; at
    // the decision the recommendations submitted must cover them.
    out.push(
      uncovered.length > 0 && f.stage === 'submission'
        ? judgement(
            recommendationCoverage,
            `尚未覆盖的原有职业（工种）：${uncovered.join('、')}（本部门在该领域的其他推荐尚未提交，由鉴定中心决定时核验）`,
            `Not yet covered: ${uncovered.join(', ')} (checked at the decision)`,
            { originalOccupations: f.originalOccupations, uncovered },
            ['本部门另行推荐覆盖其余职业（工种）的组织', '不予纳入（未覆盖原有职业）'],
          )
        : finding(
            recommendationCoverage,
            uncovered.length === 0,
            uncovered.length === 0
              ? `推荐的组织覆盖全部 ${f.originalOccupations.length} 个原有职业（工种）`
              : `未覆盖的原有职业（工种）：${uncovered.join('、')}`,
            uncovered.length === 0
              ? 'All original occupations covered'
              : `Not covered: ${uncovered.join(', ')}`,
            { originalOccupations: f.originalOccupations, uncovered },
          ),
    );
    for (const o of f.organisations) {
      out.push(
        assessed(
          recommendationConditions,
          o.meetsCallConditions,
          `“${o.name}”符合中就培函〔2020〕16号申报条件`,
          `${o.name} meets the conditions of the 2020 call`,
          { name: o.name },
        ),
      );
      out.push(exclusionFinding(o, '推荐的社会培训评价组织', f.stage));
      for (const b of o.branches ?? []) out.push(exclusionFinding(b, `“${o.name}”的分支机构`, f.stage));
    }
    return out;
  },
});

export const industryOrgFacts = z.strictObject({
  name: z.string().trim().min(1).max(200).describe('行业组织名称'),
  associationType: z
    .enum(['comprehensive', 'professional', 'other'])
    .describe(
      '行业组织类型：comprehensive 综合类行业组织（协会）/ professional 专业性行业组织（协会）/ other 其他',
    ),
  affiliatedTechnicalSupport: z.boolean().optional().describe('综合类：其所属一类行业协会提供相应技术支持'),
  branches: z.array(z.strictObject(bodyFacts)).describe('行业组织的分支机构'),
  stage: exclusionStage,
});

export const industryOrgCheck = defineCheck({
  name: 'dept-pilot.industry_org',
  regime: 'dept-pilot',
  title_zh: '行业组织作为社会培训评价组织（二（一）、三（一））',
  title_en: 'Industry organisations acting as social organisations (二(一), 三(一))',
  asOf_zh: '审核日期',
  facts: industryOrgFacts,
  example: {
    name: '中国某专业协会',
    associationType: 'professional',
    branches: [
      {
        name: '某省分会',
        kind: 'association',
        decoupledFromSupervisor: true,
        nonProfessionalAssociation: false,
      },
    ],
  },
  ruleIds: [industryOrgRole.id, exclusion.id],
  run(f) {
    const out: Finding[] = [];
    const values = {
      name: f.name,
      associationType: f.associationType,
      affiliatedTechnicalSupport: f.affiliatedTechnicalSupport ?? null,
    };
    if (f.associationType === 'professional')
      out.push(
        finding(
          industryOrgRole,
          true,
          `“${f.name}”为专业性行业组织，可直接作为面向全国开展相应职业（工种）评价的社会培训评价组织`,
          'A professional association may act directly nationwide',
          values,
        ),
      );
    else if (f.associationType === 'comprehensive')
      out.push(
        f.affiliatedTechnicalSupport === false
          ? finding(
              industryOrgRole,
              false,
              `“${f.name}”为综合类行业组织，须由其所属一类行业协会提供相应技术支持`,
              'A comprehensive association needs technical support from its affiliated associations',
              values,
            )
          : f.affiliatedTechnicalSupport === undefined
            ? judgement(
                industryOrgRole,
                `“${f.name}”为综合类行业组织：所属一类行业协会是否提供技术支持尚未确认`,
                'Technical support by affiliated associations not established',
                values,
                ['已安排技术支持（可作为全国性社会培训评价组织）', '未安排（暂不符合）'],
              )
            : finding(
                industryOrgRole,
                true,
                `“${f.name}”为综合类行业组织，可作为全国性社会培训评价组织，所属一类行业协会提供技术支持`,
                'A comprehensive association may act nationally with technical support',
                values,
              ),
      );
    else
      out.push(
        judgement(
          industryOrgRole,
          `“${f.name}”既非综合类也非专业性行业组织，通知未作规定，由监管部门认定`,
          'Neither comprehensive nor professional: the notice is silent; for the authority',
          values,
          ['认定可作为社会培训评价组织', '认定不符合'],
        ),
      );
    for (const b of f.branches) out.push(exclusionFinding(b, `“${f.name}”的分支机构`, f.stage));
    return out;
  },
});

export const recommendationRules = [
  recommendationCount,
  recommendationCoverage,
  recommendationConditions,
  industryOrgRole,
  exclusion,
];
