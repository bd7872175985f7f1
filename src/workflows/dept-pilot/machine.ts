// Department and industry pilots (dept-pilot, 中就培函〔2020〕41号) as a declared state machine. One case
// per organisation: a government department recommends it for a field (三（一）), or an industry
// association acts directly (二（一）); the applicant files the plan with the submission checklist
// (附件: three documents and the 12 regulations) → the guard runs dept-pilot.recommendation (≤ 2 per
// field, not-decoupled bodies refused …) or dept-pilot.industry_org, and dept-pilot.submission_checklist
// → 中国就业培训技术指导中心 reviews → approved: the organisation is published online with its scope
// (三（五）); its branches then file locally (branch-machine.ts). The notice's dated timetable (五) is
// tracked from the case's dates (milestones.ts).
import { defineMachine, type GuardInput } from '../machine.js';
import type { Finding } from '../../rules/finding.js';
import {
  DETERMINE,
  GOV_CHECKLIST,
  IMPLEMENTATION_PLAN,
  INDUSTRY_CHECKLIST,
  PILOT_SCOPE,
  PUBLICATION,
  TIMETABLE,
  WORK_PLAN,
} from './citations.js';
import {
  approvePayload,
  correctionPayload,
  plan,
  refusePayload,
  review,
  type DeptPilotData,
} from './data.js';
import { pilotFindings, type DeptPilotCtx } from './facts.js';

type In = GuardInput<DeptPilotData, DeptPilotCtx>;

export const REFERENCE_PREFIX = '人社鉴试申';
/** 试点机构编号 published with the entry: the case reference under the decision's prefix. */
export const pilotCode = (referenceNo: string): string =>
  referenceNo.startsWith(REFERENCE_PREFIX)
    ? `人社鉴试${referenceNo.slice(REFERENCE_PREFIX.length)}`
    : referenceNo;

const conditions = ({ data, ctx }: In): Finding[] => pilotFindings(data, ctx, 'submission');

function validityFinding(payload: unknown, asOf: string): Finding[] {
  const parsed = approvePayload.safeParse(payload ?? {});
  const validTo = parsed.success ? (parsed.data.validTo ?? null) : null;
  if (validTo === null) return [];
  const ok = validTo > asOf;
  return [
    {
      ruleId: 'dept-pilot-case/validity',
      citation: PUBLICATION,
      passed: ok,
      message_zh: ok ? `有效期 ${asOf} 至 ${validTo}` : `有效期截止日 ${validTo} 应晚于决定日 ${asOf}`,
      message_en: ok ? `Valid ${asOf} to ${validTo}` : 'The validity must end after the decision date',
      values: { validFrom: asOf, validTo },
    },
  ];
}

const approvable = (input: In): Finding[] => [
  ...pilotFindings(input.data, input.ctx, 'decision'),
  ...validityFinding(input.payload, input.ctx.asOf),
];

const SUBMISSION = [
  PILOT_SCOPE,
  DETERMINE,
  WORK_PLAN,
  IMPLEMENTATION_PLAN,
  GOV_CHECKLIST,
  INDUSTRY_CHECKLIST,
];

