// The payloads of the events of a social-organisation filing: strict zod objects whose Chinese
// descriptions label the forms of the case page (the API validates them before the transition).
import { z } from 'zod';
import { listEntryIds } from '../../parameters/parameter.js';
import { requiredManagementSystems } from '../../parameters/gz-rules.js';
import { socialOrgMaterials } from '../../parameters/mohrss-filing.js';
import { isoDate, legalForm, occupationCode } from '../../rules/facts.js';
import { NOTICE_DAYS_MAX, NOTICE_DAYS_MIN } from '../public-notice/notice-period.js';

const text = (describe: string, min = 2, max = 2000) =>
  z.string().trim().min(min).max(max).describe(describe);

export const levelSchema = z.number().int().min(1).max(5).describe('职业技能等级：1 高级技师 … 5 初级工');

/** The application (opening form): what is applied for, and what only the applicant can declare. */
export const applicationSchema = z.strictObject({
  authorityId: z.uuid().optional().describe('受理部门（不填为本机构的监管部门）'),
  occupations: z
    .array(
      z.strictObject({
        code: occupationCode('申报职业（工种）代码，如 4-10-01-05'),
        levels: z.array(levelSchema).min(1).max(5).describe('申报等级'),
        trainingVolume: z.number().int().min(0).max(10_000_000).describe('该职业（工种）培训规模（人次）'),
      }),
    )
    .min(1)
    .max(30)
    .describe('申报职业（工种）及等级'),
  // A select of the institution's registered sites (the form-options endpoint the Guizhou selection uses).
  siteId: z.uuid().optional().meta({
    description: '开展评价的场地（不填时取本机构登记的唯一场地）',
    widget: 'remote',
    source: '/gz-selection/sites',
    labelField: 'label',
  }),
  legalForm: legalForm.optional().describe('法律形式（统一社会信用代码无法判断时填写）'),
  decoupledFromGovernment: z.boolean().optional().describe('社会团体是否已与政府部门脱钩'),
  trainingHistorySince: isoDate('连续开展相关职业培训或考核的起始日期').optional(),
  managementSystems: z
    .array(z.enum(listEntryIds(requiredManagementSystems)))
    .max(20)
    .optional()
    .describe(
      '已制定的管理制度：exam_affairs 考务 / personnel 人员 / finance 财务 / archives 档案 / question_bank 题库 / certificates 证书 / violations 违规违纪',
    ),
});
export type Application = z.infer<typeof applicationSchema>;

const flag = (describe: string) => z.boolean().describe(describe);

export const conditionsSchema = z
  .strictObject({
    independentLegalPersonInChina: flag('在中国境内依法登记的独立法人'),
    mainDutyTalentTraining: flag('以人才培养培训服务为主要工作职责'),
    trainingOrEvaluationBusinessScope: flag('具备登记或批准的培训或评价相关业务范围'),
    financialAndManagementSystems: flag('具有规范的财务制度和管理制度'),
    goodCreditNoBadRecords: flag('社会信用良好，无违法违规、失信等不良行为记录'),
    influenceAndExperience: flag('在拟开展评价的职业领域具有广泛影响力，有较丰富的考核评价资源和经验'),
    scaleAndYears: flag('培训评价规模达到一定人数、年限，具备相应的基础条件'),
    dedicatedDepartment: flag('有专门负责职业技能等级认定工作的机构'),
    adequateFullTimeStaff: flag('有与评价工作相适应的专职工作人员'),
    expertTeam: flag('有专家团队'),
    stableFunding: flag('能为职业技能等级认定工作提供稳定的经费保障'),
    qualityControlMeasures: flag('具有完善的职业技能等级认定工作质量管控措施'),
    socialBenefitFirst: flag('把社会效益放在首位，不以营利为最终目的'),
    acceptsSupervision: flag('自愿接受各级人力资源社会保障部门的监督'),
  })
  .describe('申请条件核验评估（二（五））：true 符合 / false 不符合');

export const regionalSchema = z
  .strictObject({
    influenceAndReputation: flag('在拟开展认定的职业领域具有广泛影响力和良好声誉（第六条第（一）项）'),
    notCloselyRelatedOccupations: z
      .array(occupationCode())
      .max(30)
      .describe('与主营业务或登记的业务范围不密切相关的职业（工种）（第六条第（二）项；均相关则不填）'),
    newOccupations: z
      .array(occupationCode())
      .max(30)
      .describe('属人社部公布的新职业（工种）的（第六条第（三）项但书）'),
    guizhouCharacteristicEnterprise: flag('经认定为具有贵州地方性特色的企业（第六条第（三）项但书）'),
    officeAndCommunicationEquipment: flag('配备必要的办公设备和通信设备'),
    singleSeatPerDesk: flag('考场实行单人单桌'),
    practicalEquipmentMeetsStandard: flag('操作技能考核设备配置符合国家职业标准要求'),
    safetyCompliant: flag('满足消防安全、环保、劳保等相关规定'),
  })
  .describe('贵州省遴选条件中须由受理部门认定的事项（gz-rules 第六条）');

