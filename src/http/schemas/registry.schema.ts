// zod schemas of the registry API (institutions, branches, staff, sites, scopes): strict bodies in,
// explicit shapes out (a field not listed here never leaves the server — no ciphertext, no HMAC).
import { z } from 'zod';
import { DOCUMENT_TYPES } from '../../domain/document-number.js';
import {
  boolQuery,
  codeInput,
  DOCUMENT_TYPE_DESCRIPTION,
  id,
  INSTITUTION_KIND_DESCRIPTION,
  institutionKind,
  isoDate,
  jurisdictionCode,
  LEVEL_DESCRIPTION,
  occupationCode,
  pageQuery,
  phone,
  recordAbilities,
  REGISTRY_STATUS_DESCRIPTION,
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
  q: searchQuery.optional().describe('机构名称或统一社会信用代码'),
  kind: institutionKind.optional().describe(INSTITUTION_KIND_DESCRIPTION),
  jurisdictionCode: jurisdictionCode.optional().describe('所属辖区（6 位行政区划代码）'),
  status: registryStatus.optional().describe(REGISTRY_STATUS_DESCRIPTION),
  ...pageQuery,
});

const usccInput = codeInput;

export const createInstitutionBody = z.strictObject({
  name: text(200).describe('机构名称'),
  kind: institutionKind.describe(INSTITUTION_KIND_DESCRIPTION),
  uscc: usccInput.describe('统一社会信用代码'),
  legalRepresentative: text(100).describe('法定代表人'),
  address: text(500).describe('地址'),
  jurisdictionCode: jurisdictionCode.describe('所属辖区（6 位行政区划代码）'),
  authorityId: id.nullable().optional().describe('监管部门（不填为当前账号所属的监管部门）'),
  status: registryStatus.optional().describe(REGISTRY_STATUS_DESCRIPTION),
  contactPhone: phone.nullable().optional().describe('联系电话'),
  establishedOn: isoDate.nullable().optional().describe('成立日期'),
});

export const updateInstitutionBody = z.strictObject({
  version,
  name: text(200).optional().describe('机构名称'),
  kind: institutionKind.optional().describe(INSTITUTION_KIND_DESCRIPTION),
  uscc: usccInput.optional().describe('统一社会信用代码'),
  legalRepresentative: text(100).optional().describe('法定代表人'),
  address: text(500).optional().describe('地址'),
  jurisdictionCode: jurisdictionCode.optional().describe('所属辖区（6 位行政区划代码）'),
  authorityId: id.nullable().optional().describe('监管部门'),
  status: registryStatus.optional().describe(REGISTRY_STATUS_DESCRIPTION),
  statusReason: text(500).optional().describe('状态变更原因'),
  contactPhone: phone.nullable().optional().describe('联系电话'),
  establishedOn: isoDate.nullable().optional().describe('成立日期'),
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
  q: searchQuery.optional().describe('分支机构名称'),
  status: registryStatus.optional().describe(REGISTRY_STATUS_DESCRIPTION),
  ...pageQuery,
});

export const createBranchBody = z.strictObject({
  name: text(200).describe('分支机构名称'),
  uscc: usccInput.nullable().optional().describe('统一社会信用代码'),
  address: text(500).describe('地址'),
  jurisdictionCode: jurisdictionCode.describe('所属辖区（6 位行政区划代码）'),
  status: registryStatus.optional().describe(REGISTRY_STATUS_DESCRIPTION),
});

export const updateBranchBody = z.strictObject({
  version,
  name: text(200).optional().describe('分支机构名称'),
  uscc: usccInput.nullable().optional().describe('统一社会信用代码'),
  address: text(500).optional().describe('地址'),
  jurisdictionCode: jurisdictionCode.optional().describe('所属辖区（6 位行政区划代码）'),
  status: registryStatus.optional().describe(REGISTRY_STATUS_DESCRIPTION),
});

// ---- staff -------------------------------------------------------------------------------------

const STAFF_ROLE_DESCRIPTION =
  '角色：full_time_staff 专职工作人员 / assessor 考评人员 / quality_supervisor 质量督导员 / exam_admin 考务管理人员';

const roleAssignment = z.strictObject({
  role: staffRole.describe(STAFF_ROLE_DESCRIPTION),
  occupationCode: occupationCode.nullable().optional().describe('职业（工种）代码（考评人员须填写）'),
  level: skillLevel.nullable().optional().describe(LEVEL_DESCRIPTION),
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
  q: searchQuery.optional().describe('姓名'),
  role: staffRole.optional().describe(STAFF_ROLE_DESCRIPTION),
  occupationCode: occupationCode.optional().describe('职业（工种）代码'),
  active: boolQuery.optional().describe('在职'),
  branchId: id.optional().describe('所属分支机构'),
  ...pageQuery,
});

