// zod schemas of the generic case API (procedures, cases, events, materials): strict bodies in,
// explicit shapes out. Procedure data, event payloads and form schemas are the procedure's own JSON.
import { z } from 'zod';
import { EXIT_KIND_DESCRIPTION, EXIT_KINDS } from '../../domain/exit-kind.js';
import { boolQuery, id, pageQuery, problem, searchQuery, version } from './common.schema.js';

const json = z.record(z.string(), z.unknown());

export const citation = z.object({
  source: z.string(),
  article: z.union([z.number(), z.string()]),
  paragraph: z.number().optional(),
  item: z.union([z.number(), z.string()]).optional(),
  point: z.number().optional(),
  subpoint: z.number().optional(),
  citationText: z.string(),
  citationZh: z.string(),
});

export const finding = z.object({
  ruleId: z.string(),
  citation: z.unknown(),
  passed: z.union([z.boolean(), z.literal('needs_judgement')]),
  message_zh: z.string(),
  message_en: z.string(),
  values: json,
  options: z.array(z.string()).optional(),
  citationText: z.string(),
  citationZh: z.string(),
});

/** The names a case's summary quotes as entered (use-cases/workflow/procedure-module.ts SummaryData). */
const summaryData = z.object({
  occupationName: z.array(z.string()).optional(),
  field: z.array(z.string()).optional(),
  branchName: z.array(z.string()).optional(),
  programmeName: z.array(z.string()).optional(),
  batch: z.array(z.string()).optional(),
  partyName: z.array(z.string()).optional(),
});
const awaiting = z.enum(['applicant', 'authority', 'experts', 'public']);
const standing = z.enum(['running', 'due_today', 'overdue', 'paused', 'met', 'met_late', 'cancelled']);
const unit = z.enum(['working_days', 'calendar_days']);

export const procedureList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      title_zh: z.string(),
      title_en: z.string(),
      procedure_zh: z.string(),
      procedure_en: z.string(),
      regimes: z.array(z.string()),
      openSchema: json,
    }),
  ),
});

export const openCaseBody = z.strictObject({
  procedure: z.string().min(1).max(100).describe('申请事项（程序编号）'),
  input: json.describe('申请表（按该事项的表单结构填写）'),
});

export const openedCase = z.object({
  id: z.string(),
  referenceNo: z.string(),
  procedure: z.string(),
  state: z.string(),
  version: z.number(),
});

const caseListSearch = {
  view: z
    .enum(['todo', 'done', 'mine', 'assigned', 'supervised'])
    .default('mine')
    .describe('列表：todo 待办 / done 已办 / mine 我的申请 / assigned 评审任务 / supervised 辖区案件'),
  procedure: z.string().min(1).max(100).optional().describe('办理事项（程序标识，如 social-org-filing）'),
  q: searchQuery.optional().describe('申请编号或申请单位名称的一部分'),
  state: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,63}$/, '状态代码格式不正确')
    .optional()
    .describe('状态'),
  institutionId: id.optional().describe('申请单位'),
  overdue: boolQuery.optional().describe('只看已超过办理期限的'),
  sort: z
    .enum(['due', '-due', 'recent'])
    .optional()
    .describe('排序：due 期限最早在前，-due 期限最晚在前，recent 最近更新在前（待办默认按期限）'),
};

export const caseListQuery = z.strictObject({ ...caseListSearch, ...pageQuery });
export const caseExportQuery = z.strictObject(caseListSearch);

export const attentionCounts = z.object({
  today: z.string(),
  awaitingAcceptance: z.number(),
  overdue: z.number(),
  objectionsToAnswer: z.number().describe('公示中有待答复异议的案件数'),
  noticesEndingThisWeek: z.number(),
  weekEnds: z.string(),
  validityEnding: z.number(),
  validityUntil: z.string(),
  validityFilter: z
    .object({ authorityId: z.string().optional(), jurisdictionCode: z.string().optional() })
    .describe('机构目录中列出这些即将到期备案的筛选条件（与 validUntil 一起使用）'),
});

