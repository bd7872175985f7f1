// zod schemas of the expert API: experts, their conflicts of interest, expert pools and members.
import { z } from 'zod';
import { DOCUMENT_TYPES } from '../../domain/document-number.js';
import {
  boolQuery,
  codeInput,
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
  q: searchQuery.optional(),
  specialty: occupationCode.optional(),
  employerUscc: codeInput.optional(),
  poolId: id.optional(),
  active: boolQuery.optional(),
  ...pageQuery,
});

const expertFields = {
  name: text(100),
  employerName: text(200),
  employerUscc: codeInput.nullable().optional(),
  title: text(100).nullable().optional(),
  specialties: z.array(occupationCode).max(100).optional(),
  phone: phone.nullable().optional(),
  idDocType: z.enum(DOCUMENT_TYPES).optional(),
  idNumber: codeInput.optional(),
  active: z.boolean().optional(),
};
export const createExpertBody = z.strictObject(expertFields);
export const updateExpertBody = z.strictObject({
  version,
  ...expertFields,
  name: expertFields.name.optional(),
  employerName: expertFields.employerName.optional(),
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
  institutionUscc: codeInput,
  institutionName: text(200),
  relation,
  reason: text(1000).nullable().optional(),
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
  q: searchQuery.optional(),
  authorityId: id.optional(),
  ...pageQuery,
});
export const createPoolBody = z.strictObject({
  authorityId: id.optional(),
  name: text(200),
  description: text(2000).nullable().optional(),
});
export const updatePoolBody = z.strictObject({
  version,
  name: text(200).optional(),
  description: text(2000).nullable().optional(),
});
export const addMemberBody = z.strictObject({ expertId: id });
export const memberParams = z.strictObject({ id, expertId: id });
export const memberQuery = z.strictObject({ ...pageQuery });
