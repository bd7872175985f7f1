// 统一社会信用代码 (unified social credit code, USCC) — GB 32100-2015《法人和其他组织统一社会信用代码编码规则》.
// 18 characters: 登记管理部门代码 (1) · 机构类别代码 (1) · 登记管理机关行政区划码 (6, GB/T 2260) ·
// 主体标识码 = 组织机构代码 (9, GB 11714-1997, with its own check character) · 校验码 (1, MOD 31).
import { compactCode } from './half-width.js';
import { rejected, valid, type Validation } from './validation.js';

export interface UsccPart {
  code: string;
  zh: string;
  en: string;
}

export interface Uscc {
  /** The normalised 18-character code. */
  code: string;
  registrationAuthority: UsccPart;
  orgType: UsccPart;
  /** Positions 3–8: the registering authority's GB/T 2260 division code. */
  divisionCode: string;
  /** Positions 9–17: the GB 11714 organisation code (8 body characters + its check character). */
  orgCode: string;
}

/** GB 32100-2015 §4.1: digits and upper-case letters except I, O, Z, S, V (confusable with 1, 0, 2, 5, U). */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** GB 32100-2015 §5: weight of position i is 3^(i-1) mod 31. */
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

interface AuthorityEntry {
  zh: string;
  en: string;
  types: Record<string, [zh: string, en: string]>;
}

// 登记管理部门代码 and the 机构类别代码 each department may use: GB 32100-2015 表1 as extended by the
// assignments the standard's administrator has published since (2 外交 … 8 工会, A 军委编办, N 农业).
const AUTHORITIES: Record<string, AuthorityEntry> = {
  '1': {
    zh: '机构编制',
    en: 'Institutional establishment',
    types: {
      '1': ['机关', 'Government organ'],
      '2': ['事业单位', 'Public institution'],
      '3': ['中央编办直接管理机构编制的群众团体', 'Mass organisation under the central establishment office'],
      '9': ['其他', 'Other'],
    },
  },
  '2': {
    zh: '外交',
    en: 'Foreign affairs',
    types: { '1': ['外国常驻新闻机构', 'Resident foreign news agency'], '9': ['其他', 'Other'] },
  },
  '3': {
    zh: '司法行政',
    en: 'Judicial administration',
    types: {
      '1': ['律师执业机构', 'Law firm'],
      '2': ['公证处', 'Notary office'],
      '3': ['基层法律服务所', 'Grassroots legal service office'],
      '4': ['司法鉴定机构', 'Forensic examination institution'],
      '5': ['仲裁委员会', 'Arbitration commission'],
      '9': ['其他', 'Other'],
    },
  },
  '4': {
    zh: '文化',
    en: 'Culture',
    types: { '1': ['外国在华文化中心', 'Foreign cultural centre in China'], '9': ['其他', 'Other'] },
  },
  '5': {
    zh: '民政',
    en: 'Civil affairs',
    types: {
      '1': ['社会团体', 'Social association'],
      '2': ['民办非企业单位', 'Private non-enterprise unit'],
      '3': ['基金会', 'Foundation'],
      '9': ['其他', 'Other'],
    },
  },
  '6': {
    zh: '旅游',
    en: 'Tourism',
    types: {
      '1': ['外国旅游部门常驻代表机构', 'Representative office of a foreign tourism authority'],
      '2': [
        '港澳台地区旅游部门常驻内地（大陆）代表机构',
        'Representative office of a HK/Macao/Taiwan tourism authority',
      ],
      '9': ['其他', 'Other'],
    },
  },
  '7': {
    zh: '宗教',
    en: 'Religious affairs',
    types: {
      '1': ['宗教活动场所', 'Place of religious activity'],
      '2': ['宗教院校', 'Religious college'],
      '9': ['其他', 'Other'],
    },
  },
  '8': {
    zh: '工会',
    en: 'Trade union',
    types: { '1': ['基层工会', 'Grassroots trade union'], '9': ['其他', 'Other'] },
  },
  '9': {
    zh: '工商',
    en: 'Industry and commerce (market regulation)',
    types: {
      '1': ['企业', 'Enterprise'],
      '2': ['个体工商户', 'Individual business'],
      '3': ['农民专业合作社', "Farmers' specialised cooperative"],
    },
  },
  A: {
    zh: '中央军委改革和编制办公室',
    en: 'Reform and Establishment Office of the Central Military Commission',
    types: { '1': ['军队事业单位', 'Military public institution'], '9': ['其他', 'Other'] },
  },
  N: {
    zh: '农业',
    en: 'Agriculture',
    types: {
      '1': ['组级集体经济组织', 'Group-level collective economic organisation'],
      '2': ['村级集体经济组织', 'Village-level collective economic organisation'],
      '3': ['乡镇级集体经济组织', 'Township-level collective economic organisation'],
      '9': ['其他', 'Other'],
    },
  },
  Y: { zh: '其他', en: 'Other', types: { '1': ['其他', 'Other'] } },
};

