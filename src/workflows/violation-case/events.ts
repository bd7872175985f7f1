// The opening form and the payloads of a violation case's events: strict zod objects whose Chinese
// descriptions label the forms of the case page. Nothing here carries a default the text does not set:
// the statement period and the rectification deadline are the deciding body's, with its reason.
import { z } from 'zod';
import { isoDate } from '../../rules/facts.js';
import { candidateCharges } from '../../rules/mohrss-violations/candidates.js';
import { institutionCharges } from '../../rules/mohrss-violations/institutions.js';
import { staffCharges } from '../../rules/mohrss-violations/staff.js';
import { ORIGINS, X_MEASURES } from './data.js';
import { CHARGE_DESCRIPTION_ZH } from './charge-names.js';

const text = (describe: string, min = 2, max = 2000) =>
  z.string().trim().min(min).max(max).describe(describe);

export const ALL_CHARGES = [...candidateCharges, ...staffCharges, ...institutionCharges] as [
  string,
  ...string[],
];

const originDescribe =
  '案件来源：on_site 考场现场记录 / after_event 评价活动结束后发现（第八条）/ inspection 监督检查 / lead 问题线索 / complaint 投诉举报 / other_authority 其他机关的处理结论（第十八条）/ data_access 证书数据读取异常 / ground 监管依据（数据提示的情形）';

/** Opening: whom the case concerns; the deciding body follows from it and the caller (§16, §4). */
export const openSchema = z
  .strictObject({
    subject: z
      .enum(['candidate', 'staff', 'institution'])
      .describe('处理对象：candidate 参评人员 / staff 工作人员 / institution 评价机构'),
    origin: z.enum(ORIGINS).describe(originDescribe),
    sessionId: z.uuid().optional().meta({
      description: '评价批次（参评人员、工作人员案件必填）',
      widget: 'remote',
      source: '/violation-cases/options/sessions',
      labelField: 'label',
    }),
    candidateId: z.uuid().optional().meta({
      description: '参评人员（参评人员案件必填）',
      widget: 'remote',
      source: '/violation-cases/options/candidates',
      labelField: 'label',
    }),
    staffId: z.uuid().optional().meta({
      description: '工作人员（工作人员案件必填）',
      widget: 'remote',
      source: '/violation-cases/options/staff',
      labelField: 'label',
    }),
    institutionId: z.uuid().optional().meta({
      description: '评价机构（评价机构案件必填）',
      widget: 'remote',
      source: '/violation-cases/options/institutions',
      labelField: 'label',
    }),
    summary: text('情况摘要（发现的经过、时间、地点）', 4, 2000),
    basis: z
      .strictObject({
        authorityName: text('作出处理结论的机关', 2, 100),
        documentNumber: text('处理结论文号', 2, 100),
        conclusionOn: isoDate('处理结论日期'),
        conclusion: text('处理结论要点', 4, 2000),
      })
      .optional()
      .describe('其他机关的处理结论（第十八条；来源为其他机关时必填）'),
  })
  .describe('立案');
export type OpenInput = z.infer<typeof openSchema>;

/** §16 ¶1: one staff member of the session signs the on-site record. */
export const signSchema = z.strictObject({
  staffId: z.uuid().meta({
    description: '签字的工作人员（本批次的考务管理人员、考评人员或质量督导员）',
    widget: 'remote',
    source: '/violation-cases/options/session-staff?caseId={caseId}',
    labelField: 'label',
  }),
  signedOn: isoDate('签字日期'),
});

/** §16 ¶1: the head of the exam room confirms the signed record. */
export const confirmSchema = z.strictObject({
  siteHeadName: text('考场负责人姓名', 2, 50),
  confirmedOn: isoDate('确认日期'),
});

export const chargeSchema = z.strictObject({
  violation: z.enum(ALL_CHARGES).describe(CHARGE_DESCRIPTION_ZH),
  conductOn: isoDate('行为发生日期'),
  facts: text('认定的违纪违规事实', 4, 4000),
  severity: z
    .enum(['minor', 'serious'])
    .optional()
    .describe('情节（第七条、第十二条至第十四条）：minor 情节轻微 / serious 情节严重；不填 = 待认定'),
  severityReason: text('认定情节的理由', 4, 2000).optional(),
  remindedAndRefused: z.boolean().optional().describe('经提醒拒不改正（第五条第（一）至（三）项）'),
  subject: z
    .enum(['theory', 'skills', 'comprehensive_review'])
    .optional()
    .describe('所涉科目（第五条：取消当次该科目成绩）：theory 理论知识 / skills 操作技能 / comprehensive_review 综合评审'),
  adverseEffect: z.boolean().optional().describe('造成不良影响（第十一条）'),
  section12Item: z.number().int().min(1).max(4).optional().describe('所涉第十二条情形的项号（第十三条第（一）项）'),
  justifiedReason: z.boolean().optional().describe('不开展评价活动有正当理由（第十三条第（三）项）'),
  rectification: z
    .strictObject({
      dueOn: isoDate('整改期限'),
      completedOn: isoDate('整改完成日期（尚未完成的不填）').optional(),
    })
    .optional()
    .describe('对违规问题的整改（第十三条第（五）项）'),
  verified: z.boolean().optional().describe('经核实（第十三条第（七）项、第十四条第（八）项）'),
  outOfScopeRecords: z.number().int().min(0).max(10_000_000).optional().describe('超出备案范围上传的证书数据条数（第十五条第一款）'),
  erroneousRecords: z.number().int().min(0).max(10_000_000).optional().describe('上传有错误的证书数据条数（第十五条第一款）'),
  certificateNumbers: z
    .array(z.string().trim().regex(/^[YS][0-9]{21}$/, '证书编号应为 22 位：Y 或 S 后接 21 位数字'))
    .max(1000)
    .optional()
    .describe('须撤销的证书编号（第十五条第一款）'),
  breaches: z
    .array(z.enum(['over_scope_read', 'privacy_leak', 'paid_service', 'other']))
    .max(4)
    .optional()
    .describe(
      '数据安全行为（第十五条第二款）：over_scope_read 超范围读取证书数据 / privacy_leak 泄露个人隐私 / paid_service 利用证书数据提供有偿服务 / other 其他同类行为',
    ),
  unlawful: z.boolean().optional().describe('违反法律法规，须移交相关部门（第十五条第二款）'),
}); // prettier-ignore
export type ChargeInput = z.infer<typeof chargeSchema>;

