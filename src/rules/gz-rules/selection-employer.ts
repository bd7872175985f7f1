// gz-rules §4 — 贵州省职业技能等级认定机构遴选及退出实施细则 — 用人单位遴选条件
//
// 第四条  用人单位应满足以下条件。
// （一）属于以技能人员为主体的规模以上企业、产业链链主企业、行业龙头企业，或有意愿、有条件开展技能
//   等级认定的“专精特新”企业、地方特色企业；
// （二）已建立技能人才培养与使用相结合、评价与激励相衔接的工作体系，落实技能人才薪酬激励机制，实现
//   职业技能等级与工资待遇、岗位晋升、培训机会等直接挂钩；
// （三）申请认定的职业（工种）与本单位主营业务直接相关，且在岗位设置中有明确对应的技能岗位；
// （四）已制定完善的技能人才队伍建设相关制度及职业技能等级认定实施方案，能为技能人才培养、使用、评价、
//   激励全流程提供质量保障；
// （五）用于开展职业技能等级认定的场地及设施设备，除符合国家职业标准要求外，还须满足消防安全、环保、
//   劳保等相关规定。
import { z } from 'zod';
import { parameterAt } from '../../parameters/parameter.js';
import { employerCategories } from '../../parameters/gz-rules.js';
import { assessed } from '../assessment.js';
import { defineCheck } from '../check.js';
import { assessment, occupationCode } from '../facts.js';
import type { Finding } from '../finding.js';
import { finding, judgement } from '../rule.js';
import { gz, gzRule } from './rule.js';
import { jurisdictionFact, territory, territoryFindings } from './scope.js';

// （一）Two groups: the first three kinds must be 以技能人员为主体; the last two must be 有意愿、有条件
// (an assessment). Belonging to neither group fails.
export const employerCategory = gzRule(
  '4/1',
  gz(4, 1),
  '用人单位须属规定的企业类别',
  'The employer must be one of the listed kinds of enterprise',
  [employerCategories.id],
);
const SKILL_MAJORITY_KINDS = ['above_scale', 'chain_leader', 'industry_leader'];
const WILLING_KINDS = ['specialised_innovative', 'local_characteristic'];

function categoryFinding(
  categories: readonly string[],
  skilledWorkersMajority: boolean | undefined,
  willingAndCapable: boolean | undefined,
  asOf: string,
): Finding {
  const listed = parameterAt(employerCategories, asOf);
  const names = categories.map((c) => listed.find((e) => e.id === c)?.name_zh ?? c);
  const values = {
    categories,
    skilledWorkersMajority: skilledWorkersMajority ?? null,
    willingAndCapable: willingAndCapable ?? null,
  };
  const groupA = categories.some((c) => SKILL_MAJORITY_KINDS.includes(c));
  const groupB = categories.some((c) => WILLING_KINDS.includes(c));
  if (groupA && skilledWorkersMajority === true)
    return finding(
      employerCategory,
      true,
      `属于${names.join('、')}，且以技能人员为主体`,
      'A listed kind of enterprise whose workforce is mainly skilled workers',
      values,
    );
  if (groupB && willingAndCapable === true)
    return finding(
      employerCategory,
      true,
      `属于${names.join('、')}，经认定有意愿、有条件开展技能等级认定`,
      'A specialised-innovative or local-characteristic enterprise assessed as willing and able',
      values,
    );
  if (groupB && willingAndCapable === undefined)
    return judgement(
      employerCategory,
      `属于${names.join('、')}，“有意愿、有条件”须由监管部门认定`,
      'Whether the enterprise is willing and able is for the authority to assess',
      values,
      ['认定有意愿、有条件（符合）', '认定不具备条件（不符合）'],
    );
  if (groupA && skilledWorkersMajority === undefined)
    return judgement(
      employerCategory,
      `属于${names.join('、')}，是否“以技能人员为主体”尚未认定`,
      'Whether skilled workers form the main body of the workforce is not yet established',
      values,
      ['以技能人员为主体（符合）', '非以技能人员为主体（不符合）'],
    );
  return finding(
    employerCategory,
    false,
    categories.length === 0
      ? '不属于第四条第（一）项所列任何企业类别'
      : `${names.join('、')}：不满足“以技能人员为主体”或“有意愿、有条件”的要求`,
    'Not a listed kind of enterprise, or the qualifying condition is not met',
    values,
  );
}

export const employerIncentives = gzRule(
  '4/2',
  gz(4, 2),
  '已建立培养使用相结合、评价激励相衔接的工作体系并落实薪酬激励',
  'Training-use and evaluation-incentive system in place, pay linked to skill level',
);
export const employerOccupationFit = gzRule(
  '4/3',
  gz(4, 3),
  '申请认定的职业（工种）与主营业务直接相关且有对应技能岗位',
  'Occupations directly related to the main business, with corresponding skill posts',
);
export const employerSystems = gzRule(
  '4/4',
  gz(4, 4),
  '已制定技能人才队伍建设制度及认定实施方案',
  'Skilled-workforce regulations and an evaluation implementation plan in place',
);
export const employerSite = gzRule(
  '4/5',
  gz(4, 5),
  '场地设施设备符合国家职业标准及消防、环保、劳保规定',
  'Premises and equipment meet the national standard and fire, environment and labour-protection rules',
);

