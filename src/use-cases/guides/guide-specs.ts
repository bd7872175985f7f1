// What the 办事指南 (public procedure guides) cannot read off a procedure module by itself: who may
// open a case (mayOpen is a function of the database), the articles that say so, and the variants
// of a checklist that depends on the case (dept-pilot's two tracks). Everything else — conditions,
// materials, steps, time limits — is generated from the machine, the checklist and the parameters
// (build-guide.ts). tests/http/guides.test.ts holds each declaration against the module's mayOpen,
// so the guide cannot drift from who the code lets in.
import type { Citation } from '../../domain/citation.js';
import type { AuthorityKind, InstitutionKind } from '../../persistence/schema.js';

export interface ChecklistVariant {
  /** Case data the module's checklist() reads (merged into an empty case). */
  data: Record<string, unknown>;
  label_zh: string;
  label_en: string;
}

export interface GuideSpec {
  procedure: string;
  /** Kinds of institution whose staff may open a case (as mayOpen answers for a fitting institution). */
  institutionKinds: readonly InstitutionKind[];
  /** Kinds of authority whose staff may open a case on the applicant's behalf. */
  authorityKinds: readonly AuthorityKind[];
  /** A further condition mayOpen checks (where the institution is, an earlier case), in words. */
  requires_zh?: string;
  requires_en?: string;
  /** The articles that say who may apply (text from the rule catalogue). */
  applicantArticles: readonly Citation[];
  /** The articles naming the receiving and the deciding body, where the text has them. */
  authorityArticles: readonly Citation[];
  checklistVariants?: readonly ChecklistVariant[];
}

const mf = (article: '一' | '二', item: string, point?: number): Citation => ({
  source: 'mohrss-filing',
  article,
  item,
  ...(point === undefined ? {} : { point }),
});
const gz = (article: number): Citation => ({ source: 'gz-rules', article });
const dp = (article: string, item?: string): Citation => ({
  source: 'dept-pilot',
  article,
  ...(item === undefined ? {} : { item }),
});
const x1 = (article: number): Citation => ({ source: '1x-selection', article });
const mv = (article: number, paragraph?: number): Citation => ({
  source: 'mohrss-violations',
  article,
  ...(paragraph === undefined ? {} : { paragraph }),
});

