// The English of src/http/routes/inspections.routes.ts's request descriptions (spread into
// REQUEST_DESCRIPTIONS_EN; keyed by the Chinese description).
export const INSPECTIONS_DESCRIPTIONS_EN: Readonly<Record<string, string>> = {
  抽查批次名称: 'Title of the inspection round',
  '抽查范围（行政区划代码，默认本部门辖区）':
    'Scope (administrative division code; the authority’s own by default)',
  '机构类型：employer 用人单位 / school 院校 / social_org 社会培训评价组织 / industry_org 行业协会 / training_org 1+X 培训评价组织':
    'Institution kinds: employer employer / school school / social_org social evaluation organisation / industry_org industry association / training_org 1+X training-evaluation organisation',
  '限定职业（职业编码，可不填）': 'Occupations (codes; optional)',
  抽取检查对象数: 'Targets to draw',
  每个检查对象抽取专家数: 'Experts per target',
  '检查方式：materials 审查材料 / site_visit 实地考察 / interviews 走访座谈':
    'Methods: materials review of materials / site_visit site visit / interviews interviews',
  监督专家库: 'Supervision expert pool',
  计划开始日期: 'Planned start',
  计划结束日期: 'Planned end',
  '抽查批次 ID': 'Inspection round ID',
  '检查 ID': 'Inspection ID',
  '检查证据 ID': 'Inspection evidence ID',
  '抽取记录 ID': 'Draw ID',
  检查事项: 'Item inspected',
  '检查结果：ok 符合要求 / problem 发现问题': 'Result: ok meets the requirements / problem problem found',
  检查情况说明: 'Note on the finding',
  '检查记录（逐项）': 'Findings (item by item)',
  '检查结论：no_problems 未发现问题 / rectify 发现问题，责令整改 / violation_suspected 涉嫌违规，移交立案':
    'Outcome: no_problems no problems found / rectify problems to rectify / violation_suspected violation suspected, case to open',
  检查结论说明: 'Conclusion',
  整改事项: 'What must be rectified',
  整改期限: 'Rectification deadline',
  违纪违规案件: 'Violation case',
  行政区划代码: 'Administrative division code',
};
