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
  level: jurisdiction.shape.level.optional(),
  parentCode: jurisdictionCode.optional(),
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
  q: searchQuery.optional(),
  majorCode: z
    .string()
    .regex(/^[1-8]$/)
    .optional(),
  middleCode: z
    .string()
    .regex(/^[1-8]-\d{2}$/)
    .optional(),
  hasStandard: boolQuery.optional(),
  ...pageQuery,
});
export const occupationParams = z.strictObject({ code: occupationCode });

const standardKind = z.enum(['national_standard', 'evaluation_norm']);

/** 理论知识考试, 技能考核, 综合评审 (issue 11): what a session of the level consists of. */
export const evaluationSubject = z
  .enum(['theory', 'skills', 'comprehensive_review'])
  .describe('评价科目：theory 理论知识考试、skills 技能考核、comprehensive_review 综合评审');
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
          .optional(),
      ]),
    ) as Record<'1' | '2' | '3' | '4' | '5', z.ZodOptional<z.ZodArray<typeof evaluationSubject>>>,
  )
  .describe('各等级的评价科目（按国家职业技能标准登记；未登记的等级不填）');

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
  occupationCode: occupationCode.optional(),
  kind: standardKind.optional(),
  q: searchQuery.optional(),
  ...pageQuery,
});
export const occupationStandardExportQuery = z.strictObject({
  occupationCode: occupationCode.optional(),
  kind: standardKind.optional(),
  q: searchQuery.optional(),
});
export const createOccupationStandardBody = z.strictObject({
  occupationCode,
  kind: standardKind,
  title: text(300),
  documentNo: text(100).nullable().optional(),
  issuedOn: isoDate.nullable().optional(),
  notes: text(2000).nullable().optional(),
  subjectsByLevel: subjectsByLevel.nullable().optional(),
});
export const updateOccupationStandardBody = z.strictObject({
  version,
  occupationCode: occupationCode.optional(),
  kind: standardKind.optional(),
  title: text(300).optional(),
  documentNo: text(100).nullable().optional(),
  issuedOn: isoDate.nullable().optional(),
  notes: text(2000).nullable().optional(),
  subjectsByLevel: subjectsByLevel.nullable().optional(),
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
  q: searchQuery.optional(),
  kind: authorityKind.optional(),
  jurisdictionCode: jurisdictionCode.optional(),
  ...pageQuery,
});