export const caseListItem = z.object({
  id: z.string(),
  procedure: z.string(),
  procedure_zh: z.string(),
  procedure_en: z.string(),
  referenceNo: z.string(),
  institutionId: z.string(),
  institutionName: z.string(),
  branchName: z.string().nullable(),
  authorityName: z.string(),
  state: z.string(),
  stateLabel_zh: z.string(),
  stateLabel_en: z.string(),
  final: z.boolean(),
  awaiting: awaiting.nullable(),
  awaiting_zh: z.string().nullable(),
  awaiting_en: z.string().nullable(),
  openObjections: z.number().describe('公示期间尚未答复的异议件数'),
  task_zh: z.string().nullable().describe('受理部门待办的事项（如待答复异议），无则为 null'),
  task_en: z.string().nullable(),
  version: z.number(),
  summary: z.string().nullable(),
  summary_en: z.string().nullable(),
  summaryData,
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  dueDate: z.string().nullable(),
  deadlineLabel: z.string().nullable(),
  deadlineLabel_en: z.string().nullable(),
  deadlineUnit: unit.nullable(),
  standing: standing.nullable(),
  remaining: z.number().nullable(),
  overdue: z.boolean(),
});

const caseId = id.describe('案件 ID');
export const caseIdParams = z.strictObject({ id: caseId });
export const eventParams = z.strictObject({
  id: caseId,
  event: z.string().min(1).max(100).describe('办理操作（事件标识，如 accept）'),
});
export const materialParams = z.strictObject({ id: caseId, materialId: id.describe('申请材料 ID') });
export const documentParams = z.strictObject({ id: caseId, documentId: id.describe('文书 ID') });

export const eventBody = z.strictObject({
  version: version.describe('案件版本号（乐观锁）'),
  payload: json.optional().describe('该事项的表单内容'),
  comment: z.string().trim().max(2000).optional().describe('意见或说明'),
});

export const sentEvent = z.object({
  case: z.object({ id: z.string(), state: z.string(), version: z.number() }),
  citations: z.array(citation),
  findings: z.array(finding),
  documents: z.array(z.object({ id: z.string(), kind: z.string(), number: z.string(), title: z.string() })),
});

export const uploadedMaterial = z.object({
  id: z.string(),
  checklistItem: z.string(),
  version: z.number(),
  originalName: z.string(),
  mediaType: z.string(),
  size: z.number(),
});

const materialFile = z.object({
  id: z.string(),
  version: z.number(),
  originalName: z.string(),
  mediaType: z.string(),
  size: z.number(),
  uploadedAt: z.string(),
  current: z.boolean(),
  supersededAt: z.string().nullable(),
  removedAt: z.string().nullable(),
});

export const directoryEntry = z.object({
  id: z.string(),
  institutionName: z.string(),
  institutionKind: z.string(),
  branchName: z.string().nullable(),
  jurisdictionCode: z.string(),
  jurisdictionName: z.string(),
  procedure: z.string(),
  regime: z.string(),
  filingCode: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  current: z.boolean(),
  authority: z.object({ id: z.string(), name: z.string() }),
  publishedOn: z.string(),
  publishedAt: z.string(),
  citations: z.array(z.unknown()),
  scopes: z.array(
    z.object({
      occupationCode: z.string(),
      occupationName: z.string(),
      level: z.number(),
      endedOn: z.string().nullable().describe('该职业（工种）等级因退出而终止之日；未终止为 null'),
    }),
  ),
  programmes: z.array(
    z.object({
      name: z.string(),
      code: z.string().nullable(),
      levels: z
        .array(z.string())
        .describe('证书等级：junior 初级 / intermediate 中级 / senior 高级（1x-selection 第十六条）'),
      withdrawnOn: z.string().nullable().describe('该证书退出之日（退出细则第二条）；未退出为 null'),
    }),
  ),
  ending: z
    .object({
      kind: z.enum(EXIT_KINDS).describe(EXIT_KIND_DESCRIPTION),
      on: z.string(),
      exitId: z.string().nullable(),
    })
    .nullable()
    .describe('退出目录的方式与日期（自动终止、自愿退出、责令终止、取消资格）；仍在目录中的为 null'),
  imported: z
    .object({
      batchId: z.string(),
      fileName: z.string(),
      importedOn: z.string(),
      row: z.number().int().nullable(),
    })
    .nullable()
    .describe('存量导入的来源（导入文件、批次、日期、行号）；由本系统案件公布的为 null'),
  suspension: z
    .object({ startsOn: z.string(), dueOn: z.string().nullable() })
    .nullable()
    .describe('暂停评价活动（违纪违规处理第十三条：限期整改期间）：起始日与整改期限；未暂停为 null'),
});

