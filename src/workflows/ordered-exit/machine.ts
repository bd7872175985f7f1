// Ordered exit — 1+X revocation (1x-exit §3, §5, §7; 1x-selection §28) and Guizhou ordered termination
// (gz-rules §15–16) — as one declared state machine with guards on the regime (decision 0045).
//
// 1x-exit 第七条 取消培训评价组织资质或职业技能等级证书实施资格的，按以下程序办理：（二）… 调查核实，组织专家进行评议
// 并提出评议意见。（三）将评议意见书面反馈相关培训评价组织，培训评价组织若有异议，在收到书面通知后十五个工作日内向
// 具体受托单位提出申诉，由具体受托单位按程序组织复核。（四）对经查实存在问题但尚不构成取消情形的，视情节给予约谈、
// 警告、通报、责令限期整改、限制实施规模、扣减有关经费等处理。（五）对经查实拟取消的 … 名单，由部际联席会议办公室负责
// 征求国家发展改革委、市场监管总局等单位意见，并向部际联席会议报告。（六）拟撤销的 … 名单由具体受托单位在一定范围内
// 公示。公示无异议的由有关单位向社会发布。
// gz-rules 第十五条 评价机构存在严重违法违规行为的，由人力资源社会保障部门责令终止评价活动，移出职业技能评价机构目录，
// 并向社会公告；评价机构应在规定时限内完成收尾工作，合规上报证书数据。第十六条 … 出具终止评价活动通知书，相关情况报
// 人力资源社会保障部备案 …
//
// Periods: the appeal runs 15 working days from the day after receipt (the only period in the texts: a
// clock on the Chinese working-day calendar, rebased on the receipt date the authority records); the
// notice's length and the wrap-up time are the authority's, with its reason.
import type { Citation } from '../../domain/citation.js';
import type { Finding } from '../../rules/finding.js';
import { evaluateCheck } from '../../rules/catalogue.js';
import { appealCheck } from '../../rules/1x-exit/appeal.js';
import { ex } from '../../rules/1x-exit/rule.js';
import { gz } from '../../rules/gz-rules/rule.js';
import { sel } from '../../rules/1x-selection/rule.js';
import { orderedCheck } from '../../rules/gz-rules/exit.js';
import { appealWorkingDays } from '../../parameters/1x-exit.js';
import { parameterAt } from '../../parameters/parameter.js';
import { addWorkingDays } from '../../calendar/working-days.js';
import { noticeFindings } from '../public-notice/objections.js';
import { computeNoticePeriod, type NoticePeriod } from '../public-notice/notice-period.js';
import type { WorkingDayCalendar } from '../../calendar/calendar-data.js';
import { defineMachine, type GuardInput } from '../machine.js';
import type { z } from 'zod';
import type { ExitScopeChoice, OrderedExitCtx, OrderedExitData } from './data.js';
import type {
  appealDecisionSchema,
  appealSchema,
  conferenceReportSchema,
  consultationSchema,
  dropSchema,
  measuresSchema,
  ministryReportSchema,
  noticeSchema,
  opinionSchema,
  orderSchema,
  receiptSchema,
  revokeSchema,
  serveOpinionSchema,
} from './events.js';

export const ORDERED_EXIT = 'ordered-exit';

export const CITE = {
  revocation: ex(5),
  investigation: ex(7, 2),
  appeal: ex(7, 3),
  measures: ex(7, 4),
  consultation: ex(7, 5),
  notice: ex(7, 6),
  scope: ex(2),
  section28: sel(28),
  ordered: gz(15),
  report: gz(16),
} satisfies Record<string, Citation>;

type In = GuardInput<OrderedExitData, OrderedExitCtx>;

const fail = (citation: Citation, ruleId: string, zh: string, en: string, values = {}): Finding => ({
  ruleId,
  citation,
  passed: false,
  message_zh: zh,
  message_en: en,
  values,
});
const ok = (citation: Citation, ruleId: string, zh: string, en: string, values = {}): Finding => ({
  ...fail(citation, ruleId, zh, en, values),
  passed: true,
});

