// mohrss-violations §16–20 — the handling of a violation (违纪违规行为的处理程序) as a declared state machine,
// for a candidate (§5–8), a staff member (§9–11) or an institution (§12–15).
//
// 第十六条 参评人员 … 经 2 名（含）以上工作人员签字报考场负责人确认，评价机构按程序认定后 … 处理。相关工作人员 … 评价
// 机构、评价机构监管部门 … 处理，评价机构应同时向评价机构监管部门报备处理情况。评价机构 … 评价机构监管部门经认定后 … 处理。
// 第十七条 作出处理决定前，应当告知 … 拟作出的处理决定及相关事实、理由和依据。… 以书面形式送达相关机构或人员，或按有关规定进行公告。
// 第十八条 对已由其他机关处理的 … 以相关处理结论为依据，作出相应处理。
// 第十九条 对处理决定存在异议的 … 可以 … 进行陈述和申辩。经复核后 … 作出复核决定。
// 第二十条 … 建立违纪违规行为处理档案，记录、保存违纪违规行为的处理决定等。
//
// Roles on the case: 'authority' is the deciding body — the institution for candidates and the staff it
// handles, the authority for institutions (case-roles.ts reads cases.decider_institution_id); 'applicant'
// is the party — the institution's staff for an institution case; a candidate or a staff member acts
// through the party page (name + document number) or the deciding body records their paper statement.
// The text sets no period for the statement, the review request or the review: the statement period is
// the deciding body's, stated in the notice with its reason, and the decision waits for it or for the
// statement; only for a 1+X organisation is a review request late after 15 working days (1x-exit §7(3)).
// The archive (§20) is the case's append-only event log with the findings each step rested on.
import type { Citation } from '../../domain/citation.js';
import { evaluateCheck } from '../../rules/catalogue.js';
import type { Finding } from '../../rules/finding.js';
import { appealCheck } from '../../rules/1x-exit/appeal.js';
import { ex } from '../../rules/1x-exit/rule.js';
import {
  decisionCheck,
  reviewCheck,
  signatures as signaturesRule,
} from '../../rules/mohrss-violations/procedure.js';
import { mv } from '../../rules/mohrss-violations/rule.js';
import { minSignatures } from '../../parameters/mohrss-violations.js';
import { parameterAt } from '../../parameters/parameter.js';
import { defineMachine, type GuardInput } from '../machine.js';
import type { z } from 'zod';
import type { Choices, ViolationCaseData, ViolationCtx } from './data.js';
import type {
  chargeSchema,
  confirmSchema,
  decideSchema,
  dropSchema,
  noticeSchema,
  rectificationSchema,
  reviewDecisionSchema,
  reviewRequestSchema,
  serveSchema,
  signSchema,
  statementSchema,
} from './events.js';
import {
  chargeFindings,
  fail,
  lightened,
  noticeFindings,
  notifiedSanctions,
  proposalOf,
} from './sanction-plan.js';

export const VIOLATION_CASE = 'violation-case';

export const CITE = {
  record: mv(16, undefined, 1),
  competence: mv(16),
  staffReport: mv(16, undefined, 2),
  institution: mv(16, undefined, 3),
  notice: mv(17, undefined, 1),
  decision: mv(17, undefined, 2),
  otherAuthority: mv(18),
  review: mv(19),
  archive: mv(20),
  xAppeal: ex(7, 3),
  xMeasures: ex(7, 4),
} satisfies Record<string, Citation>;

type In = GuardInput<ViolationCaseData, ViolationCtx>;

// ---- guards ----

/** §16 ¶1: a staff member of the session, not one who has signed already. */
const onSiteOnly = (data: ViolationCaseData): Finding[] =>
  data.subject === 'candidate' && data.origin === 'on_site'
    ? []
    : [
        fail(
          CITE.record,
          signaturesRule.id,
          '签字确认只适用于考场现场记录的参评人员案件（第十六条第一款）',
          'Signatures apply to a candidate’s on-site record only (§16 ¶1)',
        ),
      ];

