// dept-pilot — 关于做好部门行业职业技能等级认定试点工作的通知（中就培函〔2020〕41号, 2020-09-24). Every number,
// date and enumerated list of the notice and its annex, dated, each version citing its section.
import type { Citation } from '../domain/citation.js';
import { dated, type ListEntry, type Parameter } from './parameter.js';

/** 中就培函〔2020〕41号 is dated 2020-09-24. */
export const DEPT_PILOT_FROM = '2020-09-24';

export type DeptPilotPart =
  '引言' | '一' | '二' | '三' | '四' | '五' | '联系人' | '附件（政府有关部门）' | '附件（行业组织）';

export const dp = (article: DeptPilotPart, item?: string): Citation =>
  item === undefined ? { source: 'dept-pilot', article } : { source: 'dept-pilot', article, item };

const param = <T>(
  id: string,
  unit: Parameter['unit'],
  value: T,
  reference: Citation,
  description_zh: string,
  description_en: string,
): Parameter<T> => ({
  id: `dept-pilot.${id}`,
  description_zh,
  description_en,
  unit,
  versions: dated(DEPT_PILOT_FROM, value, reference),
});

// 三（一）推荐2家可覆盖原有职业（工种）的社会培训评价组织
export const maxRecommendedPerField = param<number>(
  'recommendation.max_organisations_per_field',
  'organisations',
  2,
  dp('三', '一'),
  '政府有关部门每个领域推荐的社会培训评价组织家数上限',
  'Maximum social organisations a department recommends per field',
);

// 附件 三 — the 12 regulations (both lists name the same twelve).
export const requiredRegulations = param<readonly ListEntry[]>(
  'submission.required_regulations',
  'list',
  [
    { id: 'exam_affairs', name_zh: '考务管理办法', name_en: 'Exam administration rules' },
    { id: 'assessors', name_zh: '考评人员管理办法', name_en: 'Rules on assessors' },
    {
      id: 'pilot_and_evaluation',
      name_zh: '试点及评价管理办法',
      name_en: 'Rules on the pilot and evaluation',
    },
    {
      id: 'violations',
      name_zh: '工作人员和考生违纪违规处理办法',
      name_en: 'Rules on handling violations by staff and candidates',
    },
    { id: 'archives', name_zh: '档案管理办法', name_en: 'Records management rules' },
    { id: 'certificates', name_zh: '证书管理办法', name_en: 'Certificate management rules' },
    { id: 'supervision', name_zh: '监督制度', name_en: 'Supervision system' },
    { id: 'risk_control', name_zh: '风险防控体系', name_en: 'Risk prevention and control system' },
    { id: 'finance', name_zh: '财务制度', name_en: 'Financial rules' },
    { id: 'publicity', name_zh: '公示制度', name_en: 'Public notice rules' },
    { id: 'accountability', name_zh: '社会问责制度', name_en: 'Public accountability rules' },
    { id: 'information_disclosure', name_zh: '信息公开制度', name_en: 'Information disclosure rules' },
  ],
  dp('附件（政府有关部门）', '三'),
  '实施方案须附的相关规章制度（包含但不限于，12 项；行业组织清单三同）',
  'The 12 regulations the implementation plan must include (same in both lists)',
);

// 附件（政府有关部门）一、二、三
export const governmentDocuments = param<readonly ListEntry[]>(
  'submission.government_documents',
  'list',
  [
    { id: 'pilot_work_plan', name_zh: '职业技能等级试点工作方案', name_en: 'Skill-level pilot work plan' },
    {
      id: 'recommendation_letter',
      name_zh: '推荐社会培训评价组织的函',
      name_en: 'Letter recommending social evaluation organisations',
    },
    {
      id: 'implementation_plan',
      name_zh: '社会培训评价组织工作实施方案及质量管控措施',
      name_en: 'Implementation plan and quality-control measures of the social evaluation organisation',
    },
  ],
  dp('附件（政府有关部门）'),
  '政府有关部门提交材料清单',
  'Documents a government department submits',
);

// 附件（行业组织）一、二、三
export const industryDocuments = param<readonly ListEntry[]>(
  'submission.industry_documents',
  'list',
  [
    {
      id: 'pilot_work_plan',
      name_zh: '职业技能等级认定试点工作方案',
      name_en: 'Skill-level evaluation pilot work plan',
    },
    {
      id: 'branch_selection_and_list',
      name_zh: '分支机构遴选标准及其分支机构名单',
      name_en: 'Branch selection criteria and list of branches',
    },
    {
      id: 'implementation_plan',
      name_zh: '社会培训评价组织工作实施方案及质量管控措施',
      name_en: 'Implementation plan and quality-control measures of the social evaluation organisation',
    },
  ],
  dp('附件（行业组织）'),
  '行业组织提交材料清单',
  'Documents an industry organisation submits',
);

// 五、时间安排 — dates fixed by the notice for 2020.
export const workPlanDue = param<string>(
  'timetable.work_plan_due',
  'date',
  '2020-09-30',
  dp('五', '一'),
  '9月底前完成试点工作方案，提交遴选标准和首批试点机构名单',
  'Work plan, selection standards and first list by the end of September 2020',
);
export const branchFilingGuidanceDue = param<string>(
  'timetable.branch_filing_guidance_due',
  'date',
  '2020-10-10',
  dp('五', '二'),
  '10月上旬指导各地分支机构开展属地备案（上旬末日）',
  'Guide branches to file locally in early October 2020 (the last day of the first ten days)',
);
export const implementationPlanDue = param<string>(
  'timetable.implementation_plan_due',
  'date',
  '2020-11-20',
  dp('五', '三'),
  '11月中旬前提交实施方案、完成网上公示、形成目录（中旬末日）',
  'Implementation plan, online publication and directory by mid-November 2020 (the last day of the middle ten days)',
);

export const deptPilotParameters = [
  maxRecommendedPerField,
  requiredRegulations,
  governmentDocuments,
  industryDocuments,
  workPlanDue,
  branchFilingGuidanceDue,
  implementationPlanDue,
] as const;