const documentType = z.enum(DOCUMENT_TYPES);
const documentNumber = codeInput;

export const createStaffBody = z.strictObject({
  name: text(100).describe('姓名'),
  idDocType: documentType.describe(DOCUMENT_TYPE_DESCRIPTION),
  idNumber: documentNumber.describe('证件号码'),
  branchId: id.nullable().optional().describe('所属分支机构（不填为机构本部）'),
  phone: phone.nullable().optional().describe('电话'),
  active: z.boolean().optional().describe('在职'),
  roles: z.array(roleAssignment).max(50).describe('人员角色'),
});

export const updateStaffBody = z.strictObject({
  version,
  name: text(100).optional().describe('姓名'),
  idDocType: documentType.optional().describe(DOCUMENT_TYPE_DESCRIPTION),
  idNumber: documentNumber.optional().describe('证件号码'),
  branchId: id.nullable().optional().describe('所属分支机构（不填为机构本部）'),
  phone: phone.nullable().optional().describe('电话'),
  active: z.boolean().optional().describe('在职'),
  roles: z.array(roleAssignment).max(50).optional().describe('人员角色'),
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

const TENURE_DESCRIPTION = '产权：owned 自有 / leased 租赁';

export const siteListQuery = z.strictObject({
  q: searchQuery.optional().describe('场地名称或地址'),
  tenure: tenure.optional().describe(TENURE_DESCRIPTION),
  branchId: id.optional().describe('所属分支机构'),
  ...pageQuery,
});

const siteFields = {
  branchId: id.nullable().optional().describe('所属分支机构（不填为机构本部）'),
  address: text(500).describe('地址'),
  tenure: tenure.describe(TENURE_DESCRIPTION),
  leaseStart: isoDate.nullable().optional().describe('租期起始'),
  leaseEnd: isoDate.nullable().optional().describe('租期截止（租赁的场地填写）'),
  floorAreaM2: z.number().min(0).max(10_000_000).describe('面积（平方米）'),
  functionalRooms: rooms.optional().describe('功能室（如理论考场、实操考场、候考室、监控室）'),
  examRooms: z.number().int().min(0).max(10_000).optional().describe('考场数'),
  computerSeats: z.number().int().min(0).max(100_000).optional().describe('机位数'),
  deskSpacingCm: z.number().int().min(0).max(10_000).nullable().optional().describe('桌距（厘米）'),
  cctvExamRooms: z.boolean().optional().describe('考场监控'),
  cctvFullCoverage: z.boolean().optional().describe('全覆盖监控'),
};

export const createSiteBody = z.strictObject({ name: text(200).describe('场地名称'), ...siteFields });

export const updateSiteBody = z.strictObject({
  version,
  name: text(200).optional().describe('场地名称'),
  branchId: siteFields.branchId,
  address: siteFields.address.optional().describe('地址'),
  tenure: tenure.optional().describe(TENURE_DESCRIPTION),
  leaseStart: siteFields.leaseStart,
  leaseEnd: siteFields.leaseEnd,
  floorAreaM2: siteFields.floorAreaM2.optional().describe('面积（平方米）'),
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

const SCOPE_STATUS_DESCRIPTION = '状态：pending 待生效 / active 有效 / suspended 暂停 / ended 已终止';

export const scopeListQuery = z.strictObject({
  status: scopeStatus.optional().describe(SCOPE_STATUS_DESCRIPTION),
  occupationCode: occupationCode.optional().describe('职业（工种）代码'),
  level: z.coerce.number().int().min(1).max(5).optional().describe(LEVEL_DESCRIPTION),
  ...pageQuery,
});

export const grantScopeBody = z.strictObject({
  occupationCode: occupationCode.describe('职业（工种）代码'),
  level: skillLevel.describe(LEVEL_DESCRIPTION),
  validFrom: isoDate.nullable().optional().describe('有效期起'),
  validTo: isoDate.nullable().optional().describe('有效期至（不填为长期）'),
  status: scopeStatus.optional().describe(SCOPE_STATUS_DESCRIPTION),
});

export const updateScopeBody = z.strictObject({
  version,
  validFrom: isoDate.nullable().optional().describe('有效期起'),
  validTo: isoDate.nullable().optional().describe('有效期至（不填为长期）'),
  status: scopeStatus.optional().describe(SCOPE_STATUS_DESCRIPTION),
});
