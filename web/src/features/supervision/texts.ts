// The supervision pages' words (issue 14 points 3–5), Chinese first with English beside them: the kinds of
// programme operation records and their fields, the grounds' articles, states and actions, the rating
// indicators' sources — never an identifier on screen.
type Pair = [zh: string, en: string];

export type FieldType = 'text' | 'date' | 'int' | 'money' | 'per';
export interface KindField {
  key: string;
  label: Pair;
  type: FieldType;
  optional?: boolean;
}
export interface KindText {
  name: Pair;
  date: Pair;
  article: Pair;
  perProgramme: boolean;
  fields: KindField[];
}

const version: KindField[] = [
  { key: 'version', label: ['版本号', 'Version'], type: 'text' },
  { key: 'changes', label: ['更新内容', 'What changed'], type: 'text' },
];

export const KINDS: Record<string, KindText> = {
  exam_site: {
    name: ['考核站点', 'Exam sites'],
    date: ['设立日期', 'Set up on'],
    article: ['《管理办法》第二十二条', '1x-selection §22'],
    perProgramme: false,
    fields: [
      { key: 'name', label: ['站点名称', 'Name'], type: 'text' },
      { key: 'address', label: ['地址', 'Address'], type: 'text' },
      { key: 'province', label: ['所在省份', 'Province'], type: 'text' },
      {
        key: 'filedOn',
        label: ['向省级教育行政部门备案日期', 'Filed with the provincial education department on'],
        type: 'date',
        optional: true,
      },
      { key: 'filingReference', label: ['备案文号', 'Filing reference'], type: 'text', optional: true },
    ],
  },
  school_implementation: {
    name: ['试点院校', 'Schools implementing'],
    date: ['院校选择实施日期', 'Chosen on'],
    article: ['《管理办法》第十七条；退出细则第五条第（四）项', '1x-selection §17; 1x-exit §5(4)'],
    perProgramme: true,
    fields: [
      { key: 'schoolName', label: ['院校名称', 'School'], type: 'text' },
      { key: 'year', label: ['实施年度', 'Year'], type: 'int' },
      { key: 'students', label: ['参与学生人数', 'Students'], type: 'int', optional: true },
    ],
  },
  standard_version: {
    name: ['标准版本', 'Standard versions'],
    date: ['发布日期', 'Issued on'],
    article: [
      '《管理办法》第十七条、第二十八条；退出细则第五条第（三）项',
      '1x-selection §17, §28; 1x-exit §5(3)',
    ],
    perProgramme: true,
    fields: version,
  },
  materials_version: {
    name: ['教材版本', 'Teaching materials'],
    date: ['发布日期', 'Issued on'],
    article: ['《管理办法》第十九条、第二十八条', '1x-selection §19, §28'],
    perProgramme: true,
    fields: version,
  },
  question_bank_version: {
    name: ['题库版本', 'Question bank versions'],
    date: ['启用日期', 'In use from'],
    article: ['《管理办法》第二十八条；退出细则第五条第（三）项', '1x-selection §28; 1x-exit §5(3)'],
    perProgramme: true,
    fields: version,
  },
  fee_standard: {
    name: ['收费标准', 'Fee standard'],
    date: ['公布日期', 'Published on'],
    article: ['《管理办法》第二十四条、第二十八条', '1x-selection §24, §28'],
    perProgramme: true,
    fields: [
      { key: 'item', label: ['收费项目', 'Item'], type: 'text' },
      { key: 'amountYuan', label: ['金额（元）', 'Amount (yuan)'], type: 'money' },
      { key: 'per', label: ['计费单位', 'Charged per'], type: 'per' },
      { key: 'publishedWhere', label: ['公布渠道', 'Published at'], type: 'text' },
    ],
  },
  teacher_training: {
    name: ['师资培训', 'Teacher training'],
    date: ['举办日期', 'Held on'],
    article: ['《管理办法》第二十条', '1x-selection §20'],
    perProgramme: true,
    fields: [
      { key: 'trainingName', label: ['培训名称', 'Title'], type: 'text' },
      { key: 'participants', label: ['参训人数', 'Participants'], type: 'int' },
      { key: 'place', label: ['地点', 'Place'], type: 'text' },
    ],
  },
  recognising_company: {
    name: ['认可证书的企业', 'Companies recognising it'],
    date: ['认可日期', 'Recognised from'],
    article: ['《管理办法》第十七条', '1x-selection §17'],
    perProgramme: true,
    fields: [
      { key: 'companyName', label: ['企业名称', 'Company'], type: 'text' },
      { key: 'note', label: ['认可方式', 'How it recognises the certificate'], type: 'text', optional: true },
    ],
  },
  evaluation: {
    name: ['考核实施', 'Evaluations held'],
    date: ['考核日期', 'Held on'],
    article: [
      '《管理办法》第二十二条、第二十三条；退出细则第五条第（四）项',
      '1x-selection §22, §23; 1x-exit §5(4)',
    ],
    perProgramme: true,
    fields: [
      { key: 'candidates', label: ['报名参加人数', 'Candidates'], type: 'int' },
      { key: 'passed', label: ['通过人数', 'Passed'], type: 'int', optional: true },
      { key: 'site', label: ['考核站点', 'Exam site'], type: 'text', optional: true },
    ],
  },
};

