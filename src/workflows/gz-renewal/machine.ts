// 贵州省职业技能等级认定机构续期 (gz-rules §8–12, §14) as a declared state machine: a Guizhou institution
// applies, before its validity ends, to renew one of its directory entries with the §11 materials → the
// guard counts its certificates from the register per occupation and runs gz-rules.renewal → the
// authority assesses what needs judgement (§8(1), §8(3), §10(1), §10(3), §12) → renews the occupations
// that pass, with a new validity it sets and gives its reason for (the text sets no length), or refuses.
// A late application is refused: §14 says a validity ended with no renewal filed ends the qualification.
import { defineMachine, type GuardInput } from '../machine.js';
import type { Finding } from '../../rules/finding.js';
import type { Completeness } from '../../materials/checklist.js';
import { formatCitationZh } from '../../domain/citation.js';
import { ALL_CONDITIONS, CONDITIONS_OF, LAPSE, MATERIALS, SCOPE, TRUTHFUL } from './citations.js';
import {
  assessment,
  correctionPayload,
  editPayload,
  refusePayload,
  renewPayload,
  type GzRenewalData,
  type RenewalCounts,
  type RenewalDecision,
} from './data.js';
import { evaluateRenewal, reasonsNotRenewable } from './results.js';

/** What the guards need, loaded by the use case under the case lock. */
export interface GzRenewalCtx {
  /** The day of the transition (China): the asOf of the rules. */
  asOf: string;
  referenceNo: string;
  /** The certificates counted from the register now. */
  counts: RenewalCounts;
  materials: Completeness;
}

type In = GuardInput<GzRenewalData, GzRenewalCtx>;

export const REFERENCE_PREFIX = '黔人社评续申';
export const renewalCode = (referenceNo: string): string =>
  referenceNo.startsWith(REFERENCE_PREFIX)
    ? `黔人社评续${referenceNo.slice(REFERENCE_PREFIX.length)}`
    : referenceNo;

/** The day after an ISO date (the successor validity starts the day after the old one ends). */
export function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** gz-rules §14: applying after the validity has ended is not a renewal — the qualification has ended. */
export function inTimeFinding(validTo: string, asOf: string): Finding {
  const ok = asOf <= validTo;
  return {
    ruleId: 'gz-renewal/in-time',
    citation: LAPSE,
    passed: ok,
    message_zh: ok
      ? `在有效期（至 ${validTo}）届满前申请续期`
      : `有效期已于 ${validTo} 届满，未在有效期内提交续期申请的，自动终止评价资格（第十四条），不能再申请续期`,
    message_en: ok
      ? `Applied before the validity ends (${validTo})`
      : `The validity ended on ${validTo}; with no renewal filed the qualification ends (§14) and cannot be renewed`,
    values: { validTo, asOf },
  };
}

function applicationComplete({ data, ctx, event }: In): Finding[] {
  const m = ctx.materials;
  const unknown = data.occupations.filter((c) => !data.entryOccupations.some((o) => o.code === c));
  return [
    // A correction answers an application filed in time: only the first submission must be in time.
    ...(event === 'submit' ? [inTimeFinding(data.validTo, ctx.asOf)] : []),
    {
      ruleId: 'gz-renewal/materials',
      citation: MATERIALS,
      passed: m.complete,
      message_zh: m.complete
        ? `续期材料齐全（必备 ${m.required} 项）`
        : `续期材料不全：尚缺 ${m.missing.length} 项（${m.items
            .filter((i) => m.missing.includes(i.id))
            .map((i) => i.title_zh)
            .join('、')}）`,
      message_en: m.complete ? 'Materials complete' : `${m.missing.length} required materials missing`,
      values: { provided: m.provided, required: m.required, missing: m.missing },
    },
    {
      ruleId: 'gz-renewal/occupations',
      citation: CONDITIONS_OF[data.kind],
      passed: data.occupations.length > 0 && unknown.length === 0,
      message_zh:
        unknown.length > 0
          ? `申请续期的职业（工种）不在原认定范围内：${unknown.join('、')}`
          : data.occupations.length === 0
            ? '未选择申请续期的职业（工种）'
            : `申请续期的职业（工种）：${data.occupations.join('、')}`,
      message_en:
        unknown.length > 0
          ? `Occupations outside the scope: ${unknown.join(', ')}`
          : 'Occupations applied for',
      values: { occupations: data.occupations, unknown },
    },
  ];
}

function withheldOf(payload: unknown): Map<string, string> {
  const p = renewPayload.safeParse(payload);
  return new Map((p.success ? (p.data.withheld ?? []) : []).map((w) => [w.code, w.reason]));
}

/**
 * 续期: the assessment must be recorded, the new validity must continue the old one, and at least one
 * occupation must pass; those that fail (or the authority withholds, with its reason) are left out.
 */