const reasonKind = z.enum([
  'refusal',
  'cancellation',
  'withdrawal',
  'exception',
  'correction',
  'notice_basis',
  'validity_basis',
  'other',
]);

export const caseNotice = z.object({
  id: z.string(),
  title: z.string(),
  publishedOn: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  periodDays: z.number(),
  periodUnit: unit,
  explanation_zh: z.string().describe('公示期的计算说明'),
  basis: z.object({
    kind: z.enum(['parameter', 'authority']),
    parameterId: z.string().nullable(),
    reason: z.string().nullable(),
  }),
  standing: z.string(),
  acceptsObjections: z.boolean(),
  closedOn: z.string().nullable(),
  outcome: z.string().nullable(),
  outcome_en: z.string().nullable().optional(),
  objectionCount: z.number(),
  answeredCount: z.number(),
  foundedCount: z.number(),
  viewer: z.enum(['public', 'applicant', 'reader', 'authority']),
  objections: z.array(
    z.object({
      id: z.string(),
      seq: z.number(),
      state: z.enum(['open', 'answered']),
      submittedOn: z.string(),
      submitter: z.string().describe('异议人：受理部门可见姓名，其他人可见脱敏姓名'),
      contact: z.string().nullable().describe('联系方式（仅受理部门可见）'),
      text: z.string(),
      answer: z.string().nullable(),
      finding: z.enum(['founded', 'unfounded']).nullable(),
      answeredAt: z.string().nullable(),
    }),
  ),
});

const correctionPoint = z.object({
  item: z
    .string()
    .nullable()
    .describe('所涉申请材料（清单项）或 application（申请信息）；无则为监管部门逐项写明的事项'),
  title_zh: z.string().nullable(),
  title_en: z.string().nullable(),
  text: z.string().nullable().describe('监管部门写明的补正要求'),
});

