// The demo world (issue 10 point 1): the institutions filed or selected before SkillReg existed, as a
// province's register would list them, generated deterministically — the same seed gives the same
// rows, byte for byte — and brought in through the import of existing filings
// (src/use-cases/filings-import), exactly as an operator brings in a real register.
// Names, people and numbers are invented; USCCs carry correct GB 32100 / GB 11714 check characters;
// occupation codes are those of the demo catalogue (rows of the 2022 大典, occupations-demo.csv).
// Guizhou and Zhejiang are left out: the demo accounts' own procedures there count the registry
// (the 3-per-occupation quota of mohrss-filing 二(四), the gz-rules numbers), and must find what the
// browser specs expect.
import { orgCodeCheckCharacter, usccCheckCharacter, USCC_CHARSET } from '../../../domain/uscc.js';
import type { InstitutionKind } from '../../schema.js';
import { IMPORT_COLUMNS, KIND_ZH, type ImportColumnKey } from '../../../use-cases/filings-import/columns.js';

export const DEMO_WORLD_SEED = 20_261_203;
export const DEMO_WORLD_FILE = '存量备案目录（演示数据）.csv';

/** Provincial departments the world's filings were decided by (real public bodies). */
export const WORLD_PROVINCES: {
  code: string;
  short: string;
  authority: string;
  /** County-level GB/T 2260 codes and the city each belongs to (for USCCs and names). */
  districts: [division: string, city: string, district: string][];
}[] = [
  { code: '110000', short: '北京', authority: '北京市人力资源和社会保障局', districts: [['110105', '北京', '朝阳区'], ['110108', '北京', '海淀区'], ['110106', '北京', '丰台区']] },
  { code: '120000', short: '天津', authority: '天津市人力资源和社会保障局', districts: [['120101', '天津', '和平区'], ['120116', '天津', '滨海新区']] },
  { code: '130000', short: '河北', authority: '河北省人力资源和社会保障厅', districts: [['130102', '石家庄', '长安区'], ['130203', '唐山', '路北区'], ['130602', '保定', '竞秀区']] },
  { code: '310000', short: '上海', authority: '上海市人力资源和社会保障局', districts: [['310104', '上海', '徐汇区'], ['310115', '上海', '浦东新区'], ['310112', '上海', '闵行区']] },
  { code: '320000', short: '江苏', authority: '江苏省人力资源和社会保障厅', districts: [['320102', '南京', '玄武区'], ['320506', '苏州', '吴中区'], ['320213', '无锡', '梁溪区']] },
  { code: '340000', short: '安徽', authority: '安徽省人力资源和社会保障厅', districts: [['340104', '合肥', '蜀山区'], ['340202', '芜湖', '镜湖区']] },
  { code: '350000', short: '福建', authority: '福建省人力资源和社会保障厅', districts: [['350102', '福州', '鼓楼区'], ['350203', '厦门', '思明区'], ['350503', '泉州', '丰泽区']] },
  { code: '370000', short: '山东', authority: '山东省人力资源和社会保障厅', districts: [['370102', '济南', '历下区'], ['370202', '青岛', '市南区'], ['370602', '烟台', '芝罘区']] },
  { code: '410000', short: '河南', authority: '河南省人力资源和社会保障厅', districts: [['410105', '郑州', '金水区'], ['410302', '洛阳', '老城区']] },
  { code: '420000', short: '湖北', authority: '湖北省人力资源和社会保障厅', districts: [['420106', '武汉', '武昌区'], ['420502', '宜昌', '西陵区'], ['420602', '襄阳', '襄城区']] },
  { code: '430000', short: '湖南', authority: '湖南省人力资源和社会保障厅', districts: [['430104', '长沙', '岳麓区'], ['430202', '株洲', '荷塘区']] },
  { code: '440000', short: '广东', authority: '广东省人力资源和社会保障厅', districts: [['440106', '广州', '天河区'], ['440304', '深圳', '福田区'], ['440604', '佛山', '禅城区'], ['441900', '东莞', '东莞']] },
  { code: '510000', short: '四川', authority: '四川省人力资源和社会保障厅', districts: [['510104', '成都', '锦江区'], ['510703', '绵阳', '涪城区']] },
  { code: '500000', short: '重庆', authority: '重庆市人力资源和社会保障局', districts: [['500103', '重庆', '渝中区'], ['500112', '重庆', '渝北区']] },
  { code: '610000', short: '陕西', authority: '陕西省人力资源和社会保障厅', districts: [['610103', '西安', '碑林区'], ['610402', '咸阳', '秦都区']] },
]; // prettier-ignore

