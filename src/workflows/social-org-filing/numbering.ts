// Numbers of a social-organisation filing: the prefixes of the case reference and of the documents
// (发文字号, GB/T 9704-2012 §7.2.4: 机关代字 + 〔年份〕 + 序号), and the filing code (备案码).
//
// 机关代字 starts with the province's one-character abbreviation (GB/T 2260 province → 简称, public
// reference data); every authority of a province shares the sequences of its prefix, so numbers stay
// unique across a province's authorities. The filing code is SkillReg's own format — the texts assign
// a code (二(十)5 备案回执; 一(十)4 "赋予机构备案码") without prescribing its shape: 'S' + the deciding
// authority's jurisdiction code + the year + the case's four-digit sequence, e.g. S52000020260007.
// Derived from the gap-free case reference, it is unique and known before the receipt is printed.

const PROVINCE_ABBREVIATIONS: Record<string, string> = {
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
  '71': '台',
  '81': '港',
  '82': '澳',
};

/** 黔 for 520000 and 520100; '' for the national level (000000). */
export const provinceAbbreviation = (jurisdictionCode: string): string =>
  PROVINCE_ABBREVIATIONS[jurisdictionCode.slice(0, 2)] ?? '';

export type SocialOrgNumber =
  'case' | 'acceptance' | 'correction' | 'decision' | 'notice' | 'receipt' | 'publication';

const SUFFIX: Record<SocialOrgNumber, string> = {
  case: '人社社评备申', // 申请（案件编号）
  acceptance: '人社社评受', // 受理通知书
  correction: '人社社评补', // 补正材料通知书
  decision: '人社社评决', // 不予受理 / 不予备案 / 取消备案
  notice: '人社社评公示', // 公示
  receipt: '人社社评备', // 备案回执
  publication: '人社社评公布', // 公布记录
};

export const numberPrefix = (what: SocialOrgNumber, authorityJurisdiction: string): string =>
  `${provinceAbbreviation(authorityJurisdiction)}${SUFFIX[what]}`;

/** The filing code from the case reference (…〔2026〕0007号) and the authority's jurisdiction. */
export function filingCodeOf(referenceNo: string, authorityJurisdiction: string): string {
  const m = /〔(\d{4})〕(\d+)号$/.exec(referenceNo);
  if (!m) throw new Error(`case reference ${referenceNo} has no year and sequence`);
  return `S${authorityJurisdiction}${m[1]}${m[2]!.padStart(4, '0')}`;
}
