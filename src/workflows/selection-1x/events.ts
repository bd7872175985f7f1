// The payloads of the selection procedure's events: strict zod objects with Chinese descriptions (the
// API validates them before the transition and the case page renders them as forms). The machine's
// guards and updates read payloads only through these types.
import { z } from 'zod';
import { application, assessments, CREDIT_PLATFORMS } from './data.js';
import { NOTICE_DAYS_MAX, NOTICE_DAYS_MIN } from '../public-notice/notice-period.js';

const date = (describe_zh: string) => z.iso.date().describe(describe_zh);
const text = (max: number, describe_zh: string) => z.string().trim().min(1).max(max).describe(describe_zh);

/** Draft, correction and revision: the applicant replaces the application form (flat, as opened). */
export const amendPayload = application;

export const correctionPayload = z.strictObject({
  items: z.array(text(200, '需补正的事项')).min(1).max(30).describe('需补正的材料或事项'),
  note: z.string().trim().max(2000).optional().describe('补正说明'),
});

export const refusalPayload = z.strictObject({
  reason: text(2000, '不予受理（或不予入围、不予通过）的理由'),
});

export const drawPayload = z.strictObject({
  // The case page draws a select of the pools the office may use (web schema-form 'remote' widget).
  poolId: z.guid().meta({
    description: '遴选专家库（第十三条）',
    widget: 'remote',
    source: '/expert-pools?pageSize=100',
    labelField: 'name',
  }),
  size: z.number().int().min(3).max(15).describe('评审专家人数（3—15 人）'),
});

/** §15 择优遴选: the authority adopts the panel's appraisal of the §6–10 conditions with its outcome. */
export const selectPayload = z.strictObject({
  assessments: assessments.describe('评审组对第六条至第十条需认定事项的认定'),
  reason: z.string().trim().max(2000).optional().describe('说明（评审组未形成多数意见时必填）'),
});

export const notSelectPayload = z.strictObject({
  reason: text(2000, '不予入围的理由'),
});

export const revisionPayload = z.strictObject({
  items: z.array(text(200, '需修改的事项')).min(1).max(30).describe('评审组要求修改的事项'),
  reason: z.string().trim().max(2000).optional().describe('说明（评审组未形成多数意见时必填）'),
});

/** §15 根据需要，可对申报机构进行实地考察. */
export const siteVisitPlanPayload = z.strictObject({
  plannedOn: date('计划考察日期'),
  purpose: text(1000, '考察目的和重点'),
});

export const siteVisitPayload = z.strictObject({
  visitedOn: date('实地考察日期'),
  visitors: text(500, '考察人员'),
  findings_zh: text(4000, '考察发现'),
  conclusion: z
    .enum(['confirmed', 'concerns'])
    .describe('考察结论：confirmed 申报情况属实 / concerns 发现问题（写明于考察发现）'),
});

/** §16 信用核查: one platform's result as it was looked up. */
export const creditCheckPayload = z.strictObject({
  platform: z
    .enum(CREDIT_PLATFORMS)
    .describe(
      '核查渠道：ndrc 信用中国（国家发展改革委）/ samr 国家企业信用信息公示系统（市场监管总局）/ tax 税务总局',
    ),
  source: text(300, '核查来源（平台名称、网址或来函）'),
  checkedOn: date('核查日期'),
  result: z
    .enum(['clear', 'adverse'])
    .describe('核查结果：clear 无不良记录 / adverse 有不良（失信、重大税收违法）记录'),
  reference: z.string().trim().max(300).nullable().optional().describe('查询编号、截图或复函文号'),
  note: z.string().trim().max(2000).nullable().optional().describe('备注'),
});

/** §16 遴选结果公示: the text sets no period, so the office sets it and says why. */
export const startNoticePayload = z.strictObject({
  days: z.number().int().min(NOTICE_DAYS_MIN).max(NOTICE_DAYS_MAX).describe('公示期长度'),
  unit: z
    .enum(['working_days', 'calendar_days'])
    .describe('计算单位：working_days 工作日 / calendar_days 自然日'),
  basisReason: text(500, '公示期长度的依据（第十六条未规定公示期，须说明，如遴选工作方案的规定）'),
});

/** §16 部际联席会议会议或书面审议. */
export const approvalPayload = z.strictObject({
  decidedOn: date('审议通过日期'),
  form: z.enum(['meeting', 'written']).describe('审议方式：meeting 会议审议 / written 书面审议'),
  reference: text(300, '会议纪要或书面审议文件编号'),
});

export const publishPayload = z.strictObject({
  validFrom: date('有效期起始日（默认发布之日）').optional(),
  validTo: date('有效期截止日（文本未规定期限，可不填）').nullable().optional(),
});

export type AmendPayload = z.infer<typeof amendPayload>;
export type CorrectionPayload = z.infer<typeof correctionPayload>;
export type RefusalPayload = z.infer<typeof refusalPayload>;
export type DrawPayload = z.infer<typeof drawPayload>;
export type SelectPayload = z.infer<typeof selectPayload>;
export type RevisionPayload = z.infer<typeof revisionPayload>;
export type SiteVisitPlanPayload = z.infer<typeof siteVisitPlanPayload>;
export type SiteVisitPayload = z.infer<typeof siteVisitPayload>;
export type CreditCheckPayload = z.infer<typeof creditCheckPayload>;
export type StartNoticePayload = z.infer<typeof startNoticePayload>;
export type ApprovalPayload = z.infer<typeof approvalPayload>;
export type PublishPayload = z.infer<typeof publishPayload>;