const signable = ({ data, payload, ctx }: In): Finding[] => {
  const p = payload as z.infer<typeof signSchema>;
  if (onSiteOnly(data).length > 0) return onSiteOnly(data);
  if (data.record?.confirmedBy)
    return [fail(CITE.record, signaturesRule.id, '现场记录已经确认，不再签字', 'The record is confirmed already')];
  const on = ctx.sessionStaff.find((s) => s.staffId === p.staffId);
  if (!on)
    return [fail(CITE.record, signaturesRule.id, '签字人须为本批次的工作人员', 'The signer must be staff of this session')];
  if (data.record?.signatures.some((s) => s.staffId === p.staffId))
    return [fail(CITE.record, signaturesRule.id, `${on.name} 已签字`, `${on.name} has signed already`)];
  return [...ctx.lookups];
}; // prettier-ignore

/** §16 ¶1: the number of signatures against the minimum in force. */
function signatureFinding(data: ViolationCaseData, today: string): Finding {
  const min = parameterAt(minSignatures, today);
  const n = data.record?.signatures.length ?? 0;
  return {
    ruleId: signaturesRule.id,
    citation: CITE.record,
    passed: n >= min,
    message_zh: `${n} 名工作人员签字，${n >= min ? '达到' : '不足'} ${min} 名（含）以上的要求`,
    message_en: `${n} staff signed; at least ${min} required`,
    values: { signatures: n, minimum: min, parameter: minSignatures.id },
  };
}

/** §16 ¶1: at least two signatures before the head of the room confirms. */
const recordComplete = ({ data, ctx }: In): Finding[] => {
  if (onSiteOnly(data).length > 0) return onSiteOnly(data);
  if (data.record?.confirmedBy)
    return [fail(CITE.record, 'mohrss-violations/16/p1/site-head', '现场记录已经确认', 'The record is confirmed already')];
  return [signatureFinding(data, ctx.today)];
}; // prettier-ignore

/** The charge holds under the article charged (the rules' sanction check: no failed finding). */
const chargeHolds = ({ data, payload, ctx }: In): Finding[] => [
  ...chargeFindings(
    data,
    { ...(payload as z.infer<typeof chargeSchema>), recordedOn: ctx.today },
    ctx,
    ctx.today,
  ),
  // What the loader could not find of what the charge names (the certificates of §15 ¶1).
  ...ctx.lookups,
];

/**
 * §16 ¶1: a candidate's conduct at the exam site is determined only on the record signed by two staff
 * and confirmed by the head of the room; conduct found after the evaluation (§8) or through another
 * channel has no such record, and the decision check leaves that to judgement.
 */
const recordedAndHolds = (input: In): Finding[] => {
  const { data } = input;
  if (data.subject === 'candidate' && data.origin === 'on_site') {
    const record = signatureFinding(data, input.ctx.today);
    if (record.passed === false) return [record];
    if (!data.record?.confirmedBy)
      return [fail(CITE.record, 'mohrss-violations/16/p1/site-head', '现场记录尚未报考场负责人确认，评价机构不能认定', 'The record is not yet confirmed by the head of the exam room')];
  }
  return chargeHolds(input);
}; // prettier-ignore

const choicesOf = (p: z.infer<typeof noticeSchema>): Choices => ({
  voidResults: p.voidResults,
  voidSessionId: p.voidSessionId,
  voidCertificateNumbers: p.voidCertificateNumbers,
  creditBlacklist: p.creditBlacklist,
  ladder: p.ladder,
  escalate: p.escalate,
  rectificationDueOn: p.rectificationDueOn,
  xMeasures: p.xMeasures,
  publish: p.publish,
  reason: p.choiceReason,
});

