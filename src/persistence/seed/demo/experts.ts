// Demo experts (专家) and the expert pools (专家库) of the national centre and of 贵州. Some experts
// work for a demo institution (employer USCC = the institution's), and two have declared a
// conflict with one, so that a draw for that institution's review must leave them out.
// Specialties are occupation codes. Names and numbers are invented (valid check digits).
export interface DemoExpert {
  key: string;
  name: string;
  employerName: string;
  employerUscc: string | null;
  title: string;
  specialties: string[];
  /** 身份证号, or null when the expert registered without one. */
  idNumber: string | null;
  /** Key in DEMO_AUTHORITIES of the authority that registered the expert. */
  registeredBy: string;
}

export const DEMO_EXPERTS: DemoExpert[] = [
  {
    key: 'shi-yan',
    name: '石燕',
    employerName: '贵州省黔中职业技术学院',
    employerUscc: '12520000429580H42H',
    title: '教授',
    specialties: ['4-10-01-05', '4-14-01-03'],
    idNumber: '520115197005019004',
    registeredBy: 'guizhou',
  },
  {
    key: 'luo-zhenhua',
    name: '罗振华',
    employerName: '贵州乌江智能装备有限公司',
    employerUscc: '91520302MA6DT3K2XA', // = demo institution gz-wujiang
    title: '高级工程师',
    specialties: ['6-18-02-04', '6-31-01-03'],
    idNumber: '510104197110043777',
    registeredBy: 'guizhou',
  },
  {
    key: 'li-zhenhua',
    name: '李振华',
    employerName: '遵义红城酒业有限公司',
    employerUscc: '91520302MA6EB4L727',
    title: '高级技师',
    specialties: ['6-02-06-10', '6-02-06-03'],
    idNumber: '520502196909027635',
    registeredBy: 'guizhou',
  },
  {
    key: 'pan-xiaomei',
    name: '潘小梅',
    employerName: '黔东南州民族工艺职业学校',
    employerUscc: '12522601429571J342', // = demo institution gz-qiandongnan-school
    title: '高级讲师',
    specialties: ['6-09-03-11', '6-09-03-17'],
    idNumber: '520302196105162021',
    registeredBy: 'guizhou',
  },
  {
    key: 'duan-guangming',
    name: '段光明',
    employerName: '贵阳金阳现代厨艺有限公司',
    employerUscc: '91520102MA6GP3R68M',
    title: '高级技师',
    specialties: ['4-03-02-01', '4-03-02-02'],
    idNumber: '522701198210250898',
    registeredBy: 'guizhou',
  },
  {
    key: 'wu-li',
    name: '吴丽',
    employerName: '贵州省黔中职业技术学院',
    employerUscc: '12520000429580H42H',
    title: '副教授',
    specialties: ['4-10-01-03', '4-10-01-01'],
    idNumber: '520103196508138785',
    registeredBy: 'guizhou',
  },
  {
    key: 'feng-hongmei',
    name: '冯红梅',
    employerName: '贵州筑城建设工程有限公司',
    employerUscc: '91520115MA6KU9B206',
    title: '高级工程师',
    specialties: ['6-29-01-01', '6-29-04-01'],
    idNumber: '520302196005289340',
    registeredBy: 'guizhou',
  },
  {
    key: 'ding-wenhua',
    name: '丁文华',
    employerName: '已退休（原贵州筑城建设工程有限公司）',
    employerUscc: null,
    title: '高级技师',
    specialties: ['6-31-01-03', '6-18-01-01'],
    idNumber: null,
    registeredBy: 'guizhou',
  },
  {
    key: 'qin-xiaohong',
    name: '覃晓红',
    employerName: '杭州西溪养老服务有限公司',
    employerUscc: '91330106MA28F6U313',
    title: '高级技师',
    specialties: ['4-10-01-05', '4-10-01-06'],
    idNumber: '33010819750119024X',
    registeredBy: 'osta',
  },
  {
    key: 'cheng-xiaoyan',
    name: '程晓燕',
    employerName: '宁波市甬江职业技术学校',
    employerUscc: '12330212470183U25W', // = demo institution zj-yongjiang-school
    title: '高级讲师',
    specialties: ['4-12-01-01', '4-01-06-01'],
    idNumber: '330302197709073969',
    registeredBy: 'osta',
  },
  {
    key: 'wang-yinhua',
    name: '王银花',
    employerName: '杭州之家家政培训学校',
    employerUscc: '52330100MJ9C8W5T7R',
    title: '高级技师',
    specialties: ['4-10-01-06', '4-10-01-01'],
    idNumber: '33010619730623796X',
    registeredBy: 'osta',
  },
  {
    key: 'xie-yuhang',
    name: '谢宇航',
    employerName: '北京精工智造技术研究院',
    employerUscc: '121101084000862K6L',
    title: '研究员',
    specialties: ['6-31-07-03', '6-20-03-01'],
    idNumber: '11010119730228327X',
    registeredBy: 'osta',
  },
  {
    key: 'gao-zhiyuan',
    name: '高志远',
    employerName: '中联能源建设集团有限公司',
    employerUscc: '91330100MA27W5P8XC', // = demo institution nat-zhonglian
    title: '正高级工程师',
    specialties: ['6-31-01-03', '6-28-01-14', '6-29-02-11'],
    idNumber: '110108198208027850',
    registeredBy: 'osta',
  },
  {
    key: 'bai-min',
    name: '白敏',
    employerName: '宁波港城职业技术学院',
    employerUscc: '12330200470192R53J',
    title: '教授',
    specialties: ['4-04-05-01', '4-04-05-05'],
    idNumber: '330102198207087408',
    registeredBy: 'osta',
  },
];