export const PER: Record<string, Pair> = {
  candidate: ['每人', 'per candidate'],
  person_time: ['每人次', 'per sitting'],
};

/** The grounds' rules in words (src/rules/1x-exit/revocation.ts, mohrss-violations §13(3)/§14(7)). */
export const GROUND_RULES: Record<string, { title: Pair; article: Pair }> = {
  '1x-exit/5/2': { title: ['自批准后一年内未启动开展相关工作', 'No work started within a year of approval'], article: ['退出细则第五条第（二）项', '1x-exit §5(2)'] },
  '1x-exit/5/3': { title: ['两年内未更新证书标准、考核题库', 'No update of the standard or question bank for two years'], article: ['退出细则第五条第（三）项', '1x-exit §5(3)'] },
  '1x-exit/5/4/evaluations': { title: ['连续两年无人报名参加评价', 'Two consecutive years without candidates'], article: ['退出细则第五条第（四）项', '1x-exit §5(4)'] },
  '1x-exit/5/4/schools': { title: ['连续两年无院校选择实施', 'Two consecutive years without a school implementing'], article: ['退出细则第五条第（四）项', '1x-exit §5(4)'] },
  '1x-exit/5/5': { title: ['各渠道反映问题较多、未整改到位', 'Many unresolved problems from inspections, the platform or complaints'], article: ['退出细则第五条第（五）项', '1x-exit §5(5)'] },
  '1x-exit/5/6': { title: ['监测评价为 D 档且未整改到位', 'Rating D not rectified'], article: ['退出细则第五条第（六）项', '1x-exit §5(6)'] },
  'mohrss-violations/14/7': { title: ['一年以上未开展评价活动', 'A year or more without evaluations'], article: ['违纪违规处理规定第十三条第（三）项、第十四条第（七）项', 'mohrss-violations §13(3), §14(7)'] },
}; // prettier-ignore

export const GROUND_STATE: Record<string, Pair> = {
  open: ['待处理', 'Awaiting action'],
  acted: ['已处理', 'Acted on'],
  dismissed: ['不予处理', 'Dismissed'],
};
export const GROUND_ACTION: Record<string, Pair> = {
  violation_case: ['已立案处理', 'Violation case opened'],
  rectification: ['已责令限期整改', 'Rectification ordered'],
  exit: ['已转退出程序', 'Exit procedure opened'],
};

export const EVIDENCE_KIND: Record<string, Pair> = {
  approval: ['批准实施', 'Approved'],
  data_from: ['导入目录（此前数据不在本系统）', 'Imported (no data held before)'],
  'operation:exam_site': ['考核站点', 'Exam site'],
  'operation:school_implementation': ['最近一次院校选择实施', 'Last school chose it'],
  'operation:standard_version': ['最近一次更新标准', 'Last standard update'],
  'operation:question_bank_version': ['最近一次更新题库', 'Last question bank update'],
  'operation:materials_version': ['教材版本', 'Materials version'],
  'operation:fee_standard': ['收费标准', 'Fee standard'],
  'operation:teacher_training': ['师资培训', 'Teacher training'],
  'operation:recognising_company': ['认可企业', 'Recognising company'],
  'operation:evaluation': ['最近一次有人报名的考核', 'Last evaluation with candidates'],
  rating: ['监测评价', 'Monitoring rating'],
  rectification: ['整改', 'Rectification'],
  lead: ['未办结的问题线索', 'Open lead'],
  rectification_overdue: ['逾期未整改', 'Overdue rectification'],
  inspection: ['抽查发现问题未处理', 'Inspection problem not followed up'],
  last_session: ['最近一次评价结束', 'Last evaluation ended'],
  filing: ['备案', 'Filed'],
};

export const SOURCES: Record<string, Pair> = {
  candidates: ['报名参加考核人数', 'Candidates evaluated'],
  schools: ['选择实施的院校数', 'Schools implementing'],
  updates: ['标准、教材、题库更新次数', 'Updates of standard, materials, question bank'],
  teacher_training: ['师资培训人数', 'Teachers trained'],
  inspection_problems: ['抽查发现问题的次数', 'Inspections that found problems'],
  leads_substantiated: ['查实的投诉举报和问题线索', 'Substantiated complaints and leads'],
  rectifications_overdue: ['逾期未整改到位的整改', 'Rectifications overdue'],
};
export const POSITIVE_SOURCES = new Set(['candidates', 'schools', 'updates', 'teacher_training']);

export const RECTIFICATION_STATUS: Record<string, Pair> = {
  open: ['整改中', 'Under rectification'],
  reported: ['已报告整改情况，待核查', 'Reported, awaiting verification'],
  accepted: ['整改到位', 'Rectified'],
  rejected: ['整改未通过', 'Not accepted'],
};

export const pair = (
  map: Record<string, Pair>,
  key: string | null | undefined,
  fallback: Pair = ['其他', 'Other'],
): Pair => (key ? map[key] : undefined) ?? fallback;