export const GUIDE_SPECS: readonly GuideSpec[] = [
  {
    procedure: 'mohrss-employer-filing',
    institutionKinds: ['employer'],
    authorityKinds: [],
    applicantArticles: [mf('一', '一')],
    authorityArticles: [mf('一', '三'), mf('一', '四')],
  },
  {
    procedure: 'mohrss-branch-filing',
    institutionKinds: ['employer'],
    authorityKinds: ['provincial_hrss'],
    requires_zh: '用人单位已取得部级备案回执；分支机构所在地省级人社部门办理',
    requires_en:
      'The employer holds the ministry filing receipt; the province where the branch is handles it',
    applicantArticles: [mf('一', '十', 5)],
    authorityArticles: [mf('一', '十', 5)],
  },
  {
    procedure: 'social-org-filing',
    institutionKinds: ['social_org'],
    authorityKinds: [],
    applicantArticles: [mf('二', '一'), mf('二', '五', 1)],
    authorityArticles: [mf('二', '三')],
  },
  {
    procedure: '1x-selection',
    institutionKinds: ['employer', 'school', 'social_org', 'industry_org', 'training_org'],
    authorityKinds: [],
    requires_zh: '在招募公告的申报期内，按招募公告申报',
    requires_en: 'Within the application window of a published recruitment call',
    applicantArticles: [x1(2), x1(14)],
    authorityArticles: [x1(4)],
  },
  {
    procedure: 'dept-pilot',
    institutionKinds: ['industry_org'],
    authorityKinds: ['industry_department'],
    applicantArticles: [dp('二', '一'), dp('三', '一')],
    authorityArticles: [dp('引言')],
    checklistVariants: [
      {
        data: { track: 'department' },
        label_zh: '政府有关部门推荐社会培训评价组织',
        label_en: 'A government department recommends organisations',
      },
      {
        data: { track: 'industry_org' },
        label_zh: '行业组织作为社会培训评价组织',
        label_en: 'An industry association applies itself',
      },
    ],
  },
  {
    procedure: 'dept-pilot-branch',
    institutionKinds: ['industry_org', 'social_org'],
    authorityKinds: [],
    requires_zh: '已纳入部门行业试点的社会培训评价组织，为其分支机构申请',
    requires_en: 'An organisation admitted to a department pilot, for one of its branches',
    applicantArticles: [dp('三', '四')],
    authorityArticles: [dp('三', '四')],
  },
  {
    procedure: 'gz-selection',
    institutionKinds: ['employer', 'school', 'social_org'],
    authorityKinds: [],
    requires_zh: '机构位于贵州省行政区域内',
    requires_en: 'The institution is in Guizhou',
    applicantArticles: [gz(2), gz(4), gz(5), gz(6)],
    authorityArticles: [],
  },
  {
    // gz-rules §8–10: an employer, a school or a social organisation renews; §14: before its validity ends.
    procedure: 'gz-renewal',
    institutionKinds: ['employer', 'school', 'social_org'],
    authorityKinds: [],
    requires_zh:
      '机构位于贵州省行政区域内，持有有效期未届满的贵州省评价机构遴选结果；有效期届满后不能再申请续期（第十四条）',
    requires_en:
      'The institution is in Guizhou and holds a Guizhou selection still in force; after the validity ends it cannot be renewed (§14)',
    applicantArticles: [gz(2), gz(8), gz(9), gz(10), gz(11), gz(14)],
    authorityArticles: [],
  },
  {
    // §16: the institution determines its candidates' and staff members' cases, the authority those of
    // institutions (and may take a staff member's, or a candidate's found after the evaluation, §8);
    // §21 names the authorities (HRSS departments at every level, industry departments' offices).
    procedure: 'violation-case',
    institutionKinds: ['employer', 'school', 'social_org', 'industry_org', 'training_org'],
    authorityKinds: [
      'national_centre',
      'mohrss',
      'provincial_hrss',
      'prefectural_hrss',
      'industry_department',
      'joint_conference_office',
      'delegated_unit',
    ],
    requires_zh: '评价机构立案处理本机构的参评人员和工作人员；评价机构监管部门立案处理评价机构（第十六条）',
    requires_en:
      'An institution opens cases on its own candidates and staff; an authority opens cases on institutions (§16)',
    applicantArticles: [mv(16, 1), mv(16, 2), mv(16, 3)],
    authorityArticles: [mv(21)],
  },
  {
    // Issue 15 point 4: an authority opens it, never an institution — the 1+X office or its delegated
    // unit for a training-evaluation organisation (1x-exit §1, §7), the Guizhou provincial department
    // for an institution it filed (gz-rules §15–16).
    procedure: 'ordered-exit',
    institutionKinds: [],
    authorityKinds: ['joint_conference_office', 'delegated_unit', 'provincial_hrss'],
    requires_zh:
      '监管部门立案：培训评价组织由部际联席会议办公室及具体受托单位办理；贵州省评价机构由贵州省人力资源社会保障厅办理',
    requires_en:
      'Opened by an authority: the 1+X office and its delegated unit for a training-evaluation organisation; the Guizhou HRSS department for a Guizhou institution',
    applicantArticles: [{ source: '1x-exit', article: 3 }, gz(15)],
    authorityArticles: [{ source: '1x-exit', article: 1 }, { source: '1x-exit', article: 7 }, gz(16)],
  },
  {
    // Issue 15 point 3: the organisation itself applies (1x-exit §3 因自身原因) once it is in the catalogue.
    procedure: '1x-voluntary-exit',
    institutionKinds: ['employer', 'school', 'social_org', 'industry_org', 'training_org'],
    authorityKinds: [],
    requires_zh:
      '已列入职业教育培训评价组织目录（1+X）；所涉证书自批准实施之日起满一年；随时提交，每年 1 月、7 月集中受理',
    requires_en:
      'Listed as a 1+X training-evaluation organisation; a year since the programme’s approval; received any time, processed in January and July',
    applicantArticles: [
      { source: '1x-exit', article: 3 },
      { source: '1x-exit', article: 4 },
    ],
    authorityArticles: [
      { source: '1x-exit', article: 1 },
      { source: '1x-exit', article: 6, item: 1 },
    ],
  },
  {
    // gz-rules §13: the institution applies in writing to its own HR department, 30 days ahead.
    procedure: 'gz-voluntary-exit',
    institutionKinds: ['employer', 'school', 'social_org'],
    authorityKinds: [],
    requires_zh: '在贵州省有有效的评价机构备案；提前30日向所属人力资源社会保障部门书面申请',
    requires_en:
      'A live evaluation filing in Guizhou; a written application to the own HR department 30 days ahead',
    applicantArticles: [gz(13)],
    authorityArticles: [gz(13), gz(16)],
  },
];

export const guideSpecOf = (procedure: string): GuideSpec | undefined =>
  GUIDE_SPECS.find((s) => s.procedure === procedure);
