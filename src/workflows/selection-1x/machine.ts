// 1+X selection of a training-evaluation organisation (1x-selection 第三章 §12–16): an application to a
// recruitment call (§12, §14) → acceptance after the §2, §6–10 conditions the application states are
// checked (1x-selection.eligibility) → a panel drawn from the selection expert pool (§13) selects
// against the conditions, with an optional site visit (§15) → the shortlisted organisation's credit is
// checked on the NDRC and SAMR platforms and with the tax administration (§16) → public notice of the
// result (§16) → approval by the joint conference, at a meeting or in writing (§16) → publication of
// the organisation and its certificate programmes (§16, 1x-selection.publication).
//
// The text sets no time limits for any of these steps (no acceptance or review period, no notice
// length): the only dates are the call's application window, set by the office in the call, and the
// notice period the office sets when it starts the notice. No statutory clock runs.
import { defineMachine } from '../machine.js';
import { withDrawnPanel, withNextRound, withPanelDecision } from '../review/panel.js';
import {
  APPLICATION,
  CONDITIONS,
  CREDIT_NOTICE_PUBLICATION,
  EXPERT_SELECTION,
  RECRUITMENT,
  WORK_PLAN,
} from './citations.js';
import type { NoticeSummary, Selection1xData } from './data.js';
import { builtInCalendar } from '../../calendar/calendar-data.js';
import { computeNoticePeriod, type NoticePeriod } from '../public-notice/notice-period.js';
import type {
  AmendPayload,
  ApprovalPayload,
  CreditCheckPayload,
  PublishPayload,
  RefusalPayload,
  SelectPayload,
  SiteVisitPayload,
  StartNoticePayload,
} from './events.js';
import { guards, type Selection1xCtx } from './guards.js';
import { evaluateCheck } from '../../rules/catalogue.js';
import { eligibilityFactsOf } from './data.js';

export const SELECTION_1X = '1x-selection';

/**
 * §16 says 遴选结果公示 without a period: the office sets its length when it starts the notice and
 * records why (src/workflows/public-notice/notice-period.ts never invents one).
 */
export function noticePeriodOf(
  payload: unknown,
  ctx: Pick<Selection1xCtx, 'today' | 'calendar'>,
): NoticePeriod {
  const p = payload as StartNoticePayload;
  return computeNoticePeriod(
    {
      publishedOn: ctx.today,
      days: p.days,
      unit: p.unit,
      basis: { kind: 'authority', reason: p.basisReason, citation: CREDIT_NOTICE_PUBLICATION },
    },
    ctx.calendar ?? builtInCalendar(),
  );
}

const noticeSummary = (n: NoticePeriod): NoticeSummary => ({
  publishedOn: n.publishedOn,
  startsOn: n.startsOn,
  endsOn: n.endsOn,
  days: n.days,
  unit: n.unit,
  explanation_zh: n.explanation_zh,
});

const amend = (data: Selection1xData, { payload }: { payload: unknown }): Selection1xData => ({
  ...data,
  application: payload as AmendPayload,
});

const refused = (data: Selection1xData, { payload, ctx }: { payload: unknown; ctx: Selection1xCtx }) => ({
  ...data,
  refusal: { on: ctx.today, reason_zh: (payload as RefusalPayload).reason },
});

