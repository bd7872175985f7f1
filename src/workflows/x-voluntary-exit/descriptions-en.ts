// The English of the voluntary exits' forms (1x-exit §2–6, §9; gz-rules §13), keyed by the Chinese
// description, spread into the one map of form descriptions (src/use-cases/cases/form-descriptions-en.ts).
import { DEPARTMENT_DESCRIPTION, EXIT_LEVEL_DESCRIPTION } from './data.js';
import { WAIVER_ITEM_DESCRIPTION } from '../exit-wrap-up/wrap-up-guard.js';

export const VOLUNTARY_EXIT_DESCRIPTIONS_EN: Readonly<Record<string, string>> = {
  [EXIT_LEVEL_DESCRIPTION]:
    'What leaves (§2): organisation the organisation’s qualification / certificate the right to run certificate programmes',
  '证书名称（与机构目录所列一致）': 'Certificate name (as the directory lists it)',
  '退出实施资格的职业技能等级证书（证书实施资格退出时填写）':
    'Certificate programmes leaving (for a programme exit)',
  申请退出的原因: 'Reason for exiting',
  '已完成相关工作内容（第四条）': 'The related work is completed (§4)',
  [WAIVER_ITEM_DESCRIPTION]:
    'Wrap-up item waived: fees_without_exam fees collected without an exam / exams_without_certificates exams without certificates / certificate_data_not_uploaded certificate data not reported / records_not_archived records not archived',
  '豁免理由（如已另行退费、已移交其他机构发证）':
    'Reason for the waiver (e.g. refunded otherwise, certificates issued by another body)',
  '专家库（教育部、国家发展改革委、市场监管总局等部门推荐，第六条第（二）项）':
    'Expert pool (recommended by the Ministry of Education, NDRC, SAMR …, §6(2))',
  '评审专家人数（3—15 人）': 'Number of experts (3–15)',
  '专家评议意见（第六条第（三）项）：approve 同意退出 / reject 不同意退出':
    'The panel’s opinion (§6(3)): approve agrees to the exit / reject does not agree',
  '说明（评审组未形成多数意见时必填）': 'Explanation (required when the panel has no majority)',
  [DEPARTMENT_DESCRIPTION]:
    'Department consulted (§6(4)): ndrc NDRC / samr SAMR / moe Ministry of Education / mohrss Ministry of Human Resources and Social Security / other another department',
  '其他部门的名称（选择“其他部门”时填写）': 'Name of the other department (when “other” is chosen)',
  书面征求意见的日期: 'Date the written opinion was requested',
  部门书面回复的日期: 'Date of the department’s written answer',
  '部门意见：agree 同意 / disagree 不同意 / comments 有意见或建议':
    'The department’s position: agree agrees / disagree disagrees / comments has comments',
  '部门书面意见（摘要）': 'The department’s written opinion (summary)',
  复函文号: 'Reference of the answer',
  '同意退出的意见（汇总专家评议意见及各部门意见）':
    'Grounds for approving the exit (the panel’s and the departments’ opinions summed up)',
  '不同意退出（或不予办理）的理由': 'Reasons for refusing the exit',
  '公开发布的渠道（如部际联席会议办公室网站）':
    'Where it is published (e.g. the joint-conference office’s website)',
  '拟终止评价活动日期（提交申请之日起至少30日后，第十三条）':
    'Intended end of evaluation (at least 30 days after the application, §13)',
  '职业（工种）代码': 'Occupation (trade) code',
  '等级（1–5 级）': 'Level (1–5)',
  '退出的职业（工种）及等级（不填则终止全部评价活动）':
    'Occupations and levels leaving (blank: all evaluation ends)',
  不予办理的理由: 'Reasons for refusing',
  '终止说明（可不填）': 'Note on the termination (optional)',
};
