// The inspection pages' words, Chinese first with English beside them (1x-selection §25 双随机、一公开):
// round and inspection states, methods, outcomes, institution kinds, the reasons an expert is left out,
// the draw algorithms — never a code on screen.
type Pair = [zh: string, en: string];

export const ROUND_STATUS: Record<string, Pair> = {
  planned: ['已制定计划（已公布抽取承诺）', 'Planned (commitment published)'],
  drawn: ['已抽取', 'Drawn'],
  in_progress: ['检查中', 'Under way'],
  completed: ['已完成', 'Completed'],
};
export const INSPECTION_STATUS: Record<string, Pair> = {
  drawn: ['待检查', 'To inspect'],
  in_progress: ['检查中', 'Under way'],
  concluded: ['已办结', 'Concluded'],
};
export const METHOD: Record<string, Pair> = {
  materials: ['审查材料', 'Review of materials'],
  site_visit: ['实地考察', 'Site visit'],
  interviews: ['走访座谈', 'Interviews'],
};
export const OUTCOME: Record<string, Pair> = {
  no_problems: ['未发现问题', 'No problems found'],
  rectify: ['发现问题，责令整改', 'Problems to rectify'],
  violation_suspected: ['涉嫌违规，移交立案', 'Violation suspected'],
};
export const RESULT: Record<string, Pair> = {
  ok: ['符合要求', 'Meets the requirements'],
  problem: ['发现问题', 'Problem found'],
};
export const KIND: Record<string, Pair> = {
  employer: ['用人单位', 'Employer'],
  school: ['院校', 'School'],
  social_org: ['社会培训评价组织', 'Social evaluation organisation'],
  industry_org: ['行业协会', 'Industry association'],
  training_org: ['1+X 培训评价组织', '1+X training-evaluation organisation'],
};
export const EXCLUSION: Record<string, Pair> = {
  inactive: ['专家信息已停用', 'Expert inactive'],
  employee: ['本人为该机构人员', 'Works for the institution'],
  declared_conflict: ['已申报利益冲突', 'Declared conflict of interest'],
  entry_panel: ['曾参加该机构准入评审', 'Sat on the institution’s entry panel'],
};
export const ALGORITHM: Record<string, Pair> = {
  'skillreg-inspection/1': [
    '检查对象按 SHA-256(种子:机构编号) 排序取前 N 个；每个对象的专家按 SHA-256(种子:机构编号:专家编号) 排序取前 M 个',
    'Targets ranked by SHA-256(seed:institution id), first N; each target’s experts by SHA-256(seed:institution id:expert id), first M',
  ],
  'skillreg-panel/1': [
    '评审专家按 SHA-256(种子:专家编号) 排序取前 N 个',
    'Experts ranked by SHA-256(seed:expert id), first N',
  ],
};

export const label = (map: Record<string, Pair>, code: string, tx: (zh: string, en: string) => string) => {
  const p = map[code];
  return p ? tx(p[0], p[1]) : tx('其他', 'Other');
};
