// zod schemas of the expert API: experts, their conflicts of interest, expert pools and members.
import { z } from 'zod';
import { DOCUMENT_TYPES } from '../../domain/document-number.js';
import {
  boolQuery,
  codeInput,
  DOCUMENT_TYPE_DESCRIPTION,
  id,
  occupationCode,
  pageQuery,
  phone,
  searchQuery,
  text,
  timestamps,
  version,
} from './common.schema.js';

export const expert = z.object({
  id: z.string(),
  name: z.string(),
  employerName: z.string(),
  employerUscc: z.string().nullable(),
  title: z.string().nullable(),
  specialties: z.array(z.string()),
  phone: z.string().nullable(),
  idDocType: z.string().nullable(),
  idNumberMasked: z.string().nullable(),
  active: z.boolean(),
  registeredByAuthorityId: z.string().nullable(),
  ...timestamps,
  abilities: z.object({
    read: z.boolean(),
    update: z.boolean(),
    revealPersonalData: z.boolean(),
    declareConflict: z.boolean(),
  }),
});
export const poolMember = expert.extend({ addedAt: z.string() });

export const expertQuery = z.strictObject({
  q: searchQuery.optional().describe('姓名或工作单位'),
  specialty: occupationCode.optional().describe('专业领域（职业（工种）代码）'),
  employerUscc: codeInput.optional().describe('工作单位统一社会信用代码'),
  poolId: id.optional().describe('所属专家库'),
  active: boolQuery.optional().describe('有效（未停用）'),
  ...pageQuery,
});

const expertFields = {
  name: text(100).describe('姓名'),
  employerName: text(200).describe('工作单位'),
  employerUscc: codeInput.nullable().optional().describe('工作单位统一社会信用代码'),
  title: text(100).nullable().optional().describe('职称'),
  specialties: z.array(occupationCode).max(100).optional().describe('专业领域（职业（工种）代码）'),
  phone: phone.nullable().optional().describe('电话'),
  idDocType: z.enum(DOCUMENT_TYPES).optional().describe(DOCUMENT_TYPE_DESCRIPTION),
  idNumber: codeInput.optional().describe('证件号码'),
  active: z.boolean().optional().describe('有效（未停用）'),
};
export const createExpertBody = z.strictObject(expertFields);
export const updateExpertBody = z.strictObject({
  version,
  ...expertFields,
  name: expertFields.name.optional().describe('姓名'),
  employerName: expertFields.employerName.optional().describe('工作单位'),
});

const relation = z.enum(['former_employment', 'part_time', 'relative', 'financial', 'training', 'other']);
export const conflict = z.object({
  id: z.string(),
  expertId: z.string(),
  institutionId: z.string().nullable(),
  institutionUscc: z.string().nullable(),
  /** null when the institution lies outside the caller's scope (institutionVisible false). */
  institutionName: z.string().nullable(),
  institutionVisible: z.boolean(),
  relation,
  reason: z.string().nullable(),
  declaredAt: z.string(),
  declaredBy: z.string().nullable(),
  abilities: z.object({ read: z.boolean() }),
});
export const declareConflictBody = z.strictObject({
  institutionUscc: codeInput.describe('须回避的机构的统一社会信用代码'),
  institutionName: text(200).describe('须回避的机构名称'),
  relation: relation.describe(
    '利害关系：former_employment 曾在该单位任职 / part_time 在该单位兼职 / relative 近亲属在该单位任职 / financial 与该单位有经济利益关系 / training 为该单位提供培训 / other 其他利益关系',
  ),
  reason: text(1000).nullable().optional().describe('说明'),
});

export const pool = z.object({
  id: z.string(),
  authorityId: z.string(),
  authorityName: z.string(),
  authorityJurisdictionCode: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  memberCount: z.number(),
  ...timestamps,
  abilities: z.object({ read: z.boolean(), update: z.boolean(), manageMembers: z.boolean() }),
});
export const poolQuery = z.strictObject({
  q: searchQuery.optional().describe('专家库名称'),
  authorityId: id.optional().describe('所属监管部门'),
  ...pageQuery,
});
export const createPoolBody = z.strictObject({
  authorityId: id.optional().describe('所属监管部门（不填为当前账号所属的监管部门）'),
  name: text(200).describe('专家库名称'),
  description: text(2000).nullable().optional().describe('专家库说明'),
});
export const updatePoolBody = z.strictObject({
  version,
  name: text(200).optional().describe('专家库名称'),
  description: text(2000).nullable().optional().describe('专家库说明'),
});
export const addMemberBody = z.strictObject({ expertId: id.describe('专家') });
export const memberParams = z.strictObject({
  id: id.describe('专家库 ID'),
  expertId: id.describe('专家 ID'),
});
export const memberQuery = z.strictObject({ ...pageQuery });
