// The ledger's and the complaint pages' words, Chinese first with English beside them (issue 14 point 2;
// the server's Chinese twins are src/use-cases/leads/lead-words.ts): states, sources, outcomes, the steps
// of a lead's history and the kinds of authority a lead may be routed to — never a code on screen.
export type Pair = [zh: string, en: string];

export const LEAD_STATUS: Record<string, Pair> = {
  received: ['已受理', 'Received'],
  triaged: ['已分办', 'Assigned'],
  routed: ['已转办', 'Sent on'],
  investigating: ['核查中', 'Under investigation'],
  answered: ['已答复', 'Answered'],
  closed: ['已办结', 'Closed'],
};
export const LEAD_STATUS_COLOR: Record<string, string> = {
  received: 'blue',
  triaged: 'cyan',
  routed: 'purple',
  investigating: 'orange',
  answered: 'green',
  closed: 'default',
};

/** Where a lead came from (1x-exit §7(1), 1x-selection §26, mohrss-violations §15 ¶2). */
export const LEAD_SOURCE: Record<string, Pair> = {
  complaint: ['投诉举报', 'Public complaint'],
  hotline: ['监督咨询电话', 'Supervision hotline'],
  letter: ['信访件', 'Letter'],
  certificate_platform: ['证书信息管理服务平台', 'Certificate platform'],
  biweekly_report: ['双周报', 'Biweekly report'],
  inspection: ['监督检查', 'Inspection'],
  violation_detection: ['系统发现的违规', 'Breach detected'],
  data_access: ['证书数据读取异常', 'Abnormal data reading'],
};
/** The sources staff enter by hand (the complaint comes from the public form, data_access from alerts). */
export const STAFF_SOURCES = [
  'hotline',
  'letter',
  'certificate_platform',
  'biweekly_report',
  'inspection',
  'violation_detection',
] as const;

export const LEAD_OUTCOME: Record<string, Pair> = {
  substantiated: ['属实', 'Substantiated'],
  not_substantiated: ['不属实', 'Not substantiated'],
  duplicate: ['重复线索（已合并）', 'Duplicate (merged)'],
};

/** The steps of a lead's history (lead_events.action). */
export const LEAD_ACTION: Record<string, Pair> = {
  raise: ['收到线索', 'Lead received'],
  triage: ['分办', 'Triaged'],
  route: ['转办', 'Sent on'],
  investigate: ['开始核查', 'Investigation started'],
  answer: ['答复投诉人', 'Complainant answered'],
  close: ['办结', 'Closed'],
  merge: ['合并为重复线索', 'Merged as a duplicate'],
  request_response: ['要求机构回应', 'Institution asked to respond'],
  institution_response: ['机构已回应', 'Institution responded'],
  order_rectification: ['责令限期整改', 'Rectification ordered'],
  link_case: ['立案', 'Violation case opened'],
};

export const AUTHORITY_KIND: Record<string, Pair> = {
  national_centre: ['国家级', 'National centre'],
  mohrss: ['人力资源社会保障部', 'Ministry'],
  provincial_hrss: ['省级人社部门', 'Provincial HRSS'],
  prefectural_hrss: ['市级人社部门', 'Prefectural HRSS'],
  industry_department: ['行业主管部门', 'Industry department'],
  joint_conference_office: ['部际联席会议办公室', '1+X joint conference office'],
  delegated_unit: ['受委托单位', 'Delegated unit'],
};

/** Case states a linked violation case may be in (the violation-case procedure's, shortened). */
export const CASE_STATE: Record<string, Pair> = {
  opened: ['已立案', 'Opened'],
  investigating: ['调查认定', 'Investigating'],
  notice_served: ['已告知', 'Notice served'],
  decided: ['已决定', 'Decided'],
  in_force: ['决定已送达', 'Decision served'],
  review_requested: ['复核中', 'Under review'],
  closed: ['已归档', 'Archived'],
  dropped: ['不予处理', 'Dropped'],
};

/** A word of a table, or the code's own label when a table lacks it (never the raw code). */
export const word = (t: Record<string, Pair>, code: string | null | undefined, tx: (zh: string, en: string) => string) => {
  if (!code) return '';
  const p = t[code];
  return p ? tx(p[0], p[1]) : tx('其他', 'Other');
}; // prettier-ignore

/** The provincial-level units a complaint may name (GB/T 2260, as src/use-cases/dashboard/provinces.ts). */
export const PROVINCES: [code: string, zh: string, en: string][] = [
  ['110000', '北京市', 'Beijing'], ['120000', '天津市', 'Tianjin'], ['130000', '河北省', 'Hebei'],
  ['140000', '山西省', 'Shanxi'], ['150000', '内蒙古自治区', 'Inner Mongolia'], ['210000', '辽宁省', 'Liaoning'],
  ['220000', '吉林省', 'Jilin'], ['230000', '黑龙江省', 'Heilongjiang'], ['310000', '上海市', 'Shanghai'],
  ['320000', '江苏省', 'Jiangsu'], ['330000', '浙江省', 'Zhejiang'], ['340000', '安徽省', 'Anhui'],
  ['350000', '福建省', 'Fujian'], ['360000', '江西省', 'Jiangxi'], ['370000', '山东省', 'Shandong'],
  ['410000', '河南省', 'Henan'], ['420000', '湖北省', 'Hubei'], ['430000', '湖南省', 'Hunan'],
  ['440000', '广东省', 'Guangdong'], ['450000', '广西壮族自治区', 'Guangxi'], ['460000', '海南省', 'Hainan'],
  ['500000', '重庆市', 'Chongqing'], ['510000', '四川省', 'Sichuan'], ['520000', '贵州省', 'Guizhou'],
  ['530000', '云南省', 'Yunnan'], ['540000', '西藏自治区', 'Tibet'], ['610000', '陕西省', 'Shaanxi'],
  ['620000', '甘肃省', 'Gansu'], ['630000', '青海省', 'Qinghai'], ['640000', '宁夏回族自治区', 'Ningxia'],
  ['650000', '新疆维吾尔自治区', 'Xinjiang'], ['660000', '新疆生产建设兵团', 'Xinjiang Production and Construction Corps'],
]; // prettier-ignore
