// gz-rules — 贵州省职业技能等级认定机构遴选及退出实施细则 (贵州省人力资源和社会保障厅, no date in the
// text; SkillReg applies it from 2020-01-01, docs/decisions/0006). Every number and enumerated list
// of the text, dated, each version citing the article that sets it. gz-rules §18: when national policy
// changes, the new value is added here as a new dated version beside the old one.
import type { Citation } from '../domain/citation.js';
import { dated, type ListEntry, type Parameter } from './parameter.js';

/** The date from which SkillReg applies gz-rules (assumed: the text carries no date). */
export const GZ_RULES_FROM = '2020-01-01';

const gz = (article: number, item?: number): Citation =>
  item === undefined ? { source: 'gz-rules', article } : { source: 'gz-rules', article, item };

const num = (
  id: string,
  unit: Parameter['unit'],
  value: number,
  reference: Citation,
  description_zh: string,
  description_en: string,
): Parameter<number> => ({
  id: `gz-rules.${id}`,
  description_zh,
  description_en,
  unit,
  versions: dated(GZ_RULES_FROM, value, reference),
});

const list = (
  id: string,
  value: readonly ListEntry[],
  reference: Citation,
  description_zh: string,
  description_en: string,
): Parameter<readonly ListEntry[]> => ({
  id: `gz-rules.${id}`,
  description_zh,
  description_en,
  unit: 'list',
  versions: dated(GZ_RULES_FROM, value, reference),
});

// §4(一)
export const employerCategories = list(
  'employer.eligible_categories',
  [
    {
      id: 'above_scale',
      name_zh: '以技能人员为主体的规模以上企业',
      name_en: 'Enterprise above designated size whose workforce is mainly skilled workers',
    },
    {
      id: 'chain_leader',
      name_zh: '以技能人员为主体的产业链链主企业',
      name_en: 'Industrial-chain leader whose workforce is mainly skilled workers',
    },
    {
      id: 'industry_leader',
      name_zh: '以技能人员为主体的行业龙头企业',
      name_en: 'Leading enterprise of its industry whose workforce is mainly skilled workers',
    },
    {
      id: 'specialised_innovative',
      name_zh: '有意愿、有条件开展技能等级认定的“专精特新”企业',
      name_en:
        '“Specialised, refined, distinctive and innovative” enterprise willing and able to run skill-level evaluation',
    },
    {
      id: 'local_characteristic',
      name_zh: '有意愿、有条件开展技能等级认定的地方特色企业',
      name_en: 'Enterprise of local character willing and able to run skill-level evaluation',
    },
  ],
  gz(4, 1),
  '用人单位须属于的企业类别',
  'Kinds of enterprise an employer must be',
);

// §5(二)
export const schoolRequiredRooms = list(
  'school.required_office_rooms',
  [
    { id: 'exam_affairs_room', name_zh: '考务室', name_en: 'exam administration room' },
    { id: 'confidential_room', name_zh: '保密室', name_en: 'secure room' },
    { id: 'archive_room', name_zh: '档案室', name_en: 'records room' },
  ],
  gz(5, 2),
  '院校专职机构办公场地须包含的功能区域',
  'Functional rooms the school unit’s office must include',
);

// §6(三)
export const minHistoryYears = num(
  'social_org.min_history_years',
  'years',
  2,
  gz(6, 3),
  '相关职业培训或考核经历的最短连续年限',
  'Minimum continuous years of related training or assessment',
);
export const minTrainingVolume = num(
  'social_org.min_training_volume_per_occupation',
  'person_times',
  1000,
  gz(6, 3),
  '每个职业（工种）培训规模下限',
  'Minimum training volume per occupation',
);
export const minTrainingVolumeException = num(
  'social_org.min_training_volume_per_occupation_exception',
  'person_times',
  200,
  gz(6, 3),
  '新职业（工种）及贵州地方特色企业：每个职业（工种）培训规模下限（不受年限限制）',
  'New occupations and Guizhou-characteristic enterprises: minimum training volume per occupation (no years required)',
);

