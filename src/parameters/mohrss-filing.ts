// mohrss-filing — 职业技能等级评价机构备案事项办理指南（试行）(人社职司便函〔2021〕57号 附件1, 2021-12-23).
// Every number and enumerated list of the guide, dated, each version citing its section and item.
import type { Citation } from '../domain/citation.js';
import { dated, type ListEntry, type Parameter } from './parameter.js';

/** 人社职司便函〔2021〕57号 is dated 2021-12-23 and applies from its issue ("现印发给你们"). */
export const MOHRSS_FILING_FROM = '2021-12-23';

export const mf = (article: '一' | '二', item?: string, point?: number, subpoint?: number): Citation => ({
  source: 'mohrss-filing',
  article,
  ...(item === undefined ? {} : { item }),
  ...(point === undefined ? {} : { point }),
  ...(subpoint === undefined ? {} : { subpoint }),
});

const param = <T>(
  id: string,
  unit: Parameter['unit'],
  value: T,
  reference: Citation,
  description_zh: string,
  description_en: string,
): Parameter<T> => ({
  id: `mohrss-filing.${id}`,
  description_zh,
  description_en,
  unit,
  versions: dated(MOHRSS_FILING_FROM, value, reference),
});

// 一（八）申请材料（包含但不限于）— 14 items, each 1 copy, electronic.
export const employerMaterials = param<readonly ListEntry[]>(
  'employer.required_materials',
  'list',
  [
    {
      id: 'filing_application_form',
      name_zh: '职业技能等级评价机构备案申请表',
      name_en: 'Filing application form',
    },
    {
      id: 'legal_person_certificate',
      name_zh: '法人登记证书复印件',
      name_en: 'Copy of the legal-person registration certificate',
    },
    {
      id: 'implementation_plan',
      name_zh: '职业技能等级认定工作实施方案',
      name_en: 'Implementation plan for skill-level evaluation',
    },
    {
      id: 'branch_list',
      name_zh: '职业技能等级认定备案企业分支机构表',
      name_en: 'List of the branches to be filed',
    },
    {
      id: 'workforce_regulations_list',
      name_zh: '企业技能人才队伍建设相关制度清单',
      name_en: 'List of the rules on building the skilled workforce',
    },
    {
      id: 'occupation_standard_list',
      name_zh: '职业技能等级认定职业（工种）和标准目录清单',
      name_en: 'List of occupations and their standards',
    },
    {
      id: 'syllabus_textbook_list',
      name_zh: '职业技能等级认定职业（工种）培训大纲及教材清单',
      name_en: 'List of training syllabi and textbooks',
    },
    {
      id: 'question_bank_list',
      name_zh: '职业技能等级认定职业（工种）题库或卷库清单',
      name_en: 'List of question banks or test-paper banks',
    },
    {
      id: 'site_equipment_list',
      name_zh: '职业技能等级认定主体职业（工种）评价的场地、设施、设备配置情况清单',
      name_en: 'Sites, facilities and equipment for the main occupations',
    },
    { id: 'assessor_roster', name_zh: '职业技能等级认定考评人员名册', name_en: 'Roster of assessors' },
    {
      id: 'supervisor_roster',
      name_zh: '职业技能等级认定督导人员名册',
      name_en: 'Roster of quality supervisors',
    },
    {
      id: 'evaluation_team_distribution',
      name_zh: '职业技能等级认定评价队伍分布情况表',
      name_en: 'Distribution of the evaluation staff',
    },
    {
      id: 'evaluation_statistics',
      name_zh: '职业技能等级认定申报机构评价情况统计表',
      name_en: 'Statistics of the evaluations carried out',
    },
    {
      id: 'training_statistics',
      name_zh: '职业技能等级认定申报机构培训情况统计表',
      name_en: 'Statistics of the training carried out',
    },
  ],
  mf('一', '八'),
  '全国性用人单位备案申请材料（各 1 份，电子版）',
  'Filing materials of a national employer (1 electronic copy each)',
);

// 一（十）2
export const employerAcceptanceWorkingDays = param<number>(
  'employer.acceptance_working_days',
  'working_days',
  10,
  mf('一', '十', 2),
  '指导中心告知申报资料是否符合要求或补正的期限（工作日）',
  'Working days within which the national centre tells the applicant whether its materials are complete',
);

// 二（四）
export const maxOrganisationsPerOccupation = param<number>(
  'social_org.max_organisations_per_occupation',
  'organisations',
  3,
  mf('二', '四'),
  '原则上各辖区 1 个职业的社会培训评价组织上限',
  'In principle, the maximum number of social organisations per occupation in a jurisdiction',
);

