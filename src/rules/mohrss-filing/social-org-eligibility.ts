// mohrss-filing 二（五）— 职业技能等级评价机构备案事项办理指南（试行）(人社职司便函〔2021〕57号 附件1) — 社会培训评价组织
//
// （五）申请条件
// 1.在中国境内依法登记的独立法人（如企业、院校、民营非企业、社会团体等），以人才培养培训服务为主要工作职责，
//   具备登记或批准的培训或评价相关业务范围，具有规范的财务制度和管理制度，社会信用良好，无违法违规、失信等
//   不良行为记录。
// 2.在拟开展评价的职业领域具有广泛的影响力，在所申报职业（工种）方面有较丰富的考核评价资源和经验，培训评价
//   规模达到一定人数、年限，具备相应的基础条件。
// 3.有专门负责职业技能等级认定工作的机构、与评价工作相适应的专职工作人员、专家团队及相应的场地、设施设备（含
//   视频监控设备），能为职业技能等级认定工作提供稳定的经费保障。
// 4.具有完善的职业技能等级认定工作质量管控措施，把社会效益放在首位，不以营利为最终目的。
// 5.自愿接受各级人力资源社会保障部门的监督。
//
// The national guide sets no numbers here ("一定人数、年限", "相适应"): those are the authority's assessment.
// A Guizhou organisation is also judged by gz-rules §6, which does set them.
import { z } from 'zod';
import { assessed, required } from '../assessment.js';
import { defineCheck } from '../check.js';
import { assessment } from '../facts.js';
import { mf, mfRule } from './rule.js';
import { occupationScopeFindings, occupationScopeRules, scopeOccupationFacts } from './occupation-scope.js';

const p1 = mf('二', '五', 1);
export const legalPerson = mfRule(
  '2/5/1/legal-person',
  p1,
  '在中国境内依法登记的独立法人',
  'An independent legal person registered in China',
);
export const mainDuty = mfRule(
  '2/5/1/main-duty',
  p1,
  '以人才培养培训服务为主要工作职责',
  'Talent training services as its main duty',
);
export const businessScope = mfRule(
  '2/5/1/business-scope',
  p1,
  '具备登记或批准的培训或评价相关业务范围',
  'Registered or approved training or evaluation business scope',
);
export const systems = mfRule(
  '2/5/1/systems',
  p1,
  '具有规范的财务制度和管理制度',
  'Sound financial and management regulations',
);
export const credit = mfRule(
  '2/5/1/credit',
  p1,
  '社会信用良好，无违法违规、失信等不良行为记录',
  'Good credit, no record of violations or bad credit',
);
const p2 = mf('二', '五', 2);
export const influence = mfRule(
  '2/5/2/influence',
  p2,
  '在职业领域具有广泛影响力，有较丰富的考核评价资源和经验',
  'Wide influence, rich evaluation resources and experience',
);
export const scale = mfRule(
  '2/5/2/scale',
  p2,
  '培训评价规模达到一定人数、年限，具备相应基础条件',
  'Training and evaluation of sufficient scale and duration',
);
const p3 = mf('二', '五', 3);
export const department = mfRule(
  '2/5/3/department',
  p3,
  '有专门负责职业技能等级认定工作的机构',
  'A department dedicated to skill-level evaluation',
);
export const staff = mfRule(
  '2/5/3/staff',
  p3,
  '与评价工作相适应的专职工作人员',
  'Full-time staff adequate to the work',
);
export const expertTeam = mfRule('2/5/3/experts', p3, '专家团队', 'An expert team');
export const premises = mfRule(
  '2/5/3/premises',
  p3,
  '相应的场地、设施设备（含视频监控设备）',
  'Premises and equipment, including video surveillance',
);
export const funding = mfRule('2/5/3/funding', p3, '稳定的经费保障', 'Stable funding');
const p4 = mf('二', '五', 4);
export const qualityControl = mfRule(
  '2/5/4/quality-control',
  p4,
  '完善的职业技能等级认定工作质量管控措施',
  'Quality-control measures',
);
export const notForProfit = mfRule(
  '2/5/4/not-for-profit',
  p4,
  '社会效益放在首位，不以营利为最终目的',
  'Social benefit first, not profit',
);
export const supervision = mfRule(
  '2/5/5',
  mf('二', '五', 5),
  '自愿接受各级人社部门监督',
  'Accepts supervision',
);

