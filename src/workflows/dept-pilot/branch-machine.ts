// 属地备案 of a pilot organisation's branch (dept-pilot 三（四）、三（五）): the organisation files each
// branch named in its plan with the HR authority where the branch is registered; only once the
// organisation itself has been admitted to the pilot (its dept-pilot case approved). The local authority
// applies its own requirements for filers (拟备案的分支机构要符合注册地人社部门对备案主体资质要求) and,
// on filing, the branch is published online (三（五）) within the organisation's scope.
import { defineMachine, type GuardInput } from '../machine.js';
import type { Finding } from '../../rules/finding.js';
import type { Completeness } from '../../materials/checklist.js';
import { z } from 'zod';
import { LOCAL_FILING, PUBLICATION, WORK_PLAN } from './citations.js';
import { correctionPayload, type DeptPilotDecision, type ScopeEntry } from './data.js';

export const BRANCH_REFERENCE_PREFIX = '试点分支备申';
export const branchFilingCode = (referenceNo: string): string =>
  referenceNo.startsWith(BRANCH_REFERENCE_PREFIX)
    ? `试点分支备${referenceNo.slice(BRANCH_REFERENCE_PREFIX.length)}`
    : referenceNo;

export interface BranchFilingData extends Record<string, unknown> {
  parentCaseId: string;
  branch: { branchId: string; name: string; jurisdictionCode: string };
  organisation: { institutionId: string; name: string };
  decision?: {
    outcome: 'filed' | 'refused';
    decidedOn: string;
    code: string | null;
    scope: ScopeEntry[];
    validFrom: string | null;
    validTo: string | null;
    reason_zh?: string;
  };
}

/** The parent dept-pilot case as the guard sees it (loaded under the lock). */
export interface ParentPilot {
  caseId: string;
  referenceNo: string;
  procedure: string;
  state: string;
  institutionId: string;
  /** Branch ids named in the plan (三（二）确定分支机构). */
  listedBranchIds: string[];
  decision: DeptPilotDecision | null;
}

export interface BranchFilingCtx {
  asOf: string;
  referenceNo: string;
  parent: ParentPilot | null;
  materials: Completeness;
}

type In = GuardInput<BranchFilingData, BranchFilingCtx>;

function parentReady({ data, ctx }: In): Finding[] {
  const p = ctx.parent;
  const approved =
    p !== null &&
    p.procedure === 'dept-pilot' &&
    p.state === 'approved' &&
    p.institutionId === data.organisation.institutionId;
  const listed = p !== null && p.listedBranchIds.includes(data.branch.branchId);
  const m = ctx.materials;
  return [
    {
      ruleId: 'dept-pilot-branch/parent-approved',
      citation: LOCAL_FILING,
      passed: approved,
      message_zh: approved
        ? `“${data.organisation.name}”已纳入试点并公示（${p!.referenceNo}）`
        : `“${data.organisation.name}”尚未纳入试点（试点案件${p ? `${p.referenceNo}状态：${p.state}` : '不存在'}），分支机构不能先行属地备案`,
      message_en: approved
        ? 'The organisation is in the pilot'
        : 'The organisation is not (yet) in the pilot',
      values: { parentCaseId: data.parentCaseId, parentState: p?.state ?? null },
    },
    {
      ruleId: 'dept-pilot-branch/listed',
      citation: WORK_PLAN,
      passed: listed,
      message_zh: listed
        ? `“${data.branch.name}”列入试点方案的分支机构名单`
        : `“${data.branch.name}”未列入试点方案确定的分支机构名单`,
      message_en: listed ? 'The branch is in the plan' : 'The branch is not in the plan',
      values: { branchId: data.branch.branchId },
    },
    {
      ruleId: 'dept-pilot-branch/materials',
      citation: LOCAL_FILING,
      passed: m.complete,
      message_zh: m.complete
        ? `备案材料齐全（必备 ${m.required} 项）`
        : `备案材料不全：尚缺 ${m.items
            .filter((i) => m.missing.includes(i.id))
            .map((i) => i.title_zh)
            .join('、')}`,
      message_en: m.complete ? 'Materials complete' : 'Materials missing',
      values: { missing: m.missing },
    },
  ];
}

