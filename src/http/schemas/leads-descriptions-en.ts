// The Chinese descriptions of the complaint, ledger and rectification routes (D, used by the routes) and
// their English twins (LEADS_DESCRIPTIONS_EN, spread into REQUEST_DESCRIPTIONS_EN).
const PAIRS = {
  leadId: ['线索 ID', 'Lead ID'],
  entryId: [
    '被投诉的机构（公开目录中的条目）',
    'The institution complained about (its entry in the public directory)',
  ],
  subjectText: [
    '被投诉的单位或个人（目录中没有时填写）',
    'Whom the complaint is about (when not in the directory)',
  ],
  provinceCode: ['事情发生的省份（行政区划代码）', 'Province where it happened (division code)'],
  what: ['投诉举报的事实：时间、地点、经过', 'What happened: when, where, how'],
  contactName: ['联系人姓名（可不填）', 'Your name (optional)'],
  contactPhone: ['联系电话（可不填）', 'Your phone (optional)'],
  contactEmail: ['电子邮箱（可不填）', 'Your email (optional)'],
  code: ['查询码', 'Tracking code'],
  status: [
    '状态：received 已接收 / triaged 已分办 / routed 已转办 / investigating 核查中 / answered 已答复 / closed 已办结',
    'State: received new / triaged assigned / routed sent on by another authority / investigating under investigation / answered complainant answered / closed closed',
  ],
  source: [
    '来源：complaint 投诉举报 / hotline 监督咨询电话 / letter 信访件 / certificate_platform 证书信息管理服务平台 / biweekly_report 双周报 / inspection 监督检查 / violation_detection 系统发现的违规 / data_access 证书数据读取异常',
    'Source: complaint public complaint / hotline supervision hotline / letter letter / certificate_platform certificate platform / biweekly_report biweekly report / inspection inspection finding / violation_detection breach detected / data_access data-access alert',
  ],
  staffSource: [
    '来源：hotline 监督咨询电话 / letter 信访件 / certificate_platform 证书信息管理服务平台 / biweekly_report 双周报 / inspection 监督检查 / violation_detection 系统发现的违规',
    'Source: hotline supervision hotline / letter letter / certificate_platform certificate platform / biweekly_report biweekly report / inspection inspection finding / violation_detection breach detected',
  ],
  olderThanDays: ['只看收到已满此天数、未办结的', 'Only open leads received at least this many days ago'],
  q: ['线索内容或机构名称', 'Lead text or institution name'],
  institutionId: ['所涉机构', 'Institution concerned'],
  summary: ['线索内容', 'What the lead says'],
  sourceRef: ['来源编号（来电记录号、信访件编号等）', 'Source reference (call record, letter number …)'],
  receivedOn: ['收到日期', 'Date received'],
  triageNote: ['分办意见', 'Triage note'],
  toAuthorityId: ['接收部门', 'Receiving authority'],
  routeReason: ['转办理由', 'Reason for routing'],
  investigateNote: ['核查安排', 'Investigation plan'],
  answer: ['答复投诉人的内容', 'Answer to the complainant'],
  outcome: [
    '办结结论：substantiated 属实 / not_substantiated 不属实',
    'Outcome: substantiated founded / not_substantiated unfounded',
  ],
  closeNote: ['办结意见', 'Closing note'],
  duplicateOf: ['原线索', 'Original lead'],
  mergeNote: ['合并说明', 'Note on the merge'],
  question: ['要求机构回应的事项', 'What the institution is asked to answer'],
  dueOn: ['回应期限', 'Respond by'],
  dueReason: ['确定该期限的理由', 'Reason for this date'],
  rectSubject: ['整改事项', 'Matter to rectify'],
  deadline: ['整改期限', 'Deadline'],
  programmeSeq: [
    '涉及的证书（目录条目中的序号）',
    'Certificate programme concerned (its number in the entry)',
  ],
  caseSummary: ['情况摘要（立案）', 'Summary (for the case)'],
  responseRequestId: ['要求回应事项 ID', 'Response request ID'],
  response: ['回应内容', 'Response'],
  rectificationId: ['整改 ID', 'Rectification ID'],
  rectStatus: [
    '状态：open 整改中 / reported 已报告待核验 / accepted 已整改 / rejected 未通过核验',
    'State: open ordered / reported awaiting verification / accepted rectified / rejected not rectified',
  ],
  overdue: ['只看逾期未整改的', 'Only overdue orders'],
  verdict: [
    '核验结论：accepted 已整改 / rejected 未整改',
    'Verdict: accepted rectified / rejected not rectified',
  ],
  verifyReason: ['核验意见', 'Verification note'],
  newDeadline: ['新的整改期限（不通过时可设）', 'New deadline (when not rectified)'],
  sha256: ['文件 SHA-256', 'File SHA-256'],
} as const satisfies Record<string, readonly [string, string]>;

type Key = keyof typeof PAIRS;
export const D = Object.fromEntries(Object.entries(PAIRS).map(([k, [zh]]) => [k, zh])) as {
  [K in Key]: (typeof PAIRS)[K][0];
};
export const LEADS_DESCRIPTIONS_EN: Readonly<Record<string, string>> = Object.fromEntries(
  Object.values(PAIRS).map(([zh, en]) => [zh, en]),
);