// 二（六）
export const eligibleMajorGroups = param<readonly ListEntry[]>(
  'social_org.eligible_major_groups',
  'list',
  [
    { id: '3', name_zh: '第三大类 办事人员和有关人员' },
    { id: '4', name_zh: '第四大类 社会生产服务和生活服务人员' },
    { id: '5', name_zh: '第五大类 农、林、牧、渔业生产及辅助人员' },
    { id: '6', name_zh: '第六大类 生产制造及有关人员' },
  ],
  mf('二', '六'),
  '可申报的《职业分类大典》大类（其中的技能类职业）',
  'Major groups of the occupational classification whose skill occupations may be filed',
);

// 二（七）2.(2)(4)
export const civilAffairsLookbackYears = param<number>(
  'social_org.civil_affairs_review_lookback_years',
  'years',
  3,
  mf('二', '七', 2, 2),
  '民政部门年审不合格的回溯年限（自决定日起）',
  'Look-back for failed civil-affairs annual reviews (from the decision date)',
);
export const businessAnomalyLookbackYears = param<number>(
  'social_org.business_anomaly_lookback_years',
  'years',
  3,
  mf('二', '七', 2, 4),
  '列入企业经营异常目录的回溯年限（自决定日起）',
  'Look-back for the business-anomaly list (from the decision date)',
);

// 二（八）申请材料（包含但不限于）— 6 items, several satisfiable by a commitment letter.
export const socialOrgMaterials = param<readonly ListEntry[]>(
  'social_org.required_materials',
  'list',
  [
    {
      id: 'basic_info_form',
      name_zh: '社会培训评价组织基本情况表',
      name_en: 'Basic information form of the organisation',
    },
    {
      id: 'legal_person_certificate',
      name_zh: '法人登记证书复印件或统一社会信用信息代码',
      name_en: 'Copy of the legal-person registration certificate, or the USCC',
      alternatives: [
        {
          id: 'legal_person_certificate',
          name_zh: '法人登记证书复印件',
          name_en: 'Copy of the legal-person registration certificate',
        },
        { id: 'uscc', name_zh: '统一社会信用信息代码', name_en: 'Unified social credit code (USCC)' },
      ],
    },
    {
      id: 'implementation_plan',
      name_zh: '职业技能等级认定工作实施方案及质量管控措施',
      name_en: 'Implementation plan and quality-control measures',
    },
    {
      id: 'expert_skill_proof',
      name_zh: '专家等专业人员技能水平证明或相关承诺书',
      name_en: 'Proof of the experts’ skill levels, or a commitment letter',
      alternatives: [
        {
          id: 'expert_skill_proof',
          name_zh: '专家等专业人员技能水平证明',
          name_en: 'Proof of the experts’ skill levels',
        },
        {
          id: 'expert_commitment',
          name_zh: '专家等专业人员技能水平相关承诺书',
          name_en: 'Commitment letter on the experts’ skill levels',
        },
      ],
    },
    {
      id: 'asset_proof',
      name_zh: '场地设施设备等资产有效证明文件或相关承诺书',
      name_en: 'Proof of premises and equipment, or a commitment letter',
      alternatives: [
        {
          id: 'asset_proof',
          name_zh: '场地设施设备等资产有效证明文件',
          name_en: 'Proof of premises, facilities and equipment',
        },
        {
          id: 'asset_commitment',
          name_zh: '场地设施设备等资产相关承诺书',
          name_en: 'Commitment letter on premises, facilities and equipment',
        },
      ],
    },
    {
      id: 'credit_report',
      name_zh: '信用报告或诚信承诺书',
      name_en: 'Credit report, or an integrity commitment',
      alternatives: [
        { id: 'credit_report', name_zh: '信用报告', name_en: 'Credit report' },
        { id: 'integrity_commitment', name_zh: '诚信承诺书', name_en: 'Integrity commitment' },
      ],
    },
  ],
  mf('二', '八'),
  '社会培训评价组织备案申请材料',
  'Filing materials of a social evaluation organisation',
);

export const mohrssFilingParameters = [
  employerMaterials,
  employerAcceptanceWorkingDays,
  maxOrganisationsPerOccupation,
  eligibleMajorGroups,
  civilAffairsLookbackYears,
  businessAnomalyLookbackYears,
  socialOrgMaterials,
] as const;
