// How a notice is shown, by who is looking: everyone sees the notice, its period and how the period
// was computed, and how many objections were raised and answered; the applicant and supervising
// authorities also see each objection and its answer (申报机构的知情权, mohrss-filing 二(十一)) with
// the objector's name masked; the deciding authority sees the objector's contact, to reply.
import type { NoticeRecord, ObjectionRecord } from '../../persistence/public-notices.repository.js';
import { acceptsObjections, noticeStanding } from '../../workflows/public-notice/notice-period.js';
import { objectionState } from '../../workflows/public-notice/objections.js';
import { allParameters } from '../../rules/catalogue.js';

/** A parameter the period's length comes from, by its names (never by its id alone). */
function parameterNames(id: string | null) {
  const p = id ? allParameters.find((x) => x.id === id) : undefined;
  return { parameterName_zh: p?.description_zh ?? null, parameterName_en: p?.description_en ?? null };
}

export type NoticeViewer = 'public' | 'applicant' | 'reader' | 'authority';

export function noticeSummaryView(
  n: NoticeRecord,
  today: string,
  counts?: { objections: number; answered: number },
) {
  return {
    id: n.id,
    procedure: n.procedure,
    title: n.title,
    // The title in English (a document's title is translated; the subject's name stays as entered).
    title_en: n.title_en,
    subjectName: n.subjectName,
    authorityName: n.authorityName,
    jurisdictionCode: n.jurisdictionCode,
    publishedOn: n.publishedOn,
    startsOn: n.startsOn,
    endsOn: n.endsOn,
    periodDays: n.periodDays,
    periodUnit: n.periodUnit,
    standing: noticeStanding(n, today),
    acceptsObjections: acceptsObjections(n, today),
    closedOn: n.closedOn,
    outcome: n.outcome,
    outcome_en: n.outcome_en,
    ...(counts ? { objectionCount: counts.objections, answeredCount: counts.answered } : {}),
  };
}

export function noticeDetailView(
  n: NoticeRecord,
  objections: readonly ObjectionRecord[],
  today: string,
  viewer: NoticeViewer,
  reveal?: (enc: string) => string,
) {
  const items =
    viewer === 'public'
      ? undefined
      : objections.map((o) => ({
          id: o.id,
          seq: o.seq,
          state: objectionState(o),
          submittedOn: o.submittedOn,
          submitter: viewer === 'authority' && reveal ? reveal(o.submitterNameEnc) : o.submitterNameMasked,
          ...(viewer === 'authority' && reveal ? { contact: reveal(o.contactEnc) } : {}),
          text: o.text,
          answer: o.answer,
          finding: o.finding,
          answeredAt: o.answeredAt,
        }));
  return {
    ...noticeSummaryView(n, today, {
      objections: objections.length,
      answered: objections.filter((o) => o.answeredAt !== null).length,
    }),
    // The official text as published (Chinese), and what it says in English beside it.
    body: n.body,
    summary_en: n.summary_en,
    basis: {
      kind: n.basisKind,
      parameterId: n.basisParameterId,
      ...parameterNames(n.basisParameterId),
      reason: n.basisReason,
    },
    explanation_zh: n.explanation_zh,
    explanation_en: n.explanation_en,
    citations: n.citations,
    foundedCount: objections.filter((o) => o.finding === 'founded').length,
    viewer,
    // The parties and supervising authorities may open the case itself; the public sees the notice only.
    ...(viewer === 'public' ? {} : { caseId: n.caseId }),
    mayAnswer: viewer === 'authority' && n.closedOn === null,
    ...(items ? { objections: items } : {}),
  };
}