/** The day the appeal period of §7(3) ends: the 15th working day after receipt (parameter as of receipt). */
export function appealDueOn(receivedOn: string, ctx: Pick<OrderedExitCtx, 'calendar'>): string {
  return addWorkingDays(ctx.calendar, receivedOn, parameterAt(appealWorkingDays, receivedOn)).due;
}

const regimeIs =
  (regime: OrderedExitData['regime']) =>
  ({ data }: In): Finding[] =>
    data.regime === regime
      ? []
      : [
          fail(
            regime === '1x-exit' ? CITE.revocation : CITE.ordered,
            'ordered-exit/regime',
            regime === '1x-exit'
              ? '该步骤只适用于 1+X 培训评价组织的取消资格程序（1x-exit 第七条）'
              : '该步骤只适用于贵州省评价机构的责令终止程序（gz-rules 第十五条）',
            regime === '1x-exit' ? 'Only in a 1+X revocation (1x-exit §7)' : 'Only in a Guizhou ordered termination (gz-rules §15)',
          ),
        ]; // prettier-ignore

const notAfterToday = (date: string, today: string, what: string, c: Citation): Finding[] =>
  date > today
    ? [fail(c, 'ordered-exit/date', `${what}（${date}）不能晚于今天`, `${what} cannot be in the future`)]
    : [];

/** 1x-exit §2 (and the same for a filing's occupations): what may leave under each regime. */
export function scopeFindings(data: OrderedExitData, scope: ExitScopeChoice): Finding[] {
  const out: Finding[] = [];
  if (data.regime === '1x-exit' && scope.kind === 'occupations')
    out.push(fail(CITE.scope, 'ordered-exit/scope', '培训评价组织的退出范围为组织资质或证书实施资格（第二条）', 'A 1+X exit covers the organisation or certificate programmes (§2)'));
  if (data.regime === 'gz-rules' && scope.kind === 'programmes')
    out.push(fail(CITE.ordered, 'ordered-exit/scope', '评价机构的退出范围为整个备案或部分职业（工种）', 'A Guizhou exit covers the filing or some occupations'));
  if (scope.kind === 'programmes') {
    const live = new Set(data.programmes.map((p) => p.seq));
    if (scope.seqs.length === 0) out.push(fail(CITE.scope, 'ordered-exit/scope', '须选择退出的职业技能等级证书', 'Choose the certificate programmes'));
    for (const s of scope.seqs)
      if (!live.has(s)) out.push(fail(CITE.scope, 'ordered-exit/scope', `证书序号 ${s} 不是该组织正在实施的证书`, `Programme ${s} is not one the organisation runs`));
    if (out.length === 0 && scope.seqs.length === live.size)
      out.push(ok(CITE.scope, 'ordered-exit/scope', '所选证书为该组织全部证书：组织资质随之取消（第二条第二款）', 'Every programme: the organisation’s qualification goes too (§2 ¶2)'));
  }
  if (scope.kind === 'occupations') {
    const live = new Set(data.occupations.map((o) => `${o.occupationCode}/${o.level}`));
    if (scope.occupations.length === 0) out.push(fail(CITE.ordered, 'ordered-exit/scope', '须选择退出的职业（工种）', 'Choose the occupations'));
    for (const o of scope.occupations)
      if (!live.has(`${o.occupationCode}/${o.level}`)) out.push(fail(CITE.ordered, 'ordered-exit/scope', `${o.occupationCode}（${o.level} 级）不在该机构的备案范围内`, `${o.occupationCode} level ${o.level} is not filed`));
  }
  return out;
} // prettier-ignore