/** §17 ¶1: the notice states a settled proposed decision; its statement period is not in the past. */
const noticeReady = ({ data, payload, ctx }: In): Finding[] => {
  const p = payload as z.infer<typeof noticeSchema>;
  if (!data.charge || !data.proposal)
    return [fail(CITE.notice, 'mohrss-violations/17/p1/contents', '尚未认定违纪违规事实，不能告知拟作出的处理决定', 'Record the charge before the notice')];
  const out = noticeFindings(data, data.proposal, choicesOf(p));
  if (p.statementDueOn < p.servedOn)
    out.push(fail(CITE.notice, 'mohrss-violations/17/p1/timing', `陈述和申辩的截止日期（${p.statementDueOn}）早于告知送达日期（${p.servedOn}）`, 'The statement period ends before the notice is served'));
  if (p.servedOn > ctx.today)
    out.push(fail(CITE.notice, 'mohrss-violations/17/p1/timing', `告知送达日期（${p.servedOn}）不能晚于今天`, 'The notice cannot be served in the future'));
  return out;
}; // prettier-ignore

/** The decision check of the rules (§16–18) on the case as it stands, as of the decision day. */
function procedureFindings(data: ViolationCaseData, ctx: ViolationCtx): Finding[] {
  const n = data.notice!;
  const facts: Record<string, unknown> = {
    subject: data.subject,
    decidedBy: data.decidedBy,
    discoveredAfterEvaluation: data.origin !== 'on_site',
    priorNotice: { servedOn: n.servedOn, proposedDecision: true, facts: true, reasons: true, basis: true },
  };
  if (data.subject === 'candidate') {
    facts.signatures = data.record?.signatures.length ?? 0;
    facts.confirmedBySiteHead = data.record?.confirmedBy != null;
  }
  // §16 ¶2: the decision of an institution on its staff is reported with it — the supervising authority
  // sees the case and its decision in its list the moment it is made (effects.ts records the report).
  if (data.subject === 'staff' && data.decidedBy === 'institution') facts.reportedToAuthority = true;
  if (data.basis) facts.otherAuthority = { conclusionOn: data.basis.conclusionOn, reliedOn: true };
  return evaluateCheck(decisionCheck.name, ctx.today, facts, ctx.calendar).findings;
}

/** §17 ¶1: the decision comes after the notice, and after the statement or the period set for it. */
const decisionReady = ({ data, ctx }: In): Finding[] => {
  const out = procedureFindings(data, ctx);
  const n = data.notice!;
  const heard = data.statements.some((s) => s.stage === 'notice' && s.receivedOn >= n.servedOn);
  if (!heard && ctx.today <= n.statementDueOn)
    out.push(fail(CITE.notice, 'mohrss-violations/17/p1/timing', `陈述和申辩期限至 ${n.statementDueOn}，当事人尚未陈述和申辩：期限届满前不作决定`, `The statement period runs to ${n.statementDueOn} and the party has not answered: no decision before it ends`, { statementDueOn: n.statementDueOn, today: ctx.today }));
  return out;
}; // prettier-ignore

/** §17 ¶2: served in writing, or announced. */
const serviceFindings = ({ payload, data, ctx }: In): Finding[] => {
  const p = payload as z.infer<typeof serveSchema>;
  const out: Finding[] = [];
  if (p.servedOn < data.decision!.decidedOn || p.servedOn > ctx.today)
    out.push(fail(CITE.decision, 'mohrss-violations/17/p2', `送达日期须在决定日期（${data.decision!.decidedOn}）与今天之间`, 'The service date lies between the decision and today'));
  return out;
}; // prettier-ignore

/** §19: the party, to the deciding body, once; for a 1+X organisation within 15 working days (1x-exit §7(3)). */
const reviewRequestable = ({ data, payload, ctx }: In): Finding[] => {
  const p = payload as z.infer<typeof reviewRequestSchema>;
  const out = evaluateCheck(reviewCheck.name, ctx.today, {
    decisionBy: data.decidedBy,
    requester: 'concerned',
    addressedTo: data.decidedBy,
  }).findings;
  if (data.reviewDecision)
    out.push(fail(CITE.review, 'mohrss-violations/19/reviewer', '处理决定已经复核，不再受理复核申请', 'The decision has been reviewed already'));
  if (p.requestedOn < data.service!.servedOn || p.requestedOn > ctx.today)
    out.push(fail(CITE.review, 'mohrss-violations/19/standing', `提出日期须在送达日期（${data.service!.servedOn}）与今天之间`, 'The request date lies between service and today'));
  if (data.xOrganisation && data.subject === 'institution')
    out.push(
      ...evaluateCheck(appealCheck.name, ctx.today, {
        noticeReceivedOn: data.service!.servedOn,
        appealLodgedOn: p.requestedOn,
        lodgedWith: 'delegated_unit',
      }, ctx.calendar).findings,
    );
  return out;
}; // prettier-ignore

