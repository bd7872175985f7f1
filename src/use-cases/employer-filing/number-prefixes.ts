// 发文字号 prefixes of the documents of the national employer's filing (issued by the national centre,
// 中国就业培训技术指导中心 = 中就培, as in 中就培函〔2020〕41号) and of its branches' provincial filings
// (issued by the province: 黔人社…, 浙人社…). The prefix also names the gap-free counter of its numbers.

export const MINISTRY_PREFIX = {
  case: '中就培备申',
  acceptance: '中就培备受',
  correction: '中就培备补',
  review: '中就培备审',
  receipt: '中就培备字',
  publication: '中就培备公',
} as const;

/** The one-character abbreviation of each province (GB/T 2260 first two digits). */
const PROVINCE_ABBR: Record<string, string> = {
  '11': '京',
  '12': '津',
  '13': '冀',
  '14': '晋',
  '15': '蒙',
  '21': '辽',
  '22': '吉',
  '23': '黑',
  '31': '沪',
  '32': '苏',
  '33': '浙',
  '34': '皖',
  '35': '闽',
  '36': '赣',
  '37': '鲁',
  '41': '豫',
  '42': '鄂',
  '43': '湘',
  '44': '粤',
  '45': '桂',
  '46': '琼',
  '50': '渝',
  '51': '川',
  '52': '黔',
  '53': '滇',
  '54': '藏',
  '61': '陕',
  '62': '甘',
  '63': '青',
  '64': '宁',
  '65': '新',
  '66': '兵',
};

export function branchPrefixes(jurisdictionCode: string) {
  const abbr = PROVINCE_ABBR[jurisdictionCode.slice(0, 2)] ?? '省';
  return {
    case: `${abbr}人社分备申`,
    receipt: `${abbr}人社分备字`,
    refusal: `${abbr}人社分备驳`,
    publication: `${abbr}人社分备公`,
  };
}
