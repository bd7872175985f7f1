// mohrss-filing 一 — filing of a national employer (全国性用人单位备案) with the national centre
// (指导中心, 一(三)), decided for the ministry (一(四)). 一(十) 办理流程:
//   1.申请 the employer submits the materials (一(八), 14 items) online;
//   2.受理 within 10 working days the centre answers whether the materials are complete or what to
//     correct — the clock stops while the employer corrects and runs on with the days left;
//   3.技术评审 experts review whether the employer can run skill-level evaluation;
//   4.部级备案 the centre assigns the filing code and issues the filing receipt;
//   5.省级备案 each branch files in its province against the ministry receipt (branch-filing machine);
//   6.网上公布 the employer, its branches and its occupations are published.
// No period of validity, no quota (一(五)), no prohibitions (一(七)), no overall time limit (一(十一)).
import { mf } from '../../parameters/mohrss-filing.js';
import { employerAcceptanceWorkingDays } from '../../parameters/mohrss-filing.js';
import { defineMachine } from '../machine.js';
import { withDrawnPanel, withNextRound, withPanelDecision } from '../review/panel.js';
import type { EmployerFilingCtx, EmployerFilingData } from './data.js';
import { employerFilingGuards } from './guards.js';
import * as u from './updates.js';
import {
  reviewCorrectionState,
  reviewCorrectionTransitions,
  type ReviewCorrectionEvent,
} from '../review-correction.js';

const APPLY = mf('一', '十', 1);
const ACCEPT = mf('一', '十', 2);
const REVIEW = mf('一', '十', 3);
const FILE = mf('一', '十', 4);
const PUBLISH = mf('一', '十', 6);
const MATERIALS = mf('一', '八');
const CONDITIONS = mf('一', '六');
const RESULT = mf('一', '十二');
/** 一(十五): the employer files true materials and has 陈述权、知情权 in the procedure. */
const RIGHTS = mf('一', '十五');

/** States from which the employer may still withdraw its application: any before the filing. */
const WITHDRAWABLE = [
  'draft',
  'submitted',
  'correction_requested',
  'accepted',
  'review_correction',
  'under_review',
  'revision_requested',
  'approved',
] as const;

export const employerFilingMachine = defineMachine<
  | 'draft'
  | 'submitted'
  | 'correction_requested'
  | 'accepted'
  | 'review_correction'
  | 'under_review'
  | 'revision_requested'
  | 'approved'
  | 'filed'
  | 'published'
  | 'refused'
  | 'withdrawn',
  | 'update_application'
  | 'submit'
  | 'request_correction'
  | 'resubmit'
  | 'accept'
  | 'draw_panel'
  | 'approve_review'
  | 'reject_review'
  | 'request_revision'
  | 'resubmit_revision'
  | 'file'
  | 'publish'
  | 'withdraw'
  | ReviewCorrectionEvent,
  EmployerFilingData,
  EmployerFilingCtx
