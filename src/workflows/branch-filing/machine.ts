// mohrss-filing 一(十)5 — 省级备案: "分支机构所在地人力资源社会保障部门根据部级备案回执，对分支机构进行
// 技术评审并赋码、出具分支机构备案回执", then 一(十)6 网上公布. Opened by the employer or by the
// province where the branch works, only once the employer holds its ministry receipt; the province
// reviews, assigns the branch code and issues the branch receipt (one act), then publishes. The text
// sets no time limit (一(十一) 无) and no materials for a branch.
import { mf } from '../../parameters/mohrss-filing.js';
import { defineMachine } from '../machine.js';
import type { ScopeEntry } from '../employer-filing/data.js';
import type { BranchFilingCtx, BranchFilingData } from './data.js';
import { branchFilingGuards } from './guards.js';
import { withName } from '../employer-filing/updates.js';
import {
  reviewCorrectionState,
  reviewCorrectionTransitions,
  type ReviewCorrectionEvent,
} from '../review-correction.js';

const BRANCH = mf('一', '十', 5);
const PUBLISH = mf('一', '十', 6);
/** 一(十五): true materials, and the applicant's 陈述权、知情权. */
const RIGHTS = mf('一', '十五');

const editScopes = (
  data: BranchFilingData,
  { payload, ctx }: { payload: unknown; ctx: BranchFilingCtx },
) => ({
  ...data,
  scopes: (payload as { scopes: ScopeEntry[] }).scopes.map((s) => withName(s, ctx.occupations)),
});

export const branchFilingMachine = defineMachine<
  'draft' | 'under_review' | 'review_correction' | 'filed' | 'published' | 'refused' | 'withdrawn',
  'update_application' | 'submit' | 'file' | 'refuse' | 'publish' | 'withdraw' | ReviewCorrectionEvent,
  BranchFilingData,
  BranchFilingCtx
>({
  id: 'mohrss-branch-filing',
  procedure_zh: '全国性用人单位分支机构省级备案',
  procedure_en: 'Provincial filing of a national employer’s branch',
  initial: 'draft',
  openedBy: ['applicant', 'authority'],
  states: {
    draft: { label_zh: '填报中', label_en: 'Draft', awaiting: 'applicant', editableMaterials: true },
    under_review: {
      label_zh: '省级技术评审中',
      label_en: 'Provincial technical review',
      awaiting: 'authority',
    },
    review_correction: reviewCorrectionState('技术评审补正中', 'Correcting during the review'),
    filed: { label_zh: '已省级备案，待网上公布', label_en: 'Filed', awaiting: 'authority' },
    published: { label_zh: '已备案并公布', label_en: 'Filed and published', final: true },
    refused: { label_zh: '技术评审未通过', label_en: 'Review not passed', final: true },
    withdrawn: { label_zh: '已撤回', label_en: 'Withdrawn', final: true },
  },
  guards: branchFilingGuards,
  transitions: [
    {
      from: 'draft',
      event: 'update_application',
      to: 'draft',
      actor: ['applicant', 'authority'],
      citations: [BRANCH],
      description_zh: '填写分支机构认定的职业（工种）及等级',
      description_en: 'Enter the branch’s occupations and levels',
      update: editScopes,
    },
    {
      from: 'draft',
      event: 'submit',
      to: 'under_review',
      guard: 'submission',
      actor: ['applicant', 'authority'],
      citations: [BRANCH],
      description_zh: '根据部级备案回执提请分支机构省级备案',
      description_en: 'Request the provincial filing of the branch on the ministry’s receipt',
      update: (data, { ctx }) => ({ ...data, submittedOn: ctx.today }),
    },
    // The province's technical review (一(十)5) finds something to correct: its choice, with its reason
    // (decision 0023); no time limit runs (一(十一) 无).
    ...reviewCorrectionTransitions<
      'under_review' | 'review_correction',
      'update_application',
      BranchFilingData,
      BranchFilingCtx
    >({
      review: 'under_review',
      correcting: 'review_correction',
      citations: [BRANCH, RIGHTS],
      today: (ctx) => ctx.today,
      resubmitGuard: 'submission',
      edit: { event: 'update_application', update: editScopes },
    }),
    {
      from: 'under_review',
      event: 'file',
      to: 'filed',
      guard: 'filing',
      actor: ['authority'],
      citations: [BRANCH],
      description_zh: '技术评审通过，赋予分支机构备案码并出具分支机构备案回执',
      description_en: 'Review passed: assign the branch’s filing code and issue its receipt',
      update: (data, { payload, ctx }) => {
        if (!ctx.filingCode || !ctx.parent?.filingCode || !ctx.parent.receipt)
          throw new Error('file: no branch code or parent receipt');
        return {
          ...data,
          review: { opinion: (payload as { opinion: string }).opinion, reviewedOn: ctx.today },
          filing: {
            code: ctx.filingCode,
            filedOn: ctx.today,
            parentFilingCode: ctx.parent.filingCode,
            parentReceiptNumber: ctx.parent.receipt.number,
          },
        };
      },
      documents: ['branch_filing_receipt'],
    },
    {
      from: 'under_review',
      event: 'refuse',
      to: 'refused',
      actor: ['authority'],
      citations: [BRANCH],
      description_zh: '技术评审未通过，不予分支机构备案',
      description_en: 'Review not passed: refuse the branch filing',
      update: (data, { payload, ctx }) => ({
        ...data,
        refusal: { reason: (payload as { reason: string }).reason, on: ctx.today },
      }),
      documents: ['rejection_notice'],
    },
    {
      from: 'filed',
      event: 'publish',
      to: 'published',
      actor: ['authority'],
      citations: [PUBLISH],
      description_zh: '在机构目录中公布分支机构及其职业（工种）范围',
      description_en: 'Publish the branch and its occupations in the directory',
      update: (data, { ctx }) => ({ ...data, publication: { publishedOn: ctx.today } }),
      documents: ['publication_record'],
    },
    ...(['draft', 'under_review', 'review_correction'] as const).map((from) => ({
      from,
      event: 'withdraw' as const,
      to: 'withdrawn' as const,
      actor: from === 'draft' ? (['applicant', 'authority'] as const) : (['applicant'] as const),
      citations: [BRANCH],
      description_zh: '撤回分支机构备案申请',
      description_en: 'Withdraw the branch filing',
      update: (data: BranchFilingData, { payload, ctx }: { payload: unknown; ctx: BranchFilingCtx }) => ({
        ...data,
        withdrawal: { on: ctx.today, reason: (payload as { reason?: string } | undefined)?.reason ?? null },
      }),
    })),
  ],
});
