// The materials of a Guizhou selection application, per kind of applicant: what proves each condition
// of gz-rules §4 (用人单位), §5 (院校) and §6 (社会培训评价组织), and the §7 commitment. The numbers of §6
// (staff, assessors, supervisors, site) are not uploaded: they are read from the registry.
import type { Checklist, ChecklistItem } from '../../materials/checklist.js';
import type { Citation } from '../../domain/citation.js';

const gz = (article: number, item?: number): Citation =>
  item === undefined ? { source: 'gz-rules', article } : { source: 'gz-rules', article, item };
const DOCS = ['pdf', 'image', 'word'] as const;

const item = (
  id: string,
  title_zh: string,
  title_en: string,
  citation: Citation,
  appliesTo: readonly string[] | undefined,
  required = true,
): ChecklistItem => ({
  id,
  title_zh,
  title_en,
  required,
  accepts: DOCS,
  citation,
  ...(appliesTo ? { appliesTo } : {}),
});

const EMPLOYER = ['employer'];
const SCHOOL = ['school'];
const SOCIAL = ['social_org'];

export const GZ_SELECTION_CHECKLIST: Checklist = {
  procedure: 'gz-selection',
  items: [
    // §4 用人单位
    item(
      'business_licence',
      '营业执照及企业类别证明（规模以上、链主、龙头、专精特新或地方特色企业）',
      'Business licence and category evidence',
      gz(4, 1),
      EMPLOYER,
    ),
    item(
      'incentive_system',
      '技能人才培养使用评价激励工作体系及薪酬激励制度',
      'Training, evaluation and pay-incentive system',
      gz(4, 2),
      EMPLOYER,
    ),
    item(
      'post_settings',
      '岗位设置说明（申请认定职业对应的技能岗位）',
      'Skill posts for the occupations',
      gz(4, 3),
      EMPLOYER,
    ),
    item(
      'workforce_plan',
      '技能人才队伍建设制度及职业技能等级认定实施方案',
      'Workforce regulations and implementation plan',
      gz(4, 4),
      EMPLOYER,
    ),
    item(
      'employer_site_safety',
      '场地设施设备及消防安全、环保、劳保证明',
      'Site, fire-safety, environment and labour-protection evidence',
      gz(4, 5),
      EMPLOYER,
    ),
    // §5 院校
    item(
      'school_licence',
      '办学许可证或事业单位法人证书',
      'School licence or public-institution certificate',
      gz(5),
      SCHOOL,
    ),
    item(
      'majors_match',
      '开设专业与申请认定职业（工种）、等级对照表',
      'Majors against the occupations and levels',
      gz(5, 1),
      SCHOOL,
    ),
    item(
      'dedicated_unit',
      '职业技能等级认定专职内设机构设立文件、人员配备及经费保障说明',
      'Dedicated unit, staff and funding',
      gz(5, 2),
      SCHOOL,
    ),
    item(
      'school_site_safety',
      '场地设施设备及消防安全、环保、劳保证明',
      'Site, fire-safety, environment and labour-protection evidence',
      gz(5, 3),
      SCHOOL,
    ),
    // §6 社会培训评价组织
    item(
      'registration_certificate',
      '登记证书或营业执照（载明业务范围）',
      'Registration certificate showing the business scope',
      gz(6, 2),
      SOCIAL,
    ),
    item(
      'training_records',
      '连续相关职业培训或考核经历及各职业（工种）培训规模证明',
      'Training history and volume per occupation',
      gz(6, 3),
      SOCIAL,
    ),
    item(
      'management_systems',
      '职业技能等级认定管理制度（考务、人员、财务、档案、题库、证书、违规违纪）',
      'Management regulations',
      gz(6, 4),
      SOCIAL,
    ),
    item('expert_team', '专家团队名单', 'Expert team', gz(6, 6), SOCIAL),
    item('premises_proof', '场地产权证明或租赁合同', 'Title deed or lease of the premises', gz(6, 7), SOCIAL),
    item(
      'social_site_safety',
      '消防安全、环保、劳保相关证明',
      'Fire-safety, environment and labour-protection evidence',
      gz(6, 7),
      SOCIAL,
    ),
    // §7 all
    item(
      'no_prohibition_commitment',
      '不存在第七条不得申报情形的承诺书',
      'Commitment: none of the §7 grounds applies',
      gz(7),
      undefined,
    ),
  ],
};