function renewable({ data, ctx, payload }: In): Finding[] {
  const r = evaluateRenewal(data, ctx.counts, ctx.asOf);
  const withheld = withheldOf(payload);
  const p = renewPayload.safeParse(payload);
  const from = dayAfter(data.validTo);
  const out: Finding[] = [
    {
      ruleId: 'gz-renewal/assessment',
      citation: CONDITIONS_OF[data.kind],
      passed: data.assessment !== undefined,
      message_zh: data.assessment
        ? `已于 ${data.assessment.assessedOn} 评估须由监管部门认定的条件`
        : '尚未记录续期评估（须先“记录续期评估”）',
      message_en: data.assessment ? 'Assessment recorded' : 'The assessment is not recorded yet',
      values: {},
    },
    ...(p.success
      ? [
          {
            ruleId: 'gz-renewal/validity',
            citation: CONDITIONS_OF[data.kind],
            passed: p.data.validTo >= from,
            message_zh:
              p.data.validTo >= from
                ? `新有效期 ${from} 至 ${p.data.validTo}（细则未规定有效期长度，由监管部门确定，理由：${p.data.validityReason}）`
                : `新有效期截止日 ${p.data.validTo} 应不早于新有效期起始日 ${from}（原有效期届满次日）`,
            message_en:
              p.data.validTo >= from
                ? `New validity ${from} to ${p.data.validTo}`
                : 'The new validity must end after it starts (the day after the old one ends)',
            values: { validFrom: from, validTo: p.data.validTo },
          } satisfies Finding,
        ]
      : []),
    ...r.institution,
  ];
  const left = r.occupations.filter((o) => o.renewable && !withheld.has(o.code));
  const none = left.length === 0;
  for (const o of r.occupations) {
    if (o.renewable && !withheld.has(o.code)) {
      out.push(...o.findings);
      continue;
    }
    if (none && !o.renewable) {
      out.push(...o.findings);
      continue;
    }
    out.push({
      ruleId: 'gz-renewal/occupation-not-renewed',
      citation: o.findings.find((f) => f.passed !== true)?.citation ?? CONDITIONS_OF[data.kind],
      passed: true,
      message_zh: o.renewable
        ? `职业（工种）${o.code} 经评估不予续期：${withheld.get(o.code)}`
        : `职业（工种）${o.code} 不符合续期条件：${reasonsNotRenewable(r, o.code).join('；')}，不予续期`,
      message_en: `Occupation ${o.code} is not renewed`,
      values: { occupation: o.code, certificates: o.certificates },
    });
  }
  if (none)
    out.push({
      ruleId: 'gz-renewal/none-renewable',
      citation: CONDITIONS_OF[data.kind],
      passed: false,
      message_zh: '没有符合续期条件的职业（工种）：应作出续期评估不通过的决定',
      message_en: 'No occupation can be renewed: refuse instead',
      values: {},
    });
  return out;
}

function decisionOf(data: GzRenewalData, ctx: GzRenewalCtx, payload: unknown): RenewalDecision {
  const p = renewPayload.parse(payload);
  const r = evaluateRenewal(data, ctx.counts, ctx.asOf);
  const withheld = withheldOf(payload);
  const kept = r.occupations.filter((o) => o.renewable && !withheld.has(o.code));
  return {
    outcome: 'renewed',
    decidedOn: ctx.asOf,
    code: renewalCode(ctx.referenceNo),
    renewed: kept.map((o) => ({ code: o.code, levels: o.levels })),
    notRenewed: r.occupations
      .filter((o) => !kept.includes(o))
      .map((o) => ({
        code: o.code,
        reasons_zh: o.renewable ? [withheld.get(o.code)!] : reasonsNotRenewable(r, o.code),
      })),
    validFrom: dayAfter(data.validTo),
    validTo: p.validTo,
    validityReason: p.validityReason,
    successorEntryId: null,
  };
}

const conditionsText = ALL_CONDITIONS.map(formatCitationZh).join('、');
const withResults = (data: GzRenewalData, ctx: GzRenewalCtx): GzRenewalData => ({
  ...data,
  results: evaluateRenewal(data, ctx.counts, ctx.asOf),
});

