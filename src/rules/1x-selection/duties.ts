// 1x-selection §19, §22–24 — 职业教育培训评价组织遴选与监督管理办法（试行）— 培训评价组织职责中的禁止性和
// 可查验的义务
//
// 第十九条  依据职业技能等级标准开发相应教材，倡导活页式、工作手册式教材。及时提供并适时更新案例库、习题库等线
// 上配套资源，广泛免费共享，满足院校工作需要。确需有偿提供的，应遵循公益性原则严格控制成本，遵循公正、公平、公开、
// 自愿原则，依法依规提供，不得额外增加院校和学生负担。建立持续更新机制，及时更新有关资源。
// 第二十二条  …不得以任何名义直接或变相要求院校购置指定品牌的设备设施、信息平台、软件、资源等。…
// 第二十三条  根据本办法，结合相关职业技能领域实际，细化工作流程和管理办法，制定职业技能等级标准、考核大纲、题库
// 开发实施细则，制定考核实施和证书管理办法、考核站点管理实施细则，并向社会公开。
// 第二十四条  坚持公益性原则，以成本补偿为基础，对职业技能等级证书的考核费用进行单独核算，根据有关规定研究确定考
// 核费用标准。组织实施职业技能等级考核，颁发有关职业技能等级证书，并及时对接录入职业技能等级证书信息管理服务平
// 台，对接职业教育国家学分银行，配合对证书对应的学分银行学分进行认定。
//
// The duties an inspection can verify (supervision/random-inspection, §25). Breaches feed §28: bundling or
// designated brands are "借机谋取不正当利益" (§28(3)), fees outside these rules §28(2). The general duties of
// §17, §18, §20 and §21 are inspected by experts on site and recorded as inspection findings.
import { z } from 'zod';
import { required } from '../assessment.js';
import { defineCheck } from '../check.js';
import type { Finding } from '../finding.js';
import { finding } from '../rule.js';
import { sel, selectionRule } from './rule.js';

export const resourceSharing = selectionRule(
  '19/sharing',
  sel(19),
  '线上配套资源广泛免费共享；确需有偿的，遵循公益性原则严格控制成本、依法依规提供',
  'Online resources shared free; paid only where necessary, at controlled cost and lawfully',
);
export const noExtraBurden = selectionRule(
  '19/no-extra-burden',
  sel(19),
  '不得额外增加院校和学生负担',
  'No extra burden on schools and students',
);
export const noDesignatedBrand = selectionRule(
  '22/designated-brand',
  sel(22),
  '不得以任何名义直接或变相要求院校购置指定品牌的设备设施、信息平台、软件、资源',
  'No requirement, direct or disguised, that schools buy designated brands',
);
export const rulesPublished = selectionRule(
  '23/published-rules',
  sel(23),
  '制定标准、考核大纲、题库开发实施细则和考核、证书、站点管理办法并向社会公开',
  'Implementing rules for standards, assessment, certificates and sites made and published',
);
export const separateAccounting = selectionRule(
  '24/separate-accounting',
  sel(24),
  '考核费用以成本补偿为基础单独核算',
  'Assessment fees accounted for separately, on a cost-recovery basis',
);
export const platformEntry = selectionRule(
  '24/platform-entry',
  sel(24),
  '颁发的证书及时对接录入职业技能等级证书信息管理服务平台',
  'Certificates issued entered in the certificate information platform in time',
);

export const dutiesFacts = z.strictObject({
  resourcesFreelyShared: z.boolean().describe('案例库、习题库等线上配套资源广泛免费共享（第十九条）'),
  paidResources: z
    .strictObject({
      necessary: z.boolean().describe('确需有偿提供'),
      costControlledAndLawful: z
        .boolean()
        .describe('遵循公益性原则严格控制成本，遵循公正、公平、公开、自愿原则，依法依规提供'),
    })
    .nullable()
    .describe('有偿提供资源的情况（全部免费填 null）'),
  extraBurdenOnSchoolsOrStudents: z.boolean().describe('额外增加院校和学生负担'),
  requiresDesignatedBrand: z
    .boolean()
    .describe('直接或变相要求院校购置指定品牌的设备设施、信息平台、软件、资源（第二十二条）'),
  implementingRulesPublished: z.boolean().describe('已制定并向社会公开有关实施细则和管理办法（第二十三条）'),
  feesSeparatelyAccounted: z.boolean().describe('考核费用单独核算，以成本补偿为基础（第二十四条）'),
  certificatesEnteredOnPlatform: z
    .boolean()
    .describe('颁发的证书已及时录入职业技能等级证书信息管理服务平台（第二十四条）'),
});
type DutiesFacts = z.infer<typeof dutiesFacts>;