const OSTA = '中国就业培训技术指导中心';
const JCO = '国务院职业教育工作部际联席会议办公室';

/** Occupations by the kind of institution that plausibly evaluates them (codes from occupations-demo.csv). */
const OCCUPATIONS: Record<'employer' | 'school' | 'social_org' | 'industry_org', string[]> = {
  employer: ['6-18-01-01', '6-18-02-04', '6-20-03-01', '6-22-02-01', '6-31-01-03', '6-31-01-04', '6-28-01-14', '6-29-02-11', '6-29-03-03', '6-31-07-03', '6-24-02-04', '6-31-03-01', '4-12-01-01', '4-02-06-03'],
  school: ['4-04-05-01', '4-01-06-01', '4-03-02-01', '4-03-02-02', '4-10-03-01', '6-18-02-04', '4-12-01-01', '4-08-08-23', '6-31-01-03', '4-14-01-03', '5-05-01-01'],
  social_org: ['4-10-01-05', '4-10-01-06', '4-10-01-03', '4-10-01-01', '4-07-03-05', '4-07-03-04', '4-14-02-02', '4-10-04-02', '4-03-02-07', '4-01-06-02', '4-14-02-05', '4-10-03-02', '4-04-05-05'],
  industry_org: ['4-02-02-01', '4-02-02-02', '4-02-04-06', '4-02-07-08', '4-10-08-01', '3-02-03-04', '3-02-03-08', '6-29-01-01', '6-29-01-04'],
}; // prettier-ignore

const PROGRAMMES = ['Web 前端开发', '工业机器人操作与运维', '智能财税', '老年照护', '母婴护理', '数字营销技术应用', '云计算平台运维与开发', '建筑信息模型（BIM）', '汽车运用与维修', '网店运营推广', '大数据应用开发（Python）', '无人机驾驶', '物流管理', '幼儿照护', '电子商务数据分析']; // prettier-ignore
const WORDS = ['华信', '恒达', '博远', '瑞丰', '启明', '长城', '鼎盛', '汇智', '万象', '新锐', '德润', '嘉禾', '铭泰', '宏图', '立信', '致远', '明德', '安澜', '翔宇', '正源', '同创', '佳和', '盛世', '泰和', '晨光', '远航', '锦程', '东方', '中科', '天成']; // prettier-ignore
const INDUSTRIES = ['机电', '重工', '电力', '汽车', '精密制造', '装备制造', '建设', '新能源', '化工', '电子', '物流', '轨道交通']; // prettier-ignore
const SCHOOL_KINDS = ['职业技术学院', '技师学院', '高级技工学校', '职业技术学校', '工贸职业技术学院', '交通职业技术学院']; // prettier-ignore
const SOCIAL_KINDS = ['职业技能评价中心', '职业技能等级认定中心', '技能人才评价服务中心', '职业培训评价中心']; // prettier-ignore
const ASSOCIATIONS = ['中国物流与采购联合会职业技能评价中心', '中国建筑业协会', '中国应急管理学会', '中国道路运输协会', '中国快递协会', '中国航空运输协会', '中国安全生产协会', '中国城市公共交通协会', '中国通用航空协会', '中国餐饮业协会']; // prettier-ignore
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'; // prettier-ignore
const GIVEN = ['建国', '志强', '海燕', '丽华', '明', '晓东', '国庆', '秀英', '春梅', '立新', '文博', '佳怡', '子涵', '振华', '德明', '玉兰', '永刚', '晓红', '思远', '宏伟']; // prettier-ignore

