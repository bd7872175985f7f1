// The English of the rules' own refinement messages (a facts schema's superRefine / refine: "第七条的处理
// 决定须写明情节"), keyed by the Chinese message (issue 10 point 3: a refusal in English mode says it in
// English). The field problems of a check (facts-problems.ts) and of a form (case-context.ts parseForm)
// take their message_en from here when zod's own words are not enough; tests/law/custom-messages-english
// fails on a refinement message of src/rules without its twin.
export const CUSTOM_MESSAGES_EN: Readonly<Record<string, string>> = {
  申诉日期不能早于收到书面通知的日期: 'The appeal cannot be dated before the written notice was received',
  '已提出申诉的，须填写申诉提交单位': 'An appeal lodged needs the body it was lodged with',
  '日期格式应为 YYYY-MM-DD': 'Dates are written YYYY-MM-DD',
  批次结束日期不得早于开始日期: 'The session cannot end before it starts',
  责令终止须填写监管部门规定的收尾时限: 'An ordered termination needs the wrap-up period the authority set',
  '社会培训评价组织须列明申请续期的职业（工种）及其证书人次':
    'A social evaluation organisation lists the occupations (trades) it renews and their certificates',
  第七条的处理决定须写明情节: 'A §7 decision states the severity',
  '第十三条第（一）项须写明所涉第十二条情形': '§13(1) names the item of §12 concerned',
  不开展评价活动的情形须写明最近一次开展评价活动的日期: 'Inactivity needs the date of the last evaluation',
  '第十三条第（五）项须写明整改期限和完成日期': '§13(5) needs the rectification deadline and completion date',
  '第十四条第（六）项须写明此前的警告及整改': '§14(6) needs the earlier warning and its rectification',
  有此前警告时须写明本次行为发生日期: 'With an earlier warning, the date of this conduct is needed',
  第十五条第一款须写明违规证书数据条数: '§15 ¶1 needs the number of wrongful certificate records',
  第十五条第二款须写明发生的数据安全行为: '§15 ¶2 needs the data-security conduct',
  参评人员案件须填写签字人数和考场负责人确认情况:
    'A candidate case needs the number of signatures and the room head’s confirmation',
  '评价机构处理工作人员的，须填写是否已报备':
    'An institution handling its staff member states whether it reported it',
  合格分数线不得高于满分: 'The pass mark cannot exceed the full mark',
  '有成绩时须填写分数，缺考或取消成绩时不填':
    'A score is given when scored, and left out when absent or cancelled',
  成绩不得高于满分: 'The score cannot exceed the full mark',
  取消成绩须注明依据条款: 'A cancellation names its article',
};
