// The guards of the 1+X selection machine. Each returns the findings a person sees: the rules'
// findings (1x-selection.eligibility, 1x-selection.publication from the rule catalogue — the legal
// conditions are never re-implemented here) and the procedure's own facts (the call's window, the
// materials, the panel, the credit record), each citing its article.
import type { Citation } from '../../domain/citation.js';
import { evaluateCheck } from '../../rules/catalogue.js';
import type { Finding } from '../../rules/finding.js';
import type { GuardInput } from '../machine.js';
import {
  panelDrawFindings,
  panelOutcomeFindings,
  type PanelDrawCtx,
  type PanelOpinionsCtx,
} from '../review/panel.js';
import { APPLICATION, CREDIT_NOTICE_PUBLICATION, EXPERT_SELECTION, RECRUITMENT } from './citations.js';
import { creditPicture, creditRecordFindings } from './credit.js';
import { eligibilityFactsOf, type Assessments, type Selection1xData } from './data.js';
import type { WorkingDayCalendar } from '../../calendar/calendar-data.js';
import { noticeFindings, type NoticeFacts } from '../public-notice/objections.js';
import type {
  ApprovalPayload,
  CreditCheckPayload,
  PublishPayload,
  SelectPayload,
  SiteVisitPayload,
} from './events.js';

/** The recruitment call as it stands at the moment of the transition. */
export interface CallState {
  status: 'draft' | 'published' | 'closed';
  openOn: string;
  closeOn: string;
  fields: string[];
}

/** What the guards need beyond the case data, loaded under the case lock by the procedure module. */
export interface Selection1xCtx {
  /** The day of the transition in China: the asOf of the rules. */
  today: string;
  call?: CallState | null;
  materials?: { complete: boolean; missing: string[] };
  draw?: PanelDrawCtx;
  opinions?: PanelOpinionsCtx;
  /** The case's public notice and its objections (src/use-cases/public-notice), once started. */
  notice?: NoticeFacts | null;
  /** start_notice: the working-day calendar the notice period is counted on. */
  calendar?: WorkingDayCalendar;
  /** submit: the 1x-exit §10 findings of the re-entry bars the applicant matches (src/use-cases/exits/reentry-bars.ts). */
  reentry?: Finding[];
}

type In = GuardInput<Selection1xData, Selection1xCtx>;

const procedural = (
  id: string,
  citation: Citation,
  passed: boolean,
  message_zh: string,
  message_en: string,
  values: Record<string, unknown>,
): Finding => ({ ruleId: `entry/1x-selection/${id}`, citation, passed, message_zh, message_en, values });

/** §14: applications are taken while the call is published, from its first to its last day (inclusive). */
export function callWindowFinding(call: CallState | null | undefined, today: string): Finding {
  if (!call)
    return procedural(
      'call-window',
      APPLICATION,
      false,
      '招募公告不存在',
      'The recruitment call does not exist',
      {},
    );
  const values = { status: call.status, openOn: call.openOn, closeOn: call.closeOn, today };
  if (call.status !== 'published')
    return procedural(
      'call-window',
      APPLICATION,
      false,
      call.status === 'closed' ? '招募公告已截止，不再受理申报' : '招募公告尚未发布',
      call.status === 'closed' ? 'The call is closed' : 'The call is not published',
      values,
    );
  const inside = today >= call.openOn && today <= call.closeOn;
  return procedural(
    'call-window',
    APPLICATION,
    inside,
    inside
      ? `在招募公告规定的申报时间内（${call.openOn} 至 ${call.closeOn}）提交`
      : today < call.openOn
        ? `申报尚未开始：招募公告规定的申报时间为 ${call.openOn} 至 ${call.closeOn}，今天是 ${today}`
        : `申报已截止：招募公告规定的申报时间为 ${call.openOn} 至 ${call.closeOn}，今天是 ${today}`,
    inside
      ? `Within the call's window (${call.openOn} to ${call.closeOn})`
      : `Outside the call's window (${call.openOn} to ${call.closeOn}); today is ${today}`,
    values,
  );
}