// §6(四)
export const requiredManagementSystems = list(
  'social_org.required_management_systems',
  [
    { id: 'exam_affairs', name_zh: '考务管理', name_en: 'exam administration' },
    { id: 'personnel', name_zh: '人员管理', name_en: 'personnel management' },
    { id: 'finance', name_zh: '财务管理', name_en: 'financial management' },
    { id: 'archives', name_zh: '档案管理', name_en: 'records management' },
    { id: 'question_bank', name_zh: '题库管理', name_en: 'question bank management' },
    { id: 'certificates', name_zh: '证书管理', name_en: 'certificate management' },
    { id: 'violations', name_zh: '违规违纪管理', name_en: 'handling of violations' },
  ],
  gz(6, 4),
  '须制定的职业技能等级认定管理制度（包含但不限于）',
  'Management regulations required (at least)',
);

// §6(五)
export const minFullTimeStaff = num(
  'social_org.min_full_time_staff',
  'persons',
  3,
  gz(6, 5),
  '专职工作人员数量下限',
  'Minimum number of full-time staff',
);

// §6(六)
export const minQualitySupervisors = num(
  'social_org.min_quality_supervisors',
  'persons',
  3,
  gz(6, 6),
  '内部质量督导员数量下限',
  'Minimum number of internal quality supervisors',
);
export const minAssessorsPerOccupation = num(
  'social_org.min_assessors_per_occupation',
  'persons',
  4,
  gz(6, 6),
  '每个拟认定职业（工种）的考评人员数量下限',
  'Minimum number of assessors per occupation',
);

// §6(七)
export const minLeaseYears = num(
  'social_org.min_lease_years',
  'years',
  3,
  gz(6, 7),
  '租赁场地的租赁期限下限',
  'Minimum lease term of leased premises',
);
export const minOfficeArea = num(
  'social_org.min_office_area',
  'square_metres',
  100,
  gz(6, 7),
  '办公场地面积下限',
  'Minimum office floor area',
);
export const socialOrgRequiredRooms = list(
  'social_org.required_functional_rooms',
  [
    { id: 'exam_affairs_room', name_zh: '考务室', name_en: 'exam administration room' },
    { id: 'confidential_room', name_zh: '保密室', name_en: 'secure room' },
    { id: 'archive_room', name_zh: '档案室', name_en: 'records room' },
    { id: 'waiting_room', name_zh: '候考室', name_en: 'waiting room' },
  ],
  gz(6, 7),
  '须设有的功能区域',
  'Functional rooms required',
);
export const minStandardExamRooms = num(
  'social_org.min_standard_exam_rooms',
  'rooms',
  2,
  gz(6, 7),
  '理论知识考试标准化考场（多媒体教室）数量下限',
  'Minimum number of standardised theory exam rooms (multimedia classrooms)',
);
export const minComputerExamSeats = num(
  'social_org.min_computer_exam_seats',
  'seats',
  60,
  gz(6, 7),
  '可同时机考人数下限（替代标准化考场）',
  'Minimum simultaneous computer-based exam seats (alternative to standardised rooms)',
);
export const minDeskSpacing = num(
  'social_org.min_desk_spacing',
  'centimetres',
  80,
  gz(6, 7),
  '考场桌椅间距下限',
  'Minimum spacing between exam desks',
);

// §7(三)(五)
export const civilAffairsLookbackYears = num(
  'prohibitions.civil_affairs_inspection_lookback_years',
  'years',
  3,
  gz(7, 3),
  '民政部门年检不合格的回溯年限（自决定日起）',
  'Look-back for failed civil-affairs annual inspections (from the decision date)',
);
export const businessAnomalyLookbackYears = num(
  'prohibitions.business_anomaly_lookback_years',
  'years',
  3,
  gz(7, 5),
  '列入经营异常目录的回溯年限（自决定日起）',
  'Look-back for the business-anomaly list (from the decision date)',
);

