// zod schemas of staff on a session and the staff-sanction register (issue 11 point 3).
import { z } from 'zod';
import { DOCUMENT_TYPES } from '../../domain/document-number.js';
import { codeInput, DOCUMENT_TYPE_DESCRIPTION, id, isoDate, line, pageQuery, text } from './common.schema.js';
import { finding } from './cases.schema.js';

export const sessionDuty = z
  .enum(['exam_admin', 'assessor', 'quality_supervisor'])
  .describe('批次职责：exam_admin 考务管理人员 / assessor 考评人员 / quality_supervisor 质量督导员');
const SANCTION_KIND_DESCRIPTION =
  'work_ban 取消参加评价工作资格（第九条）/ assessor_card_revoked 吊销考评人员证书（第十条）';

export const sessionStaffItem = z.object({
  id: z.string(),
  sessionId: z.string(),
  staffId: z.string(),
  name: z.string(),
  idNumberMasked: z.string(),
  duty: sessionDuty,
  assignedAt: z.string(),
  check: z.object({ asOf: z.string(), findings: z.array(finding) }).describe('安排时的规则检查'),
});

export const sessionStaffList = z.object({
  items: z.array(sessionStaffItem),
  abilities: z.object({ assign: z.boolean() }),
});

export const assignStaffBody = z.strictObject({
  staffId: id.describe('人员（本机构的工作人员）'),
  duty: sessionDuty,
});
export const sessionStaffParams = z.strictObject({
  id: id.describe('评价批次 ID'),
  assignmentId: id.describe('批次工作人员安排 ID'),
});

export const sanctionKind = z.enum(['work_ban', 'assessor_card_revoked']).describe(SANCTION_KIND_DESCRIPTION);

export const staffSanction = z.object({
  id: z.string(),
  kind: sanctionKind,
  name: z.string(),
  docType: z.string(),
  docMasked: z.string(),
  fromOn: z.string(),
  toOn: z.string().nullable(),
  article: z.string(),
  reason: z.string(),
  decisionRef: z.string().nullable(),
  recordedByAuthorityId: z.string(),
  recordedByAuthorityName: z.string(),
  recordedAt: z.string(),
});

export const staffSanctionList = z.object({
  items: z.array(staffSanction),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  abilities: z.object({ record: z.boolean() }),
});

export const staffSanctionQuery = z.strictObject({
  kind: sanctionKind.optional().describe(SANCTION_KIND_DESCRIPTION),
  docType: z.enum(DOCUMENT_TYPES).optional().describe(DOCUMENT_TYPE_DESCRIPTION),
  docNumber: codeInput.optional().describe('按证件号码查找（以密钥散列比对）'),
  ...pageQuery,
});

export const staffSanctionExportQuery = z.strictObject({
  kind: sanctionKind.optional().describe(SANCTION_KIND_DESCRIPTION),
});

export const recordSanctionBody = z
  .strictObject({
    kind: sanctionKind,
    name: text(50).describe('姓名'),
    docType: z.enum(DOCUMENT_TYPES).describe(DOCUMENT_TYPE_DESCRIPTION),
    docNumber: codeInput.describe('证件号码'),
    fromOn: isoDate.describe('起始日期'),
    toOn: isoDate.nullable().optional().describe('截止日期（吊销证书等无期限的不填）'),
    article: line(40).describe('依据条款，如 第九条第（三）项'),
    reason: text(500).describe('事由'),
    decisionRef: line(100).nullable().optional().describe('处理决定文号'),
  })
  .refine((b) => !b.toOn || b.fromOn <= b.toOn, { message: '截止日期不得早于起始日期', path: ['toOn'] });
