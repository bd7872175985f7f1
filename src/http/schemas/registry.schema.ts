// zod schemas of the registry API (institutions, branches, staff, sites, scopes): strict bodies in,
// explicit shapes out (a field not listed here never leaves the server — no ciphertext, no HMAC).
import { z } from 'zod';
import { DOCUMENT_TYPES } from '../../domain/document-number.js';
import {
  boolQuery,
  codeInput,
  id,
  institutionKind,
  isoDate,
  jurisdictionCode,
  occupationCode,
  pageQuery,
  phone,
  recordAbilities,
  registryStatus,
  searchQuery,
  skillLevel,
  text,
  timestamps,
  version,
} from './common.schema.js';

// ---- institutions ------------------------------------------------------------------------------

export const institutionAbilities = z.object({
  read: z.boolean(),
  update: z.boolean(),
  manageBranches: z.boolean(),
  manageStaff: z.boolean(),
  manageSites: z.boolean(),
  manageScopes: z.boolean(),
  revealPersonalData: z.boolean(),
});

export const institution = z.object({
  id: z.string(),
  name: z.string(),
  kind: institutionKind,
  uscc: z.string(),
  legalRepresentative: z.string(),
  address: z.string(),
  jurisdictionCode: z.string(),
  jurisdictionName: z.string(),
  authorityId: z.string().nullable(),
  authorityName: z.string().nullable(),
  status: registryStatus,
  contactPhone: z.string().nullable(),
  establishedOn: z.string().nullable(),
  ...timestamps,
  abilities: institutionAbilities,
});

const staffRole = z.enum(['full_time_staff', 'assessor', 'quality_supervisor', 'exam_admin']);

export const institutionDetail = institution.extend({
  counts: z.object({
    branches: z.number(),
    staff: z.number(),
    staffByRole: z.object({
      full_time_staff: z.number(),
      assessor: z.number(),
      quality_supervisor: z.number(),
      exam_admin: z.number(),
    }),
    sites: z.number(),
    scopes: z.number(),
  }),
});

export const institutionListQuery = z.strictObject({
  q: searchQuery.optional(),
  kind: institutionKind.optional(),
  jurisdictionCode: jurisdictionCode.optional(),
  status: registryStatus.optional(),
  ...pageQuery,
});

const usccInput = codeInput;

export const createInstitutionBody = z.strictObject({
  name: text(200),
  kind: institutionKind,
  uscc: usccInput,
  legalRepresentative: text(100),
  address: text(500),
  jurisdictionCode,
  authorityId: id.nullable().optional(),
  status: registryStatus.optional(),
  contactPhone: phone.nullable().optional(),
  establishedOn: isoDate.nullable().optional(),
});

export const updateInstitutionBody = z.strictObject({
  version,
  name: text(200).optional(),
  kind: institutionKind.optional(),
  uscc: usccInput.optional(),
  legalRepresentative: text(100).optional(),
  address: text(500).optional(),
  jurisdictionCode: jurisdictionCode.optional(),
  authorityId: id.nullable().optional(),
  status: registryStatus.optional(),
  statusReason: text(500).optional(),
  contactPhone: phone.nullable().optional(),
  establishedOn: isoDate.nullable().optional(),
});

export const institutionIdParams = z.strictObject({ id });

// ---- branches ----------------------------------------------------------------------------------

export const branch = z.object({
  id: z.string(),
  institutionId: z.string(),
  name: z.string(),
  uscc: z.string().nullable(),
  address: z.string(),
  jurisdictionCode: z.string(),
  jurisdictionName: z.string(),
  status: registryStatus,
  ...timestamps,
  abilities: recordAbilities,
});

export const branchListQuery = z.strictObject({
  q: searchQuery.optional(),
  status: registryStatus.optional(),
  ...pageQuery,
});

export const createBranchBody = z.strictObject({
  name: text(200),
  uscc: usccInput.nullable().optional(),
  address: text(500),
  jurisdictionCode,
  status: registryStatus.optional(),
});

export const updateBranchBody = z.strictObject({
  version,
  name: text(200).optional(),
  uscc: usccInput.nullable().optional(),
  address: text(500).optional(),
  jurisdictionCode: jurisdictionCode.optional(),
  status: registryStatus.optional(),
});

// ---- staff -------------------------------------------------------------------------------------

const roleAssignment = z.strictObject({
  role: staffRole,
  occupationCode: occupationCode.nullable().optional(),
  level: skillLevel.nullable().optional(),
});

export const staff = z.object({
  id: z.string(),
  institutionId: z.string(),
  branchId: z.string().nullable(),
  name: z.string(),
  idDocType: z.string(),
  /** The only form of the document number the API returns (security.md). */
  idNumberMasked: z.string(),
  phone: z.string().nullable(),
  active: z.boolean(),
  roles: z.array(
    z.object({ role: staffRole, occupationCode: z.string().nullable(), level: z.number().nullable() }),
  ),
  ...timestamps,
  abilities: recordAbilities.extend({ revealPersonalData: z.boolean() }),
});

