// Demo evaluation institutions (评价机构) and branches in 贵州 and 浙江, plus national bodies. The names,
// people and numbers are invented; the USCCs carry correct GB 32100 check characters (checked by
// tests/seed/demo-identifiers.test.ts) but belong to no real organisation.
import type { InstitutionKind, RegistryStatus } from '../../schema.js';

export interface DemoInstitution {
  key: string;
  name: string;
  kind: InstitutionKind;
  uscc: string;
  legalRepresentative: string;
  address: string;
  /** Prefecture-level code; national bodies seated in Beijing carry the province code 110000. */
  jurisdictionCode: string;
  /** Key in DEMO_AUTHORITIES. */
  authority: string;
  status: RegistryStatus;
  contactPhone: string;
  establishedOn: string;
  /** Status changes after registration, oldest first (institution_status_history). */
  history: { on: string; to: RegistryStatus; reason: string }[];
}

export interface DemoBranch {
  key: string;
  institution: string;
  name: string;
  uscc: string;
  address: string;
  jurisdictionCode: string;
  status: RegistryStatus;
}

const activated = (on: string) => [
  { on, to: 'active' as const, reason: '备案（遴选）通过，列入评价机构目录' },
];

export const DEMO_INSTITUTIONS: DemoInstitution[] = [
  {
    // Meets every gz-rules §6 number (tests/seed/demo-gz-rules.test.ts). inst_gz works here.
    key: 'gz-qiancheng',
    name: '贵阳市黔程职业技能评价中心',
    kind: 'social_org',
    uscc: '52520115MJ5K3R2C8B',
    legalRepresentative: '龙国平',
    address: '贵州省贵阳市观山湖区林城西路 95 号黔程大厦 5 层',
    jurisdictionCode: '520100',
    authority: 'guizhou',
    status: 'active',
    contactPhone: '0851-85550168',
    establishedOn: '2019-05-20',
    history: activated('2024-03-15'),
  },
  {
    // Misses several gz-rules §6 numbers (2 quality supervisors, 3 assessors for 茶叶加工工, a lease
    // under 3 years, no 候考室, desks 79 cm apart): an application the province should not accept.
    key: 'gz-huicai',
    name: '遵义市汇才职业技能评价中心',
    kind: 'social_org',
    uscc: '52520302MJ5H7QD49N',
    legalRepresentative: '黄正平',
    address: '贵州省遵义市红花岗区中华南路 118 号 3 楼',
    jurisdictionCode: '520300',
    authority: 'guizhou',
    status: 'registered',
    contactPhone: '0851-28550127',
    establishedOn: '2022-08-09',
    history: [],
  },
  {
    key: 'gz-qiankang',
    name: '贵州黔康职业技能评价有限公司',
    kind: 'social_org',
    uscc: '91520102MA6HK8N350',
    legalRepresentative: '杨丽华',
    address: '贵州省贵阳市南明区花果园大街 16 号 B 座 12 层',
    jurisdictionCode: '520100',
    authority: 'guiyang',
    status: 'active',
    contactPhone: '0851-85550392',
    establishedOn: '2020-11-02',
    history: activated('2024-09-01'),
  },
  {
    key: 'gz-wujiang',
    name: '贵州乌江智能装备有限公司',
    kind: 'employer',
    uscc: '91520302MA6DT3K2XA',
    legalRepresentative: '王志强',
    address: '贵州省遵义市红花岗区南岭路 200 号',
    jurisdictionCode: '520300',
    authority: 'guizhou',
    status: 'active',
    contactPhone: '0851-28550610',
    establishedOn: '2016-03-18',
    history: activated('2023-12-20'),
  },
  {
    key: 'gz-qiandongnan-school',
    name: '黔东南州民族工艺职业学校',
    kind: 'school',
    uscc: '12522601429571J342',
    legalRepresentative: '潘金花',
    address: '贵州省黔东南苗族侗族自治州凯里市开元大道 66 号',
    jurisdictionCode: '522600',
    authority: 'guizhou',
    status: 'active',
    contactPhone: '0855-85550233',
    establishedOn: '1985-09-01',
    history: activated('2024-06-28'),
  },
  {
    key: 'gz-fanjing',
    name: '铜仁市梵净职业技能评价中心',
    kind: 'social_org',
    uscc: '52520602MJ5GQ1W799',
    legalRepresentative: '田春生',
    address: '贵州省铜仁市碧江区锦江大道 39 号',
    jurisdictionCode: '520600',
    authority: 'guizhou',
    // Suspended on 2026-09-14 by guizhou's violation decision (demo/violations: mohrss-violations §13(1)).
    status: 'active',
    contactPhone: '0856-55550147',
    establishedOn: '2018-04-12',
    history: activated('2023-05-10'),
  },
  {
    // inst_zj works here.
    key: 'zj-zhijiang',
    name: '浙江之江智能装备股份有限公司',
    kind: 'employer',
    uscc: '91330108MA2H3L6T5C',
    legalRepresentative: '徐立新',
    address: '浙江省杭州市滨江区江南大道 3600 号',
    jurisdictionCode: '330100',
    authority: 'zhejiang',
    status: 'active',
    contactPhone: '0571-85550288',
    establishedOn: '2015-07-01',
    history: activated('2023-10-16'),
  },
  {
    key: 'zj-yongjiang-school',
    name: '宁波市甬江职业技术学校',
    kind: 'school',
    uscc: '12330212470183U25W',
    legalRepresentative: '陈海燕',
    address: '浙江省宁波市鄞州区天童南路 1088 号',
    jurisdictionCode: '330200',
    authority: 'zhejiang',
    status: 'active',
    contactPhone: '0574-85550716',
    establishedOn: '1998-09-01',
    history: activated('2024-01-08'),
  },
  {
    key: 'zj-qiantang',
    name: '杭州钱塘家政职业技能评价中心',
    kind: 'social_org',
    uscc: '52330106MJ9D2E7Q4F',
    legalRepresentative: '沈美玲',
    address: '浙江省杭州市西湖区文三路 259 号 7 楼',
    jurisdictionCode: '330100',
    authority: 'zhejiang',
    status: 'active',
    contactPhone: '0571-85550913',
    establishedOn: '2017-12-26',
    history: activated('2024-04-22'),
  },
  {
    // A national employer (全国性用人单位), filed with the national centre (mohrss-filing), whose
    // branches file in the provinces where they work.
    key: 'nat-zhonglian',
    name: '中联能源建设集团有限公司',
    kind: 'employer',
    uscc: '91330100MA27W5P8XC',
    legalRepresentative: '周振华',
    address: '浙江省杭州市上城区钱江路 58 号',
    jurisdictionCode: '330100',
    authority: 'osta',
    status: 'active',
    contactPhone: '0571-85550101',
    establishedOn: '2008-06-30',
    history: activated('2023-07-03'),
  },
  {
    // An industry association acting as evaluation organisation in its department's field (dept-pilot).
    key: 'ind-daoyun',
    name: '中国道路运输职业技能评价协会',
    kind: 'industry_org',
    uscc: '51100000MJ0H4K8A4A',
    legalRepresentative: '郑宏伟',
    address: '北京市朝阳区安定路 5 号院 3 号楼',
    jurisdictionCode: '110000',
    authority: 'transport',
    status: 'active',
    contactPhone: '010-85550466',
    establishedOn: '2012-10-15',
    history: activated('2021-03-30'),
  },
  {
    // 1+X training-evaluation organisations (1x-selection): their certificates are 1+X programmes,
    // not occupations, so they hold no occupation scope.
    key: 'tx-zhilian',
    name: '北京智联未来教育科技有限公司',
    kind: 'training_org',
    uscc: '91110108MA01E3G639',
    legalRepresentative: '韩立新',
    address: '北京市海淀区中关村大街 27 号 11 层',
    jurisdictionCode: '110000',
    authority: 'jco',
    status: 'active',
    contactPhone: '010-85550872',
    establishedOn: '2016-01-12',
    history: activated('2020-12-31'),
  },
  {
    key: 'tx-shuzhi',
    name: '杭州数智云科技股份有限公司',
    kind: 'training_org',
    uscc: '91330108MA2KJ7D55R',
    legalRepresentative: '方嘉诚',
    address: '浙江省杭州市滨江区滨安路 1190 号',
    jurisdictionCode: '330100',
    authority: 'jco',
    status: 'active',
    contactPhone: '0571-85550539',
    establishedOn: '2017-05-08',
    // Selected in the 2023 first batch through the 1+X selection (demo/selected-1x.ts).
    history: activated('2023-06-16'),
  },
];