// First two digits of the registering authority's GB/T 2260 code: the 31 mainland provincial units,
// plus 10 for registration at national level (中央/国家级登记机关 use 100000: 12100000… is 清华大学).
// 66 is accepted too: registrations by 新疆生产建设兵团's own authorities are reported with it, and
// refusing a real code costs more than letting an unassigned prefix through (both check characters
// still apply).
const DIVISION_PREFIXES = new Set([
  '10', '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '66',
]); // prettier-ignore

const ORDINAL_ZH = (position: number): string => `第 ${position} 位`;

/** GB 32100-2015 §5: C18 = 31 − MOD(Σ Ci·Wi, 31), where Ci is the character's index in USCC_CHARSET; 31 → 0. */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(first17[i]!) * USCC_WEIGHTS[i]!;
  return USCC_CHARSET[(31 - (sum % 31)) % 31]!;
}

/**
 * GB 11714-1997《全国组织机构代码编制规则》§5: C9 = 11 − MOD(Σ Ci·Wi, 11) with W = 3,7,9,10,5,8,4,2 and
 * Ci = digit value, or 10–35 for A–Z (the full Latin alphabet, unlike the USCC's own MOD 31 alphabet);
 * 10 → 'X', 11 → '0'.
 */
export function orgCodeCheckCharacter(body8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = body8[i]!;
    const value = ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : ch.charCodeAt(0) - 55;
    sum += value * weights[i]!;
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

export function parseUscc(input: string): Validation<Uscc> {
  const code = compactCode(input);
  const chars = [...code]; // by code point, so that an emoji counts as one character in the message
  if (chars.length !== 18) {
    return rejected(
      'INVALID_USCC_LENGTH',
      `统一社会信用代码应为 18 位，当前为 ${chars.length} 位`,
      `A unified social credit code has 18 characters; got ${chars.length}`,
    );
  }
  for (let i = 0; i < 18; i++) {
    const ch = chars[i]!;
    if (!USCC_CHARSET.includes(ch)) {
      return rejected(
        'INVALID_USCC_CHARSET',
        `${ORDINAL_ZH(i + 1)}“${ch}”不是统一社会信用代码可用的字符（只用数字和除 I、O、Z、S、V 以外的大写字母）`,
        `Character ${i + 1} "${ch}" is not allowed (digits and capital letters except I, O, Z, S, V)`,
      );
    }
  }
  const authority = AUTHORITIES[code[0]!];
  if (!authority) {
    return rejected(
      'INVALID_USCC_AUTHORITY',
      `第 1 位登记管理部门代码“${code[0]}”不存在（应为 1–9、A、N 或 Y）`,
      `Position 1 "${code[0]}" is not a registration authority code (1–9, A, N or Y)`,
    );
  }
  const type = authority.types[code[1]!];
  if (!type) {
    const allowed = Object.keys(authority.types).join('、');
    return rejected(
      'INVALID_USCC_ORG_TYPE',
      `第 2 位机构类别代码“${code[1]}”不适用于登记管理部门“${authority.zh}”（可用：${allowed}）`,
      `Position 2 "${code[1]}" is not an organisation type of authority "${authority.en}" (allowed: ${allowed})`,
    );
  }
  const divisionCode = code.slice(2, 8);
  if (!/^\d{6}$/.test(divisionCode) || !DIVISION_PREFIXES.has(divisionCode.slice(0, 2))) {
    return rejected(
      'INVALID_USCC_DIVISION',
      `第 3–8 位“${divisionCode}”不是有效的登记管理机关行政区划码（GB/T 2260 六位数字）`,
      `Positions 3–8 "${divisionCode}" are not a GB/T 2260 division code`,
    );
  }
  const orgCode = code.slice(8, 17);
  const expectedOrgCheck = orgCodeCheckCharacter(orgCode.slice(0, 8));
  if (orgCode[8] !== expectedOrgCheck) {
    return rejected(
      'INVALID_USCC_ORG_CODE_CHECK',
      `第 9–17 位组织机构代码的校验码（第 17 位）应为 ${expectedOrgCheck}`,
      `The organisation code's check character (position 17) should be ${expectedOrgCheck}`,
    );
  }
  const expectedCheck = usccCheckCharacter(code.slice(0, 17));
  if (code[17] !== expectedCheck) {
    return rejected(
      'INVALID_USCC_CHECK',
      `统一社会信用代码校验码（第 18 位）应为 ${expectedCheck}`,
      `The check character (position 18) should be ${expectedCheck}`,
    );
  }
  return valid({
    code,
    registrationAuthority: { code: code[0]!, zh: authority.zh, en: authority.en },
    orgType: { code: code[1]!, zh: type[0], en: type[1] },
    divisionCode,
    orgCode,
  });
}