export const deptPilotMachine = defineMachine({
  id: 'dept-pilot',
  procedure_zh: '部门行业职业技能等级认定试点',
  procedure_en: 'Department and industry skill-level pilot',
  initial: 'draft',
  openedBy: ['applicant'],
  states: {
    draft: { label_zh: '填报中', label_en: 'Draft', awaiting: 'applicant', editableMaterials: true },
    submitted: {
      label_zh: '鉴定中心审核中',
      label_en: 'Under review by the national centre',
      awaiting: 'authority',
    },
    correction: {
      label_zh: '补正中',
      label_en: 'Correcting',
      awaiting: 'applicant',
      editableMaterials: true,
    },
    approved: { label_zh: '已纳入试点并网上公示', label_en: 'In the pilot, published', final: true },
    refused: { label_zh: '未纳入试点', label_en: 'Not admitted', final: true },
    withdrawn: { label_zh: '已撤回', label_en: 'Withdrawn', final: true },
  },
  guards: { conditions, approvable },
  transitions: [
    {
      from: 'draft',
      event: 'edit',
      to: 'draft',
      actor: ['applicant'],
      citations: [DETERMINE, WORK_PLAN],
      description_zh: '填写试点方案（领域、原有职业、承担认定的职业及等级、分支机构名单）',
      description_en: 'Enter the pilot plan (field, former occupations, occupations and levels, branches)',
      update: (data, { payload }) => ({ ...data, plan: plan.parse(payload) }),
    },
    {
      from: 'draft',
      event: 'submit',
      to: 'submitted',
      guard: 'conditions',
      actor: ['applicant'],
      citations: SUBMISSION,
      description_zh:
        '函告中国就业培训技术指导中心（提交试点工作方案、推荐函或分支机构名单、实施方案及 12 项规章制度）',
      description_en:
        'Write to the national centre (work plan, recommendation letter or branch list, implementation plan and the 12 rules)',
      update: (data, { ctx }) => ({
        ...data,
        milestones: {
          ...data.milestones,
          workPlanSubmittedOn: data.milestones.workPlanSubmittedOn ?? ctx.asOf,
        },
      }),
    },
    {
      from: 'draft',
      event: 'withdraw',
      to: 'withdrawn',
      actor: ['applicant'],
      citations: [DETERMINE],
      description_zh: '撤回推荐（申报）',
      description_en: 'Withdraw the recommendation (application)',
    },
    {
      from: 'submitted',
      event: 'record_review',
      to: 'submitted',
      actor: ['authority'],
      citations: [PILOT_SCOPE, DETERMINE],
      description_zh: '记录审核意见（中就培函〔2020〕16号申报条件、是否脱钩、例外决定）',
      description_en: 'Record the review (the pilot notice’s conditions, decoupling, exception)',
      update: (data, { payload }) => ({ ...data, review: review.parse(payload) }),
    },
    {
      from: 'submitted',
      event: 'request_correction',
      to: 'correction',
      actor: ['authority'],
      citations: [WORK_PLAN, IMPLEMENTATION_PLAN],
      description_zh: '告知补正试点材料',
      description_en: 'Request a correction of the pilot materials',
      update: (data, { payload, ctx }) => ({
        ...data,
        correction: { requestedOn: ctx.asOf, items: correctionPayload.parse(payload).items },
      }),
      documents: ['correction_request'],
    },
    {
      from: 'correction',
      event: 'edit',
      to: 'correction',
      actor: ['applicant'],
      citations: [DETERMINE, WORK_PLAN],
      description_zh: '补正试点方案',
      description_en: 'Correct the pilot plan',
      update: (data, { payload }) => ({ ...data, plan: plan.parse(payload) }),
    },
    {
      from: 'correction',
      event: 'resubmit',
      to: 'submitted',
      guard: 'conditions',
      actor: ['applicant'],
      citations: SUBMISSION,
      description_zh: '提交补正后的试点材料',
      description_en: 'Submit the corrected pilot materials',
    },
    {
      from: 'correction',
      event: 'withdraw',
      to: 'withdrawn',
      actor: ['applicant'],
      citations: [DETERMINE],
      description_zh: '撤回推荐（申报）',
      description_en: 'Withdraw the recommendation (application)',
    },
    {
      from: 'submitted',
      event: 'approve',
      to: 'approved',
      guard: 'approvable',
      actor: ['authority'],
      citations: [PILOT_SCOPE, DETERMINE, IMPLEMENTATION_PLAN, PUBLICATION, TIMETABLE],
      description_zh: '纳入试点社会培训评价组织目录，在技能人才评价信息平台网上公示（范围、有效期）',
      description_en: 'Admit to the pilot and publish online (scope, validity)',
      update: (data, { payload, ctx }): DeptPilotData => ({
        ...data,
        milestones: { ...data.milestones, implementationPlanSubmittedOn: ctx.asOf },
        decision: {
          outcome: 'approved',
          decidedOn: ctx.asOf,
          code: pilotCode(ctx.referenceNo),
          scope: data.plan.scope,
          validFrom: ctx.asOf,
          validTo: approvePayload.parse(payload ?? {}).validTo ?? null,
        },
      }),
      documents: ['publication_record'],
    },
    {
      from: 'submitted',
      event: 'refuse',
      to: 'refused',
      actor: ['authority'],
      citations: [PILOT_SCOPE, DETERMINE],
      description_zh: '不予纳入试点（书面告知理由）',
      description_en: 'Refuse admission to the pilot (reasons in writing)',
      update: (data, { payload, ctx }): DeptPilotData => ({
        ...data,
        decision: {
          outcome: 'refused',
          decidedOn: ctx.asOf,
          code: null,
          scope: [],
          validFrom: null,
          validTo: null,
          reason_zh: refusePayload.parse(payload).reason,
        },
      }),
      documents: ['rejection_notice'],
    },
  ],
});
