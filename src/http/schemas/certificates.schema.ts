// zod schemas of the certificate API (issue 11 points 5 and 7): strict bodies in, explicit shapes out.
import { z } from 'zod';
import { codeInput, id, isoDate, LEVEL_DESCRIPTION, line, text } from './common.schema.js';

export const issuerCodesQuery = z.strictObject({ institutionId: id.describe('评价机构') });

export const issuer = z.object({
  institutionId: z.string(),
  institutionName: z.string(),
  branchId: z.string().nullable(),
  branchName: z.string().nullable(),
  jurisdictionCode: z.string(),
  kindLetter: z
    .enum(['Y', 'S'])
    .describe('第 1 位：Y 用人单位，S 社会培训评价组织（院校、行业协会、1+X 组织同 S，决定 0024）'),
  provinceCode: z.string().describe('第 6–7 位：备案地省级代码'),
  ministryFiled: z.boolean().describe('由人力资源社会保障部备案（遴选）：第 2–5 位为 0001–9999，否则 0000'),
  filedBy: z.array(z.object({ id: z.string(), name: z.string() })),
  code: z
    .object({
      institutionCode: z.string(),
      siteSequence: z.string(),
      issuerPrefix: z.string().describe('证书编号第 1–13 位'),
      assignedByAuthorityName: z.string().nullable(),
      assignedAt: z.string(),
      inUse: z.boolean().describe('已有证书按此代码编号：此后不能更正'),
    })
    .nullable(),
  abilities: z
    .object({ assign: z.boolean() })
    .describe('assign：现在可以登记，或在尚无证书按此代码编号时更正'),
});
export const issuerList = z.object({ items: z.array(issuer) });

export const assignIssuerCodeBody = z.strictObject({
  institutionId: id.describe('评价机构'),
  branchId: id.nullable().describe('分支机构（机构本部为 null）'),
  institutionCode: z
    .string()
    .regex(/^\d{4}$/, '评价机构代码应为 4 位数字')
    .optional()
    .describe('第 2–5 位：人力资源社会保障部备案的为 0001–9999，省级备案的为 0000（可不填）'),
  siteSequence: z
    .string()
    .regex(/^\d{6}$/, '机构序列码应为 6 位数字')
    .describe('第 8–13 位：省级人力资源社会保障部门赋予'),
});

// ---- issuance, status, views ----

const CERTIFICATE_STATUS_DESCRIPTION = 'valid 有效、invalidated 已宣布无效、withdrawn 已撤销';
export const certificateStatus = z
  .enum(['valid', 'invalidated', 'withdrawn'])
  .describe(CERTIFICATE_STATUS_DESCRIPTION);

export const issueBody = z.strictObject({ sessionId: id.describe('评价批次') });
export const issuanceResult = z.object({
  sessionId: z.string(),
  issued: z.number(),
  alreadyIssued: z.number(),
  issuedOn: z.string(),
  firstNumber: z.string().nullable(),
  lastNumber: z.string().nullable(),
});

const year = z.coerce.number().int().min(2000).max(2099);
const level = z.coerce.number().int().min(1).max(5);

export const listQuery = z.strictObject({
  institutionId: id.optional().describe('监管部门须指定评价机构；机构只看本机构的'),
  sessionId: id.optional().describe('评价批次'),
  occupationCode: text(20).optional().describe('职业（工种）代码'),
  level: level.optional().describe(LEVEL_DESCRIPTION),
  year: year.optional().describe('发证年份'),
  status: certificateStatus.optional().describe(CERTIFICATE_STATUS_DESCRIPTION),
  cursor: z.string().max(40).optional().describe('上一页返回的 nextCursor（按年份、编号翻页，不计总数）'),
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('每页条数'),
});

export const certificate = z.object({
  id: z.string(),
  number: z.string(),
  issueYear: z.number(),
  issuedOn: z.string(),
  institutionId: z.string(),
  institutionName: z.string(),
  branchId: z.string().nullable(),
  branchName: z.string().nullable(),
  sessionId: z.string().nullable(),
  source: z.enum(['issued', 'uploaded']),
  holderName: z.string(),
  holderDocType: z.string(),
  holderDocMasked: z.string(),
  occupationCode: z.string(),
  occupationName: z.string().nullable(),
  level: z.number(),
  status: certificateStatus,
  statusChangedAt: z.string().nullable(),
  queryableAt: z.string(),
  abilities: z.object({ read: z.boolean(), changeStatus: z.boolean(), revealDocument: z.boolean() }),
});
export const certificatePage = z.object({ items: z.array(certificate), nextCursor: z.string().nullable() });
export const certificateItems = z.object({ items: z.array(certificate) });

const article = z.strictObject({
  regime: text(60).describe('法规（如 mohrss-violations）'),
  article: text(60).describe('条款（如 第五条）'),
});
export const certificateDetail = certificate.extend({
  history: z.array(
    z.object({
      fromStatus: certificateStatus,
      toStatus: certificateStatus,
      reason: z.string(),
      articles: z.array(z.object({ regime: z.string(), article: z.string() })),
      effectiveOn: z.string(),
      decisionCaseId: z.string().nullable(),
      decisionCaseReference: z.string().nullable(),
      decisionDocumentId: z.string().nullable(),
      changedByName: z.string().nullable(),
      changedAt: z.string(),
    }),
  ),
});

export const searchBody = z.strictObject({
  number: line(60).optional().describe('证书编号（可含全角字符、小写字母和空格）'),
  name: line(50).optional().describe('姓名（与证件号码一起查询）'),
  docType: z.string().max(30).optional().describe('证件类型（不填为 resident_id 居民身份证）'),
  docNumber: codeInput.optional().describe('证件号码（与姓名一起查询）'),
});

export const statusBody = z.strictObject({
  to: z.enum(['invalidated', 'withdrawn']).describe('invalidated 宣布无效、withdrawn 撤销'),
  reason: text(500).describe('理由'),
  effectiveOn: isoDate.describe('生效日期'),
  articles: z
    .array(article)
    .min(1)
    .max(20)
    .describe('依据条款，如 {regime: "mohrss-violations", article: "第五条"}'),
  decisionCaseId: id.nullable().optional().describe('作出处理决定的案件'),
  decisionDocumentId: id.nullable().optional().describe('处理决定书'),
});

export const revealed = z.object({ docType: z.string(), docNumber: z.string() });

export const countsQuery = z.strictObject({
  year: year.describe('发证年份'),
  institutionId: id.optional().describe('评价机构'),
});
export const counts = z.object({
  items: z.array(
    z.object({
      institutionId: z.string(),
      institutionName: z.string(),
      occupationCode: z.string(),
      occupationName: z.string().nullable(),
      year: z.number(),
      level: z.number(),
      issued: z.number(),
      valid: z.number(),
    }),
  ),
});
export const delays = z.object({
  items: z.array(
    z.object({
      institutionId: z.string(),
      institutionName: z.string(),
      sessions: z.number(),
      issued: z.number(),
      averageDays: z.number(),
      longestDays: z.number(),
    }),
  ),
});

export const exportQuery = listQuery.omit({ cursor: true, limit: true, year: true }).extend({
  view: z
    .enum(['list', 'counts', 'delays'])
    .default('list')
    .describe('导出内容：list 证书列表 / counts 证书数量 / delays 发证时效'),
  year: year.optional().describe('发证年份'),
});
