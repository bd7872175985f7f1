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

export const occupationStandard = z.object({
  id: z.string(),
  occupationCode: z.string(),
  occupationName: z.string(),
  kind: standardKind,
  title: z.string(),
  documentNo: z.string().nullable(),
  issuedOn: z.string().nullable(),
  notes: z.string().nullable(),
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
export const createOccupationStandardBody = z.strictObject({
  occupationCode,
  kind: standardKind,
  title: text(300),
  documentNo: text(100).nullable().optional(),
  issuedOn: isoDate.nullable().optional(),
  notes: text(2000).nullable().optional(),
});
export const updateOccupationStandardBody = z.strictObject({
  version,
  occupationCode: occupationCode.optional(),
  kind: standardKind.optional(),
  title: text(300).optional(),
  documentNo: text(100).nullable().optional(),
  issuedOn: isoDate.nullable().optional(),
  notes: text(2000).nullable().optional(),
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
