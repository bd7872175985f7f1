// 发文字号 prefixes of the 1+X selection's documents, issued by the joint-conference office
// (国务院职业教育工作部际联席会议办公室, seated at the Ministry of Education: 教职联办). The prefix also
// names the gap-free counter of its numbers (cases.repository nextNumber).
export const SELECTION_1X_PREFIX = {
  case: '教职联办遴申',
  acceptance: '教职联办遴受',
  correction: '教职联办遴补',
  rejection: '教职联办遴驳',
  result: '教职联办遴结',
  notice: '教职联办遴示',
  publication: '教职联办遴发',
} as const;