type ScopePayload = Pick<z.infer<typeof revokeSchema>, 'scope' | 'programmeSeqs' | 'occupations'>;
export const scopeOf = (p: ScopePayload): ExitScopeChoice =>
  p.scope === 'programmes'
    ? { kind: 'programmes', seqs: [...new Set(p.programmeSeqs ?? [])] }
    : p.scope === 'occupations'
      ? { kind: 'occupations', occupations: p.occupations ?? [] }
      : { kind: 'institution' };

const wrapUpFindings = (p: { wrapUpDue: string | null }, today: string): Finding[] =>
  p.wrapUpDue !== null && p.wrapUpDue < today
    ? [fail(CITE.ordered, 'ordered-exit/wrap-up', `收尾时限（${p.wrapUpDue}）不能早于决定日`, 'The wrap-up time cannot end before the decision')]
    : []; // prettier-ignore

// ---- guards ----

const opinionReady = (input: In): Finding[] => {
  const p = input.payload as z.infer<typeof opinionSchema>;
  const out = regimeIs('1x-exit')(input);
  if (p.proposal === 'revoke' && p.grounds.length === 0)
    out.push(fail(CITE.revocation, 'ordered-exit/grounds', '拟取消的，须写明查实的第五条情形', 'A proposed revocation names the §5 grounds'));
  if (p.proposal === 'revoke') out.push(...scopeFindings(input.data, scopeOf(p)));
  return out;
}; // prettier-ignore

const serviceReady = ({ data, payload, ctx }: In): Finding[] => {
  const p = payload as z.infer<typeof serveOpinionSchema>;
  const out = notAfterToday(p.servedOn, ctx.today, '送达日期', CITE.appeal);
  if (p.servedOn < data.opinion!.recordedOn)
    out.push(fail(CITE.appeal, 'ordered-exit/date', '送达日期不能早于评议意见形成日期', 'Served before the opinion was formed'));
  return out;
}; // prettier-ignore

const receiptReady = ({ data, payload, ctx }: In): Finding[] => {
  const p = payload as z.infer<typeof receiptSchema>;
  const out = notAfterToday(p.receivedOn, ctx.today, '收到日期', CITE.appeal);
  if (p.receivedOn < data.service!.servedOn)
    out.push(fail(CITE.appeal, 'ordered-exit/date', `收到日期不能早于送达日期（${data.service!.servedOn}）`, 'Received before it was served'));
  return out;
}; // prettier-ignore

/** §7(3): lodged with the delegated unit within 15 working days of receipt (the rule decides). */
const appealInTime = ({ data, payload, ctx }: In): Finding[] => {
  const p = payload as z.infer<typeof appealSchema>;
  const out = notAfterToday(p.lodgedOn, ctx.today, '申诉日期', CITE.appeal);
  if (p.lodgedOn < data.receipt!.receivedOn)
    out.push(fail(CITE.appeal, 'ordered-exit/date', '申诉日期不能早于收到书面通知的日期', 'Lodged before receipt'));
  if (out.length > 0) return out;
  return evaluateCheck(appealCheck.name, ctx.today, { noticeReceivedOn: data.receipt!.receivedOn, appealLodgedOn: p.lodgedOn, lodgedWith: p.lodgedWith }, ctx.calendar).findings;
}; // prettier-ignore

/** §7(3): the next step waits until the appeal period has run out without an appeal. */
const appealPeriodOver = ({ data, ctx }: In): Finding[] => {
  const due = appealDueOn(data.receipt!.receivedOn, ctx);
  return ctx.today > due
    ? [ok(CITE.appeal, 'ordered-exit/appeal-period', `申诉期已于 ${due} 届满，未提出申诉`, `The appeal period ended on ${due} without an appeal`, { due })]
    : [fail(CITE.appeal, 'ordered-exit/appeal-period', `申诉期至 ${due} 止，届满前不能认定无异议`, `The appeal period runs until ${due}`, { due })];
}; // prettier-ignore

