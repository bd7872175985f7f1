// The words of the dashboard's categories, Chinese and English (the server names them, so the charts,
// the tooltips and the Excel sheets show the same words and never a code).
export type Pair = readonly [zh: string, en: string];

export const KIND_LABELS: Record<string, Pair> = {
  employer: ['用人单位', 'Employer'],
  school: ['院校', 'School'],
  social_org: ['社会培训评价组织', 'Social evaluation organisation'],
  industry_org: ['行业组织', 'Industry association'],
  training_org: ['职业教育培训评价组织', '1+X training-evaluation organisation'],
};

export const STATUS_LABELS: Record<string, Pair> = {
  registered: ['已登记', 'Registered'],
  active: ['正常', 'Active'],
  suspended: ['暂停', 'Suspended'],
  exited: ['已退出', 'Exited'],
  filing_lapsed: ['备案已到期', 'Filing lapsed'],
};

export const RATING_LABELS: Record<string, Pair> = {
  A: ['A 档', 'Grade A'],
  B: ['B 档', 'Grade B'],
  C: ['C 档', 'Grade C'],
  D: ['D 档', 'Grade D'],
  none: ['未评级', 'Not rated'],
};
