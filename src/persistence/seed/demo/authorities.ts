// Demo supervising authorities (监管部门): real public bodies, with the jurisdiction each supervises.
import type { AuthorityKind } from '../../schema.js';

export interface DemoAuthority {
  key: string;
  name: string;
  kind: AuthorityKind;
  jurisdictionCode: string;
  industry: string | null;
}

export const DEMO_AUTHORITIES: DemoAuthority[] = [
  {
    key: 'osta',
    name: '中国就业培训技术指导中心',
    kind: 'national_centre',
    jurisdictionCode: '000000',
    industry: null,
  },
  {
    key: 'mohrss',
    name: '人力资源社会保障部职业能力建设司',
    kind: 'mohrss',
    jurisdictionCode: '000000',
    industry: null,
  },
  {
    key: 'guizhou',
    name: '贵州省人力资源和社会保障厅',
    kind: 'provincial_hrss',
    jurisdictionCode: '520000',
    industry: null,
  },
  {
    key: 'zhejiang',
    name: '浙江省人力资源和社会保障厅',
    kind: 'provincial_hrss',
    jurisdictionCode: '330000',
    industry: null,
  },
  {
    key: 'guiyang',
    name: '贵阳市人力资源和社会保障局',
    kind: 'prefectural_hrss',
    jurisdictionCode: '520100',
    industry: null,
  },
  {
    key: 'jco',
    name: '国务院职业教育工作部际联席会议办公室',
    kind: 'joint_conference_office',
    jurisdictionCode: '000000',
    industry: null,
  },
  {
    // dept-pilot: a government department recommends evaluation organisations for its field.
    key: 'transport',
    name: '交通运输部职业资格中心',
    kind: 'industry_department',
    jurisdictionCode: '000000',
    industry: '交通运输',
  },
];
