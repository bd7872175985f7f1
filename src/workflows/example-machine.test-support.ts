// A small filing-like procedure used by the engine's tests (not a real procedure): draft → submitted
// (acceptance clock, paused during correction) → review by experts → filed or refused.
import type { Citation } from '../domain/citation.js';
import type { Finding } from '../rules/finding.js';
import { defineMachine, type GuardInput } from './machine.js';

export const ACCEPTANCE: Citation = { source: 'mohrss-filing', article: '一', item: '十', point: 2 };
export const REVIEW: Citation = { source: 'mohrss-filing', article: '一', item: '十', point: 3 };
export const FILING: Citation = { source: 'mohrss-filing', article: '一', item: '十', point: 4 };
export const MATERIALS: Citation = { source: 'mohrss-filing', article: '一', item: '八' };

export interface ExampleData {
  materialsMissing: number;
  opinions: number;
  filingCode?: string;
}
export interface ExampleCtx {
  panelSize: number;
}

const complete = ({ data }: GuardInput<ExampleData, ExampleCtx>): Finding[] => [
  {
    ruleId: 'example/materials-complete',
    citation: MATERIALS,
    passed: data.materialsMissing === 0,
    message_zh: data.materialsMissing === 0 ? '申报材料齐全' : `尚缺${data.materialsMissing}项申报材料`,
    message_en:
      data.materialsMissing === 0 ? 'materials complete' : `${data.materialsMissing} materials missing`,
    values: { missing: data.materialsMissing },
  },
];

const panelDone = ({ data, ctx }: GuardInput<ExampleData, ExampleCtx>): Finding[] => [
  {
    ruleId: 'example/panel-opinions',
    citation: REVIEW,
    passed: data.opinions >= ctx.panelSize,
    message_zh: `专家意见${data.opinions}份，评审组${ctx.panelSize}人`,
    message_en: `${data.opinions} opinions of ${ctx.panelSize} experts`,
    values: { opinions: data.opinions, panelSize: ctx.panelSize },
  },
];

const judgement = (): Finding[] => [
  {
    ruleId: 'example/judgement',
    citation: REVIEW,
    passed: 'needs_judgement',
    message_zh: '由评审组判断',
    message_en: 'left to the panel',
    values: {},
  },
];

export const exampleMachine = defineMachine({
  id: 'example-filing',
  procedure_zh: '示例备案',
  procedure_en: 'Test procedure',
  initial: 'draft',
  states: {
    draft: { label_zh: '填报中', label_en: 'Draft', awaiting: 'applicant', editableMaterials: true },
    submitted: {
      label_zh: '待受理',
      label_en: 'Awaiting acceptance',
      awaiting: 'authority',
      clock: {
        name: 'acceptance_answer',
        label_zh: '受理答复期限',
        label_en: 'Time to answer on acceptance',
        kind: 'working_days',
        parameter: 'example.acceptance_days',
        citation: ACCEPTANCE,
        pauses: true,
      },
    },
    correction: {
      label_zh: '补正中',
      label_en: 'Correcting',
      awaiting: 'applicant',
      editableMaterials: true,
    },
    review: { label_zh: '技术评审', label_en: 'Technical review', awaiting: 'experts' },
    decided: { label_zh: '待出具回执', label_en: 'Awaiting receipt', awaiting: 'authority' },
    filed: { label_zh: '已备案', label_en: 'Filed', final: true },
    refused: { label_zh: '未通过', label_en: 'Refused', final: true },
    withdrawn: { label_zh: '已撤回', label_en: 'Withdrawn', final: true },
  },
  guards: { complete, panelDone, judgement },
  transitions: [
    {
      from: 'draft',
      event: 'submit',
      to: 'submitted',
      guard: 'complete',
      actor: ['applicant'],
      citations: [MATERIALS],
      description_zh: '提交申报材料',
      description_en: 'Submit',
    },
    {
      from: 'draft',
      event: 'withdraw',
      to: 'withdrawn',
      actor: ['applicant'],
      citations: [MATERIALS],
      description_zh: '撤回申请',
      description_en: 'Withdraw',
    },
    {
      from: 'submitted',
      event: 'request_correction',
      to: 'correction',
      actor: ['authority'],
      citations: [ACCEPTANCE],
      description_zh: '告知补正相关材料',
      description_en: 'Request correction',
      documents: ['correction_request'],
    },
    {
      from: 'correction',
      event: 'resubmit',
      to: 'submitted',
      guard: 'complete',
      actor: ['applicant'],
      citations: [ACCEPTANCE],
      description_zh: '提交补正材料',
      description_en: 'Resubmit',
    },
    {
      from: 'submitted',
      event: 'accept',
      to: 'review',
      actor: ['authority'],
      citations: [ACCEPTANCE],
      description_zh: '告知申报资料符合要求，予以受理',
      description_en: 'Accept',
      documents: ['acceptance_notice'],
    },
    {
      from: 'review',
      event: 'give_opinion',
      to: 'review',
      actor: ['expert'],
      citations: [REVIEW],
      description_zh: '专家提交评审意见',
      description_en: 'Give opinion',
      update: (data: ExampleData) => ({ ...data, opinions: data.opinions + 1 }),
    },
    {
      from: 'review',
      event: 'panel_decides',
      to: 'decided',
      guard: 'panelDone',
      actor: ['authority'],
      citations: [REVIEW],
      description_zh: '评审组合议通过',
      description_en: 'Panel decides',
    },
    {
      from: 'review',
      event: 'refuse',
      to: 'refused',
      guard: 'judgement',
      actor: ['authority'],
      citations: [REVIEW],
      description_zh: '技术评审未通过',
      description_en: 'Refuse',
    },
    {
      from: 'decided',
      event: 'file',
      to: 'filed',
      actor: ['authority'],
      citations: [FILING],
      description_zh: '赋予备案码并出具备案回执',
      description_en: 'File',
      update: (data: ExampleData, { payload }) => ({
        ...data,
        filingCode: (payload as { code: string }).code,
      }),
      documents: ['filing_receipt'],
    },
  ],
});
