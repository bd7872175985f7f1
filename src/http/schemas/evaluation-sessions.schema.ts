// zod schemas of the evaluation-session API (issue 11 point 1): strict bodies in, explicit shapes out.
import { z } from 'zod';
import {
  id,
  isoDate,
  LEVEL_DESCRIPTION,
  occupationCode,
  pageQuery,
  skillLevel,
  text,
  version,
} from './common.schema.js';
import { finding, problemWithFindings } from './cases.schema.js';
import { evaluationSubject } from './reference.schema.js';

const SESSION_STATUS_DESCRIPTION = 'planned 计划中（已开设）、closed 已关闭、cancelled 已取消';
export const sessionStatus = z.enum(['planned', 'closed', 'cancelled']).describe(SESSION_STATUS_DESCRIPTION);

export const evaluationSession = z.object({
  id: z.string(),
  institutionId: z.string(),
  institutionName: z.string(),
  branchId: z.string().nullable(),
  branchName: z.string().nullable(),
  jurisdictionCode: z.string().describe('开设方备案地的行政区划代码（分支机构开设的为分支机构所在地）'),
  siteId: z.string(),
  siteName: z.string(),
  siteAddress: z.string(),
  occupationCode: z.string(),
  occupationName: z.string(),
  level: z.number(),
  startsOn: z.string(),
  endsOn: z.string(),
  subjects: z.array(evaluationSubject).describe('评价科目（开设时取自职业标准）'),
  standardId: z.string(),
  standardTitle: z.string(),
  status: sessionStatus,
  opening: z
    .object({ check: z.string(), asOf: z.string(), outcome: z.string(), findings: z.array(finding) })
    .describe('开设时的规则检查（mohrss-violations.evaluation_session.opening）及其日期'),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  version: z.number(),
  abilities: z.object({ read: z.boolean(), close: z.boolean(), cancel: z.boolean() }),
});

export const sessionListQuery = z.strictObject({
  institutionId: id.optional().describe('评价机构'),
  branchId: id.optional().describe('开设的分支机构'),
  status: sessionStatus.optional().describe(SESSION_STATUS_DESCRIPTION),
  occupationCode: occupationCode.optional().describe('职业（工种）代码'),
  level: z.coerce.number().int().min(1).max(5).optional().describe(LEVEL_DESCRIPTION),
  from: isoDate.optional().describe('结束日期不早于此日'),
  to: isoDate.optional().describe('开始日期不晚于此日'),
  ...pageQuery,
});

export const sessionList = z.object({
  items: z.array(evaluationSession),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  abilities: z.object({ open: z.boolean() }),
});

export const openSessionBody = z
  .strictObject({
    branchId: id.nullable().optional().describe('由分支机构以其备案开设时填写'),
    siteId: id.describe('评价场地（本机构或该分支机构登记的场地）'),
    occupationCode: occupationCode.describe('职业（工种）代码（备案范围内）'),
    level: skillLevel.describe(LEVEL_DESCRIPTION),
    startsOn: isoDate.describe('评价开始日期'),
    endsOn: isoDate.describe('评价结束日期'),
  })
  .refine((b) => b.startsOn <= b.endsOn, { message: '结束日期不得早于开始日期', path: ['endsOn'] });

export const closeSessionBody = z.strictObject({ version });
export const cancelSessionBody = z.strictObject({ version, reason: text(500).describe('取消理由') });

export const openingOptions = z.object({
  openers: z.array(
    z.object({
      branchId: z.string().nullable(),
      name: z.string(),
      jurisdictionCode: z.string(),
      status: z.enum(['registered', 'active', 'suspended', 'exited']),
      grants: z.array(
        z.object({
          occupationCode: z.string(),
          occupationName: z.string(),
          level: z.number(),
          validFrom: z.string(),
          validTo: z.string().nullable(),
        }),
      ),
    }),
  ),
  sites: z.array(
    z.object({ id: z.string(), name: z.string(), address: z.string(), branchId: z.string().nullable() }),
  ),
});

export { problemWithFindings };
