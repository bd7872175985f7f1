// The opening form and the payloads of an ordered exit's events: strict zod objects whose Chinese
// descriptions label the case page's forms. The texts set no time for the notice (1x-exit §7(6) 一定范围内
// 公示) nor for the wrap-up (gz-rules §15 规定时限): the authority sets both, with its reason.
import { z } from 'zod';
import { isoDate } from '../../rules/facts.js';
import { NOTICE_DAYS_MAX, NOTICE_DAYS_MIN } from '../public-notice/notice-period.js';
import { X_MEASURES } from '../violation-case/data.js';
import { ORDERED_EXIT_ORIGINS } from './data.js';

const text = (describe: string, min = 2, max = 2000) =>
  z.string().trim().min(min).max(max).describe(describe);

export const openSchema = z.strictObject({
  institutionId: z.uuid().meta({
    description: '退出对象（评价机构或培训评价组织）',
    widget: 'remote',
    source: '/violation-cases/options/institutions',
    labelField: 'label',
  }),
  origin: z
    .enum(ORDERED_EXIT_ORIGINS)
    .describe('案件来源：ground 监管依据 / violation_case 违纪违规处理决定 / lead 问题线索 / other 其他'),
  violationCaseId: z.uuid().optional().meta({
    description: '违纪违规处理案件（来源为处理决定时必填；须已作出决定且针对该机构）',
    widget: 'remote',
    source: '/violation-cases/options/decided-cases',
    labelField: 'label',
  }),
  summary: text('立案情况摘要（问题线索、调查核实的事项）', 4, 2000),
});
export type OpenInput = z.infer<typeof openSchema>;

/** 1x-exit §5: the grounds, by item ('5(1)' = the seven grounds of 1x-selection §28). */
export const REVOCATION_GROUNDS = [
  '5(1)',
  '5(2)',
  '5(3)',
  '5(4)',
  '5(5)',
  '5(6)',
  '5(7)',
  '5(8)',
  '5(9)',
] as const;
export const GROUNDS_DESCRIBE =
  '查实的情形（第五条）：5(1) 管理办法第二十八条七种情形 / 5(2) 批准后一年内未启动 / 5(3) 两年内未更新标准题库 / 5(4) 连续两年未开展评价或无院校实施 / 5(5) 反映问题较多未整改到位 / 5(6) 监测评价 D 档未整改到位 / 5(7) 重大违法失信 / 5(8) 重大资产损失、破产等重大风险 / 5(9) 其他严重影响正常运转的情况';

export const SCOPE_DESCRIBE =
  '退出范围（1x-exit 第二条）：institution 整个机构（组织资质或全部备案）/ programmes 部分职业技能等级证书实施资格 / occupations 部分备案职业（工种）';
export const MEASURES_DESCRIBE =
  '处理措施（第七条第（四）项）：interview 约谈 / warning 警告 / circular 通报 / rectification 责令限期整改 / scale_limit 限制实施规模 / funding_cut 扣减有关经费';

const scopeFields = {
  scope: z.enum(['institution', 'programmes', 'occupations']).describe(SCOPE_DESCRIBE),
  programmeSeqs: z
    .array(z.number().int().min(1))
    .optional()
    .describe('退出的证书序号（范围为部分证书时填写）'),
  occupations: z
    .array(
      z.strictObject({
        occupationCode: z.string().trim().min(4).max(20).describe('职业（工种）代码'),
        level: z.number().int().min(1).max(5).describe('等级（1–5 级）'),
      }),
    )
    .optional()
    .describe('退出的职业（工种）及等级（范围为部分职业时填写）'),
};

export const opinionSchema = z.strictObject({
  experts: text('评议专家（姓名、所在专家库）', 2, 500),
  facts: text('调查核实的事实', 4, 4000),
  grounds: z.array(z.enum(REVOCATION_GROUNDS)).describe(GROUNDS_DESCRIBE),
  proposal: z
    .enum(['revoke', 'measures'])
    .describe(
      '评议意见：revoke 拟取消资质或证书实施资格 / measures 不构成取消情形，视情节处理（第七条第（四）项）',
    ),
  ...scopeFields,
});

export const serveOpinionSchema = z.strictObject({
  servedOn: isoDate('评议意见书面送达（寄出）日期'),
  means: z
    .enum(['in_person', 'post', 'electronic'])
    .describe('送达方式：in_person 直接送达 / post 邮寄 / electronic 电子送达'),
});

export const receiptSchema = z.strictObject({
  receivedOn: isoDate('培训评价组织收到书面通知的日期（申诉期自次日起算）'),
});

export const appealSchema = z.strictObject({
  lodgedOn: isoDate('提出申诉的日期'),
  lodgedWith: z
    .enum(['delegated_unit', 'other'])
    .describe('申诉提交单位：delegated_unit 具体受托单位 / other 其他单位'),
  grounds: text('申诉理由', 4, 4000),
});

export const appealDecisionSchema = z.strictObject({
  outcome: z
    .enum(['upheld', 'quashed'])
    .describe('复核结论：upheld 维持评议意见 / quashed 撤销评议意见（不予取消）'),
  reason: text('复核理由', 4, 4000),
});

export const measuresSchema = z.strictObject({
  measures: z.array(z.enum(X_MEASURES)).min(1).describe(MEASURES_DESCRIBE),
  dueOn: isoDate('整改期限（责令限期整改时填写）').nullable().optional(),
  reason: text('视情节作出处理的理由', 4, 2000),
});

export const consultationSchema = z.strictObject({
  department: text('征求意见的单位（如国家发展改革委、市场监管总局）', 2, 200),
  opinion: text('书面意见要点', 2, 4000),
  receivedOn: isoDate('收到书面意见的日期'),
});

export const conferenceReportSchema = z.strictObject({
  reportedOn: isoDate('向部际联席会议报告的日期'),
  reference: text('报告文号', 2, 200),
});

export const noticeSchema = z.strictObject({
  days: z.number().int().min(NOTICE_DAYS_MIN).max(NOTICE_DAYS_MAX).describe('公示期长度'),
  unit: z
    .enum(['working_days', 'calendar_days'])
    .describe('计算单位：working_days 工作日 / calendar_days 自然日'),
  basisReason: text('公示期长度的依据（第七条第（六）项未规定公示期，须说明）', 2, 500),
});

const decisionFields = {
  ...scopeFields,
  entryId: z.uuid().optional().describe('所涉备案或遴选目录条目（机构有多个有效条目且退出部分范围时填写）'),
  wrapUpDue: isoDate('收尾工作完成时限（由监管部门规定）').nullable(),
  wrapUpReason: text('规定该时限的理由', 2, 1000),
  reason: text('决定理由', 4, 4000),
};

export const revokeSchema = z.strictObject(decisionFields);

export const orderSchema = z.strictObject({
  facts: text('认定的严重违法违规行为', 4, 4000),
  seriousnessReason: text('认定情节严重的理由', 4, 2000),
  ...decisionFields,
  wrapUpDue: isoDate('收尾工作完成时限（第十五条：在规定时限内完成收尾工作）'),
});

export const ministryReportSchema = z.strictObject({
  sentOn: isoDate('报人力资源社会保障部备案的日期'),
  reference: text('报送文号', 2, 200),
});

export const dropSchema = z.strictObject({ reason: text('不予取消（终止）、结案的理由', 4, 2000) });

export type OpinionPayload = z.infer<typeof opinionSchema>;
export type RevokePayload = z.infer<typeof revokeSchema>;
export type OrderPayload = z.infer<typeof orderSchema>;
