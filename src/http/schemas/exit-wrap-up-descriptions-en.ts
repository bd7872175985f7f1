// The Chinese descriptions of the exit wrap-up routes (W, used by exit-wrap-up.routes.ts) and their English
// twins (EXIT_WRAP_UP_DESCRIPTIONS_EN, spread into REQUEST_DESCRIPTIONS_EN).
const PAIRS = {
  exitId: ['机构退出记录 ID', 'Institution exit ID'],
  institutionId: ['机构 ID（查看其当前收尾清单）', 'Institution ID (its current wrap-up checklist)'],
  sessionId: ['评价场次 ID（已结束的场次）', 'Evaluation session ID (a closed session)'],
  status: [
    '收尾状态：open 未完成（含逾期） / completed 已确认完成 / all 全部（默认）',
    'Wrap-up status: open not completed (overdue included) / completed confirmed complete / all all (the default)',
  ],
  location: [
    '归档位置：档案室、档案盒编号或电子档案编号',
    'Where the records are kept: archive room, box number or electronic archive reference',
  ],
  archivedOn: ['归档日期（默认今天）', 'Archived on (default today)'],
  item: [
    '收尾事项：fees_without_exam 已收费但未实施考核 / exams_without_certificates 已考核尚未发证 / certificate_data_not_uploaded 证书数据未完成上报 / records_not_archived 评价资料未归档',
    'Wrap-up item: fees_without_exam fees collected without an exam / exams_without_certificates exams held without certificates / certificate_data_not_uploaded certificate data not uploaded / records_not_archived records not archived',
  ],
  reason: [
    '豁免理由（记录在案，机构与公众可见其结论）',
    'Reason for the waiver (recorded; the institution sees it)',
  ],
} as const satisfies Record<string, readonly [string, string]>;

type Key = keyof typeof PAIRS;
export const W = Object.fromEntries(Object.entries(PAIRS).map(([k, [zh]]) => [k, zh])) as {
  [K in Key]: (typeof PAIRS)[K][0];
};
export const EXIT_WRAP_UP_DESCRIPTIONS_EN: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(PAIRS).map(([zh, en]) => [zh, en]),
);