/** §12 分领域招募: the field applied for is one the call names. */
export function fieldFinding(call: CallState | null | undefined, field: string): Finding {
  const ok = !!call && call.fields.includes(field);
  return procedural(
    'call-field',
    RECRUITMENT,
    ok,
    ok
      ? `申报领域“${field}”为招募公告所列领域`
      : `申报领域“${field}”不在招募公告所列领域（${call?.fields.join('、') ?? '—'}）中`,
    ok ? `Field ${field} is one of the call's` : `Field ${field} is not one of the call's`,
    { field, callFields: call?.fields ?? [] },
  );
}

/** §14 按要求向有关机构提交申报材料. */
export function materialsFinding(m: Selection1xCtx['materials']): Finding {
  const complete = m?.complete ?? false;
  return procedural(
    'materials',
    APPLICATION,
    complete,
    complete ? '申报材料齐全' : `申报材料不全，尚缺：${m?.missing.join('、') ?? '（未能读取材料清单）'}`,
    complete ? 'Materials complete' : `Materials missing: ${m?.missing.join(', ') ?? '?'}`,
    { missing: m?.missing ?? [] },
  );
}

/** 1x-selection.eligibility as of the day the application was submitted (the check's asOf). */
export function eligibilityFindings(data: Selection1xData, appraisal: Assessments, today: string): Finding[] {
  const asOf = data.submittedOn ?? today;
  return evaluateCheck('1x-selection.eligibility', asOf, eligibilityFactsOf(data.application, appraisal))
    .findings;
}

/** 1x-selection.publication, with the credit record as it counts on `asOf` (credit.ts). */
export function publicationFindings(
  data: Selection1xData,
  notice: NoticeFacts | null | undefined,
  approved: boolean,
  asOf: string,
): Finding[] {
  const credit = creditPicture(data.creditChecks, data.shortlistedOn, asOf);
  const objections = notice?.objections ?? [];
  const answered = objections.every((o) => o.answeredAt !== null);
  const facts = {
    creditCheck: credit.creditCheck,
    taxCheck: credit.taxCheck,
    publicNotice: {
      ended: !!notice && asOf > notice.endsOn,
      objections: objections.length,
      // An objection stands in the way until it is answered and found groundless (publication.ts):
      // while one is unanswered the appraisal is not made yet (needs_judgement — the notice's own
      // 'objections answered' finding blocks), and one found founded fails.
      ...(objections.length > 0 && answered
        ? { objectionsUnfounded: objections.every((o) => o.finding === 'unfounded') }
        : {}),
    },
    jointConferenceApproved: approved,
  };
  return [
    ...creditRecordFindings(credit, data.shortlistedOn, asOf),
    ...evaluateCheck('1x-selection.publication', asOf, facts).findings,
  ];
}

/** The findings of the rules (by id prefix) that apply at this step of §16's order. */
const only = (findings: Finding[], ...prefixes: string[]) =>
  findings.filter((f) => prefixes.some((p) => f.ruleId.startsWith(p)));
const CREDIT_RECORD = 'entry/1x-selection/credit-record/';

