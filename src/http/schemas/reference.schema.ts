// zod schemas of the reference-data API: jurisdictions, skill levels, occupations, occupation
// standards, authorities.
import { z } from 'zod';
import {
  boolQuery,
  isoDate,
  jurisdictionCode,
  occupationCode,
  pageQuery,
  searchQuery,
  text,
  timestamps,
  version,
} from './common.schema.js';

export const jurisdiction = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(['national', 'province', 'prefecture', 'county']),
  parentCode: z.string().nullable(),
});
export const jurisdictionQuery = z.strictObject({
  level: jurisdiction.shape.level
    .optional()
    .describe('级别：national 全国 / province 省级 / prefecture 地市级 / county 县级'),
  parentCode: jurisdictionCode.optional().describe('上级行政区划代码（6 位）'),
});

export const skillLevel = z.object({
  level: z.number(),
  nameZh: z.string(),
  titleZh: z.string(),
  nameEn: z.string(),
});

export const occupation = z.object({
  code: z.string(),
  name: z.string(),
  majorCode: z.string(),
  majorName: z.string(),
  middleCode: z.string(),
  middleName: z.string(),
  minorCode: z.string(),
  minorName: z.string(),
  edition: z.string(),
  hasStandard: z.boolean(),
});
export const occupationQuery = z.strictObject({
  q: searchQuery.optional().describe('职业代码或名称'),
  majorCode: z
    .string()
    .regex(/^[1-8]$/)
    .optional()
    .describe('大类代码（1–8）'),
  middleCode: z
    .string()
    .regex(/^[1-8]-\d{2}$/)
    .optional()
    .describe('中类代码，如 4-04'),
  hasStandard: boolQuery.optional().describe('已登记职业标准'),
  ...pageQuery,
});
export const occupationParams = z.strictObject({ code: occupationCode.describe('职业（工种）代码') });

const standardKind = z.enum(['national_standard', 'evaluation_norm']);
const STANDARD_KIND_DESCRIPTION = '类别：national_standard 国家职业技能标准 / evaluation_norm 评价规范';
/** The subjects of one level, named as the web form names the level (一级（高级技师）). */
const LEVEL_SUBJECTS_DESCRIPTIONS = {
  '1': '一级（高级技师）的评价科目：theory 理论知识考试、skills 技能考核、comprehensive_review 综合评审',
  '2': '二级（技师）的评价科目：theory 理论知识考试、skills 技能考核、comprehensive_review 综合评审',
  '3': '三级（高级工）的评价科目：theory 理论知识考试、skills 技能考核、comprehensive_review 综合评审',
  '4': '四级（中级工）的评价科目：theory 理论知识考试、skills 技能考核、comprehensive_review 综合评审',
  '5': '五级（初级工）的评价科目：theory 理论知识考试、skills 技能考核、comprehensive_review 综合评审',
} as const;

/** 理论知识考试, 技能考核, 综合评审 (issue 11): what a session of the level consists of. */
export const evaluationSubject = z
  .enum(['theory', 'skills', 'comprehensive_review'])
  .describe('评价科目：theory 理论知识考试、skills 技能考核、comprehensive_review 综合评审');
const SUBJECTS_BY_LEVEL_DESCRIPTION = '各等级的评价科目（按国家职业技能标准登记；未登记的等级不填）';
/** Per level ('1'…'5'), the subjects the standard prescribes; a level left out is not recorded. */
export const subjectsByLevel = z
  .strictObject(
    Object.fromEntries(
      (['1', '2', '3', '4', '5'] as const).map((l) => [
        l,
        z
          .array(evaluationSubject)
          .min(1)
          .max(3)
          .refine((a) => new Set(a).size === a.length, { message: '评价科目不得重复' })
          .optional()
          .describe(LEVEL_SUBJECTS_DESCRIPTIONS[l]),
      ]),
    ) as Record<'1' | '2' | '3' | '4' | '5', z.ZodOptional<z.ZodArray<typeof evaluationSubject>>>,
  )
  .describe(SUBJECTS_BY_LEVEL_DESCRIPTION);

export const occupationStandard = z.object({
  id: z.string(),
  occupationCode: z.string(),
  occupationName: z.string(),
  kind: standardKind,
  title: z.string(),
  documentNo: z.string().nullable(),
  issuedOn: z.string().nullable(),
  notes: z.string().nullable(),
  subjectsByLevel: subjectsByLevel.nullable(),
  ...timestamps,
  abilities: z.object({ read: z.boolean(), update: z.boolean() }),
});
export const occupationDetail = occupation.extend({ standards: z.array(occupationStandard) });

export const occupationStandardQuery = z.strictObject({
  occupationCode: occupationCode.optional().describe('职业（工种）代码'),
  kind: standardKind.optional().describe(STANDARD_KIND_DESCRIPTION),
  q: searchQuery.optional().describe('职业名称或标准名称'),
  ...pageQuery,
});
export const occupationStandardExportQuery = z.strictObject({
  occupationCode: occupationCode.optional().describe('职业（工种）代码'),
  kind: standardKind.optional().describe(STANDARD_KIND_DESCRIPTION),
  q: searchQuery.optional().describe('职业名称或标准名称'),
});
export const createOccupationStandardBody = z.strictObject({
  occupationCode: occupationCode.describe('职业（工种）代码'),
  kind: standardKind.describe(STANDARD_KIND_DESCRIPTION),
  title: text(300).describe('标准名称'),
  documentNo: text(100).nullable().optional().describe('文号'),
  issuedOn: isoDate.nullable().optional().describe('颁布日期'),
  notes: text(2000).nullable().optional().describe('备注'),
  subjectsByLevel: subjectsByLevel.nullable().optional().describe(SUBJECTS_BY_LEVEL_DESCRIPTION),
});
export const updateOccupationStandardBody = z.strictObject({
  version,
  occupationCode: occupationCode.optional().describe('职业（工种）代码'),
  kind: standardKind.optional().describe(STANDARD_KIND_DESCRIPTION),
  title: text(300).optional().describe('标准名称'),
  documentNo: text(100).nullable().optional().describe('文号'),
  issuedOn: isoDate.nullable().optional().describe('颁布日期'),
  notes: text(2000).nullable().optional().describe('备注'),
  subjectsByLevel: subjectsByLevel.nullable().optional().describe(SUBJECTS_BY_LEVEL_DESCRIPTION),
});

const authorityKind = z.enum([
  'national_centre',
  'mohrss',
  'provincial_hrss',
  'prefectural_hrss',
  'industry_department',
  'joint_conference_office',
  'delegated_unit',
]);
export const authority = z.object({
  id: z.string(),
  name: z.string(),
  kind: authorityKind,
  jurisdictionCode: z.string(),
  jurisdictionName: z.string(),
  industry: z.string().nullable(),
  ...timestamps,
  abilities: z.object({ read: z.boolean(), createExpertPool: z.boolean() }),
});
export const authorityQuery = z.strictObject({
  q: searchQuery.optional().describe('部门名称'),
  kind: authorityKind
    .optional()
    .describe(
      '部门类型：national_centre 国家指导中心 / mohrss 人力资源社会保障部 / provincial_hrss 省级人社部门 / prefectural_hrss 市级人社部门 / industry_department 行业主管部门 / joint_conference_office 部际联席会议办公室 / delegated_unit 具体受托单位',
    ),
  jurisdictionCode: jurisdictionCode.optional().describe('所属辖区（6 位行政区划代码）'),
  ...pageQuery,
});