/** A small, fast, well-mixed 32-bit generator (mulberry32): the same seed, the same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export type WorldRow = Partial<Record<ImportColumnKey, string>>;

interface Counts {
  employer: number;
  school: number;
  social_org: number;
  industry_org: number;
  training_org: number;
}
/** How many of each kind; enough for lists, filters and charts to mean something. */
export const WORLD_COUNTS: Counts = {
  employer: 60,
  school: 40,
  social_org: 38,
  industry_org: 6,
  training_org: 12,
};

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const addYears = (iso: string, years: number) =>
  addDays(`${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`, -1);

/** The rows of the demo register, in the import template's columns. */
export function generateDemoWorld(seed: number = DEMO_WORLD_SEED, counts: Counts = WORLD_COUNTS): WorldRow[] {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const names = new Set<string>();
  const usccs = new Set<string>();
  let serial = 0;
  /** social organisations per province and occupation: at most 3 (mohrss-filing 二(四)). */
  const quota = new Map<string, number>();

  const uscc = (head: string, division: string, letters: string): string => {
    for (;;) {
      serial++;
      const tail = String(serial).padStart(8 - letters.length, '0');
      let body8 = `${letters}${tail}`.slice(0, 8);
      // GB 11714 allows any letter in the body; keep to the USCC alphabet so every character is valid.
      body8 = [...body8].map((c) => (USCC_CHARSET.includes(c) ? c : '0')).join('');
      const first17 = `${head}${division}${body8}${orgCodeCheckCharacter(body8)}`;
      const code = first17 + usccCheckCharacter(first17);
      if (!usccs.has(code)) {
        usccs.add(code);
        return code;
      }
    }
  };
  const unique = (make: () => string): string => {
    for (let i = 0; i < 50; i++) {
      const n = make();
      if (!names.has(n)) {
        names.add(n);
        return n;
      }
    }
    throw new Error('generateDemoWorld: could not find a free name');
  };
  const person = () => `${pick([...SURNAMES])}${pick(GIVEN)}`;
  const levelsFrom = (top: number, n: number) =>
    Array.from({ length: n }, (_, i) => top + i).filter((l) => l <= 5);
  const scopeOf = (kind: keyof typeof OCCUPATIONS, province: string): string => {
    const list = [...OCCUPATIONS[kind]];
    const n = int(1, 3);
    const out: string[] = [];
    while (out.length < n && list.length > 0) {
      const code = list.splice(Math.floor(rnd() * list.length), 1)[0]!;
      if (kind === 'social_org') {
        const k = `${province}:${code}`;
        if ((quota.get(k) ?? 0) >= 3) continue;
        quota.set(k, (quota.get(k) ?? 0) + 1);
      }
      const top = int(2, 4);
      out.push(`${code}:${levelsFrom(top, int(2, 3)).join('/')}`);
    }
    return out.join('；');
  };
  const dates = () => {
    const decision = addDays('2021-01-04', int(0, 1800)); // 2021 to the end of 2025
    const from = addDays(decision, int(0, 20));
    const years = pick([3, 5, 5]);
    return { decision, from, to: addYears(from, years) };
  };

  const rows: WorldRow[] = [];
  const kinds: InstitutionKind[] = ['employer', 'school', 'social_org', 'industry_org', 'training_org'];
  const perProvince = new Map<string, number>();
  for (const kind of kinds) {
    for (let i = 0; i < counts[kind]; i++) {
      // Provinces in turn, so that each of them has institutions of every provincial kind.
      const p = WORLD_PROVINCES[(i + kinds.indexOf(kind) * 3) % WORLD_PROVINCES.length]!;
      const [division, city, district] = pick(p.districts);
      const n = (perProvince.get(p.code) ?? 0) + 1;
      perProvince.set(p.code, n);
      const d = dates();
      const row: WorldRow = {
        kind: KIND_ZH[kind],
        decisionDate: d.decision,
        validFrom: d.from,
        validTo: d.to,
        legalRepresentative: person(),
      };
      const year = d.decision.slice(0, 4);
      const prov2 = p.code.slice(0, 2);
      if (kind === 'employer') {
        row.name = unique(
          () =>
            `${city}${pick(WORDS)}${pick(INDUSTRIES)}${pick(['有限公司', '股份有限公司', '集团有限公司'])}`,
        );
        row.uscc = uscc('91', division, 'MA');
        row.filingCode = `Y${prov2}${year}${String(n).padStart(4, '0')}`;
        row.authority = p.authority;
        row.scope = scopeOf('employer', p.code);
      } else if (kind === 'school') {
        row.name = unique(
          () => `${pick([city, p.short])}${pick(['', ...WORDS.slice(0, 8)])}${pick(SCHOOL_KINDS)}`,
        );
        row.uscc = uscc('12', division, '');
        row.filingCode = `X${prov2}${year}${String(n).padStart(4, '0')}`;
        row.authority = p.authority;
        row.scope = scopeOf('school', p.code);
      } else if (kind === 'social_org') {
        row.name = unique(() => `${city}${pick(WORDS)}${pick(SOCIAL_KINDS)}`);
        row.uscc = uscc('52', division, 'MJ');
        row.filingCode = `S${prov2}${year}${String(n).padStart(4, '0')}`;
        row.authority = p.authority;
        row.scope = scopeOf('social_org', p.code);
      } else if (kind === 'industry_org') {
        // National associations, seated in Beijing, admitted by the national centre (dept-pilot).
        row.name = unique(() => ASSOCIATIONS[i % ASSOCIATIONS.length]!);
        row.uscc = uscc('51', '100000', 'MJ');
        row.filingCode = `H${year}${String(i + 1).padStart(4, '0')}`;
        row.authority = OSTA;
        row.scope = scopeOf('industry_org', '000000');
      } else {
        row.name = unique(
          () =>
            `${pick([city, '北京', '上海', '深圳'])}${pick(WORDS)}${pick(['教育科技有限公司', '信息技术股份有限公司', '职业教育研究院有限公司'])}`,
        );
        row.uscc = uscc('91', division, 'MA');
        row.filingCode = `T${year}${String(i + 1).padStart(4, '0')}`;
        row.authority = JCO;
        const programmes = new Set<string>();
        for (let k = int(1, 2); programmes.size < k;) programmes.add(pick(PROGRAMMES));
        row.programmes = [...programmes].map((name) => `${name}:初级/中级/高级`).join('；');
      }
      const full = ['11', '12', '31', '50'].includes(prov2) ? '' : `${p.short}省`;
      row.address = `${full}${city}市${district === city ? '' : district}${pick(WORDS)}路 ${int(1, 399)} 号`;
      // One in five employers and social organisations has a branch filed in another province.
      if ((kind === 'employer' || kind === 'social_org') && rnd() < 0.2) {
        const q = pick(WORLD_PROVINCES.filter((x) => x.code !== p.code));
        const [bDivision, bCity] = pick(q.districts);
        const branchName = `${row.name}${bCity}${kind === 'employer' ? '分公司' : '分中心'}`;
        const bUscc = uscc(kind === 'employer' ? '91' : '52', bDivision, kind === 'employer' ? 'MA' : 'MJ');
        row.branches = `${q.short}|${branchName}|${bUscc}|${row.filingCode}-${q.code.slice(0, 2)}001`;
      }
      rows.push(row);
    }
  }
  return rows;
}

/** The rows as the import template's CSV (UTF-8 with BOM, as Excel writes it). */
export function worldCsv(rows: readonly WorldRow[]): string {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [
    IMPORT_COLUMNS.map((c) => c.zh).join(','),
    ...rows.map((r) => IMPORT_COLUMNS.map((c) => quote(r[c.key] ?? '')).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
