// 贵州省职业技能等级认定机构遴选 (gz-rules §4–7) as a declared state machine: a Guizhou employer, school or
// social training-evaluation organisation applies for occupations × levels → the guard builds the facts
// from the registry (staff, assessors per occupation, quality supervisors, the site) and runs
// gz-rules.selection.<kind> and gz-rules.prohibitions → results per occupation shown to both sides →
// 贵州省人力资源和社会保障厅 reviews (its assessments and the §7 background check) → selected for the
// occupations that pass (published with that scope and a validity) or not selected.
import { defineMachine, type GuardInput } from '../machine.js';
import type { Finding } from '../../rules/finding.js';
import type { Completeness } from '../../materials/checklist.js';
import { formatCitationZh } from '../../domain/citation.js';
import { ALL_CONDITIONS, CONDITIONS_OF, PRINCIPLES, PROHIBITIONS, SCOPE, VALIDITY } from './citations.js';
import {
  application,
  correctionPayload,
  refusePayload,
  review,
  selectPayload,
  type GzSelectionData,
  type SelectionDecision,
} from './data.js';
import { missingDeclarations } from './facts.js';
import type { RegistryFacts } from './registry-facts.js';
import { evaluateSelection, failures, type SelectionResults } from './results.js';

/** What the guards need, loaded by the use case under the case lock. */
export interface GzSelectionCtx {
  /** The decision date (China): the asOf of the rules. */
  asOf: string;
  /** The case reference (the selection code is derived from it). */
  referenceNo: string;
  registry: RegistryFacts;
  /** The materials checklist's completeness, as the materials are now. */
  materials: Completeness;
}

type In = GuardInput<GzSelectionData, GzSelectionCtx>;

export const REFERENCE_PREFIX = '黔人社评遴申';
/** 遴选结果编号: the case reference with the decision's prefix (unique as the reference is). */
export const selectionCode = (referenceNo: string): string =>
  referenceNo.startsWith(REFERENCE_PREFIX)
    ? `黔人社评遴${referenceNo.slice(REFERENCE_PREFIX.length)}`
    : referenceNo;

const evaluate = (data: GzSelectionData, ctx: GzSelectionCtx): SelectionResults =>
  evaluateSelection(data.applyingAs, data.application, data.review, ctx.registry, ctx.asOf);

function applicationComplete({ data, ctx }: In): Finding[] {
  const citation = CONDITIONS_OF[data.applyingAs];
  const m = ctx.materials;
  const missing = missingDeclarations(data.applyingAs, data.application, ctx.registry);
  return [
    {
      ruleId: 'gz-selection/materials',
      citation,
      passed: m.complete,
      message_zh: m.complete
        ? `申报材料齐全（必备 ${m.required} 项）`
        : `申报材料不全：尚缺 ${m.missing.length} 项（${m.items
            .filter((i) => m.missing.includes(i.id))
            .map((i) => i.title_zh)
            .join('、')}）`,
      message_en: m.complete ? 'Materials complete' : `${m.missing.length} required materials missing`,
      values: { provided: m.provided, required: m.required, missing: m.missing },
    },
    {
      ruleId: 'gz-selection/application',
      citation,
      passed: missing.length === 0,
      message_zh: missing.length === 0 ? '申报信息填写完整' : `申报信息未填写完整：${missing.join('、')}`,
      message_en:
        missing.length === 0 ? 'Application complete' : `Application incomplete: ${missing.join(', ')}`,
      values: { missing },
    },
  ];
}

function reviewRecorded(data: GzSelectionData): Finding {
  const b = data.review?.background;
  return {
    ruleId: 'gz-selection/background-check',
    citation: PROHIBITIONS,
    passed: b !== undefined,
    message_zh: b
      ? `第七条情形已于 ${b.checkedOn} 核查（来源：${b.sources}）`
      : '尚未记录第七条不得申报情形的核查结果（须先“记录审核意见”）',
    message_en: b ? `§7 background checked on ${b.checkedOn}` : 'The §7 background check is not recorded yet',
    values: b ? { checkedOn: b.checkedOn, sources: b.sources } : {},
  };
}

