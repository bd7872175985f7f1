// Return for correction at the review / assessment step (issue 10 point 4; docs/decisions/0023): the
// authority, while it reviews an accepted application, lists the points to correct and returns it to
// the applicant; the applicant corrects (materials, and the application where the procedure lets it
// edit it) and resubmits; the case comes back to the same review step. One pair of transitions shared
// by the procedures that take it, declared once here.
//
// The texts that provide a 补正 do so at acceptance only (mohrss-filing 一(十)2, 二(十)2); none of them
// provides one, nor forbids it, during the review. So the return is the authority's choice, recorded
// with its reason, and nothing is invented around it: no period for the applicant (no number the text
// does not set), no refusal when the applicant does not correct (the authority decides on the case as
// it stands, with the refusal the procedure already has), and no statutory clock is paused or restarted
// by it — the clocks are the states' own (clock-effects.ts): the correcting state awaits the applicant,
// so a pausing clock of the review state would pause, but none of these review steps runs one.
import { z } from 'zod';
import type { Citation } from '../domain/citation.js';
import type { StateDef, TransitionDef } from './machine.js';

export const REQUEST_REVIEW_CORRECTION = 'request_review_correction';
export const RESUBMIT_REVIEW_CORRECTION = 'resubmit_review_correction';
export type ReviewCorrectionEvent = typeof REQUEST_REVIEW_CORRECTION | typeof RESUBMIT_REVIEW_CORRECTION;

/** The authority's return: each point to correct, and why it returns the case at this step. */
export const reviewCorrectionPayload = z.strictObject({
  items: z
    .array(z.string().trim().min(2).max(500))
    .min(1)
    .max(30)
    .describe('需补正的事项（逐项列明，申报机构在案件页面看到）'),
  reason: z
    .string()
    .trim()
    .min(4)
    .max(2000)
    .describe('评审阶段退回补正的理由（法规对此环节的补正未作规定，由监管部门决定并记录理由）'),
});
export type ReviewCorrectionPayload = z.infer<typeof reviewCorrectionPayload>;

/** One return at the review step, as the case keeps it (the last one is the open one while correcting). */
export interface ReviewCorrectionRecord {
  /** The review state the case was returned from, and comes back to. */
  fromState: string;
  requestedOn: string;
  items: string[];
  reason: string;
  resubmittedOn: string | null;
}

export interface ReviewCorrectionData {
  reviewCorrections?: ReviewCorrectionRecord[];
}

/** The correcting state: the applicant's turn, materials editable. */
export const reviewCorrectionState = (label_zh: string, label_en: string): StateDef => ({
  label_zh,
  label_en,
  awaiting: 'applicant',
  editableMaterials: true,
});

type Update<D, C> = (data: D, input: { payload: unknown; ctx: C }) => D;

export interface ReviewCorrectionOptions<S extends string, E extends string, D, C> {
  /** The review / assessment state the authority returns the case from, and to which it comes back. */
  review: S;
  /** The correcting state (declare it with reviewCorrectionState). */
  correcting: S;
  /** The articles the return rests on (the review step's, and the applicant's rights). */
  citations: readonly Citation[];
  /** The day of the transition, from the procedure's guard context. */
  today: (ctx: C) => string;
  /** A guard of the machine the resubmission must pass (materials complete …). */
  resubmitGuard?: string;
  /** What else the resubmission records (the procedure's submission date …). */
  onResubmit?: Update<D, C>;
  /** The applicant's edit of the application while correcting, when the procedure has one. */
  edit?: { event: E; update: Update<D, C>; citations?: readonly Citation[] };
}

/**
 * The transitions of the return at the review step: request (authority, review → correcting),
 * resubmit (applicant, correcting → review) and, when given, the applicant's edit while correcting.
 */
export function reviewCorrectionTransitions<
  S extends string,
  E extends string,
  D extends ReviewCorrectionData,
  C,
>(o: ReviewCorrectionOptions<S, E, D, C>): TransitionDef<S, E | ReviewCorrectionEvent, D, C>[] {
  const request: TransitionDef<S, E | ReviewCorrectionEvent, D, C> = {
    from: o.review,
    event: REQUEST_REVIEW_CORRECTION,
    to: o.correcting,
    actor: ['authority'],
    citations: o.citations,
    description_zh: '评审阶段退回补正（逐项列明需补正的事项及理由）',
    description_en: 'Return for correction during the review (the points listed, with the reason)',
    update: (data, { payload, ctx }) => {
      const p = reviewCorrectionPayload.parse(payload);
      const record: ReviewCorrectionRecord = {
        fromState: o.review,
        requestedOn: o.today(ctx),
        items: p.items,
        reason: p.reason,
        resubmittedOn: null,
      };
      return { ...data, reviewCorrections: [...(data.reviewCorrections ?? []), record] };
    },
  };
  const resubmit: TransitionDef<S, E | ReviewCorrectionEvent, D, C> = {
    from: o.correcting,
    event: RESUBMIT_REVIEW_CORRECTION,
    to: o.review,
    actor: ['applicant'],
    citations: o.citations,
    ...(o.resubmitGuard ? { guard: o.resubmitGuard } : {}),
    description_zh: '提交补正，回到评审环节',
    description_en: 'Submit the correction; the review resumes',
    update: (data, input) => {
      const list = data.reviewCorrections ?? [];
      const last = list.at(-1);
      const closed =
        last && last.resubmittedOn === null
          ? [...list.slice(0, -1), { ...last, resubmittedOn: o.today(input.ctx) }]
          : list;
      const next = { ...data, reviewCorrections: closed };
      return o.onResubmit ? o.onResubmit(next, input) : next;
    },
  };
  const edit: TransitionDef<S, E | ReviewCorrectionEvent, D, C>[] = o.edit
    ? [
        {
          from: o.correcting,
          event: o.edit.event,
          to: o.correcting,
          actor: ['applicant'],
          citations: o.edit.citations ?? o.citations,
          description_zh: '补正申请信息',
          description_en: 'Correct the application',
          update: o.edit.update,
        },
      ]
    : [];
  return [request, ...edit, resubmit];
}

/** The open return (the case is in its correcting state), or null. */
export function openReviewCorrection(data: unknown): ReviewCorrectionRecord | null {
  const list = (data as ReviewCorrectionData | null | undefined)?.reviewCorrections;
  const last = Array.isArray(list) ? list.at(-1) : undefined;
  return last && last.resubmittedOn === null ? last : null;
}
