// The English of src/http/routes/supervision.routes.ts's and the indicator set's request descriptions
// (spread into REQUEST_DESCRIPTIONS_EN; keyed by the Chinese description).
export const SUPERVISION_DESCRIPTIONS_EN: Readonly<Record<string, string>> = {
  '培训评价组织 ID': '1+X training-evaluation organisation ID',
  '运行记录 ID': 'Operation record ID',
  '监测评价结果 ID': 'Monitoring rating ID',
  '类别：exam_site 考核站点 / school_implementation 试点院校 / standard_version 标准版本 / materials_version 教材版本 / question_bank_version 题库版本 / fee_standard 收费标准 / teacher_training 师资培训 / recognising_company 认可证书的企业 / evaluation 考核实施':
    'Kind: exam_site exam site / school_implementation school implementing / standard_version standard version / materials_version materials version / question_bank_version question bank version / fee_standard fee standard / teacher_training teacher training / recognising_company company recognising the certificate / evaluation evaluation held',
  '证书（序号；组织整体填 null）': 'Certificate programme (its number; null for the whole organisation)',
  '日期（设立、发布、举办或考核日期）': 'Date (set up, issued, held or evaluated on)',
  '记录内容（按类别）': 'Content of the record (by kind)',
  撤回理由: 'Reason for the withdrawal',
  '状态：open 待处理 / acted 已处理 / dismissed 不予处理':
    'State: open awaiting action / acted acted on / dismissed dismissed',
  监管依据标识: 'Ground identifier',
  '处理方式：violation_case 立案处理 / rectification 责令限期整改 / exit 转退出程序 / dismiss 不予处理':
    'Action: violation_case open a violation case / rectification order rectification / exit take the exit route / dismiss dismiss',
  处理理由: 'Reason for the action',
  整改期限: 'Rectification deadline',
  '未解决问题的个数（达到即提示）': 'Unresolved problems (a ground at this many)',
  设定理由: 'Reason for the setting',
  施行日期: 'Effective from',
  指标: 'Indicators',
  指标名称: 'Indicator name',
  '数据来源：candidates 考核人数 / schools 院校数 / updates 更新次数 / teacher_training 师资培训人数 / inspection_problems 抽查发现问题 / leads_substantiated 查实线索 / rectifications_overdue 逾期整改':
    'Data source: candidates candidates evaluated / schools schools implementing / updates updates / teacher_training teachers trained / inspection_problems inspections that found problems / leads_substantiated substantiated leads / rectifications_overdue overdue rectifications',
  权重: 'Weight',
  '满分值（数量类指标：达到该值得 100 分）': 'Full-score value (count indicators: 100 points at this value)',
  '每项扣分（问题类指标）': 'Points deducted per item (problem indicators)',
  档次分数线: 'Grade bands',
  'A 档最低分': 'Lowest score for A',
  'B 档最低分': 'Lowest score for B',
  'C 档最低分（低于此分为 D 档）': 'Lowest score for C (below it: D)',
  制定理由: 'Reason for the version',
  评价期间开始日: 'Period from',
  评价期间结束日: 'Period to',
  整改事项: 'Matter to rectify',
};
