// Jurisdictions: the national level, the 31 provincial-level divisions of GB/T 2260 and the
// 新疆生产建设兵团; for the demo, the prefectures of 贵州 and 浙江. Sources: docs/reference-data.md.
import type { JurisdictionsTable } from '../schema.js';

export const GB2260_SOURCE =
  'GB/T 2260《中华人民共和国行政区划代码》，代码取自民政部公布的《2023年中华人民共和国县以上行政区划代码》';

/** '000000' is SkillReg's own code for the whole country (GB/T 2260 has none). */
export const NATIONAL_JURISDICTION: JurisdictionsTable = {
  code: '000000',
  name: '全国',
  level: 'national',
  parent_code: null,
  source: 'SkillReg 约定：000000 表示全国（非 GB/T 2260 代码）',
};

const PROVINCES: [code: string, name: string][] = [
  ['110000', '北京市'],
  ['120000', '天津市'],
  ['130000', '河北省'],
  ['140000', '山西省'],
  ['150000', '内蒙古自治区'],
  ['210000', '辽宁省'],
  ['220000', '吉林省'],
  ['230000', '黑龙江省'],
  ['310000', '上海市'],
  ['320000', '江苏省'],
  ['330000', '浙江省'],
  ['340000', '安徽省'],
  ['350000', '福建省'],
  ['360000', '江西省'],
  ['370000', '山东省'],
  ['410000', '河南省'],
  ['420000', '湖北省'],
  ['430000', '湖南省'],
  ['440000', '广东省'],
  ['450000', '广西壮族自治区'],
  ['460000', '海南省'],
  ['500000', '重庆市'],
  ['510000', '四川省'],
  ['520000', '贵州省'],
  ['530000', '云南省'],
  ['540000', '西藏自治区'],
  ['610000', '陕西省'],
  ['620000', '甘肃省'],
  ['630000', '青海省'],
  ['640000', '宁夏回族自治区'],
  ['650000', '新疆维吾尔自治区'],
];

/**
 * 新疆生产建设兵团 is not an administrative division, so GB/T 2260 gives it no code (its cities, e.g.
 * 石河子市 659001, are county-level codes inside 新疆 650000 and would put the 兵团 under 新疆's
 * scope). Human-resources work treats the 兵团 as a provincial-level unit with its own 人力资源和社会
 * 保障局, and national business systems — MOHRSS's among them — identify it as 660000. SkillReg uses
 * 660000 so that the 兵团's authority gets its own territorial scope (prefix '66'). Consequence: an
 * institution filed with the 兵团 carries a 66xxxx jurisdiction code, not the GB/T 2260 code of the
 * city it sits in (docs/reference-data.md).
 */
export const BINGTUAN_JURISDICTION: JurisdictionsTable = {
  code: '660000',
  name: '新疆生产建设兵团',
  level: 'province',
  parent_code: '000000',
  source: '非 GB/T 2260 代码：人力资源社会保障等全国业务系统对新疆生产建设兵团使用的省级代码 660000',
};

/** The reference set upserted on every start. */
export const REFERENCE_JURISDICTIONS: JurisdictionsTable[] = [
  NATIONAL_JURISDICTION,
  ...PROVINCES.map(([code, name]) => ({
    code,
    name,
    level: 'province' as const,
    parent_code: '000000',
    source: GB2260_SOURCE,
  })),
  BINGTUAN_JURISDICTION,
];

const GUIZHOU_PREFECTURES: [string, string][] = [
  ['520100', '贵阳市'],
  ['520200', '六盘水市'],
  ['520300', '遵义市'],
  ['520400', '安顺市'],
  ['520500', '毕节市'],
  ['520600', '铜仁市'],
  ['522300', '黔西南布依族苗族自治州'],
  ['522600', '黔东南苗族侗族自治州'],
  ['522700', '黔南布依族苗族自治州'],
];

const ZHEJIANG_PREFECTURES: [string, string][] = [
  ['330100', '杭州市'],
  ['330200', '宁波市'],
  ['330300', '温州市'],
  ['330400', '嘉兴市'],
  ['330500', '湖州市'],
  ['330600', '绍兴市'],
  ['330700', '金华市'],
  ['330800', '衢州市'],
  ['330900', '舟山市'],
  ['331000', '台州市'],
  ['331100', '丽水市'],
];

/** Prefecture-level divisions the demo data uses (upserted when the demo is on). */
export const DEMO_PREFECTURES: JurisdictionsTable[] = [
  ...GUIZHOU_PREFECTURES.map(([code, name]) => ({ code, name, parent_code: '520000' })),
  ...ZHEJIANG_PREFECTURES.map(([code, name]) => ({ code, name, parent_code: '330000' })),
].map((p) => ({ ...p, level: 'prefecture' as const, source: GB2260_SOURCE }));
