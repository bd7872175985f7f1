// The demo accounts, as data: the seed creates them, the README lists them, the tests log each in.
// One shared password, for demonstration only — a deployment sets SKILLREG_DEMO=false.
import type { UserRole } from '../../schema.js';

export const DEMO_PASSWORD = 'Demo#2026';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: UserRole;
  /** Key in DEMO_AUTHORITIES, DEMO_INSTITUTIONS or DEMO_EXPERTS, by role. */
  authority?: string;
  institution?: string;
  expert?: string;
  /** What the account shows, for the README (zh / en). */
  description: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'admin',
    displayName: '系统管理员',
    role: 'sysadmin',
    description: '系统管理员 / system administrator',
  },
  {
    username: 'osta',
    displayName: '周文华',
    role: 'authority_staff',
    authority: 'osta',
    description: '中国就业培训技术指导中心 / national centre (whole country)',
  },
  {
    username: 'guizhou',
    displayName: '杨秀英',
    role: 'authority_staff',
    authority: 'guizhou',
    description: '贵州省人力资源和社会保障厅 / Guizhou provincial HRSS department',
  },
  {
    username: 'zhejiang',
    displayName: '陈思远',
    role: 'authority_staff',
    authority: 'zhejiang',
    description: '浙江省人力资源和社会保障厅 / Zhejiang provincial HRSS department',
  },
  {
    username: 'guiyang',
    displayName: '吴德明',
    role: 'authority_staff',
    authority: 'guiyang',
    description: '贵阳市人力资源和社会保障局 / Guiyang municipal HRSS bureau',
  },
  {
    username: 'jco',
    displayName: '孙婷',
    role: 'authority_staff',
    authority: 'jco',
    description: '国务院职业教育工作部际联席会议办公室 / 1+X joint conference office',
  },
  {
    username: 'industry',
    displayName: '郑国强',
    role: 'authority_staff',
    authority: 'transport',
    description: '交通运输部职业资格中心 / industry department (transport)',
  },
  {
    username: 'inst_gz',
    displayName: '龙晓燕',
    role: 'institution_staff',
    institution: 'gz-qiancheng',
    description:
      '贵阳市黔程职业技能评价中心（符合贵州遴选条件的社会培训评价组织）/ a Guizhou social organisation',
  },
  {
    username: 'inst_zj',
    displayName: '徐嘉诚',
    role: 'institution_staff',
    institution: 'zj-zhijiang',
    description: '浙江之江智能装备股份有限公司（用人单位）/ a Zhejiang employer',
  },
  {
    username: 'inst_nat',
    displayName: '赵立新',
    role: 'institution_staff',
    institution: 'nat-zhonglian',
    description: '中联能源建设集团有限公司（全国性用人单位）/ a national employer',
  },
  {
    username: 'inst_tx',
    displayName: '刘晓静',
    role: 'institution_staff',
    institution: 'tx-zhilian',
    description: '北京智联未来教育科技有限公司（1+X 培训评价组织）/ a 1+X training-evaluation organisation',
  },
  {
    username: 'expert',
    displayName: '石燕',
    role: 'expert',
    expert: 'shi-yan',
    description: '专家（贵州省及全国专家库）/ an expert in the Guizhou and national pools',
  },
  {
    username: 'expert_luo',
    displayName: '罗振华',
    role: 'expert',
    expert: 'luo-zhenhua',
    description: '专家（全国专家库等）/ an expert in the national pool',
  },
  {
    username: 'expert_duan',
    displayName: '段光明',
    role: 'expert',
    expert: 'duan-guangming',
    description: '专家（全国专家库等）/ an expert in the national pool',
  },
  {
    username: 'expert_qin',
    displayName: '覃晓红',
    role: 'expert',
    expert: 'qin-xiaohong',
    description: '专家（全国专家库等）/ an expert in the national pool',
  },
  {
    username: 'expert_cheng',
    displayName: '程晓燕',
    role: 'expert',
    expert: 'cheng-xiaoyan',
    description: '专家（全国专家库等）/ an expert in the national pool',
  },
  {
    username: 'expert_wang',
    displayName: '王银花',
    role: 'expert',
    expert: 'wang-yinhua',
    description: '专家（全国专家库等）/ an expert in the national pool',
  },
  {
    username: 'expert_xie',
    displayName: '谢宇航',
    role: 'expert',
    expert: 'xie-yuhang',
    description: '专家（全国专家库等）/ an expert in the national pool',
  },
  {
    username: 'expert_gao',
    displayName: '高志远',
    role: 'expert',
    expert: 'gao-zhiyuan',
    description: '专家（全国专家库等）/ an expert in the national pool',
  },
  {
    username: 'expert_bai',
    displayName: '白敏',
    role: 'expert',
    expert: 'bai-min',
    description: '专家（全国专家库等）/ an expert in the national pool',
  },
  {
    username: 'inst_gz_weak',
    displayName: '罗文斌',
    role: 'institution_staff',
    institution: 'gz-huicai',
    description:
      '遵义市汇才职业技能评价中心（未满足部分遴选条件）/ a Guizhou social organisation missing some conditions',
  },
  {
    username: 'inst_ind',
    displayName: '马建军',
    role: 'institution_staff',
    institution: 'ind-daoyun',
    description: '中国道路运输职业技能评价协会（行业协会）/ an industry association',
  },
  {
    username: 'inst_gz_emp',
    displayName: '王晓东',
    role: 'institution_staff',
    institution: 'gz-wujiang',
    description: '贵州乌江智能装备有限公司（贵州用人单位）/ a Guizhou employer',
  },
  {
    username: 'inst_gz_school',
    displayName: '潘秀兰',
    role: 'institution_staff',
    institution: 'gz-qiandongnan-school',
    description: '黔东南州民族工艺职业学校（贵州院校）/ a Guizhou vocational school',
  },
];