export const gzRenewalMachine = defineMachine({
  id: 'gz-renewal',
  procedure_zh: '贵州省职业技能等级认定机构续期',
  procedure_en: 'Guizhou renewal of skill-level evaluation institutions',
  initial: 'draft',
  openedBy: ['applicant'],
  states: {
    draft: { label_zh: '填报中', label_en: 'Draft', awaiting: 'applicant', editableMaterials: true },
    submitted: { label_zh: '评估中', label_en: 'Under assessment', awaiting: 'authority' },
    correction: {
      label_zh: '补正中',
      label_en: 'Correcting',
      awaiting: 'applicant',
      editableMaterials: true,
    },
    renewed: { label_zh: '准予续期', label_en: 'Renewed', final: true },
    refused: { label_zh: '续期未通过', label_en: 'Renewal refused', final: true },
    withdrawn: { label_zh: '已撤回', label_en: 'Withdrawn', final: true },
  },
  guards: { applicationComplete, renewable },
  transitions: [
    {
      from: 'draft',
      event: 'edit',
      to: 'draft',
      actor: ['applicant'],
      // §10(2) "申请续期的每个职业": the applicant chooses which occupations it applies for.
      citations: [CONDITIONS_OF.social_org],
      description_zh: '选择申请续期的职业（工种）',
      description_en: 'Choose the occupations to renew',
      update: (data, { payload }) => ({ ...data, occupations: editPayload.parse(payload).occupations }),
    },
    {
      from: 'draft',
      event: 'submit',
      to: 'submitted',
      guard: 'applicationComplete',
      actor: ['applicant'],
      citations: [MATERIALS, LAPSE],
      description_zh: '在有效期届满前提交续期申请（按证书登记逐个职业统计核发人次）',
      description_en: 'Submit the renewal before the validity ends (certificates counted per occupation)',
      update: withResultsUpdate,
    },
    {
      from: 'draft',
      event: 'withdraw',
      to: 'withdrawn',
      actor: ['applicant'],
      citations: [SCOPE],
      description_zh: '撤回续期申请',
      description_en: 'Withdraw the renewal application',
    },
    {
      from: 'submitted',
      event: 'record_assessment',
      to: 'submitted',
      actor: ['authority'],
      citations: [...ALL_CONDITIONS],
      description_zh: `记录续期评估（${conditionsText}中须由监管部门认定的事项）`,
      description_en: 'Record the assessment (the conditions the authority judges)',
      update: (data, { payload, ctx }) =>
        withResults({ ...data, assessment: assessment.parse(payload) }, ctx),
    },
    {
      from: 'submitted',
      event: 'request_correction',
      to: 'correction',
      actor: ['authority'],
      citations: [MATERIALS, TRUTHFUL],
      description_zh: '告知补正续期材料',
      description_en: 'Request a correction of the materials',
      update: (data, { payload, ctx }) => ({
        ...data,
        correction: { requestedOn: ctx.asOf, items: correctionPayload.parse(payload).items },
      }),
      documents: ['correction_request'],
    },
    {
      from: 'correction',
      event: 'resubmit',
      to: 'submitted',
      guard: 'applicationComplete',
      actor: ['applicant'],
      citations: [MATERIALS],
      description_zh: '提交补正后的续期材料',
      description_en: 'Submit the corrected materials',
      update: withResultsUpdate,
    },
    {
      from: 'correction',
      event: 'withdraw',
      to: 'withdrawn',
      actor: ['applicant'],
      citations: [SCOPE],
      description_zh: '撤回续期申请',
      description_en: 'Withdraw the renewal application',
    },
    {
      from: 'submitted',
      event: 'renew',
      to: 'renewed',
      guard: 'renewable',
      actor: ['authority'],
      citations: [...ALL_CONDITIONS],
      description_zh: '准予续期：符合条件的职业（工种）续期，确定新有效期并更新机构目录',
      description_en: 'Renew the occupations that qualify, set the new validity and update the directory',
      update: (data, { payload, ctx }) => ({
        ...withResults(data, ctx),
        decision: decisionOf(data, ctx, payload),
      }),
      documents: ['renewal_decision'],
    },
    {
      from: 'submitted',
      event: 'refuse',
      to: 'refused',
      actor: ['authority'],
      citations: [...ALL_CONDITIONS, LAPSE],
      description_zh: '续期评估不通过（书面告知理由；原有效期届满时自动终止评价资格）',
      description_en: 'Refuse the renewal (the qualification ends when the validity ends, §14)',
      update: (data, { payload, ctx }): GzRenewalData => {
        const r = evaluateRenewal(data, ctx.counts, ctx.asOf);
        return {
          ...data,
          results: r,
          decision: {
            outcome: 'refused',
            decidedOn: ctx.asOf,
            code: renewalCode(ctx.referenceNo),
            renewed: [],
            notRenewed: r.occupations.map((o) => ({
              code: o.code,
              reasons_zh: reasonsNotRenewable(r, o.code),
            })),
            validFrom: null,
            validTo: null,
            validityReason: null,
            reason_zh: refusePayload.parse(payload).reason,
            successorEntryId: null,
          },
        };
      },
      documents: ['renewal_decision'],
    },
  ],
});

function withResultsUpdate(data: GzRenewalData, { ctx }: { ctx: GzRenewalCtx }): GzRenewalData {
  return withResults(data, ctx);
}