export const socialOrgEligibilityFacts = z.strictObject({
  independentLegalPersonInChina: z
    .boolean()
    .describe('在中国境内依法登记的独立法人（企业、院校、民营非企业、社会团体等）'),
  mainDutyTalentTraining: assessment('以人才培养培训服务为主要工作职责'),
  trainingOrEvaluationBusinessScope: z.boolean().describe('具备登记或批准的培训或评价相关业务范围'),
  financialAndManagementSystems: z.boolean().describe('具有规范的财务制度和管理制度'),
  goodCreditNoBadRecords: z.boolean().describe('社会信用良好，无违法违规、失信等不良行为记录'),
  influenceAndExperience: assessment(
    '在拟开展评价的职业领域具有广泛影响力，在所申报职业（工种）方面有较丰富的考核评价资源和经验',
  ),
  scaleAndYears: assessment('培训评价规模达到一定人数、年限，具备相应的基础条件'),
  dedicatedDepartment: z.boolean().describe('有专门负责职业技能等级认定工作的机构'),
  adequateFullTimeStaff: assessment('有与评价工作相适应的专职工作人员'),
  expertTeam: z.boolean().describe('有专家团队'),
  premisesWithVideoSurveillance: z.boolean().describe('有相应的场地、设施设备（含视频监控设备）'),
  stableFunding: assessment('能为职业技能等级认定工作提供稳定的经费保障'),
  qualityControlMeasures: z.boolean().describe('具有完善的职业技能等级认定工作质量管控措施'),
  socialBenefitFirst: assessment('把社会效益放在首位，不以营利为最终目的'),
  acceptsSupervision: z.boolean().describe('自愿接受各级人力资源社会保障部门的监督'),
  occupations: z.array(scopeOccupationFacts).min(1).describe('申报的职业（工种）（二（六））'),
});

export const socialOrgEligibilityCheck = defineCheck({
  name: 'mohrss-filing.social_org.eligibility',
  regime: 'mohrss-filing',
  title_zh: '社会培训评价组织备案：申请条件与申报职业范围（二（五）（六））',
  title_en: 'Social organisation filing: conditions and occupation scope (二(五)(六))',
  asOf_zh: '备案决定日期',
  facts: socialOrgEligibilityFacts,
  example: {
    independentLegalPersonInChina: true,
    mainDutyTalentTraining: true,
    trainingOrEvaluationBusinessScope: true,
    financialAndManagementSystems: true,
    goodCreditNoBadRecords: true,
    influenceAndExperience: true,
    scaleAndYears: true,
    dedicatedDepartment: true,
    adequateFullTimeStaff: true,
    expertTeam: true,
    premisesWithVideoSurveillance: true,
    stableFunding: true,
    qualityControlMeasures: true,
    socialBenefitFirst: true,
    acceptsSupervision: true,
    occupations: [
      {
        code: '4-03-02-01',
        skillOccupation: true,
        inQualificationCatalogue: false,
        nationalStandard: true,
        filedNorm: false,
      },
    ],
  },
  ruleIds: [
    legalPerson.id,
    mainDuty.id,
    businessScope.id,
    systems.id,
    credit.id,
    influence.id,
    scale.id,
    department.id,
    staff.id,
    expertTeam.id,
    premises.id,
    funding.id,
    qualityControl.id,
    notForProfit.id,
    supervision.id,
    ...occupationScopeRules.map((r) => r.id),
  ],
  run: (f, ctx) => [
    required(
      legalPerson,
      f.independentLegalPersonInChina,
      '在中国境内依法登记的独立法人',
      'Independent legal person registered in China',
    ),
    assessed(
      mainDuty,
      f.mainDutyTalentTraining,
      '以人才培养培训服务为主要工作职责',
      'Talent training as main duty',
    ),
    required(
      businessScope,
      f.trainingOrEvaluationBusinessScope,
      '登记或批准的培训或评价相关业务范围',
      'Training or evaluation business scope',
    ),
    required(
      systems,
      f.financialAndManagementSystems,
      '规范的财务制度和管理制度',
      'Financial and management regulations',
    ),
    required(
      credit,
      f.goodCreditNoBadRecords,
      '社会信用良好，无违法违规、失信等不良行为记录',
      'Good credit, no bad record',
    ),
    assessed(
      influence,
      f.influenceAndExperience,
      '职业领域影响力及考核评价资源和经验',
      'Influence, resources and experience',
    ),
    assessed(
      scale,
      f.scaleAndYears,
      '培训评价规模达到一定人数、年限',
      'Scale and years of training and evaluation',
    ),
    required(department, f.dedicatedDepartment, '专门负责职业技能等级认定工作的机构', 'Dedicated department'),
    assessed(staff, f.adequateFullTimeStaff, '与评价工作相适应的专职工作人员', 'Adequate full-time staff'),
    required(expertTeam, f.expertTeam, '专家团队', 'Expert team'),
    required(
      premises,
      f.premisesWithVideoSurveillance,
      '相应的场地、设施设备（含视频监控设备）',
      'Premises and equipment with video surveillance',
    ),
    assessed(funding, f.stableFunding, '稳定的经费保障', 'Stable funding'),
    required(
      qualityControl,
      f.qualityControlMeasures,
      '职业技能等级认定工作质量管控措施',
      'Quality-control measures',
    ),
    assessed(
      notForProfit,
      f.socialBenefitFirst,
      '社会效益放在首位，不以营利为最终目的',
      'Social benefit first',
    ),
    required(
      supervision,
      f.acceptsSupervision,
      '自愿接受各级人力资源社会保障部门的监督',
      'Accepts supervision',
    ),
    ...occupationScopeFindings(f.occupations, ctx.asOf),
  ],
});

export const socialOrgEligibilityRules = [
  legalPerson,
  mainDuty,
  businessScope,
  systems,
  credit,
  influence,
  scale,
  department,
  staff,
  expertTeam,
  premises,
  funding,
  qualityControl,
  notForProfit,
  supervision,
];