const reviewDecidable = ({ data, ctx }: In): Finding[] =>
  evaluateCheck(reviewCheck.name, ctx.today, {
    decisionBy: data.decidedBy,
    requester: 'concerned',
    addressedTo: data.decidedBy,
    reviewDecisionBy: data.decidedBy,
  }).findings;

/** A rectification can be accepted only while a suspension or warning of this case runs. */
const rectifying = ({ data }: In): Finding[] =>
  data.decision?.sanctions.includes('rectification') ||
  (data.decision?.choices.xMeasures ?? []).includes('rectification')
    ? data.rectification
      ? [
          fail(
            mv(13),
            'mohrss-violations/17/p2',
            '整改已经验收',
            'The rectification has been accepted already',
          ),
        ]
      : []
    : [
        fail(
          mv(13),
          'mohrss-violations/17/p2',
          '本案处理决定没有限期整改',
          'The decision ordered no rectification',
        ),
      ];

// ---- updates (pure; payloads validated by the API against events.ts) ----

const sign = (d: ViolationCaseData, { payload, ctx }: { payload: unknown; ctx: ViolationCtx }): ViolationCaseData => {
  const p = payload as z.infer<typeof signSchema>;
  const name = ctx.sessionStaff.find((s) => s.staffId === p.staffId)?.name ?? '';
  const record = d.record ?? { signatures: [], confirmedBy: null };
  return { ...d, record: { ...record, signatures: [...record.signatures, { staffId: p.staffId, name, signedOn: p.signedOn }] } };
}; // prettier-ignore

const confirm = (d: ViolationCaseData, { payload }: { payload: unknown }): ViolationCaseData => {
  const p = payload as z.infer<typeof confirmSchema>;
  return {
    ...d,
    record: { ...d.record!, confirmedBy: { name: p.siteHeadName, confirmedOn: p.confirmedOn } },
  };
};

const recordCharge = (d: ViolationCaseData, { payload, ctx }: { payload: unknown; ctx: ViolationCtx }): ViolationCaseData => {
  const charge = { ...(payload as z.infer<typeof chargeSchema>), recordedOn: ctx.today };
  // A new charge needs a new notice (§17 ¶1): the old one no longer states what will be decided.
  return { ...d, charge, proposal: proposalOf(chargeFindings(d, charge, ctx, ctx.today)), notice: null };
}; // prettier-ignore

const serveNotice = (d: ViolationCaseData, { payload }: { payload: unknown }): ViolationCaseData => {
  const p = payload as z.infer<typeof noticeSchema>;
  const choices = choicesOf(p);
  return {
    ...d,
    notice: {
      servedOn: p.servedOn,
      means: p.means,
      statementDueOn: p.statementDueOn,
      periodReason: p.periodReason,
      reasons: p.reasons,
      choices,
      sanctions: notifiedSanctions(d.proposal!, choices),
    },
  };
};

const addStatement =
  (stage: 'notice' | 'review') =>
  (d: ViolationCaseData, { payload }: { payload: unknown }): ViolationCaseData => {
    const p = payload as z.infer<typeof statementSchema>;
    return {
      ...d,
      statements: [...d.statements, { text: p.text, receivedOn: p.receivedOn, form: p.form, stage }],
    };
  };

