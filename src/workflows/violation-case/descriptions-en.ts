// The English of the violation case's forms (events.ts), keyed by the Chinese description, spread into
// the one map of form descriptions (src/use-cases/cases/form-descriptions-en.ts). Enumerations name each
// value by its code in both languages, so the form never shows a code.
import { CHARGE_DESCRIPTION_EN, CHARGE_DESCRIPTION_ZH } from './charge-names.js';

export const VIOLATION_DESCRIPTIONS_EN: Readonly<Record<string, string>> = {
  [CHARGE_DESCRIPTION_ZH]: CHARGE_DESCRIPTION_EN,
  '整改完成日期（尚未完成的不填）': 'Date the rectification was completed (blank while not completed)',
  行为发生日期: 'Date of the conduct',
  认定的违纪违规事实: 'The facts determined',
  '情节（第七条、第十二条至第十四条）：minor 情节轻微 / serious 情节严重；不填 = 待认定':
    'Severity (§7, §12–14): minor minor / serious serious; blank = not yet determined',
  认定情节的理由: 'Reason for the severity determined',
  '经提醒拒不改正（第五条第（一）至（三）项）': 'Refused to comply after a reminder (§5(1)–(3))',
  '所涉科目（第五条：取消当次该科目成绩）：theory 理论知识 / skills 操作技能 / comprehensive_review 综合评审':
    'Subject concerned (§5: that subject’s result is cancelled): theory theory / skills skills / comprehensive_review comprehensive review',
  '造成不良影响（第十一条）': 'Had an adverse effect (§11)',
  '所涉第十二条情形的项号（第十三条第（一）项）': 'Item of §12 concerned (§13(1))',
  '不开展评价活动有正当理由（第十三条第（三）项）': 'A good reason for not evaluating (§13(3))',
  '经核实（第十三条第（七）项、第十四条第（八）项）': 'Verified (§13(7), §14(8))',
  '超出备案范围上传的证书数据条数（第十五条第一款）':
    'Certificate records uploaded beyond the filed scope (§15 ¶1)',
  '上传有错误的证书数据条数（第十五条第一款）': 'Certificate records uploaded in error (§15 ¶1)',
  '须撤销的证书编号（第十五条第一款）': 'Numbers of the certificates to withdraw (§15 ¶1)',
  '数据安全行为（第十五条第二款）：over_scope_read 超范围读取证书数据 / privacy_leak 泄露个人隐私 / paid_service 利用证书数据提供有偿服务 / other 其他同类行为':
    'Data-security breach (§15 ¶2): over_scope_read reading beyond one’s rights / privacy_leak leaking personal data / paid_service selling services on certificate data / other other such conduct',
  '违反法律法规，须移交相关部门（第十五条第二款）': 'Unlawful: to be referred to the competent body (§15 ¶2)',
  考场负责人姓名: 'Name of the head of the exam room',
  确认日期: 'Date of confirmation',
  '听取陈述和申辩后不再作出的处理（只能减轻，不能加重）：credit_blacklist 诚信不良档案 / publication 公告 / x_measures 培训评价组织处理措施 / void_results 宣布无效 / ladder 第十五条加处':
    'Measures dropped after hearing the party (lighter only, never heavier): credit_blacklist bad-credit register / publication publication / x_measures 1+X organisation measures / void_results voiding / ladder §15 further measure',
  '与告知内容不同的理由（有减轻时填写）': 'Why the decision differs from the notice (when lighter)',
  对陈述和申辩的采纳情况: 'How the statement and defence were considered',
  '不予处理（撤销案件）的理由': 'Reason for dropping the case',
  '送达方式：in_person 直接送达 / post 邮寄送达 / electronic 电子送达 / announcement 公告送达':
    'Means of service: in_person in person / post by post / electronic electronically / announcement by announcement',
  '陈述和申辩的截止日期（本指引未规定期限，由作出决定的单位确定）':
    'Last day for the statement and defence (the text sets no period: the deciding body sets it)',
  确定该期限的理由: 'Reason for that period',
  拟作出处理决定的理由: 'Reasons for the proposed decision',
  '宣布当次评价颁发证书或评价成绩无效（第十二条，视情况）：none 不宣布无效 / some 部分无效 / all 全部无效':
    'Void the session’s certificates or results (§12, as the case warrants): none not voided / some partly void / all wholly void',
  '宣布无效的评价批次（第十二条）': 'Session voided (§12)',
  '宣布无效的证书编号（部分无效时填写）': 'Numbers of the certificates voided (when partly void)',
  '列入诚信不良档案并向社会公布（第十三条，视情况）':
    'Entry in the bad-credit register and publication (§13, as the case warrants)',
  '数据违规的加处（第十五条第一款，视情节）：none 不另行处理 / warning 警告 / suspension 暂停评价活动 / termination 终止备案':
    'Further measure for the data (§15 ¶1, as the case warrants): none nothing further / warning warning / suspension suspension of evaluations / termination termination of the filing',
  '认定为整改后再次违反而终止备案（第十四条第（六）项：行为与整改完成同日时）':
    'Counted as a repeat after rectification: filing terminated (§14(6), when the conduct falls on the day the rectification was completed)',
  '整改期限（第十三条限期整改；由监管部门确定）': 'Rectification deadline (§13; set by the authority)',
  '职业教育培训评价组织的处理（1x-exit 第七条第（四）项）：interview 约谈 / warning 警告 / circular 通报 / rectification 责令限期整改 / scale_limit 限制实施规模 / funding_cut 扣减有关经费':
    'Measures for a 1+X organisation (1x-exit §7(4)): interview interview / warning warning / circular circular / rectification rectification within a deadline / scale_limit limit on scale / funding_cut cut in funding',
  '处理决定按有关规定进行公告（第十七条第二款）': 'The decision is published as the rules provide (§17 ¶2)',
  '上述选择的理由（本指引留待认定之处）': 'Reasons for these choices (where the text leaves judgement)',
  立案: 'Open a case',
  '案件来源：on_site 考场现场记录 / after_event 评价活动结束后发现（第八条）/ inspection 监督检查 / lead 问题线索 / complaint 投诉举报 / other_authority 其他机关的处理结论（第十八条）/ data_access 证书数据读取异常 / ground 监管依据（数据提示的情形）':
    'How the case arose: on_site on-site record / after_event found after the evaluation (§8) / inspection inspection / lead lead / complaint complaint / other_authority another body’s conclusion (§18) / data_access unusual certificate-data reading / ground a ground the supervision data raised',
  '评价批次（参评人员、工作人员案件必填）': 'Evaluation session (required for a candidate or staff case)',
  '参评人员（参评人员案件必填）': 'Candidate (required for a candidate case)',
  '工作人员（工作人员案件必填）': 'Staff member (required for a staff case)',
  '评价机构（评价机构案件必填）': 'Institution (required for an institution case)',
  '情况摘要（发现的经过、时间、地点）': 'Summary (how, when and where it was found)',
  '其他机关的处理结论（第十八条；来源为其他机关时必填）':
    'Another body’s conclusion (§18; required when it is the source)',
  作出处理结论的机关: 'Body that reached the conclusion',
  处理结论文号: 'Document number of the conclusion',
  处理结论日期: 'Date of the conclusion',
  处理结论要点: 'Gist of the conclusion',
  整改验收情况: 'Acceptance of the rectification',
  '复核结论：upheld 维持 / varied 变更（减轻）/ revoked 撤销':
    'Review outcome: upheld upheld / varied varied (lighter) / revoked revoked',
  复核理由: 'Reasons of the review',
  '对处理决定的异议（陈述和申辩的理由）': 'Objection to the decision (grounds of the statement)',
  提出日期: 'Date made',
  '形式：online 在线提交 / paper 书面材料（由工作人员录入）':
    'Form: online online / paper on paper (entered by staff)',
  处理决定送达或公告日期: 'Date the decision was served or published',
  '签字的工作人员（本批次的考务管理人员、考评人员或质量督导员）':
    'Staff member signing (an exam administrator, assessor or quality supervisor of this session)',
  签字日期: 'Date signed',
  陈述和申辩的内容: 'Statement and defence',
  收到日期: 'Date received',
};