// §8–10
export const renewalEmployerMin = num(
  'renewal.employer.min_certificates',
  'person_times',
  150,
  gz(8, 2),
  '用人单位续期：有效期内认定并核发证书人次下限',
  'Employer renewal: minimum certificates issued in the validity period',
);
export const renewalSchoolMin = num(
  'renewal.school.min_certificates',
  'person_times',
  300,
  gz(9, 2),
  '院校续期：有效期内认定并核发证书人次下限',
  'School renewal: minimum certificates issued in the validity period',
);
export const renewalSocialOrgTotalMin = num(
  'renewal.social_org.min_certificates_total',
  'person_times',
  600,
  gz(10, 2),
  '社会培训评价组织续期：有效期内核发证书总人次下限',
  'Social organisation renewal: minimum total certificates in the validity period',
);
export const renewalSocialOrgPerOccupationMin = num(
  'renewal.social_org.min_certificates_per_occupation',
  'person_times',
  100,
  gz(10, 2),
  '社会培训评价组织续期：每个申请续期职业（工种）核发证书人次下限',
  'Social organisation renewal: minimum certificates per occupation renewed',
);

// §11
export const renewalMaterials = list(
  'renewal.required_materials',
  [
    {
      id: 'renewal_application_form',
      name_zh: '《贵州省职业技能等级认定机构续期申请表》',
      name_en: 'Renewal application form of Guizhou skill-level evaluation institutions',
    },
    {
      id: 'work_report',
      name_zh: '有效期内职业技能等级认定工作开展情况报告',
      name_en: 'Report on the evaluation work done in the validity period',
    },
    {
      id: 'core_conditions_evidence',
      name_zh: '场地、设备、人员等核心条件保持符合要求的佐证材料',
      name_en: 'Evidence that sites, equipment, staff and other core conditions still meet the requirements',
    },
  ],
  gz(11),
  '续期须在线提交的材料（各类机构）',
  'Renewal materials every institution submits online',
);
export const renewalEmployerMaterials = list(
  'renewal.employer_additional_materials',
  [
    {
      id: 'pay_linkage_evidence',
      name_zh: '证书使用与待遇挂钩的专项佐证材料',
      name_en: 'Evidence that certificates are linked to pay and benefits',
    },
  ],
  gz(11, 4),
  '用人单位续期须额外提交的材料',
  'Additional renewal material for employers',
);

// §13, §14
export const voluntaryExitNoticeDays = num(
  'exit.voluntary_notice_days',
  'calendar_days',
  30,
  gz(13),
  '自愿终止退出：提前提交书面退出申请的日数',
  'Voluntary exit: days of written notice before terminating',
);
export const lapseWrapUpDays = num(
  'exit.lapse_wrap_up_days',
  'calendar_days',
  15,
  gz(14),
  '自动终止退出：完成收尾工作的期限（日）',
  'Lapse: days within which wrap-up must be completed',
);

export const gzRulesParameters = [
  employerCategories,
  schoolRequiredRooms,
  minHistoryYears,
  minTrainingVolume,
  minTrainingVolumeException,
  requiredManagementSystems,
  minFullTimeStaff,
  minQualitySupervisors,
  minAssessorsPerOccupation,
  minLeaseYears,
  minOfficeArea,
  socialOrgRequiredRooms,
  minStandardExamRooms,
  minComputerExamSeats,
  minDeskSpacing,
  civilAffairsLookbackYears,
  businessAnomalyLookbackYears,
  renewalEmployerMin,
  renewalSchoolMin,
  renewalSocialOrgTotalMin,
  renewalSocialOrgPerOccupationMin,
  renewalMaterials,
  renewalEmployerMaterials,
  voluntaryExitNoticeDays,
  lapseWrapUpDays,
] as const;