export const staffListQuery = z.strictObject({
  q: searchQuery.optional(),
  role: staffRole.optional(),
  occupationCode: occupationCode.optional(),
  active: boolQuery.optional(),
  branchId: id.optional(),
  ...pageQuery,
});

const documentType = z.enum(DOCUMENT_TYPES);
const documentNumber = codeInput;

export const createStaffBody = z.strictObject({
  name: text(100),
  idDocType: documentType,
  idNumber: documentNumber,
  branchId: id.nullable().optional(),
  phone: phone.nullable().optional(),
  active: z.boolean().optional(),
  roles: z.array(roleAssignment).max(50),
});

export const updateStaffBody = z.strictObject({
  version,
  name: text(100).optional(),
  idDocType: documentType.optional(),
  idNumber: documentNumber.optional(),
  branchId: id.nullable().optional(),
  phone: phone.nullable().optional(),
  active: z.boolean().optional(),
  roles: z.array(roleAssignment).max(50).optional(),
});

export const revealedDocument = z.object({ idDocType: z.string(), idNumber: z.string() });

// ---- sites -------------------------------------------------------------------------------------

const tenure = z.enum(['owned', 'leased']);
const rooms = z.array(text(30)).max(50);

export const site = z.object({
  id: z.string(),
  institutionId: z.string(),
  branchId: z.string().nullable(),
  name: z.string(),
  address: z.string(),
  tenure,
  leaseStart: z.string().nullable(),
  leaseEnd: z.string().nullable(),
  floorAreaM2: z.number(),
  functionalRooms: z.array(z.string()),
  examRooms: z.number(),
  computerSeats: z.number(),
  deskSpacingCm: z.number().nullable(),
  cctvExamRooms: z.boolean(),
  cctvFullCoverage: z.boolean(),
  ...timestamps,
  abilities: recordAbilities,
});

export const siteListQuery = z.strictObject({
  q: searchQuery.optional(),
  tenure: tenure.optional(),
  branchId: id.optional(),
  ...pageQuery,
});

const siteFields = {
  branchId: id.nullable().optional(),
  address: text(500),
  tenure,
  leaseStart: isoDate.nullable().optional(),
  leaseEnd: isoDate.nullable().optional(),
  floorAreaM2: z.number().min(0).max(10_000_000),
  functionalRooms: rooms.optional(),
  examRooms: z.number().int().min(0).max(10_000).optional(),
  computerSeats: z.number().int().min(0).max(100_000).optional(),
  deskSpacingCm: z.number().int().min(0).max(10_000).nullable().optional(),
  cctvExamRooms: z.boolean().optional(),
  cctvFullCoverage: z.boolean().optional(),
};

export const createSiteBody = z.strictObject({ name: text(200), ...siteFields });

export const updateSiteBody = z.strictObject({
  version,
  name: text(200).optional(),
  branchId: siteFields.branchId,
  address: siteFields.address.optional(),
  tenure: tenure.optional(),
  leaseStart: siteFields.leaseStart,
  leaseEnd: siteFields.leaseEnd,
  floorAreaM2: siteFields.floorAreaM2.optional(),
  functionalRooms: siteFields.functionalRooms,
  examRooms: siteFields.examRooms,
  computerSeats: siteFields.computerSeats,
  deskSpacingCm: siteFields.deskSpacingCm,
  cctvExamRooms: siteFields.cctvExamRooms,
  cctvFullCoverage: siteFields.cctvFullCoverage,
});

// ---- scopes ------------------------------------------------------------------------------------

const scopeStatus = z.enum(['pending', 'active', 'suspended', 'ended']);

export const scope = z.object({
  id: z.string(),
  institutionId: z.string(),
  occupationCode: z.string(),
  occupationName: z.string(),
  level: z.number(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  status: scopeStatus,
  ...timestamps,
  abilities: recordAbilities,
});

export const scopeListQuery = z.strictObject({
  status: scopeStatus.optional(),
  occupationCode: occupationCode.optional(),
  level: z.coerce.number().int().min(1).max(5).optional(),
  ...pageQuery,
});

export const grantScopeBody = z.strictObject({
  occupationCode,
  level: skillLevel,
  validFrom: isoDate.nullable().optional(),
  validTo: isoDate.nullable().optional(),
  status: scopeStatus.optional(),
});

export const updateScopeBody = z.strictObject({
  version,
  validFrom: isoDate.nullable().optional(),
  validTo: isoDate.nullable().optional(),
  status: scopeStatus.optional(),
});
