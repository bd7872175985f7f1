// The renewal pages' words, Chinese first with English beside them — never an identifier on screen.
type Pair = [zh: string, en: string];

export const RENEWAL_STATE: Record<string, Pair> = {
  none: ['未申请续期', 'Not applied for'],
  draft: ['续期申请填报中', 'Application in draft'],
  pending: ['续期评估中', 'Under assessment'],
  approved: ['已准予续期', 'Renewed'],
  refused: ['续期未通过', 'Renewal refused'],
};
export const RENEWAL_STATE_COLOR: Record<string, string> = {
  none: 'warning',
  draft: 'processing',
  pending: 'processing',
  approved: 'success',
  refused: 'error',
};

/** The state shown: a draft not yet submitted is told apart from no application at all. */
export const stateKey = (r: { state: string; caseId: string | null }): string =>
  r.state === 'none' && r.caseId ? 'draft' : r.state;

export const KIND: Record<string, Pair> = {
  employer: ['用人单位（第八条）', 'Employer (§8)'],
  school: ['院校（第九条）', 'School (§9)'],
  social_org: ['社会培训评价组织（第十条）', 'Social organisation (§10)'],
};
export const OVERALL: Record<string, Pair> = {
  renewable: ['全部申请职业（工种）符合续期条件', 'Every occupation applied for qualifies'],
  partially_renewable: [
    '部分职业（工种）符合续期条件，其余不予续期',
    'Some occupations qualify, the others are lost',
  ],
  not_renewable: ['不符合续期条件', 'Does not qualify for renewal'],
  needs_judgement: [
    '人次条件已核验，尚有须由监管部门评估的事项',
    'Counts checked; points await the authority’s assessment',
  ],
};
export const OVERALL_TYPE: Record<string, 'success' | 'warning' | 'error' | 'info'> = {
  renewable: 'success',
  partially_renewable: 'warning',
  not_renewable: 'error',
  needs_judgement: 'info',
};
export const SOURCE: Record<string, Pair> = {
  issued: ['本平台评价批次核发', 'Issued from a session here'],
  uploaded: ['证书数据上报', 'Uploaded'],
};
export const LEVEL: Pair[] = [
  ['', ''],
  ['一级/高级技师', 'Level 1'],
  ['二级/技师', 'Level 2'],
  ['三级/高级工', 'Level 3'],
  ['四级/中级工', 'Level 4'],
  ['五级/初级工', 'Level 5'],
];