export const guards = {
  /** draft → submitted: within the call's window, a field of the call, materials complete (§12, §14). */
  submission: ({ data, ctx }: In): Finding[] => [
    callWindowFinding(ctx.call, ctx.today),
    fieldFinding(ctx.call, data.application.field),
    materialsFinding(ctx.materials),
    // 1x-exit §10: the day of 申报 is the day of submission; a bar that began after the draft was opened counts.
    ...(ctx.reentry ?? []),
  ],

  /**
   * correction → submitted: the corrected materials complete. The window is not asked again: the
   * application was made in time and the correction was asked for by the office.
   */
  resubmission: ({ data, ctx }: In): Finding[] => [
    fieldFinding(ctx.call, data.application.field),
    materialsFinding(ctx.materials),
  ],

  /** submitted → eligible: the §2, §6–10 conditions the application states (the appraisals wait for the experts). */
  eligibility: ({ data, ctx }: In): Finding[] => eligibilityFindings(data, {}, ctx.today),

  /** eligible → expert_review: a panel from the selection expert pool (§13), conflicts left out (§15). */
  panelDraw: ({ ctx, payload }: In): Finding[] =>
    payload === undefined ? [] : panelDrawFindings(ctx.draw, EXPERT_SELECTION),

  /**
   * expert_review → shortlisted: the panel recommends it and the §6–10 conditions hold with the
   * panel's appraisal (§15 专家对照条件择优遴选).
   */
  select: ({ data, ctx, payload }: In): Finding[] => {
    const p = payload as SelectPayload | undefined;
    return [
      ...panelOutcomeFindings(ctx.opinions, 'approve', payload, EXPERT_SELECTION),
      ...eligibilityFindings(data, p?.assessments ?? {}, ctx.today),
    ];
  },
  notSelect: ({ ctx, payload }: In): Finding[] =>
    panelOutcomeFindings(ctx.opinions, 'reject', payload, EXPERT_SELECTION),
  revise: ({ ctx, payload }: In): Finding[] =>
    panelOutcomeFindings(ctx.opinions, 'revise', payload, EXPERT_SELECTION),

  /** A site visit is recorded for a day that has come, after the application was submitted. */
  siteVisit: ({ data, ctx, payload }: In): Finding[] => {
    const p = payload as SiteVisitPayload | undefined;
    if (!p) return []; // previewed before its form is filled in: judged when it is sent
    const from = data.submittedOn ?? '0000-01-01';
    const ok = p.visitedOn >= from && p.visitedOn <= ctx.today;
    return [
      procedural(
        'site-visit-date',
        EXPERT_SELECTION,
        ok,
        ok
          ? `实地考察于 ${p.visitedOn} 进行`
          : `考察日期 ${p.visitedOn} 应在申报提交（${from}）之后、不晚于今天（${ctx.today}）`,
        ok ? `Site visit on ${p.visitedOn}` : `Visit date ${p.visitedOn} outside ${from}..${ctx.today}`,
        { visitedOn: p.visitedOn, submittedOn: data.submittedOn, today: ctx.today },
      ),
    ];
  },

  /** A credit result entered for the shortlisted organisation is dated from shortlisting to today (credit.ts). */
  creditEntry: ({ data, ctx, payload }: In): Finding[] => {
    const p = payload as CreditCheckPayload | undefined;
    if (!p) return [];
    const from = data.shortlistedOn ?? ctx.today;
    const ok = p.checkedOn >= from && p.checkedOn <= ctx.today;
    return [
      procedural(
        'credit-date',
        CREDIT_NOTICE_PUBLICATION,
        ok,
        ok
          ? `核查日期 ${p.checkedOn}，在拟入围（${from}）之后`
          : `核查日期 ${p.checkedOn} 应在拟入围之日（${from}）至今天（${ctx.today}）之间：第十六条的核查对象是经遴选拟入围的组织`,
        ok ? `Checked on ${p.checkedOn}` : `Check date ${p.checkedOn} outside ${from}..${ctx.today}`,
        { checkedOn: p.checkedOn, shortlistedOn: data.shortlistedOn, today: ctx.today },
      ),
    ];
  },

  /** shortlisted → public_notice: §16 信用核查 done on all three channels and clear, before the notice. */
  creditCleared: ({ data, ctx }: In): Finding[] =>
    only(
      publicationFindings(data, null, false, ctx.today),
      CREDIT_RECORD,
      '1x-selection/16/credit',
      '1x-selection/16/tax',
    ),

  /** shortlisted → not_selected: a channel found an adverse record. */
  creditAdverse: ({ data, ctx }: In): Finding[] => {
    const credit = creditPicture(data.creditChecks, data.shortlistedOn, ctx.today);
    const adverse = credit.creditCheck === 'adverse' || credit.taxCheck === 'major_violation';
    return [
      procedural(
        'credit-adverse',
        CREDIT_NOTICE_PUBLICATION,
        adverse,
        adverse ? '信用核查发现不良记录' : '信用核查未发现不良记录，不能以此为由不予入围',
        adverse ? 'An adverse credit record was found' : 'No adverse credit record',
        { creditCheck: credit.creditCheck, taxCheck: credit.taxCheck },
      ),
    ];
  },

  /** public_notice → awaiting_approval: the period is over and every objection answered and groundless (§16). */
  noticeEnded: ({ data, ctx }: In): Finding[] => [
    ...noticeFindings(ctx.notice ?? null, ctx.today, CREDIT_NOTICE_PUBLICATION),
    ...only(publicationFindings(data, ctx.notice, false, ctx.today), '1x-selection/16/public-notice'),
  ],

  /** public_notice → not_selected: an objection was found well-founded. */
  objectionUpheld: ({ ctx }: In): Finding[] => {
    const upheld = (ctx.notice?.objections ?? []).filter((o) => o.finding === 'founded').length;
    return [
      procedural(
        'objection-upheld',
        CREDIT_NOTICE_PUBLICATION,
        upheld > 0,
        upheld > 0 ? `公示期间的异议经核实成立（${upheld} 件）` : '没有经核实成立的异议',
        upheld > 0 ? `${upheld} objection(s) upheld` : 'No objection upheld',
        { upheld },
      ),
    ];
  },

  /** awaiting_approval → approved: credit, tax and notice all clear, and the approval dated (§16). */
  approval: ({ data, ctx, payload }: In): Finding[] => {
    const p = payload as ApprovalPayload | undefined;
    if (!p)
      return only(
        publicationFindings(data, ctx.notice, false, ctx.today),
        CREDIT_RECORD,
        '1x-selection/16/credit',
        '1x-selection/16/tax',
        '1x-selection/16/public-notice',
      );
    const dated = p.decidedOn <= ctx.today && (data.notice?.endsOn ?? ctx.today) < p.decidedOn;
    return [
      ...only(
        publicationFindings(data, ctx.notice, false, ctx.today),
        CREDIT_RECORD,
        '1x-selection/16/credit',
        '1x-selection/16/tax',
        '1x-selection/16/public-notice',
      ),
      procedural(
        'approval-date',
        CREDIT_NOTICE_PUBLICATION,
        dated,
        dated
          ? `部际联席会议于 ${p.decidedOn} 审议通过（${p.form === 'meeting' ? '会议审议' : '书面审议'}，${p.reference}）`
          : `审议日期 ${p.decidedOn} 应在公示期满（${data.notice?.endsOn ?? '—'}）之后、不晚于今天（${ctx.today}）`,
        dated ? `Approved on ${p.decidedOn}` : `Approval date ${p.decidedOn} out of order`,
        { decidedOn: p.decidedOn, noticeEndsOn: data.notice?.endsOn ?? null, today: ctx.today },
      ),
    ];
  },

  /**
   * approved → published: the whole 1x-selection.publication check on the day of publication, and a
   * validity that starts no earlier than publication (the text sets no end: 试点资格 lasts until the
   * organisation leaves the catalogue under §28 and 1x-exit).
   */
  publication: ({ data, ctx, payload }: In): Finding[] => {
    const p = (payload ?? {}) as PublishPayload;
    const from = p.validFrom ?? ctx.today;
    const to = p.validTo ?? null;
    const ok = from >= ctx.today && (to === null || to >= from);
    return [
      ...publicationFindings(data, ctx.notice, data.approval !== null, ctx.today),
      procedural(
        'validity',
        CREDIT_NOTICE_PUBLICATION,
        ok,
        ok
          ? `有效期自 ${from} 起${to ? `至 ${to} 止` : '（文本未规定期限，至退出目录时止）'}`
          : `有效期应自发布之日（${ctx.today}）或其后开始，且截止日不早于起始日（${from}${to ? ` 至 ${to}` : ''}）`,
        ok ? `Valid from ${from}${to ? ` to ${to}` : ''}` : `Invalid validity ${from}..${to ?? ''}`,
        { validFrom: from, validTo: to, publishedOn: ctx.today },
      ),
    ];
  },
};
