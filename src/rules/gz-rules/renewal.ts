// gz-rules §8–10, §12 — 贵州省职业技能等级认定机构遴选及退出实施细则 — 评价机构续期
//
// 第八条  用人单位申请续期，应满足以下条件。
// （一）总体信誉良好，处于正常开展职业技能等级认定工作状态；
// （二）有效期内，组织开展职业技能等级认定并核发证书人数不少于150人次；
// （三）员工获得本单位自主认定的职业技能等级证书后，已按报备承诺实现证书与岗位使用相结合、与待遇相匹配的
//   激励制度，并能提供相应佐证材料。
// 第九条  院校申请续期，应满足以下条件。
// （一）总体信誉良好，处于正常办学状态；
// （二）有效期内，组织开展职业技能等级认定并核发证书人数不少于300人次。
// 第十条  社会培训评价组织申请续期，应满足以下条件：
// （一）总体信誉良好，处于正常开展职业技能等级认定工作状态；
// （二）有效期内，组织开展职业技能等级认定并核发证书总人数不少于600人次，且申请续期的每个职业（工种）核发
//   证书人数不少于100人次；
// （三）用于开展认定的场地、设备、人员等核心条件仍符合国家职业标准要求，能够保障评价活动正常运行。
// 第十二条  所有续期申请材料应真实、准确、完整，不得存在虚假申报情形。
//
// The counts are the certificates the institution itself issued within its validity period, computed
// by the renewal workflow from its certificate data and passed in as facts.
import { z } from 'zod';
import { parameterAt } from '../../parameters/parameter.js';
import * as P from '../../parameters/gz-rules.js';
import { assessed } from '../assessment.js';
import { defineCheck } from '../check.js';
import { atLeast } from '../compare.js';
import { assessment, count, occupationCode } from '../facts.js';
import type { Finding } from '../finding.js';
import { finding } from '../rule.js';
import { gz, gzRule } from './rule.js';

export const employerStanding = gzRule(
  '8/1',
  gz(8, 1),
  '用人单位：总体信誉良好，正常开展认定工作',
  'Employer: good standing, evaluating normally',
);
export const employerCertificates = gzRule(
  '8/2',
  gz(8, 2),
  '用人单位：有效期内核发证书不少于150人次',
  'Employer: at least 150 certificates in the validity period',
  [P.renewalEmployerMin.id],
);
export const employerIncentive = gzRule(
  '8/3',
  gz(8, 3),
  '用人单位：证书与岗位使用、待遇相匹配的激励制度已落实并有佐证',
  'Employer: certificates linked to posts and pay, with evidence',
);
export const schoolStanding = gzRule(
  '9/1',
  gz(9, 1),
  '院校：总体信誉良好，正常办学',
  'School: good standing, operating normally',
);
export const schoolCertificates = gzRule(
  '9/2',
  gz(9, 2),
  '院校：有效期内核发证书不少于300人次',
  'School: at least 300 certificates in the validity period',
  [P.renewalSchoolMin.id],
);
export const socialOrgStanding = gzRule(
  '10/1',
  gz(10, 1),
  '社会培训评价组织：总体信誉良好，正常开展认定工作',
  'Social organisation: good standing, evaluating normally',
);
export const socialOrgTotal = gzRule(
  '10/2/total',
  gz(10, 2),
  '社会培训评价组织：有效期内核发证书总数不少于600人次',
  'Social organisation: at least 600 certificates in total',
  [P.renewalSocialOrgTotalMin.id],
);
export const socialOrgPerOccupation = gzRule(
  '10/2/per-occupation',
  gz(10, 2),
  '社会培训评价组织：每个申请续期职业（工种）不少于100人次',
  'Social organisation: at least 100 certificates per occupation renewed',
  [P.renewalSocialOrgPerOccupationMin.id],
);
export const socialOrgCoreConditions = gzRule(
  '10/3',
  gz(10, 3),
  '社会培训评价组织：场地、设备、人员等核心条件仍符合国家职业标准',
  'Social organisation: core conditions still meet the national standard',
);
export const truthfulMaterials = gzRule(
  '12',
  gz(12),
  '续期申请材料真实、准确、完整，无虚假申报',
  'Renewal materials true, accurate and complete',
);