function validityFinding(payload: unknown, asOf: string): Finding[] {
  const parsed = selectPayload.safeParse(payload);
  if (!parsed.success) return [];
  const ok = parsed.data.validTo > asOf;
  return [
    {
      ruleId: 'gz-selection/validity',
      citation: VALIDITY,
      passed: ok,
      message_zh: ok
        ? `有效期 ${asOf} 至 ${parsed.data.validTo}（细则未规定有效期长度，由遴选部门确定）`
        : `有效期截止日 ${parsed.data.validTo} 应晚于遴选决定日 ${asOf}`,
      message_en: ok
        ? `Valid ${asOf} to ${parsed.data.validTo}`
        : 'The validity must end after the decision date',
      values: { validFrom: asOf, validTo: parsed.data.validTo },
    },
  ];
}

/**
 * 遴选: the institution-wide conditions must hold and at least one occupation must pass; the
 * occupations that fail are left out of the scope (one finding each says which and why).
 */
function selectable({ data, ctx, payload }: In): Finding[] {
  const r = evaluate(data, ctx);
  const out: Finding[] = [
    reviewRecorded(data),
    ...validityFinding(payload, ctx.asOf),
    ...r.institution.findings,
  ];
  const none = r.occupations.every((o) => o.outcome === 'fail');
  for (const o of r.occupations) {
    // With no occupation left, every failure is shown as it is: nothing can be selected.
    if (o.outcome !== 'fail' || none) {
      out.push(...o.findings);
      continue;
    }
    out.push({
      ruleId: 'gz-selection/occupation-excluded',
      citation: o.findings.find((f) => f.passed === false)!.citation,
      passed: true,
      message_zh: `职业（工种）${o.code} 不符合：${failures(o).join('；')}，不纳入本次遴选认定范围`,
      message_en: `Occupation ${o.code} does not meet the conditions and is left out of the scope`,
      values: {
        occupation: o.code,
        failed: o.findings.filter((f) => f.passed === false).map((f) => f.ruleId),
      },
    });
  }
  return out;
}

function decisionOf(data: GzSelectionData, ctx: GzSelectionCtx, validTo: string): SelectionDecision {
  const r = evaluate(data, ctx);
  return {
    outcome: 'selected',
    decidedOn: ctx.asOf,
    code: selectionCode(ctx.referenceNo),
    selectedOccupations: r.occupations
      .filter((o) => o.selectable)
      .map((o) => ({ code: o.code, levels: o.levels })),
    excludedOccupations: r.occupations
      .filter((o) => !o.selectable)
      .map((o) => ({ code: o.code, reasons_zh: failures(o) })),
    validFrom: ctx.asOf,
    validTo,
  };
}

const conditionsText = ALL_CONDITIONS.map(formatCitationZh).join('、');