function sharingFinding(f: DutiesFacts): Finding {
  const p = f.paidResources;
  const ok = p === null ? f.resourcesFreelyShared : p.necessary && p.costControlledAndLawful;
  return finding(
    resourceSharing,
    ok,
    p === null
      ? f.resourcesFreelyShared
        ? '线上配套资源广泛免费共享'
        : '线上配套资源未免费共享，亦未说明确需有偿提供'
      : ok
        ? '部分资源确需有偿提供，且遵循公益性原则严格控制成本、依法依规提供'
        : `有偿提供资源${p.necessary ? '' : '并非确需'}${p.costControlledAndLawful ? '' : '，且未严格控制成本或未依法依规提供'}`,
    p === null
      ? ok
        ? 'Resources shared free'
        : 'Resources not shared free'
      : ok
        ? 'Paid resources justified and at controlled cost'
        : 'Paid resources not justified or not at controlled cost',
    { resourcesFreelyShared: f.resourcesFreelyShared, paidResources: p },
  );
}

const prohibited = (
  rule: typeof noExtraBurden,
  breached: boolean,
  what_zh: string,
  what_en: string,
  field: string,
): Finding =>
  finding(
    rule,
    !breached,
    breached ? `存在：${what_zh}` : `不存在：${what_zh}`,
    breached ? `Breach: ${what_en}` : `No breach: ${what_en}`,
    { [field]: breached },
  );

export function dutiesFindings(f: DutiesFacts): Finding[] {
  return [
    sharingFinding(f),
    prohibited(
      noExtraBurden,
      f.extraBurdenOnSchoolsOrStudents,
      '额外增加院校和学生负担',
      'extra burden on schools or students',
      'extraBurdenOnSchoolsOrStudents',
    ),
    prohibited(
      noDesignatedBrand,
      f.requiresDesignatedBrand,
      '要求院校购置指定品牌的设备设施、信息平台、软件、资源',
      'schools required to buy designated brands',
      'requiresDesignatedBrand',
    ),
    required(
      rulesPublished,
      f.implementingRulesPublished,
      '实施细则和管理办法已制定并向社会公开',
      'Implementing rules published',
    ),
    required(
      separateAccounting,
      f.feesSeparatelyAccounted,
      '考核费用单独核算',
      'Fees accounted for separately',
    ),
    required(
      platformEntry,
      f.certificatesEnteredOnPlatform,
      '证书及时录入证书信息管理服务平台',
      'Certificates entered on the platform',
    ),
  ];
}

export const dutiesRules = [
  resourceSharing,
  noExtraBurden,
  noDesignatedBrand,
  rulesPublished,
  separateAccounting,
  platformEntry,
];

export const dutiesCheck = defineCheck({
  name: '1x-selection.duties',
  regime: '1x-selection',
  title_zh: '培训评价组织的禁止性和可查验义务（第十九条、第二十二条至第二十四条）',
  title_en: 'Verifiable duties and prohibitions of a training-evaluation organisation (§19, §22–24)',
  asOf_zh: '检查日期',
  facts: dutiesFacts,
  example: {
    resourcesFreelyShared: true,
    paidResources: null,
    extraBurdenOnSchoolsOrStudents: false,
    requiresDesignatedBrand: false,
    implementingRulesPublished: true,
    feesSeparatelyAccounted: true,
    certificatesEnteredOnPlatform: true,
  },
  ruleIds: dutiesRules.map((r) => r.id),
  run: (f) => dutiesFindings(f),
});