export const fileBranchPayload = z.strictObject({
  meetsLocalRequirements: z.literal(true).describe('经审核，符合本地对备案主体的资质要求（三（四））'),
});
export const refuseBranchPayload = z.strictObject({
  reason: z.string().trim().min(4).max(2000).describe('不予备案的理由（如不符合本地备案主体资质要求）'),
});

export const deptPilotBranchMachine = defineMachine({
  id: 'dept-pilot-branch',
  procedure_zh: '试点社会培训评价组织分支机构属地备案',
  procedure_en: 'Local filing of a pilot organisation’s branch',
  initial: 'draft',
  openedBy: ['applicant'],
  states: {
    draft: { label_zh: '填报中', label_en: 'Draft', awaiting: 'applicant', editableMaterials: true },
    submitted: { label_zh: '属地审核中', label_en: 'Under local review', awaiting: 'authority' },
    correction: {
      label_zh: '补正中',
      label_en: 'Correcting',
      awaiting: 'applicant',
      editableMaterials: true,
    },
    filed: { label_zh: '已属地备案并公示', label_en: 'Filed locally, published', final: true },
    refused: { label_zh: '不予备案', label_en: 'Refused', final: true },
    withdrawn: { label_zh: '已撤回', label_en: 'Withdrawn', final: true },
  },
  guards: { parentReady },
  transitions: [
    {
      from: 'draft',
      event: 'submit',
      to: 'submitted',
      guard: 'parentReady',
      actor: ['applicant'],
      citations: [LOCAL_FILING],
      description_zh: '向属地人社部门提交分支机构备案',
      description_en: 'Submit the branch filing to the local department',
    },
    {
      from: 'draft',
      event: 'withdraw',
      to: 'withdrawn',
      actor: ['applicant'],
      citations: [LOCAL_FILING],
      description_zh: '撤回备案申请',
      description_en: 'Withdraw the filing',
    },
    {
      from: 'submitted',
      event: 'request_correction',
      to: 'correction',
      actor: ['authority'],
      citations: [LOCAL_FILING],
      description_zh: '告知补正备案材料',
      description_en: 'Request a correction of the filing materials',
      update: (data, { payload }) => ({ ...data, correctionItems: correctionPayload.parse(payload).items }),
      documents: ['correction_request'],
    },
    {
      from: 'correction',
      event: 'resubmit',
      to: 'submitted',
      guard: 'parentReady',
      actor: ['applicant'],
      citations: [LOCAL_FILING],
      description_zh: '提交补正后的备案材料',
      description_en: 'Submit the corrected filing materials',
    },
    {
      from: 'correction',
      event: 'withdraw',
      to: 'withdrawn',
      actor: ['applicant'],
      citations: [LOCAL_FILING],
      description_zh: '撤回备案申请',
      description_en: 'Withdraw the filing',
    },
    {
      from: 'submitted',
      event: 'file',
      to: 'filed',
      guard: 'parentReady',
      actor: ['authority'],
      citations: [LOCAL_FILING, PUBLICATION],
      description_zh: '予以属地备案，出具备案回执并网上公示',
      description_en: 'File locally, issue the receipt and publish online',
      update: (data, { ctx }): BranchFilingData => ({
        ...data,
        decision: {
          outcome: 'filed',
          decidedOn: ctx.asOf,
          code: branchFilingCode(ctx.referenceNo),
          scope: ctx.parent?.decision?.scope ?? [],
          validFrom: ctx.asOf,
          validTo: ctx.parent?.decision?.validTo ?? null,
        },
      }),
      documents: ['branch_filing_receipt'],
    },
    {
      from: 'submitted',
      event: 'refuse',
      to: 'refused',
      actor: ['authority'],
      citations: [LOCAL_FILING],
      description_zh: '不予备案（不符合本地备案主体资质要求，书面告知理由）',
      description_en: 'Refuse the local filing (requirements not met, reasons in writing)',
      update: (data, { payload, ctx }): BranchFilingData => ({
        ...data,
        decision: {
          outcome: 'refused',
          decidedOn: ctx.asOf,
          code: null,
          scope: [],
          validFrom: null,
          validTo: null,
          reason_zh: refuseBranchPayload.parse(payload).reason,
        },
      }),
      documents: ['rejection_notice'],
    },
  ],
});
