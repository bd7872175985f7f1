// zod schemas of the certificate API (issue 11 points 5 and 7): strict bodies in, explicit shapes out.
import { z } from 'zod';
import { id } from './common.schema.js';

export const issuerCodesQuery = z.strictObject({ institutionId: id });

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
    })
    .nullable(),
  abilities: z.object({ assign: z.boolean() }),
});
export const issuerList = z.object({ items: z.array(issuer) });

export const assignIssuerCodeBody = z.strictObject({
  institutionId: id,
  branchId: id.nullable(),
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
