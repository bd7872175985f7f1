// The forms of the national employer's filing and of its branches' filings: the opening form and the
// payload of each event, as strict zod objects whose Chinese descriptions label the web form fields.
import { z } from 'zod';
import { listEntryIds, parameterAt } from '../../parameters/parameter.js';
import { MOHRSS_FILING_FROM, employerMaterials } from '../../parameters/mohrss-filing.js';
import { ENTERPRISE_CATEGORIES } from '../../workflows/employer-filing/data.js';
import { reviewCorrectionPayload } from '../../workflows/review-correction.js';

export const scopeEntry = z.strictObject({
  occupationCode: z
    .string()
    .regex(/^\d-\d{2}-\d{2}-\d{2}(-\d{2})?$/)
    .describe('职业（工种）代码，如 6-31-01-03'),
  level: z.number().int().min(1).max(5).describe('职业技能等级：1 高级技师 … 5 初级工'),
});

const scopes = z.array(scopeEntry).max(200).describe('申报的职业（工种）及等级');

const declaration = {
  nationalEmployer: z
    .boolean()
    .describe('属于全国性用人单位：一（一）本指南适用于全国性用人单位，地方用人单位按所在地备案指南办理'),
  enterpriseCategory: z
    .enum(ENTERPRISE_CATEGORIES)
    .describe(
      '企业类别：一（六）1 central_soe 国资委央企名录中的中央企业 / large_soe 大型国有企业 / large_private 大型民营企业 / other_large 其他大型企业 / not_large 非大型企业',
    ),
  acceptsSupervision: z.boolean().describe('自愿接受各级人力资源社会保障部门的监督：一（六）5'),
};

export const employerOpenSchema = z.strictObject({ ...declaration, scopes });

/** 需补正的材料项：filing_application_form 职业技能等级评价机构备案申请表 / … (the form lists the names). */
const MATERIAL_ITEMS = `需补正的材料项：${[
  ...parameterAt(employerMaterials, MOHRSS_FILING_FROM).map((m) => `${m.id} ${m.name_zh}`),
  'application 申请信息（申请条件声明、申报职业及等级）',
].join(' / ')}`;

const reason = (label: string) => z.string().trim().min(2).max(2000).describe(label);

const assessment = z
  .strictObject({
    skilledWorkersImportantPart: z.boolean().describe('技能人员为单位职工的重要组成部分（一（六）2）'),
    trainingEvaluationFoundation: z.boolean().describe('具有良好的技能人员培训和评价工作基础（一（六）3）'),
    talentMechanism: z
      .boolean()
      .describe('建立健全培训与使用相结合、评价与激励相联系的人才发展机制（一（六）4）'),
  })
  .describe('根据技术评审对申请条件的认定');

export const employerEventSchemas = {
  update_application: z.strictObject({
    nationalEmployer: declaration.nationalEmployer.optional(),
    enterpriseCategory: declaration.enterpriseCategory.optional(),
    acceptsSupervision: declaration.acceptsSupervision.optional(),
    scopes: scopes.optional(),
  }),
  submit: z.strictObject({
    truthful: z
      .literal(true)
      .describe('本单位承诺如实提交有关材料，并对申报材料实质内容的真实性负责（一（十五））'),
  }),
  request_correction: z.strictObject({
    items: z
      .array(
        z.strictObject({
          item: z.enum([...listEntryIds(employerMaterials), 'application']).describe(MATERIAL_ITEMS),
          reason: reason('补正要求'),
        }),
      )
      .min(1)
      .max(20)
      .describe('需补正的内容'),
  }),
  draw_panel: z.strictObject({
    // The case page draws a select of the pools the authority may use (web schema-form 'remote' widget).
    poolId: z.guid().meta({
      description: '专家库',
      widget: 'remote',
      source: '/expert-pools?pageSize=100',
      labelField: 'name',
    }),
    size: z.number().int().min(1).max(15).describe('评审组人数'),
  }),
  approve_review: z.strictObject({
    assessment,
    reason: reason('评审组未形成多数意见时的认定理由').optional(),
  }),
  reject_review: z.strictObject({ reason: reason('评审组未形成多数意见时的认定理由').optional() }),
  request_revision: z.strictObject({ reason: reason('修改要求') }),
  request_review_correction: reviewCorrectionPayload,
  withdraw: z.strictObject({ reason: reason('撤回理由').optional() }),
};

export const branchOpenSchema = z.strictObject({
  // The form draws a select of the branches the caller may file (GET /employer-filing/branches).
  branchId: z.guid().meta({
    description: '分支机构',
    widget: 'remote',
    source: '/employer-filing/branches',
    labelField: 'label',
  }),
  parentCaseId: z.guid().optional().describe('用人单位的部级备案案件（不填则取该单位已取得回执的备案）'),
  scopes: scopes.optional().describe('分支机构认定的职业（工种）及等级（不填则与用人单位备案范围相同）'),
});

export const branchEventSchemas = {
  update_application: z.strictObject({ scopes: scopes.min(1) }),
  file: z.strictObject({ opinion: reason('技术评审意见') }),
  refuse: z.strictObject({ reason: reason('不予备案的理由') }),
  withdraw: z.strictObject({ reason: reason('撤回理由').optional() }),
  request_review_correction: reviewCorrectionPayload,
};