export const caseDetail = z.object({
  case: z.object({
    id: z.string(),
    procedure: z.string(),
    procedure_zh: z.string(),
    procedure_en: z.string(),
    title_zh: z.string(),
    title_en: z.string(),
    referenceNo: z.string(),
    institutionId: z.string(),
    institutionName: z.string(),
    branchId: z.string().nullable(),
    branchName: z.string().nullable(),
    authorityId: z.string(),
    authorityName: z.string(),
    jurisdictionCode: z.string(),
    parentCaseId: z.string().nullable(),
    state: z.string(),
    stateLabel_zh: z.string(),
    stateLabel_en: z.string(),
    final: z.boolean(),
    awaiting: awaiting.nullable(),
    version: z.number(),
    submittedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    validFrom: z.string().nullable(),
    validTo: z.string().nullable(),
    summary: z.string().nullable(),
    summary_en: z.string().nullable(),
    summaryData,
    data: json,
  }),
  roles: z.array(z.string()),
  awaiting: z
    .object({
      party: awaiting,
      party_zh: z.string(),
      party_en: z.string(),
      dueDate: z.string().nullable(),
      explanation_zh: z.string().nullable(),
      standing: standing.nullable(),
      remaining: z.number().nullable(),
      unit: unit.nullable(),
    })
    .nullable(),
  states: z.array(
    z.object({
      id: z.string(),
      label_zh: z.string(),
      label_en: z.string(),
      final: z.boolean(),
      visited: z.boolean(),
      current: z.boolean(),
    }),
  ),
  deadlines: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      label_zh: z.string(),
      label_en: z.string(),
      unit,
      n: z.number(),
      startDate: z.string(),
      dueDate: z.string(),
      status: z.string(),
      standing,
      remaining: z.number().nullable(),
      metOn: z.string().nullable(),
      explanation_zh: z.string(),
      citation,
      pauses: z.array(z.object({ from: z.string(), to: z.string().optional(), days: z.number().optional() })),
    }),
  ),
  events: z.array(
    z.object({
      seq: z.number(),
      event: z.string(),
      description_zh: z.string(),
      description_en: z.string(),
      fromState: z.string().nullable(),
      fromLabel_zh: z.string().nullable(),
      fromLabel_en: z.string().nullable(),
      toState: z.string(),
      toLabel_zh: z.string(),
      toLabel_en: z.string(),
      actorRole: z.string(),
      actorRole_zh: z.string(),
      actorRole_en: z.string(),
      occurredAt: z.string(),
      citations: z.array(citation),
      findings: z.array(finding),
      comment: z.string().nullable(),
      payload: z.unknown(),
      reason: z
        .string()
        .nullable()
        .describe('该事项记录的理由（不予受理/不予备案、取消、例外决定、补正说明等）'),
      reasonKind: reasonKind.nullable(),
      correctionPoints: z.array(correctionPoint).describe('该事项列明的需补正事项（补正、评审阶段退回补正）'),
    }),
  ),
  correction: z
    .object({
      seq: z.number(),
      event: z.string(),
      requestedAt: z.string(),
      points: z.array(correctionPoint),
      reason: z.string().nullable(),
      citations: z.array(citation),
    })
    .nullable()
    .describe('案件等待申请单位补正时：需补正的事项及理由'),
  decisionFindings: z
    .array(finding)
    .describe('最近一次决定（评估、不予备案、取消备案、公示、备案）所依据的规则结论及条款'),
  decisionFindingsEvent: z
    .object({ seq: z.number(), event: z.string(), description_zh: z.string(), description_en: z.string() })
    .nullable(),
  notice: caseNotice
    .nullable()
    .describe('案件的公示：公示期、计算说明、异议及答复（异议人仅对受理部门显示）'),
  documents: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      kind_zh: z.string(),
      kind_en: z.string(),
      number: z.string(),
      title: z.string(),
      issuedOn: z.string(),
    }),
  ),
  materials: z.object({
    canUpload: z.boolean(),
    complete: z.boolean(),
    provided: z.number(),
    required: z.number(),
    missing: z.array(z.string()),
    unexpected: z.array(z.string()),
    items: z.array(
      z.object({
        id: z.string(),
        title_zh: z.string(),
        title_en: z.string(),
        required: z.boolean(),
        status: z.string(),
        maxFiles: z.number(),
        accepts: z.array(z.string()),
        extensions: z.array(z.string()),
        note_zh: z.string().nullable(),
        note_en: z.string().nullable(),
        citation,
        files: z.array(materialFile),
      }),
    ),
  }),
  available: z.array(
    z.object({
      event: z.string(),
      to: z.string(),
      toLabel_zh: z.string(),
      toLabel_en: z.string(),
      description_zh: z.string(),
      description_en: z.string(),
      citations: z.array(citation),
      payloadSchema: json.nullable(),
      initialPayload: json.nullable(),
      defaults: z
        .object({
          values: json,
          basis: z.array(z.object({ field: z.string(), basis_zh: z.string(), basis_en: z.string() })),
        })
        .nullable()
        .describe('表单的起始值：取自登记信息、申请、材料或此前评估（逐项注明来源）；系统不掌握的事项不预填'),
      enabled: z.boolean().nullable(),
      findings: z.array(finding),
    }),
  ),
  directoryEntry: directoryEntry.nullable(),
});

/** A refusal by a guard: the problem with the rules' findings (GUARD_FAILED). */
export const problemWithFindings = problem.extend({ findings: z.array(finding).optional() });