const outcomeIs =
  (outcome: 'upheld' | 'quashed') =>
  ({ payload }: In): Finding[] =>
    (payload as z.infer<typeof appealDecisionSchema>).outcome === outcome
      ? []
      : [fail(CITE.appeal, 'ordered-exit/appeal-outcome', '复核结论不符', 'Other outcome')];

const measuresReady = (input: In): Finding[] => {
  const p = input.payload as z.infer<typeof measuresSchema>;
  const out = regimeIs('1x-exit')(input);
  if (p.measures.includes('rectification') && !p.dueOn)
    out.push(fail(CITE.measures, 'ordered-exit/measures', '责令限期整改须设定整改期限', 'A rectification order needs its deadline'));
  return out;
}; // prettier-ignore

/** §7(5): the other departments consulted and the joint conference told, before the list is published. */
const consulted = (input: In): Finding[] => {
  const { data } = input;
  const out = regimeIs('1x-exit')(input);
  if (data.opinion?.proposal !== 'revoke')
    out.push(fail(CITE.revocation, 'ordered-exit/proposal', '评议意见未拟取消，不能公示拟撤销名单', 'The opinion does not propose revocation'));
  out.push(
    data.consultations.length > 0
      ? ok(CITE.consultation, 'ordered-exit/consultation', `已征求 ${data.consultations.length} 个单位的书面意见`, `${data.consultations.length} department(s) consulted`)
      : fail(CITE.consultation, 'ordered-exit/consultation', '尚未征求国家发展改革委、市场监管总局等单位意见（第七条第（五）项）', 'The other departments have not been consulted (§7(5))'),
    data.conferenceReport
      ? ok(CITE.consultation, 'ordered-exit/conference', `已于 ${data.conferenceReport.reportedOn} 向部际联席会议报告`, 'Reported to the joint conference')
      : fail(CITE.consultation, 'ordered-exit/conference', '尚未向部际联席会议报告（第七条第（五）项）', 'Not yet reported to the joint conference (§7(5))'),
  );
  return out;
}; // prettier-ignore

/** §7(6): the notice ended, every objection answered, none founded; the scope valid. */
const revocable = ({ data, payload, ctx }: In): Finding[] => {
  const p = payload as z.infer<typeof revokeSchema>;
  return [
    ...noticeFindings(ctx.notice, ctx.today, CITE.notice),
    ...scopeFindings(data, scopeOf(p)),
    ...wrapUpFindings(p, ctx.today),
  ];
};

const objectionFounded = ({ ctx }: In): Finding[] => {
  const founded = (ctx.notice?.objections ?? []).filter((o) => o.finding === 'founded').length;
  return founded > 0
    ? [ok(CITE.notice, 'public-notice/no-founded-objection', `公示期间的异议经核实成立（${founded} 件）`, `${founded} objection(s) founded`)]
    : [fail(CITE.notice, 'public-notice/no-founded-objection', '没有经核实成立的异议', 'No objection founded')];
}; // prettier-ignore

/** gz-rules §15: the department establishes a serious violation, orders the termination, sets the time. */
const orderable = (input: In): Finding[] => {
  const p = input.payload as z.infer<typeof orderSchema>;
  return [
    ...regimeIs('gz-rules')(input),
    ...scopeFindings(input.data, scopeOf(p)),
    ...wrapUpFindings(p, input.ctx.today),
  ];
};

/** The §15 check on what the department established, recorded with the order (never blocks). */
const seriousViolation = ({ ctx }: In): Finding[] =>
  evaluateCheck(orderedCheck.name, ctx.today, { violationEstablished: true, seriousness: 'serious' })
    .findings;

const reportable = (input: In): Finding[] => {
  const p = input.payload as z.infer<typeof ministryReportSchema>;
  return [
    ...regimeIs('gz-rules')(input),
    ...notAfterToday(p.sentOn, input.ctx.today, '报送日期', CITE.report),
  ];
};

// ---- updates ----