export interface DemoExpertPool {
  key: string;
  /** Key in DEMO_AUTHORITIES. */
  authority: string;
  name: string;
  description: string;
  members: string[];
}

export const DEMO_EXPERT_POOLS: DemoExpertPool[] = [
  {
    key: 'osta-national',
    authority: 'osta',
    name: '全国技能人才评价专家库',
    description: '中国就业培训技术指导中心组建，用于全国性用人单位备案技术评审和随机抽查（演示数据）',
    members: [
      'shi-yan',
      'luo-zhenhua',
      'duan-guangming',
      'qin-xiaohong',
      'cheng-xiaoyan',
      'wang-yinhua',
      'xie-yuhang',
      'gao-zhiyuan',
      'bai-min',
    ],
  },
  {
    key: 'guizhou-provincial',
    authority: 'guizhou',
    name: '贵州省职业技能等级认定专家库',
    description: '贵州省人力资源和社会保障厅组建，用于评价机构遴选评审、实地考察和退出评议（演示数据）',
    members: [
      'shi-yan',
      'luo-zhenhua',
      'li-zhenhua',
      'pan-xiaomei',
      'duan-guangming',
      'wu-li',
      'feng-hongmei',
      'ding-wenhua',
    ],
  },
  {
    key: 'jco-1x',
    authority: 'jco',
    name: '1+X 培训评价组织遴选专家库',
    description: '部际联席会议办公室组建，用于职业教育培训评价组织遴选（1x-selection 第十三条）（演示数据）',
    members: ['shi-yan', 'qin-xiaohong', 'cheng-xiaoyan', 'xie-yuhang', 'gao-zhiyuan'],
  },
];

/** Conflicts declared beyond the current employer (which is a conflict without a declaration). */
export const DEMO_EXPERT_CONFLICTS: {
  expert: string;
  institution: string;
  relation: 'former_employment' | 'part_time';
  reason: string;
}[] = [
  {
    expert: 'wu-li',
    institution: 'gz-qiancheng',
    relation: 'former_employment',
    reason: '2019—2022 年在该中心任专职工作人员',
  },
  {
    expert: 'li-zhenhua',
    institution: 'gz-huicai',
    relation: 'part_time',
    reason: '在该中心兼任茶叶加工工培训讲师',
  },
];