export const DEMO_BRANCHES: DemoBranch[] = [
  {
    key: 'nat-zhonglian-guizhou',
    institution: 'nat-zhonglian',
    name: '中联能源建设集团有限公司贵州分公司',
    uscc: '91520115MA6JR2T458',
    address: '贵州省贵阳市观山湖区长岭北路 55 号',
    jurisdictionCode: '520100',
    status: 'active',
  },
  {
    key: 'nat-zhonglian-ningbo',
    institution: 'nat-zhonglian',
    name: '中联能源建设集团有限公司宁波分公司',
    uscc: '91330212MA2CN6X11P',
    address: '浙江省宁波市鄞州区宁东路 188 号',
    jurisdictionCode: '330200',
    status: 'active',
  },
  {
    // The industry association's Guizhou branch (dept-pilot 三（四）属地备案): named in the association's
    // pilot plan, it files with the Guizhou department once the association is in the pilot.
    key: 'ind-daoyun-guizhou',
    institution: 'ind-daoyun',
    name: '中国道路运输职业技能评价协会贵州分会',
    uscc: '51520100MJ7Q2D5G5D',
    address: '贵州省贵阳市云岩区中华北路 242 号交通大厦 6 层',
    jurisdictionCode: '520100',
    status: 'active',
  },
];