type U = (d: OrderedExitData, i: { payload: unknown; ctx: OrderedExitCtx }) => OrderedExitData;

const recordOpinion: U = (d, { payload, ctx }) => {
  const p = payload as z.infer<typeof opinionSchema>;
  return {
    ...d,
    opinion: { recordedOn: ctx.today, experts: p.experts, facts: p.facts, grounds: p.grounds, proposal: p.proposal, proposedScope: scopeOf(p) },
    service: null,
    receipt: null,
  };
}; // prettier-ignore
const serveOpinion: U = (d, { payload }) => ({
  ...d,
  service: payload as z.infer<typeof serveOpinionSchema>,
});
const recordReceipt: U = (d, { payload }) => ({ ...d, receipt: payload as z.infer<typeof receiptSchema> });
const lodgeAppeal: U = (d, { payload }) => {
  const p = payload as z.infer<typeof appealSchema>;
  return { ...d, appeal: { lodgedOn: p.lodgedOn, grounds: p.grounds } };
};
const decideAppeal: U = (d, { payload, ctx }) => {
  const p = payload as z.infer<typeof appealDecisionSchema>;
  const closed = p.outcome === 'quashed' ? { on: ctx.today, reason: p.reason } : d.closed;
  return { ...d, appealReview: { decidedOn: ctx.today, outcome: p.outcome, reason: p.reason }, closed };
};
const imposeMeasures: U = (d, { payload, ctx }) => {
  const p = payload as z.infer<typeof measuresSchema>;
  return { ...d, measures: { imposedOn: ctx.today, measures: p.measures, dueOn: p.dueOn ?? null, reason: p.reason } };
}; // prettier-ignore
const addConsultation: U = (d, { payload }) => ({
  ...d,
  consultations: [...d.consultations, payload as z.infer<typeof consultationSchema>],
});
const reportConference: U = (d, { payload }) => ({
  ...d,
  conferenceReport: payload as z.infer<typeof conferenceReportSchema>,
});
const decideExit: U = (d, { payload, ctx }) => {
  const p = payload as z.infer<typeof revokeSchema>;
  return {
    ...d,
    decision: { decidedOn: ctx.today, scope: scopeOf(p), entryId: p.entryId ?? null, wrapUpDue: p.wrapUpDue, wrapUpReason: p.wrapUpReason, reason: p.reason },
  };
}; // prettier-ignore
const orderTermination: U = (d, input) => {
  const p = input.payload as z.infer<typeof orderSchema>;
  return { ...decideExit(d, input), established: { facts: p.facts, seriousnessReason: p.seriousnessReason } };
};
const reportMinistry: U = (d, { payload }) => ({
  ...d,
  ministryReport: payload as z.infer<typeof ministryReportSchema>,
});
/** §7(6) says 一定范围内公示 without a period: the authority sets its length and says why. */
export function noticePeriodOf(p: z.infer<typeof noticeSchema>, today: string, calendar: WorkingDayCalendar): NoticePeriod {
  return computeNoticePeriod(
    { publishedOn: today, days: p.days, unit: p.unit, basis: { kind: 'authority', reason: p.basisReason, citation: CITE.notice } },
    calendar,
  );
} // prettier-ignore
const noticeStarted: U = (d, { payload, ctx }) => {
  const n = noticePeriodOf(payload as z.infer<typeof noticeSchema>, ctx.today, ctx.calendar);
  return { ...d, notice: { publishedOn: n.publishedOn, endsOn: n.endsOn, explanation_zh: n.explanation_zh } };
};
const drop: U = (d, { payload, ctx }) => ({
  ...d,
  closed: { on: ctx.today, reason: (payload as z.infer<typeof dropSchema>).reason },
});

const authority = ['authority'] as const;
// The organisation lodges its appeal online, or the delegated unit records a paper one (§7(3)).
const party = ['applicant', 'authority'] as const;