export const gzSelectionMachine = defineMachine({
  id: 'gz-selection',
  procedure_zh: '贵州省职业技能等级认定机构遴选',
  procedure_en: 'Guizhou selection of skill-level evaluation institutions',
  initial: 'draft',
  openedBy: ['applicant'],
  states: {
    draft: { label_zh: '填报中', label_en: 'Draft', awaiting: 'applicant', editableMaterials: true },
    submitted: { label_zh: '审核中', label_en: 'Under review', awaiting: 'authority' },
    correction: {
      label_zh: '补正中',
      label_en: 'Correcting',
      awaiting: 'applicant',
      editableMaterials: true,
    },
    selected: { label_zh: '已遴选并公布', label_en: 'Selected and published', final: true },
    refused: { label_zh: '未入选', label_en: 'Not selected', final: true },
    withdrawn: { label_zh: '已撤回', label_en: 'Withdrawn', final: true },
  },
  guards: {
    applicationComplete,
    selectable,
  },
  transitions: [
    {
      from: 'draft',
      event: 'edit',
      to: 'draft',
      actor: ['applicant'],
      citations: [SCOPE, ...ALL_CONDITIONS],
      description_zh: '填写申报信息（职业工种、等级、场地及申报事项）',
      description_en: 'Enter the application (occupations, levels, sites)',
      update: (data, { payload }) => ({ ...data, application: application.parse(payload) }),
    },
    {
      from: 'draft',
      event: 'submit',
      to: 'submitted',
      guard: 'applicationComplete',
      actor: ['applicant'],
      citations: [SCOPE, ...ALL_CONDITIONS],
      description_zh: '提交遴选申报（按登记信息逐项核验条件）',
      description_en: 'Submit the application (conditions checked against the registry)',
      update: (data, { ctx }) => ({ ...data, results: evaluate(data, ctx) }),
    },
    {
      from: 'draft',
      event: 'withdraw',
      to: 'withdrawn',
      actor: ['applicant'],
      citations: [SCOPE],
      description_zh: '撤回申报',
      description_en: 'Withdraw the application',
    },
    {
      from: 'submitted',
      event: 'record_review',
      to: 'submitted',
      actor: ['authority'],
      citations: [...ALL_CONDITIONS],
      description_zh: `记录审核意见（${conditionsText}中须由监管部门认定的事项及第七条情形核查）`,
      description_en: 'Record the review (the points the authority judges and the article 7 checks)',
      update: (data, { payload, ctx }) => {
        const next = { ...data, review: review.parse(payload) };
        return { ...next, results: evaluate(next, ctx) };
      },
    },
    {
      from: 'submitted',
      event: 'request_correction',
      to: 'correction',
      actor: ['authority'],
      citations: [...ALL_CONDITIONS],
      description_zh: '告知补正申报材料或申报信息',
      description_en: 'Request a correction of the materials or the application',
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
      citations: [SCOPE, ...ALL_CONDITIONS],
      description_zh: '补正申报信息',
      description_en: 'Correct the application',
      update: (data, { payload }) => ({ ...data, application: application.parse(payload) }),
    },
    {
      from: 'correction',
      event: 'resubmit',
      to: 'submitted',
      guard: 'applicationComplete',
      actor: ['applicant'],
      citations: [SCOPE, ...ALL_CONDITIONS],
      description_zh: '提交补正后的申报',
      description_en: 'Submit the corrected application',
      update: (data, { ctx }) => ({ ...data, results: evaluate(data, ctx) }),
    },
    {
      from: 'correction',
      event: 'withdraw',
      to: 'withdrawn',
      actor: ['applicant'],
      citations: [SCOPE],
      description_zh: '撤回申报',
      description_en: 'Withdraw the application',
    },
    {
      from: 'submitted',
      event: 'select',
      to: 'selected',
      guard: 'selectable',
      actor: ['authority'],
      citations: [...ALL_CONDITIONS, PRINCIPLES, VALIDITY],
      description_zh: '遴选通过：符合条件的职业（工种）纳入认定范围，公布机构、范围及有效期',
      description_en:
        'Select: the occupations that qualify enter the scope; publish institution, scope and validity',
      update: (data, { payload, ctx }) => ({
        ...data,
        results: evaluate(data, ctx),
        decision: decisionOf(data, ctx, selectPayload.parse(payload).validTo),
      }),
      documents: ['selection_result', 'publication_record'],
    },
    {
      from: 'submitted',
      event: 'refuse',
      to: 'refused',
      actor: ['authority'],
      citations: [...ALL_CONDITIONS, PRINCIPLES],
      description_zh: '不予遴选（书面告知理由）',
      description_en: 'Refuse the selection (reasons in writing)',
      update: (data, { payload, ctx }): GzSelectionData => {
        const r = evaluate(data, ctx);
        return {
          ...data,
          results: r,
          decision: {
            outcome: 'refused',
            decidedOn: ctx.asOf,
            code: null,
            selectedOccupations: [],
            excludedOccupations: r.occupations.map((o) => ({ code: o.code, reasons_zh: failures(o) })),
            validFrom: null,
            validTo: null,
            reason_zh: refusePayload.parse(payload).reason,
          },
        };
      },
      documents: ['selection_result'],
    },
  ],
});