export const renewalFacts = z
  .strictObject({
    kind: z
      .enum(['employer', 'school', 'social_org'])
      .describe('机构类别：employer 用人单位 / school 院校 / social_org 社会培训评价组织'),
    goodStanding: assessment('总体信誉良好，处于正常开展认定工作（院校：正常办学）状态'),
    certificatesInValidityPeriod: count('有效期内组织认定并核发证书总人次'),
    occupations: z
      .array(
        z.strictObject({ code: occupationCode(), certificates: count('该职业（工种）有效期内核发证书人次') }),
      )
      .optional()
      .describe('申请续期的职业（工种）及其核发证书人次（社会培训评价组织必填）'),
    incentiveEvidence: assessment(
      '已按报备承诺实现证书与岗位使用相结合、与待遇相匹配的激励制度，并能提供佐证（用人单位）',
    ),
    coreConditionsMaintained: assessment(
      '场地、设备、人员等核心条件仍符合国家职业标准要求（社会培训评价组织）',
    ),
    falseDeclarationFound: z.boolean().describe('经查续期申请材料存在虚假申报情形'),
  })
  .superRefine((f, ctx) => {
    if (f.kind === 'social_org' && (!f.occupations || f.occupations.length === 0))
      ctx.addIssue({
        code: 'custom',
        path: ['occupations'],
        message: '社会培训评价组织须列明申请续期的职业（工种）及其证书人次',
      });
  });
type RenewalFacts = z.infer<typeof renewalFacts>;

const times = (actual: number, p: typeof P.renewalEmployerMin, asOf: string) => ({
  actual,
  limit: parameterAt(p, asOf),
  parameter: p.id,
  unit_zh: '人次',
  unit_en: 'person-times',
});

export function renewalFindings(f: RenewalFacts, asOf: string): Finding[] {
  const out: Finding[] = [];
  if (f.kind === 'employer') {
    out.push(assessed(employerStanding, f.goodStanding, '总体信誉良好，正常开展认定工作', 'Good standing'));
    out.push(
      atLeast(
        employerCertificates,
        '有效期内核发证书',
        'Certificates in the validity period',
        times(f.certificatesInValidityPeriod, P.renewalEmployerMin, asOf),
      ),
    );
    out.push(
      assessed(
        employerIncentive,
        f.incentiveEvidence,
        '证书与岗位使用、待遇相匹配的激励制度及佐证',
        'Certificate-post-pay linkage with evidence',
      ),
    );
  } else if (f.kind === 'school') {
    out.push(assessed(schoolStanding, f.goodStanding, '总体信誉良好，正常办学', 'Good standing'));
    out.push(
      atLeast(
        schoolCertificates,
        '有效期内核发证书',
        'Certificates in the validity period',
        times(f.certificatesInValidityPeriod, P.renewalSchoolMin, asOf),
      ),
    );
  } else {
    out.push(assessed(socialOrgStanding, f.goodStanding, '总体信誉良好，正常开展认定工作', 'Good standing'));
    out.push(
      atLeast(
        socialOrgTotal,
        '有效期内核发证书总数',
        'Total certificates in the validity period',
        times(f.certificatesInValidityPeriod, P.renewalSocialOrgTotalMin, asOf),
      ),
    );
    for (const o of f.occupations ?? [])
      out.push(
        atLeast(
          socialOrgPerOccupation,
          `职业（工种）${o.code} 核发证书`,
          `Certificates for ${o.code}`,
          times(o.certificates, P.renewalSocialOrgPerOccupationMin, asOf),
          { occupation: o.code },
        ),
      );
    out.push(
      assessed(
        socialOrgCoreConditions,
        f.coreConditionsMaintained,
        '场地、设备、人员等核心条件仍符合国家职业标准',
        'Core conditions still met',
      ),
    );
  }
  out.push(
    finding(
      truthfulMaterials,
      !f.falseDeclarationFound,
      f.falseDeclarationFound ? '经查续期申请材料存在虚假申报情形' : '未发现虚假申报情形',
      f.falseDeclarationFound
        ? 'False statements found in the renewal application'
        : 'No false statement found',
      { falseDeclarationFound: f.falseDeclarationFound },
    ),
  );
  return out;
}

export const renewalCheck = defineCheck({
  name: 'gz-rules.renewal',
  regime: 'gz-rules',
  title_zh: '续期条件（第八至十条、第十二条）',
  title_en: 'Renewal conditions (§8–10, §12)',
  asOf_zh: '续期决定日期',
  facts: renewalFacts,
  example: {
    kind: 'social_org',
    goodStanding: true,
    certificatesInValidityPeriod: 600,
    occupations: [
      { code: '4-03-02-01', certificates: 350 },
      { code: '4-10-01-01', certificates: 250 },
    ],
    coreConditionsMaintained: true,
    falseDeclarationFound: false,
  },
  ruleIds: [
    employerStanding.id,
    employerCertificates.id,
    employerIncentive.id,
    schoolStanding.id,
    schoolCertificates.id,
    socialOrgStanding.id,
    socialOrgTotal.id,
    socialOrgPerOccupation.id,
    socialOrgCoreConditions.id,
    truthfulMaterials.id,
  ],
  run: (f, ctx) => renewalFindings(f, ctx.asOf),
});

export const renewalRules = [
  employerStanding,
  employerCertificates,
  employerIncentive,
  schoolStanding,
  schoolCertificates,
  socialOrgStanding,
  socialOrgTotal,
  socialOrgPerOccupation,
  socialOrgCoreConditions,
  truthfulMaterials,
];