export const selection1xMachine = defineMachine({
  id: SELECTION_1X,
  procedure_zh: '职业教育培训评价组织遴选（1+X）',
  procedure_en: 'Selection of 1+X training-evaluation organisations',
  initial: 'draft',
  states: {
    draft: {
      label_zh: '填写申报材料',
      label_en: 'Draft application',
      awaiting: 'applicant',
      editableMaterials: true,
    },
    submitted: { label_zh: '待受理（资格审查）', label_en: 'Awaiting acceptance', awaiting: 'authority' },
    correction: {
      label_zh: '补正申报材料',
      label_en: 'Correcting the application',
      awaiting: 'applicant',
      editableMaterials: true,
    },
    eligible: {
      label_zh: '已受理，待抽取评审专家',
      label_en: 'Accepted, panel to be drawn',
      awaiting: 'authority',
    },
    expert_review: { label_zh: '专家遴选评审', label_en: 'Expert selection', awaiting: 'experts' },
    site_visit: { label_zh: '实地考察', label_en: 'Site visit', awaiting: 'authority' },
    revision: {
      label_zh: '按评审意见修改',
      label_en: 'Revising for the panel',
      awaiting: 'applicant',
      editableMaterials: true,
    },
    shortlisted: {
      label_zh: '拟入围，信用核查',
      label_en: 'Shortlisted, credit check',
      awaiting: 'authority',
    },
    public_notice: { label_zh: '遴选结果公示中', label_en: 'Public notice', awaiting: 'public' },
    awaiting_approval: {
      label_zh: '待部际联席会议审议',
      label_en: 'Awaiting the joint conference',
      awaiting: 'authority',
    },
    approved: { label_zh: '审议通过，待发布', label_en: 'Approved, to be published', awaiting: 'authority' },
    published: { label_zh: '已发布（列入培训评价组织和证书清单）', label_en: 'Published', final: true },
    ineligible: { label_zh: '不予受理', label_en: 'Not accepted', final: true },
    not_selected: { label_zh: '未入围', label_en: 'Not selected', final: true },
    not_approved: { label_zh: '审议未通过', label_en: 'Not approved', final: true },
    withdrawn: { label_zh: '已撤回', label_en: 'Withdrawn', final: true },
  },
  guards,
  transitions: [
    // ——— §14 申报 ———
    {
      from: 'draft',
      event: 'amend',
      to: 'draft',
      actor: ['applicant'],
      citations: [APPLICATION],
      description_zh: '修改申报书',
      description_en: 'Revise the application',
      update: amend,
    },
    {
      from: 'draft',
      event: 'submit',
      to: 'submitted',
      guard: 'submission',
      actor: ['applicant'],
      citations: [APPLICATION, RECRUITMENT],
      description_zh: '在招募公告规定时间内提交申报材料',
      description_en: 'Submit the application within the call’s period',
      update: (data, { ctx }) => ({ ...data, submittedOn: ctx.today }),
    },
    {
      from: 'draft',
      event: 'withdraw',
      to: 'withdrawn',
      actor: ['applicant'],
      citations: [APPLICATION],
      description_zh: '撤回申报（自愿申报）',
      description_en: 'Withdraw the application (applying is voluntary)',
    },
    {
      from: 'submitted',
      event: 'request_correction',
      to: 'correction',
      actor: ['authority'],
      citations: [APPLICATION],
      description_zh: '告知补正申报材料',
      description_en: 'Request a correction of the materials',
      documents: ['correction_request'],
    },
    {
      from: 'correction',
      event: 'amend',
      to: 'correction',
      actor: ['applicant'],
      citations: [APPLICATION],
      description_zh: '修改申报书',
      description_en: 'Revise the application',
      update: amend,
    },
    {
      from: 'correction',
      event: 'resubmit',
      to: 'submitted',
      guard: 'resubmission',
      actor: ['applicant'],
      citations: [APPLICATION],
      description_zh: '提交补正材料',
      description_en: 'Submit the corrected materials',
    },
    {
      from: 'correction',
      event: 'withdraw',
      to: 'withdrawn',
      actor: ['applicant'],
      citations: [APPLICATION],
      description_zh: '撤回申报',
      description_en: 'Withdraw the application',
    },
    {
      from: 'submitted',
      event: 'withdraw',
      to: 'withdrawn',
      actor: ['applicant'],
      citations: [APPLICATION],
      description_zh: '撤回申报',
      description_en: 'Withdraw the application',
    },
    {
      from: 'submitted',
      event: 'accept',
      to: 'eligible',
      guard: 'eligibility',
      actor: ['authority'],
      citations: [APPLICATION, ...CONDITIONS],
      description_zh: '资格审查符合条件，予以受理',
      description_en: 'Eligibility check passed: accept',
      documents: ['acceptance_notice'],
      update: (data, { ctx }) => ({
        ...data,
        eligibility: {
          checkedOn: ctx.today,
          outcome: evaluateCheck(
            '1x-selection.eligibility',
            data.submittedOn ?? ctx.today,
            eligibilityFactsOf(data.application),
          ).outcome,
        },
      }),
    },
    {
      from: 'submitted',
      event: 'refuse',
      to: 'ineligible',
      actor: ['authority'],
      citations: [APPLICATION, ...CONDITIONS],
      description_zh: '不符合申报条件，不予受理',
      description_en: 'Conditions not met: not accepted',
      documents: ['rejection_notice'],
      update: refused,
    },

    // ——— §13, §15 专家遴选 ———
    {
      from: 'eligible',
      event: 'draw_panel',
      to: 'expert_review',
      guard: 'panelDraw',
      actor: ['authority'],
      citations: [WORK_PLAN, EXPERT_SELECTION],
      description_zh: '从遴选专家库随机抽取评审专家（回避申报单位人员和利益相关专家）',
      description_en:
        'Draw the panel at random from the selection pool (applicant’s staff and conflicts left out)',
      update: (data, { ctx }) => (ctx.draw ? withDrawnPanel(data, ctx.draw) : data),
    },
    {
      from: 'expert_review',
      event: 'arrange_site_visit',
      to: 'site_visit',
      actor: ['authority'],
      citations: [EXPERT_SELECTION],
      description_zh: '根据需要安排实地考察',
      description_en: 'Arrange a site visit where needed',
    },
    {
      from: 'site_visit',
      event: 'record_site_visit',
      to: 'expert_review',
      guard: 'siteVisit',
      actor: ['authority'],
      citations: [EXPERT_SELECTION],
      description_zh: '记录实地考察情况',
      description_en: 'Record the site visit',
      update: (data, { payload }) => {
        const p = payload as SiteVisitPayload;
        return {
          ...data,
          siteVisits: [
            ...data.siteVisits,
            {
              visitedOn: p.visitedOn,
              visitors: p.visitors,
              findings_zh: p.findings_zh,
              conclusion: p.conclusion,
            },
          ],
        };
      },
    },
    {
      from: 'expert_review',
      event: 'select',
      to: 'shortlisted',
      guard: 'select',
      actor: ['authority'],
      citations: [EXPERT_SELECTION, ...CONDITIONS],
      description_zh: '专家对照条件择优遴选，拟入围',
      description_en: 'Panel selects on the conditions: proposed for the list',
      documents: ['selection_result'],
      update: (data, { payload, ctx }) => ({
        ...withPanelDecision(data, ctx.opinions, 'approve', payload),
        assessments: (payload as SelectPayload).assessments,
        shortlistedOn: ctx.today,
      }),
    },
    {
      from: 'expert_review',
      event: 'not_select',
      to: 'not_selected',
      guard: 'notSelect',
      actor: ['authority'],
      citations: [EXPERT_SELECTION],
      description_zh: '专家遴选未入围',
      description_en: 'Panel: not selected',
      documents: ['selection_result'],
      update: (data, { payload, ctx }) => ({
        ...withPanelDecision(data, ctx.opinions, 'reject', payload),
        refusal: { on: ctx.today, reason_zh: (payload as RefusalPayload).reason },
      }),
    },
    {
      from: 'expert_review',
      event: 'return_for_revision',
      to: 'revision',
      guard: 'revise',
      actor: ['authority'],
      citations: [EXPERT_SELECTION],
      description_zh: '按评审组意见退回修改',
      description_en: 'Return for revision as the panel says',
      documents: ['correction_request'],
      update: (data, { payload, ctx }) => withPanelDecision(data, ctx.opinions, 'revise', payload),
    },
    {
      from: 'revision',
      event: 'amend',
      to: 'revision',
      actor: ['applicant'],
      citations: [APPLICATION],
      description_zh: '修改申报书',
      description_en: 'Revise the application',
      update: amend,
    },
    {
      from: 'revision',
      event: 'resubmit',
      to: 'expert_review',
      guard: 'resubmission',
      actor: ['applicant'],
      citations: [EXPERT_SELECTION],
      description_zh: '提交修改后的申报材料，由原评审组再次评审',
      description_en: 'Submit the revised application for the same panel’s second review',
      update: (data) => withNextRound(data),
    },
    {
      from: 'revision',
      event: 'withdraw',
      to: 'withdrawn',
      actor: ['applicant'],
      citations: [APPLICATION],
      description_zh: '撤回申报',
      description_en: 'Withdraw the application',
    },

    // ——— §16 信用核查、公示、审议、发布 ———
    {
      from: 'shortlisted',
      event: 'record_credit_check',
      to: 'shortlisted',
      guard: 'creditEntry',
      actor: ['authority'],
      citations: [CREDIT_NOTICE_PUBLICATION],
      description_zh: '录入信用核查结果（信用中国、国家企业信用信息公示系统、税务）',
      description_en: 'Record the credit check (Credit China, enterprise credit system, tax)',
      update: (data, { payload }) => {
        const p = payload as CreditCheckPayload;
        return {
          ...data,
          creditChecks: [
            ...data.creditChecks,
            {
              platform: p.platform,
              source: p.source,
              checkedOn: p.checkedOn,
              result: p.result,
              reference: p.reference ?? null,
            },
          ],
        };
      },
    },
    {
      from: 'shortlisted',
      event: 'start_notice',
      to: 'public_notice',
      guard: 'creditCleared',
      actor: ['authority'],
      citations: [CREDIT_NOTICE_PUBLICATION],
      description_zh: '信用核查无不良，公示遴选结果',
      description_en: 'Credit check clear: publish the notice of the result',
      documents: ['public_notice'],
      update: (data, { payload, ctx }) => ({ ...data, notice: noticeSummary(noticePeriodOf(payload, ctx)) }),
    },
    {
      from: 'shortlisted',
      event: 'exclude_for_credit',
      to: 'not_selected',
      guard: 'creditAdverse',
      actor: ['authority'],
      citations: [CREDIT_NOTICE_PUBLICATION],
      description_zh: '信用核查发现不良记录，不予入围',
      description_en: 'Bad credit record found: not selected',
      documents: ['selection_result'],
      update: refused,
    },
    {
      from: 'public_notice',
      event: 'end_notice',
      to: 'awaiting_approval',
      guard: 'noticeEnded',
      actor: ['authority'],
      citations: [CREDIT_NOTICE_PUBLICATION],
      description_zh: '公示期满无异议（或异议经核实不成立），提请部际联席会议审议',
      description_en: 'Notice ended without a founded objection: submit to the joint conference',
    },
    {
      from: 'public_notice',
      event: 'exclude_after_objection',
      to: 'not_selected',
      guard: 'objectionUpheld',
      actor: ['authority'],
      citations: [CREDIT_NOTICE_PUBLICATION],
      description_zh: '公示异议经核实成立，不予入围',
      description_en: 'Objection founded: not selected',
      documents: ['selection_result'],
      update: refused,
    },
    {
      from: 'awaiting_approval',
      event: 'approve',
      to: 'approved',
      guard: 'approval',
      actor: ['authority'],
      citations: [CREDIT_NOTICE_PUBLICATION],
      description_zh: '记录部际联席会议审议通过（会议或书面审议）',
      description_en: 'Record the joint conference’s approval (meeting or in writing)',
      update: (data, { payload }) => {
        const p = payload as ApprovalPayload;
        return { ...data, approval: { decidedOn: p.decidedOn, form: p.form, reference: p.reference } };
      },
    },
    {
      from: 'awaiting_approval',
      event: 'reject',
      to: 'not_approved',
      actor: ['authority'],
      citations: [CREDIT_NOTICE_PUBLICATION],
      description_zh: '部际联席会议审议未通过',
      description_en: 'Joint conference: not approved',
      documents: ['selection_result'],
      update: refused,
    },
    {
      from: 'approved',
      event: 'publish',
      to: 'published',
      guard: 'publication',
      actor: ['authority'],
      citations: [CREDIT_NOTICE_PUBLICATION],
      description_zh: '面向社会发布培训评价组织和职业技能等级证书清单',
      description_en: 'Publish the list of organisations and certificates',
      documents: ['publication_record'],
      update: (data, { payload, ctx }) => {
        const p = (payload ?? {}) as PublishPayload;
        return {
          ...data,
          publication: {
            publishedOn: ctx.today,
            validFrom: p.validFrom ?? ctx.today,
            validTo: p.validTo ?? null,
          },
        };
      },
    },
  ],
});

export type Selection1xState = keyof typeof selection1xMachine.states;