const decide = (d: ViolationCaseData, { payload, ctx }: { payload: unknown; ctx: ViolationCtx }): ViolationCaseData => {
  const p = payload as z.infer<typeof decideSchema>;
  const choices = lightened(d.notice!.choices, p.withdraw ?? []);
  return {
    ...d,
    decision: {
      decidedOn: ctx.today,
      sanctions: notifiedSanctions(d.proposal!, choices),
      choices,
      departure: p.withdraw?.length ? (p.departure ?? p.statementAnswer) : null,
    },
  };
}; // prettier-ignore

const serve = (d: ViolationCaseData, { payload }: { payload: unknown }): ViolationCaseData => {
  const p = payload as z.infer<typeof serveSchema>;
  return { ...d, service: { servedOn: p.servedOn, means: p.means } };
};

const requestReview = (d: ViolationCaseData, { payload }: { payload: unknown }): ViolationCaseData => {
  const p = payload as z.infer<typeof reviewRequestSchema>;
  return { ...d, review: { requestedOn: p.requestedOn, grounds: p.grounds, form: p.form } };
};

const decideReview = (d: ViolationCaseData, { payload, ctx }: { payload: unknown; ctx: ViolationCtx }): ViolationCaseData => {
  const p = payload as z.infer<typeof reviewDecisionSchema>;
  const reviewDecision = { decidedOn: ctx.today, outcome: p.outcome, reason: p.reason };
  if (p.outcome !== 'varied') return { ...d, reviewDecision };
  const choices = lightened(d.decision!.choices, p.withdraw ?? []);
  return { ...d, reviewDecision, decision: { ...d.decision!, choices, sanctions: notifiedSanctions(d.proposal!, choices) } };
}; // prettier-ignore

const acceptRectification = (d: ViolationCaseData, { payload }: { payload: unknown }): ViolationCaseData => {
  const p = payload as z.infer<typeof rectificationSchema>;
  return { ...d, rectification: { completedOn: p.completedOn, note: p.note } };
};

const drop = (
  d: ViolationCaseData,
  { payload, ctx }: { payload: unknown; ctx: ViolationCtx },
): ViolationCaseData => ({
  ...d,
  dropped: { reason: (payload as z.infer<typeof dropSchema>).reason, on: ctx.today },
});

const decider = ['authority'] as const;
// The party acts online by account (an institution), through the party page (a person: the use case
// checks name and document and acts as 'system'), or the deciding body records a paper statement.
const party = ['applicant', 'authority', 'system'] as const;

export const violationCaseMachine = defineMachine<
  'opened' | 'investigating' | 'notice_served' | 'decided' | 'in_force' | 'review_requested' | 'closed' | 'dropped',
  string,
  ViolationCaseData,
  ViolationCtx