>({
  id: 'mohrss-employer-filing',
  procedure_zh: '全国性用人单位职业技能等级评价机构备案',
  procedure_en: 'Filing of a national employer as an evaluation institution',
  initial: 'draft',
  openedBy: ['applicant'],
  states: {
    draft: { label_zh: '填报中', label_en: 'Draft', awaiting: 'applicant', editableMaterials: true },
    submitted: {
      label_zh: '待受理',
      label_en: 'Awaiting the acceptance answer',
      awaiting: 'authority',
      clock: {
        name: 'acceptance_answer',
        label_zh: '告知申报资料是否符合要求或补正的期限',
        label_en: 'Time to answer whether the materials are complete or need correction',
        kind: 'working_days',
        parameter: employerAcceptanceWorkingDays.id,
        citation: ACCEPT,
        pauses: true,
      },
    },
    correction_requested: {
      label_zh: '补正材料中',
      label_en: 'Correcting the materials',
      awaiting: 'applicant',
      editableMaterials: true,
    },
    accepted: { label_zh: '已受理，待组织技术评审', label_en: 'Accepted', awaiting: 'authority' },
    review_correction: reviewCorrectionState('技术评审前补正中', 'Correcting before the technical review'),
    under_review: { label_zh: '技术评审中', label_en: 'Technical review', awaiting: 'experts' },
    revision_requested: {
      label_zh: '按评审意见修改中',
      label_en: 'Revising after the review',
      awaiting: 'applicant',
      editableMaterials: true,
    },
    approved: { label_zh: '技术评审通过，待部级备案', label_en: 'Review passed', awaiting: 'authority' },
    filed: { label_zh: '已部级备案，待网上公布', label_en: 'Filed', awaiting: 'authority' },
    published: { label_zh: '已备案并公布', label_en: 'Filed and published', final: true },
    refused: { label_zh: '技术评审未通过', label_en: 'Review not passed', final: true },
    withdrawn: { label_zh: '已撤回', label_en: 'Withdrawn', final: true },
  },
  guards: employerFilingGuards,
  transitions: [
    {
      from: 'draft',
      event: 'update_application',
      to: 'draft',
      actor: ['applicant'],
      citations: [APPLY, CONDITIONS],
      description_zh: '填写申请信息（申请条件声明、申报职业及等级）',
      description_en: 'Enter the application (declaration of conditions, occupations and levels)',
      update: u.editApplication,
    },
    {
      from: 'correction_requested',
      event: 'update_application',
      to: 'correction_requested',
      actor: ['applicant'],
      citations: [ACCEPT, CONDITIONS],
      description_zh: '补正申请信息',
      description_en: 'Correct the application',
      update: u.editApplication,
    },
    {
      from: 'draft',
      event: 'submit',
      to: 'submitted',
      guard: 'application',
      actor: ['applicant'],
      citations: [APPLY, MATERIALS],
      description_zh: '提交备案申请及 14 项申请材料',
      description_en: 'Submit the filing with its 14 materials',
      update: u.submit,
    },
    {
      from: 'submitted',
      event: 'request_correction',
      to: 'correction_requested',
      actor: ['authority'],
      citations: [ACCEPT],
      recordFindings: 'answerDeadline',
      description_zh: '告知申报机构补正相关材料',
      description_en: 'Request a correction of the materials',
      update: u.requestCorrection,
      documents: ['correction_request'],
    },
    {
      from: 'correction_requested',
      event: 'resubmit',
      to: 'submitted',
      guard: 'corrected',
      actor: ['applicant'],
      citations: [ACCEPT, MATERIALS],
      description_zh: '提交补正材料',
      description_en: 'Submit the corrected materials',
      update: u.submit,
    },
    {
      from: 'submitted',
      event: 'accept',
      to: 'accepted',
      guard: 'materials',
      recordFindings: 'answerDeadline',
      actor: ['authority'],
      citations: [ACCEPT, MATERIALS],
      description_zh: '告知申报资料符合要求，予以受理',
      description_en: 'Accept: the materials meet the requirements',
      update: u.accept,
      documents: ['acceptance_notice'],
    },
    // After acceptance, before the panel is drawn (一(十)3): the centre's own return, its choice with its
    // reason (decision 0023). The 10-working-day answer of 一(十)2 was met on acceptance and stays met;
    // the review has no time limit (一(十一)), so no clock pauses.
    ...reviewCorrectionTransitions<
      'accepted' | 'review_correction',
      'update_application',
      EmployerFilingData,
      EmployerFilingCtx
    >({
      review: 'accepted',
      correcting: 'review_correction',
      citations: [REVIEW, MATERIALS, RIGHTS],
      today: (ctx) => ctx.today,
      resubmitGuard: 'materials',
      onResubmit: u.submit,
      edit: { event: 'update_application', update: u.editApplication, citations: [REVIEW, CONDITIONS] },
    }),
    {
      from: 'accepted',
      event: 'draw_panel',
      to: 'under_review',
      guard: 'panelDraw',
      actor: ['authority'],
      citations: [REVIEW],
      description_zh: '从专家库随机抽取评审专家，组织技术评审',
      description_en: 'Draw the expert panel at random and start the technical review',
      update: (data, { ctx }) => (ctx.draw ? withDrawnPanel(data, ctx.draw) : data),
    },
    {
      from: 'under_review',
      event: 'approve_review',
      to: 'approved',
      guard: 'reviewApproves',
      actor: ['authority'],
      citations: [REVIEW, CONDITIONS],
      description_zh: '评审组合议：技术评审通过',
      description_en: 'Panel decision: review passed',
      update: (data, input) =>
        u.recordAssessment(withPanelDecision(data, input.ctx.opinions, 'approve', input.payload), input),
      documents: ['panel_decision'],
    },
    {
      from: 'under_review',
      event: 'reject_review',
      to: 'refused',
      guard: 'reviewRejects',
      actor: ['authority'],
      citations: [REVIEW],
      description_zh: '评审组合议：技术评审未通过，不予备案',
      description_en: 'Panel decision: review not passed, filing refused',
      update: (data, { ctx, payload }) => withPanelDecision(data, ctx.opinions, 'reject', payload),
      documents: ['panel_decision'],
    },
    {
      from: 'under_review',
      event: 'request_revision',
      to: 'revision_requested',
      guard: 'reviewRevises',
      actor: ['authority'],
      citations: [REVIEW],
      description_zh: '评审组合议：按评审意见修改后再审',
      description_en: 'Panel decision: revise as the panel says, then review again',
      update: (data, input) =>
        u.requestRevision(withPanelDecision(data, input.ctx.opinions, 'revise', input.payload), input),
      documents: ['panel_decision'],
    },
    {
      from: 'revision_requested',
      event: 'resubmit_revision',
      to: 'under_review',
      guard: 'materials',
      actor: ['applicant'],
      citations: [REVIEW, MATERIALS],
      description_zh: '提交修改后的材料，评审组再审',
      description_en: 'Submit the revised materials for the panel’s second review',
      update: (data, input) => u.submit(withNextRound(data), input),
    },
    {
      from: 'approved',
      event: 'file',
      to: 'filed',
      guard: 'filing',
      actor: ['authority'],
      citations: [FILE, RESULT],
      description_zh: '赋予机构备案码，出具备案回执',
      description_en: 'Assign the filing code and issue the receipt',
      update: u.file,
      documents: ['filing_receipt'],
    },
    {
      from: 'filed',
      event: 'publish',
      to: 'published',
      actor: ['authority'],
      citations: [PUBLISH],
      description_zh: '在机构目录中公布全国性用人单位及其职业（工种）范围',
      description_en: 'Publish the employer and its occupations in the directory',
      update: u.publish,
      documents: ['publication_record'],
    },
    ...WITHDRAWABLE.map((from) => ({
      from,
      event: 'withdraw' as const,
      to: 'withdrawn' as const,
      actor: ['applicant' as const],
      citations: [APPLY],
      description_zh: '申报机构撤回备案申请',
      description_en: 'Withdraw the filing',
      update: u.withdraw,
    })),
  ],
});

export type EmployerFilingMachine = typeof employerFilingMachine;