export const creditRecordSchema = z.strictObject({
  register: z
    .enum([
      'misconduct',
      'annual_inspection_failure',
      'illegal_social_org_list',
      'business_anomaly_list',
      'talent_evaluation_bad_record',
      'special_rectification',
    ])
    .describe(
      '记录类别：misconduct 培训评价领域违法违规及失信 / annual_inspection_failure 民政年审（年检）不合格 / illegal_social_org_list 非法社会组织名单 / business_anomaly_list 经营异常目录 / talent_evaluation_bad_record 人才评价领域不良记录 / special_rectification 巡视巡察审计等专项整治',
    ),
  party: z
    .enum(['institution', 'legal_representative'])
    .describe('涉及：institution 申报机构 / legal_representative 法定代表人'),
  from: isoDate('记录、列入、结论或纳入整治日期'),
  to: isoDate('撤销、移出、信用修复或整改完成日期（仍有效则不填）').nullable().optional(),
  source: text('来源（信用中国、国家企业信用信息公示系统、民政部门等）', 2, 200),
  note: z.string().trim().max(500).optional().describe('说明'),
});

export const assessSchema = z.strictObject({
  conditions: conditionsSchema,
  legalForm: legalForm.optional().describe('核实的法律形式（统一社会信用代码无法判断或需更正时填写）'),
  decoupledFromGovernment: z.boolean().optional().describe('社会团体是否已与政府部门脱钩（社会团体须填写）'),
  qualificationCatalogueOccupations: z
    .array(occupationCode())
    .max(30)
    .optional()
    .describe('属《国家职业资格目录》内的申报职业（工种）（二（六）另行研究；无则不填）'),
  nonSkillOccupations: z
    .array(occupationCode())
    .max(30)
    .optional()
    .describe('不属技能类职业（工种）的申报职业（二（六）；无则不填）'),
  regional: regionalSchema.optional(),
  creditCheck: z
    .strictObject({
      checkedOn: isoDate('信用核查日期'),
      sources: text('核查渠道（如 信用中国、国家企业信用信息公示系统、民政部门）', 2, 500),
      records: z.array(creditRecordSchema).max(100).describe('核查发现的记录（无则为空）'),
    })
    .describe('信用核查（二（五）1、二（七））'),
  opinion: text('评估意见', 2, 4000),
});
export type AssessInput = z.infer<typeof assessSchema>;

/** The checklist items (二(八) 1–6), by the ids of the materials parameter's entries. */
const CHECKLIST_ITEMS = [
  ...new Set(socialOrgMaterials.versions.flatMap((v) => (v.value ?? []).map((e) => e.id))),
] as [string, ...string[]];

export const correctionSchema = z.strictObject({
  items: z
    .array(z.enum(CHECKLIST_ITEMS))
    .min(1)
    .max(6)
    .describe(
      '需补正的材料：basic_info_form 基本情况表 / legal_person_certificate 法人登记证书或统一社会信用代码 / implementation_plan 实施方案及质量管控措施 / expert_skill_proof 专家技能水平证明或承诺书 / asset_proof 场地设施设备证明或承诺书 / credit_report 信用报告或诚信承诺书',
    ),
  note: text('补正说明'),
});

export const refuseSchema = z.strictObject({ reason: text('不予受理或不予备案的理由', 4) });

export const quotaOverrideSchema = z.strictObject({
  occupationCode: occupationCode('突破数量上限的职业（工种）'),
  reason: text('例外理由（统筹规划、合理布局等，须书面记录）', 4),
});

export const startNoticeSchema = z.strictObject({
  days: z.number().int().min(NOTICE_DAYS_MIN).max(NOTICE_DAYS_MAX).describe('公示期长度'),
  unit: z
    .enum(['working_days', 'calendar_days'])
    .describe('计算单位：working_days 工作日 / calendar_days 自然日'),
  basisReason: text(
    '公示期依据：二（十）4 未规定公示期长度，须由受理部门说明理由（如本地征集通告的规定）',
    4,
    500,
  ),
  remarks: z.string().trim().max(2000).optional().describe('公示内容补充说明'),
});

export const fileSchema = z
  .strictObject({
    validFrom: isoDate('备案有效期起始日'),
    validTo: isoDate('备案有效期截止日（含）'),
    validityBasis: text('有效期的依据（如征集通告规定的期限）', 4, 500),
  })
  .refine((v) => v.validTo > v.validFrom, { message: '有效期截止日应晚于起始日', path: ['validTo'] });

export const cancelSchema = z.strictObject({
  verifiedOn: isoDate('查实日期'),
  reason: text('查实的不真实材料及情况', 4),
  untrueMaterialsVerified: z.literal(true).describe('经查实申报材料存在不真实情形'),
  statementHeard: z.literal(true).describe('已告知申报机构并听取其陈述（陈述权、知情权，二（十一））'),
});