export const noticeSchema = z.strictObject({
  servedOn: isoDate('告知送达日期'),
  means: z
    .enum(['in_person', 'post', 'electronic', 'announcement'])
    .describe('送达方式：in_person 直接送达 / post 邮寄送达 / electronic 电子送达 / announcement 公告送达'),
  statementDueOn: isoDate('陈述和申辩的截止日期（本指引未规定期限，由作出决定的单位确定）'),
  periodReason: text('确定该期限的理由', 4, 1000),
  reasons: text('拟作出处理决定的理由', 4, 4000),
  voidResults: z
    .enum(['none', 'some', 'all'])
    .optional()
    .describe('宣布当次评价颁发证书或评价成绩无效（第十二条，视情况）：none 不宣布无效 / some 部分无效 / all 全部无效'),
  voidSessionId: z.uuid().optional().meta({
    description: '宣布无效的评价批次（第十二条）',
    widget: 'remote',
    source: '/violation-cases/options/sessions?caseId={caseId}',
    labelField: 'label',
  }),
  voidCertificateNumbers: z
    .array(z.string().trim().regex(/^[YS][0-9]{21}$/, '证书编号应为 22 位：Y 或 S 后接 21 位数字'))
    .max(1000)
    .optional()
    .describe('宣布无效的证书编号（部分无效时填写）'),
  creditBlacklist: z.boolean().optional().describe('列入诚信不良档案并向社会公布（第十三条，视情况）'),
  ladder: z
    .enum(['none', 'warning', 'suspension', 'termination'])
    .optional()
    .describe('数据违规的加处（第十五条第一款，视情节）：none 不另行处理 / warning 警告 / suspension 暂停评价活动 / termination 终止备案'),
  escalate: z.boolean().optional().describe('认定为整改后再次违反而终止备案（第十四条第（六）项：行为与整改完成同日时）'),
  rectificationDueOn: isoDate('整改期限（第十三条限期整改；由监管部门确定）').optional(),
  xMeasures: z
    .array(z.enum(X_MEASURES))
    .max(6)
    .optional()
    .describe(
      '职业教育培训评价组织的处理（1x-exit 第七条第（四）项）：interview 约谈 / warning 警告 / circular 通报 / rectification 责令限期整改 / scale_limit 限制实施规模 / funding_cut 扣减有关经费',
    ),
  publish: z.boolean().optional().describe('处理决定按有关规定进行公告（第十七条第二款）'),
  choiceReason: text('上述选择的理由（本指引留待认定之处）', 4, 2000),
}); // prettier-ignore

export const statementSchema = z.strictObject({
  text: text('陈述和申辩的内容', 4, 8000),
  receivedOn: isoDate('收到日期'),
  form: z.enum(['online', 'paper']).describe('形式：online 在线提交 / paper 书面材料（由工作人员录入）'),
});

export const decideSchema = z.strictObject({
  withdraw: z
    .array(z.enum(['credit_blacklist', 'publication', 'x_measures', 'void_results', 'ladder']))
    .max(5)
    .optional()
    .describe(
      '听取陈述和申辩后不再作出的处理（只能减轻，不能加重）：credit_blacklist 诚信不良档案 / publication 公告 / x_measures 培训评价组织处理措施 / void_results 宣布无效 / ladder 第十五条加处',
    ),
  departure: text('与告知内容不同的理由（有减轻时填写）', 4, 2000).optional(),
  statementAnswer: text('对陈述和申辩的采纳情况', 2, 4000),
});

export const serveSchema = z.strictObject({
  servedOn: isoDate('处理决定送达或公告日期'),
  means: z
    .enum(['in_person', 'post', 'electronic', 'announcement'])
    .describe('送达方式：in_person 直接送达 / post 邮寄送达 / electronic 电子送达 / announcement 公告送达'),
});

export const reviewRequestSchema = z.strictObject({
  grounds: text('对处理决定的异议（陈述和申辩的理由）', 4, 8000),
  requestedOn: isoDate('提出日期'),
  form: z.enum(['online', 'paper']).describe('形式：online 在线提交 / paper 书面材料（由工作人员录入）'),
});

export const reviewDecisionSchema = z.strictObject({
  outcome: z
    .enum(['upheld', 'varied', 'revoked'])
    .describe('复核结论：upheld 维持 / varied 变更（减轻）/ revoked 撤销'),
  withdraw: decideSchema.shape.withdraw,
  reason: text('复核理由', 4, 4000),
});

export const rectificationSchema = z.strictObject({
  completedOn: isoDate('整改完成日期'),
  note: text('整改验收情况', 4, 2000),
});

export const dropSchema = z.strictObject({ reason: text('不予处理（撤销案件）的理由', 4, 2000) });
