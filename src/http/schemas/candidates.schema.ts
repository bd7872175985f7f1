// zod schemas of the candidate API (issue 11 point 2): strict bodies in, explicit shapes out. Document
// numbers come in once (registration, ban entry) and go out masked only.
import { z } from 'zod';
import { DOCUMENT_TYPES } from '../../domain/document-number.js';
import { id, isoDate, line, pageQuery, text, version } from './common.schema.js';
import { finding } from './cases.schema.js';

export const candidateParams = z.strictObject({
  id: id.describe('评价批次 ID'),
  candidateId: id.describe('考生 ID'),
});

const docType = z.enum(DOCUMENT_TYPES).describe('证件类型');
const docNumber = z.string().trim().min(1).max(40).describe('证件号码（校验后加密保存，只返回脱敏号码）');

export const registerCandidateBody = z.strictObject({
  name: line(50).describe('姓名'),
  docType,
  docNumber,
});

export const candidateAbilities = z.object({
  register: z.boolean(),
  withdraw: z.boolean(),
  fees: z.boolean(),
});

export const candidate = z.object({
  id: z.string(),
  sessionId: z.string(),
  name: z.string(),
  docType: z.string(),
  docMasked: z.string().describe('脱敏证件号码'),
  studentStatus: z
    .enum(['graduation_year', 'all_courses_completed'])
    .nullable()
    .describe('院校考生（贵州省遴选细则第五条第（一）项）：毕业年度 / 全课程已结课；其他机构为 null'),
  status: z.enum(['registered', 'withdrawn']),
  withdrawnReason: z.string().nullable(),
  overallResult: z.enum(['passed', 'failed']).nullable(),
  createdAt: z.string(),
  version: z.number(),
  collectedFen: z.number().describe('已收费用合计（分）'),
  refundedFen: z.number().describe('已退费用合计（分）'),
  registration: z
    .object({ asOf: z.string().nullable(), findings: z.array(finding) })
    .describe(
      '登记时的规则检查：评价禁考名单（mohrss-violations 第六条、第七条）、院校学籍（gz-rules 第五条第（一）项）',
    ),
  abilities: candidateAbilities,
});

export const candidateList = z.object({ items: z.array(candidate), abilities: candidateAbilities });

export const withdrawBody = z.strictObject({ version, reason: text(500).describe('撤回理由') });

export const feeKind = z.enum(['collected', 'refunded']).describe('collected 收费、refunded 退费');
export const feeBody = z.strictObject({
  kind: feeKind,
  amountFen: z.number().int().min(0).max(100_000_000).describe('金额（分，整数）'),
  onDate: isoDate.describe('收（退）费日期'),
  note: z.string().trim().max(200).nullable().optional().describe('备注'),
});
export const feeLedger = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      kind: feeKind,
      amountFen: z.number(),
      onDate: z.string(),
      note: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  collectedFen: z.number(),
  refundedFen: z.number(),
});

export const rosterReport = z.object({
  rows: z.number(),
  registered: z.number(),
  alreadyRegistered: z.number(),
  refused: z.number(),
  report: z.array(
    z.object({
      row: z.number(),
      column: z.string().nullable(),
      outcome: z.enum(['registered', 'already_registered', 'refused']),
      reason: z.string().nullable(),
    }),
  ),
});

export const banBody = z.strictObject({
  name: line(50).describe('姓名'),
  docType,
  docNumber,
  article: z
    .string()
    .regex(/^[67](\([1-7]\))?$/, '处理依据应为第六条或第七条（可写到项，如 7(4)）')
    .describe('禁评依据：《技能人才评价违纪违规行为处理工作指引》第六条或第七条，如 6、7(4)'),
  startsOn: isoDate.describe('禁评起始日'),
  endsOn: isoDate.describe('禁评截止日（含当日）'),
  reason: text(500).describe('事由'),
  decisionRef: z.string().trim().max(100).nullable().optional().describe('处理决定文号'),
});

export const ban = z.object({
  id: z.string(),
  name: z.string(),
  docType: z.string(),
  docMasked: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  article: z.string(),
  reason: z.string(),
  decisionRef: z.string().nullable(),
  authorityName: z.string().describe('记录的部门'),
  createdAt: z.string(),
});
export const banListQuery = z.strictObject({ ...pageQuery });
export const banList = z.object({
  items: z.array(ban),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const student = z.object({
  id: z.string(),
  name: z.string(),
  docType: z.string(),
  docMasked: z.string(),
  fullTime: z.boolean(),
  graduationYear: z.number(),
  allCoursesCompleted: z.boolean(),
  updatedAt: z.string(),
});
export const studentImportReport = z.object({
  rows: z.number(),
  inserted: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  refused: z.number(),
  report: z.array(z.object({ row: z.number(), column: z.string().nullable(), reason: z.string() })),
});