>({
  id: VIOLATION_CASE,
  procedure_zh: '违纪违规行为处理',
  procedure_en: 'Handling of a violation',
  initial: 'opened',
  // The deciding body opens the case; an authority may open one on an institution (§16 ¶3).
  openedBy: ['authority'],
  states: {
    opened: { label_zh: '立案（现场记录签字确认）', label_en: 'Opened (on-site record: signatures and confirmation)', awaiting: 'authority' },
    investigating: { label_zh: '调查认定', label_en: 'Investigation and determination', awaiting: 'authority' },
    notice_served: { label_zh: '已告知，听取陈述申辩', label_en: 'Notice served: statement and defence', awaiting: 'applicant' },
    decided: { label_zh: '已作出处理决定，待送达', label_en: 'Decided: to be served', awaiting: 'authority' },
    in_force: { label_zh: '处理决定已送达', label_en: 'Decision served' },
    review_requested: { label_zh: '复核中', label_en: 'Under review', awaiting: 'authority' },
    closed: { label_zh: '已归档', label_en: 'Archived', final: true },
    dropped: { label_zh: '不予处理', label_en: 'Dropped without sanction', final: true },
  },
  transitions: [
    { from: 'opened', event: 'sign_record', to: 'opened', guard: 'signable', actor: decider, citations: [CITE.record], description_zh: '工作人员在现场记录上签字', description_en: 'A staff member signs the on-site record', update: sign },
    { from: 'opened', event: 'confirm_record', to: 'opened', guard: 'recordComplete', actor: decider, citations: [CITE.record], description_zh: '考场负责人确认现场记录', description_en: 'The head of the exam room confirms the record', update: confirm },
    { from: 'opened', event: 'record_charge', to: 'investigating', guard: 'recordedAndHolds', actor: decider, citations: [CITE.record, CITE.competence], description_zh: '认定违纪违规事实（规则给出处理建议）', description_en: 'Determine the facts (the rules propose the sanction)', update: recordCharge },
    { from: 'opened', event: 'drop', to: 'dropped', actor: decider, citations: [CITE.competence], description_zh: '不予处理', description_en: 'Drop the case', update: drop },
    { from: 'investigating', event: 'record_charge', to: 'investigating', guard: 'chargeHolds', actor: decider, citations: [CITE.competence], description_zh: '认定违纪违规事实（规则给出处理建议）', description_en: 'Determine the facts (the rules propose the sanction)', update: recordCharge },
    { from: 'investigating', event: 'serve_notice', to: 'notice_served', guard: 'noticeReady', actor: decider, citations: [CITE.notice], description_zh: '告知拟作出的处理决定及事实、理由和依据', description_en: 'Serve notice of the proposed decision, its facts, reasons and basis', update: serveNotice, documents: ['violation_notice'] },
    { from: 'investigating', event: 'drop', to: 'dropped', actor: decider, citations: [CITE.competence], description_zh: '不予处理', description_en: 'Drop the case', update: drop },
    { from: 'notice_served', event: 'submit_statement', to: 'notice_served', actor: party, citations: [CITE.notice], description_zh: '陈述和申辩', description_en: 'Statement and defence', update: addStatement('notice') },
    { from: 'notice_served', event: 'record_charge', to: 'investigating', guard: 'chargeHolds', actor: decider, citations: [CITE.notice], description_zh: '重新认定事实（须重新告知）', description_en: 'Determine the facts anew (a new notice follows)', update: recordCharge },
    { from: 'notice_served', event: 'decide', to: 'decided', guard: 'decisionReady', actor: decider, citations: [CITE.competence, CITE.decision], description_zh: '作出书面处理决定', description_en: 'Make the written decision', update: decide, documents: ['violation_decision'] },
    { from: 'notice_served', event: 'drop', to: 'dropped', actor: decider, citations: [CITE.notice], description_zh: '听取陈述申辩后不予处理', description_en: 'Drop the case after the statement', update: drop },
    { from: 'decided', event: 'serve_decision', to: 'in_force', guard: 'serviceFindings', actor: decider, citations: [CITE.decision], description_zh: '送达或公告处理决定', description_en: 'Serve or announce the decision', update: serve },
    { from: 'in_force', event: 'request_review', to: 'review_requested', guard: 'reviewRequestable', actor: party, citations: [CITE.review], description_zh: '对处理决定提出陈述和申辩（申请复核）', description_en: 'Ask for a review of the decision', update: requestReview },
    { from: 'in_force', event: 'accept_rectification', to: 'in_force', guard: 'rectifying', actor: decider, citations: [mv(13)], description_zh: '整改验收，恢复评价活动', description_en: 'Accept the rectification; evaluations resume', update: acceptRectification },
    { from: 'in_force', event: 'close', to: 'closed', actor: decider, citations: [CITE.archive], description_zh: '归档', description_en: 'Archive the case' },
    { from: 'review_requested', event: 'decide_review', to: 'in_force', guard: 'reviewDecidable', actor: decider, citations: [CITE.review], description_zh: '作出复核决定', description_en: 'Decide the review', update: decideReview, documents: ['review_decision'] },
  ],
  guards: { signable, recordComplete, recordedAndHolds, chargeHolds, noticeReady, decisionReady, serviceFindings, reviewRequestable, reviewDecidable, rectifying },
}); // prettier-ignore