export const employerSelectionFacts = z.strictObject({
  jurisdictionCode: jurisdictionFact,
  enterpriseCategories: z
    .array(
      z.enum([
        'above_scale',
        'chain_leader',
        'industry_leader',
        'specialised_innovative',
        'local_characteristic',
      ]),
    )
    .describe(
      '企业类别（可多选）：above_scale 规模以上企业 / chain_leader 产业链链主企业 / industry_leader 行业龙头企业 / specialised_innovative “专精特新”企业 / local_characteristic 地方特色企业；均不属于则留空',
    ),
  skilledWorkersMajority: assessment('以技能人员为主体'),
  willingAndCapable: assessment('有意愿、有条件开展技能等级认定（专精特新、地方特色企业）'),
  incentiveSystem: assessment(
    '已建立培养与使用相结合、评价与激励相衔接的工作体系，落实薪酬激励，等级与待遇、晋升、培训直接挂钩',
  ),
  occupations: z
    .array(
      z.strictObject({
        code: occupationCode(),
        directlyRelatedToMainBusiness: assessment('与本单位主营业务直接相关'),
        hasCorrespondingSkillPost: z.boolean().describe('岗位设置中有明确对应的技能岗位'),
      }),
    )
    .min(1)
    .describe('申请认定的职业（工种）'),
  systemsAndPlan: assessment('已制定完善的技能人才队伍建设制度及职业技能等级认定实施方案'),
  siteMeetsNationalStandard: assessment('场地及设施设备符合国家职业标准要求'),
  siteSafetyCompliant: assessment('场地满足消防安全、环保、劳保等相关规定'),
});

export const employerSelectionCheck = defineCheck({
  name: 'gz-rules.selection.employer',
  regime: 'gz-rules',
  title_zh: '用人单位遴选条件（第四条）',
  title_en: 'Selection conditions for employers (§4)',
  asOf_zh: '遴选决定日期',
  facts: employerSelectionFacts,
  example: {
    jurisdictionCode: '520100',
    enterpriseCategories: ['above_scale'],
    skilledWorkersMajority: true,
    incentiveSystem: true,
    occupations: [
      { code: '6-18-01-01', directlyRelatedToMainBusiness: true, hasCorrespondingSkillPost: true },
    ],
    systemsAndPlan: true,
    siteMeetsNationalStandard: true,
    siteSafetyCompliant: true,
  },
  ruleIds: [
    territory.id,
    employerCategory.id,
    employerIncentives.id,
    employerOccupationFit.id,
    employerSystems.id,
    employerSite.id,
  ],
  run(f, ctx) {
    return [
      ...territoryFindings(f.jurisdictionCode),
      categoryFinding(f.enterpriseCategories, f.skilledWorkersMajority, f.willingAndCapable, ctx.asOf),
      assessed(
        employerIncentives,
        f.incentiveSystem,
        '技能人才培养使用评价激励工作体系及薪酬激励',
        'Training, use, evaluation and pay-incentive system',
      ),
      ...f.occupations.flatMap((o) => [
        assessed(
          employerOccupationFit,
          o.directlyRelatedToMainBusiness,
          `职业（工种）${o.code} 与主营业务直接相关`,
          `Occupation ${o.code} directly related to the main business`,
          { occupation: o.code },
        ),
        finding(
          employerOccupationFit,
          o.hasCorrespondingSkillPost,
          o.hasCorrespondingSkillPost
            ? `职业（工种）${o.code} 在岗位设置中有对应技能岗位`
            : `职业（工种）${o.code} 在岗位设置中没有明确对应的技能岗位`,
          o.hasCorrespondingSkillPost
            ? `Occupation ${o.code} has a corresponding skill post`
            : `Occupation ${o.code} has no corresponding skill post`,
          { occupation: o.code, hasCorrespondingSkillPost: o.hasCorrespondingSkillPost },
        ),
      ]),
      assessed(
        employerSystems,
        f.systemsAndPlan,
        '技能人才队伍建设制度及认定实施方案',
        'Workforce regulations and implementation plan',
      ),
      assessed(
        employerSite,
        f.siteMeetsNationalStandard,
        '场地及设施设备符合国家职业标准',
        'Premises and equipment meet the national occupational standard',
      ),
      assessed(
        employerSite,
        f.siteSafetyCompliant,
        '场地满足消防安全、环保、劳保规定',
        'Premises meet fire-safety, environmental and labour-protection rules',
      ),
    ];
  },
});

export const employerSelectionRules = [
  employerCategory,
  employerIncentives,
  employerOccupationFit,
  employerSystems,
  employerSite,
];