export const orderedExitMachine = defineMachine<
  | 'investigating' | 'opinion_formed' | 'opinion_served' | 'appeal_period' | 'appeal_review' | 'verified'
  | 'public_notice' | 'exited' | 'closed' | 'measures_imposed' | 'dropped',
  string,
  OrderedExitData,
  OrderedExitCtx
>({
  id: ORDERED_EXIT,
  procedure_zh: '责令终止与取消资格',
  procedure_en: 'Ordered termination and revocation',
  initial: 'investigating',
  openedBy: ['authority'],
  states: {
    investigating: { label_zh: '调查核实', label_en: 'Investigation', awaiting: 'authority' },
    opinion_formed: { label_zh: '已形成评议意见，待书面反馈', label_en: 'Expert opinion formed: to be served', awaiting: 'authority' },
    opinion_served: { label_zh: '评议意见已送达，待登记收到日期', label_en: 'Opinion served: receipt to be recorded', awaiting: 'authority' },
    appeal_period: {
      label_zh: '申诉期', label_en: 'Appeal period', awaiting: 'applicant',
      clock: { name: 'appeal', label_zh: '收到书面通知后提出申诉的期限', label_en: 'Period to appeal after receipt', kind: 'working_days', parameter: appealWorkingDays.id, citation: CITE.appeal },
    },
    appeal_review: { label_zh: '申诉复核中', label_en: 'Appeal under review', awaiting: 'authority' },
    verified: { label_zh: '经查实，征求意见', label_en: 'Verified: consultation', awaiting: 'authority' },
    public_notice: { label_zh: '拟撤销名单公示中', label_en: 'Notice of the list to be revoked', awaiting: 'public' },
    exited: { label_zh: '已退出，待报告备案', label_en: 'Exited: to be reported', awaiting: 'authority' },
    closed: { label_zh: '已办结（退出）', label_en: 'Closed (exited)', final: true },
    measures_imposed: { label_zh: '已视情节处理（未取消）', label_en: 'Measures short of revocation', final: true },
    dropped: { label_zh: '不予取消，结案', label_en: 'Closed without exit', final: true },
  },
  transitions: [
    { from: 'investigating', event: 'record_opinion', to: 'opinion_formed', guard: 'opinionReady', actor: authority, citations: [CITE.investigation, CITE.revocation], description_zh: '调查核实，记录专家评议意见', description_en: 'Record the investigation and the expert opinion', update: recordOpinion },
    { from: 'investigating', event: 'order_termination', to: 'exited', guard: 'orderable', recordFindings: 'seriousViolation', actor: authority, citations: [CITE.ordered, CITE.report], description_zh: '认定严重违法违规，责令终止评价活动并向社会公告', description_en: 'Establish a serious violation and order the termination', update: orderTermination, documents: ['termination_notice'] },
    { from: 'investigating', event: 'drop', to: 'dropped', actor: authority, citations: [CITE.investigation], description_zh: '经核实不予取消（终止），结案', description_en: 'Close without exit', update: drop },
    { from: 'opinion_formed', event: 'record_opinion', to: 'opinion_formed', guard: 'opinionReady', actor: authority, citations: [CITE.investigation], description_zh: '修改评议意见', description_en: 'Revise the expert opinion', update: recordOpinion },
    { from: 'opinion_formed', event: 'serve_opinion', to: 'opinion_served', guard: 'serviceReady', actor: authority, citations: [CITE.appeal], description_zh: '将评议意见书面反馈培训评价组织', description_en: 'Serve the opinion in writing', update: serveOpinion, documents: ['exit_opinion'] },
    { from: 'opinion_formed', event: 'drop', to: 'dropped', actor: authority, citations: [CITE.investigation], description_zh: '不予取消，结案', description_en: 'Close without exit', update: drop },
    { from: 'opinion_served', event: 'record_receipt', to: 'appeal_period', guard: 'receiptReady', actor: authority, citations: [CITE.appeal], description_zh: '登记培训评价组织收到书面通知的日期（申诉期起算）', description_en: 'Record the date of receipt (the appeal period starts)', update: recordReceipt },
    { from: 'appeal_period', event: 'lodge_appeal', to: 'appeal_review', guard: 'appealInTime', actor: party, citations: [CITE.appeal], description_zh: '提出申诉', description_en: 'Lodge an appeal', update: lodgeAppeal },
    { from: 'appeal_period', event: 'conclude_appeal_period', to: 'verified', guard: 'appealPeriodOver', actor: authority, citations: [CITE.appeal], description_zh: '申诉期届满未申诉，评议意见确定', description_en: 'The appeal period ended without an appeal' },
    { from: 'appeal_review', event: 'decide_appeal', to: 'verified', guard: 'upheld', actor: authority, citations: [CITE.appeal], description_zh: '作出申诉复核决定', description_en: 'Decide the appeal review', update: decideAppeal, documents: ['appeal_review_decision'] },
    { from: 'appeal_review', event: 'decide_appeal', to: 'dropped', guard: 'quashed', actor: authority, citations: [CITE.appeal], description_zh: '作出申诉复核决定', description_en: 'Decide the appeal review', update: decideAppeal, documents: ['appeal_review_decision'] },
    { from: 'verified', event: 'impose_measures', to: 'measures_imposed', guard: 'measuresReady', actor: authority, citations: [CITE.measures], description_zh: '不构成取消情形，视情节处理', description_en: 'Measures short of revocation', update: imposeMeasures },
    { from: 'verified', event: 'record_consultation', to: 'verified', actor: authority, citations: [CITE.consultation], description_zh: '登记有关部门的书面意见', description_en: 'Record a department’s written opinion', update: addConsultation },
    { from: 'verified', event: 'report_conference', to: 'verified', actor: authority, citations: [CITE.consultation], description_zh: '登记向部际联席会议报告', description_en: 'Record the report to the joint conference', update: reportConference },
    { from: 'verified', event: 'start_notice', to: 'public_notice', guard: 'consulted', actor: authority, citations: [CITE.notice], description_zh: '公示拟撤销名单', description_en: 'Publish the list to be revoked for notice', update: noticeStarted, documents: ['public_notice'] },
    { from: 'verified', event: 'drop', to: 'dropped', actor: authority, citations: [CITE.investigation], description_zh: '不予取消，结案', description_en: 'Close without exit', update: drop },
    { from: 'public_notice', event: 'revoke', to: 'exited', guard: 'revocable', actor: authority, citations: [CITE.notice, CITE.revocation, CITE.scope, CITE.section28], description_zh: '公示无异议，取消资格并向社会发布', description_en: 'No objection: revoke and publish', update: decideExit, documents: ['termination_notice'] },
    { from: 'public_notice', event: 'withdraw_after_objection', to: 'verified', guard: 'objectionFounded', actor: authority, citations: [CITE.notice], description_zh: '异议成立，撤回拟撤销名单', description_en: 'An objection is founded: withdraw the list' },
    { from: 'exited', event: 'report_ministry', to: 'closed', guard: 'reportable', actor: authority, citations: [CITE.report], description_zh: '报人力资源社会保障部备案', description_en: 'Report to the ministry', update: reportMinistry, documents: ['ministry_report'] },
    { from: 'exited', event: 'close', to: 'closed', guard: 'is1x', actor: authority, citations: [CITE.notice], description_zh: '办结', description_en: 'Close the case' },
  ],
  guards: {
    opinionReady, serviceReady, receiptReady, appealInTime, appealPeriodOver, upheld: outcomeIs('upheld'), quashed: outcomeIs('quashed'),
    measuresReady, consulted, revocable, objectionFounded, orderable, seriousViolation, reportable, is1x: regimeIs('1x-exit'),
  },
}); // prettier-ignore
