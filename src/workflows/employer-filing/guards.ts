// The guards of the national employer's filing. Each legal condition is the rule catalogue's
// (mohrss-filing.employer.materials 一(八), .eligibility 一(一)(五)(六)(七)); the guards only gather
// the facts from the case and return the findings. The procedural conditions (the items a correction
// asked for were replaced; the panel's decision) are the workflow's own and cite the step they serve.
import { evaluateCheck } from '../../rules/catalogue.js';
import type { Finding } from '../../rules/finding.js';
import { listEntryIds } from '../../parameters/parameter.js';
import { employerMaterials, mf } from '../../parameters/mohrss-filing.js';
import type { GuardInput } from '../machine.js';
import { panelDrawFindings, panelOutcomeFindings } from '../review/panel.js';
import type { Recommendation } from '../review/decision.js';
import type { EmployerAssessment, EmployerFilingCtx, EmployerFilingData } from './data.js';

type In = GuardInput<EmployerFilingData, EmployerFilingCtx>;

const MATERIAL_IDS = new Set<string>(listEntryIds(employerMaterials));

/** mohrss-filing.employer.materials over the case's current files. */
export function materialsFindings(ctx: EmployerFilingCtx): Finding[] {
  const materials = [...new Set(ctx.materials.map((m) => m.item))].filter((id) => MATERIAL_IDS.has(id));
  return evaluateCheck('mohrss-filing.employer.materials', ctx.today, { materials }, ctx.calendar).findings;
}

/** mohrss-filing.employer.eligibility over the declarations and, once made, the authority's assessment. */
export function eligibilityFindings(
  data: EmployerFilingData,
  ctx: EmployerFilingCtx,
  assessment: Partial<EmployerAssessment> | undefined = data.assessment,
): Finding[] {
  const facts = {
    nationalEmployer: data.declaration.nationalEmployer,
    enterpriseCategory: data.declaration.enterpriseCategory,
    acceptsSupervision: data.declaration.acceptsSupervision,
    ...(assessment?.skilledWorkersImportantPart === undefined
      ? {}
      : { skilledWorkersImportantPart: assessment.skilledWorkersImportantPart }),
    ...(assessment?.trainingEvaluationFoundation === undefined
      ? {}
      : { trainingEvaluationFoundation: assessment.trainingEvaluationFoundation }),
    ...(assessment?.talentMechanism === undefined ? {} : { talentMechanism: assessment.talentMechanism }),
  };
  return evaluateCheck('mohrss-filing.employer.eligibility', ctx.today, facts, ctx.calendar).findings;
}

/**
 * The application names at least one occupation × level, each in the occupation catalogue: the scope
 * is what the technical review looks at (一(十)3 职业（工种）范围) and what is published (一(十)6).
 */
export function scopeFinding(data: EmployerFilingData, ctx: EmployerFilingCtx): Finding {
  const n = data.scopes.length;
  const unknown = [...new Set(data.scopes.map((s) => s.occupationCode))].filter((c) => !ctx.occupations[c]);
  const ok = n > 0 && unknown.length === 0;
  return {
    ruleId: 'workflow/employer-filing/scope',
    citation: mf('一', '十', 3),
    passed: ok,
    message_zh:
      n === 0
        ? '未填写申报的职业（工种）及等级'
        : unknown.length > 0
          ? `职业（工种）代码不在职业分类目录中：${unknown.join('、')}`
          : `申报职业（工种）及等级 ${n} 项`,
    message_en: ok ? `${n} occupation × level entries` : 'No or unknown occupations applied for',
    values: { scopes: n, unknown },
  };
}

/** Submission (一(十)1): the 14 materials, the declarations and the scope. */
export const application = ({ data, ctx }: In): Finding[] => [
  ...materialsFindings(ctx),
  ...eligibilityFindings(data, ctx),
  scopeFinding(data, ctx),
];

/**
 * Recorded, never blocking (the machine's recordFindings): whether the first acceptance answer came
 * within the 10 working days of 一(十)2 (mohrss-filing.employer.acceptance_deadline, from the first
 * submission). A late answer must still be given, so lateness cannot block it. Later answers, after a
 * correction, run on the case's paused-and-resumed clock, which the check does not model: the deadline
 * row records whether they were in time.
 */
export const answerDeadline = ({ data, ctx }: In): Finding[] =>
  (data.acceptanceAnswers ?? []).length > 0 || !data.submittedOn
    ? []
    : evaluateCheck(
        'mohrss-filing.employer.acceptance_deadline',
        ctx.today,
        { receivedOn: data.submittedOn, answeredOn: ctx.today },
        ctx.calendar,
      ).findings;

/** Acceptance (一(十)2) and a revised application back to the panel: the materials are complete. */
export const materials = ({ ctx }: In): Finding[] => materialsFindings(ctx);

/** Resubmission after a correction (一(十)2): complete, and every item asked for replaced since the request. */
export const corrected = ({ data, ctx }: In): Finding[] => {
  const asked = data.correction?.items.filter((i) => i.item !== 'application') ?? [];
  const before = data.correction?.filesAtRequest ?? {};
  const stale = asked.filter(
    (i) => !ctx.materials.some((m) => m.item === i.item && !(before[i.item] ?? []).includes(m.id)),
  );
  return [
    ...materialsFindings(ctx),
    {
      ruleId: 'workflow/employer-filing/corrected',
      citation: mf('一', '十', 2),
      passed: stale.length === 0,
      message_zh:
        stale.length === 0
          ? `补正通知所列材料已重新提交（${asked.length} 项）`
          : `补正通知所列材料尚未重新提交：${stale.map((i) => i.item).join('、')}`,
      message_en:
        stale.length === 0 ? 'Every item asked for was replaced' : `${stale.length} items not replaced`,
      values: { asked: asked.map((i) => i.item), notReplaced: stale.map((i) => i.item) },
    },
    scopeFinding(data, ctx),
  ];
};

/** Technical review (一(十)3): the panel is drawn from a usable pool with enough eligible experts. */
export const panelDraw = ({ ctx }: In): Finding[] => panelDrawFindings(ctx.draw, mf('一', '十', 3));

const outcome =
  (o: Recommendation) =>
  ({ ctx, payload }: In): Finding[] =>
    panelOutcomeFindings(ctx.opinions, o, payload, mf('一', '十', 3));

/**
 * The panel approves (一(十)3), and on its review the authority finds the conditions of 一(六) met:
 * the assessment in the payload must leave no condition failed.
 */
export const reviewApproves = (input: In): Finding[] => {
  const assessment = (input.payload as { assessment?: EmployerAssessment } | undefined)?.assessment;
  return [...outcome('approve')(input), ...eligibilityFindings(input.data, input.ctx, assessment)];
};
export const reviewRejects = outcome('reject');
export const reviewRevises = outcome('revise');

/** Ministry filing (一(十)4): only an applicant that passed the review and meets 一(一)(六), with its materials. */
export const filing = ({ data, ctx }: In): Finding[] => [
  ...materialsFindings(ctx),
  ...eligibilityFindings(data, ctx),
];

export const employerFilingGuards = {
  application,
  answerDeadline,
  materials,
  corrected,
  panelDraw,
  reviewApproves,
  reviewRejects,
  reviewRevises,
  filing,
};
