// The English of the ordered exit's forms (events.ts), keyed by the Chinese description, spread into the
// one map of form descriptions (src/use-cases/cases/form-descriptions-en.ts). Enumerations name each
// value by its code in both languages, so the form never shows a code.
import { GROUNDS_DESCRIBE, MEASURES_DESCRIBE, SCOPE_DESCRIBE } from './events.js';

export const ORDERED_EXIT_DESCRIPTIONS_EN: Readonly<Record<string, string>> = {
  [GROUNDS_DESCRIBE]:
    'Grounds verified (§5): 5(1) the seven grounds of 1x-selection §28 / 5(2) no work started within a year of approval / 5(3) no update of standard or question bank for two years / 5(4) two years without evaluations or schools / 5(5) many problems reported, not rectified / 5(6) rating D, not rectified / 5(7) major unlawful or dishonest conduct / 5(8) major loss or bankruptcy risk / 5(9) other serious disruption',
  [SCOPE_DESCRIBE]:
    'What exits (1x-exit §2): institution the whole institution (the qualification or every filing) / programmes some certificate programmes / occupations some filed occupations',
  [MEASURES_DESCRIBE]:
    'Measures (§7(4)): interview interview / warning warning / circular circular / rectification rectification within a deadline / scale_limit limit on scale / funding_cut cut in funding',
  '不予取消（终止）、结案的理由': 'Reason for closing without exit',
  书面意见要点: 'Gist of the written opinion',
  公示期长度: 'Length of the notice period',
  '公示期长度的依据（第七条第（六）项未规定公示期，须说明）':
    'Basis of the notice length (§7(6) sets no period: state it)',
  决定理由: 'Reasons for the decision',
  向部际联席会议报告的日期: 'Date of the report to the joint conference',
  '培训评价组织收到书面通知的日期（申诉期自次日起算）':
    'Date the organisation received the written notice (the appeal period counts from the next day)',
  复核理由: 'Reasons of the review',
  '复核结论：upheld 维持评议意见 / quashed 撤销评议意见（不予取消）':
    'Outcome of the review: upheld opinion upheld / quashed opinion quashed (no revocation)',
  '征求意见的单位（如国家发展改革委、市场监管总局）': 'Department consulted (e.g. NDRC, SAMR)',
  '所涉备案或遴选目录条目（机构有多个有效条目且退出部分范围时填写）':
    'The filing or selection entry concerned (when the institution has several and only part exits)',
  报人力资源社会保障部备案的日期: 'Date of the report to the ministry',
  报告文号: 'Reference of the report',
  报送文号: 'Reference of the submission',
  提出申诉的日期: 'Date the appeal was lodged',
  收到书面意见的日期: 'Date the written opinion was received',
  '收尾工作完成时限（由监管部门规定）': 'Wrap-up deadline (set by the authority)',
  '收尾工作完成时限（第十五条：在规定时限内完成收尾工作）': 'Wrap-up deadline (§15: within the time set)',
  '整改期限（责令限期整改时填写）': 'Rectification deadline (for a rectification order)',
  '案件来源：ground 监管依据 / violation_case 违纪违规处理决定 / lead 问题线索 / other 其他':
    'Origin: ground supervision ground / violation_case decision of a violation case / lead lead / other other',
  '申诉提交单位：delegated_unit 具体受托单位 / other 其他单位':
    'Lodged with: delegated_unit the delegated unit / other another body',
  申诉理由: 'Grounds of the appeal',
  '立案情况摘要（问题线索、调查核实的事项）': 'Summary (the lead, what is to be investigated)',
  '等级（1–5 级）': 'Level (1–5)',
  '职业（工种）代码': 'Occupation (trade) code',
  规定该时限的理由: 'Reason for that deadline',
  视情节作出处理的理由: 'Reason for the measures',
  '计算单位：working_days 工作日 / calendar_days 自然日':
    'Unit: working_days working days / calendar_days calendar days',
  认定情节严重的理由: 'Why the violation is serious',
  认定的严重违法违规行为: 'The serious violation established',
  '评议专家（姓名、所在专家库）': 'Experts (names, pool)',
  '评议意见书面送达（寄出）日期': 'Date the opinion was served (sent)',
  '评议意见：revoke 拟取消资质或证书实施资格 / measures 不构成取消情形，视情节处理（第七条第（四）项）':
    'Opinion: revoke revoke the qualification or programme(s) / measures no ground for revocation, measures instead (§7(4))',
  调查核实的事实: 'Facts verified',
  '违纪违规处理案件（来源为处理决定时必填；须已作出决定且针对该机构）':
    'The violation case (required for that origin; decided, on this institution)',
  '退出对象（评价机构或培训评价组织）': 'Institution or organisation concerned',
  '退出的职业（工种）及等级（范围为部分职业时填写）': 'Occupations and levels that exit (for a partial exit)',
  '退出的证书序号（范围为部分证书时填写）': 'Numbers of the programmes that exit (for a partial exit)',
  '送达方式：in_person 直接送达 / post 邮寄 / electronic 电子送达':
    'Means of service: in_person in person / post post / electronic electronic',
};
