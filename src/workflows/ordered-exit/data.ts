// The data of an ordered exit (issue 15 point 4): the regime it runs under, how it came about, and each
// step as the authority recorded it. Two routes share one machine (decision 0045):
//   - 1+X revocation (1x-exit §3, §5, §7; 1x-selection §28): investigation and expert opinion, the
//     opinion served and its receipt, the 15-working-day appeal and its review, §7(4) measures short
//     of revocation, consultation (§7(5)), public notice (§7(6)) and publication, the exit;
//   - Guizhou ordered termination (gz-rules §15–16): the serious violation established, termination
//     ordered and announced, wrap-up within the time set, the termination notice and the report to the
//     ministry.
// The case snapshot keeps decisions only; the findings each step rested on are on its event.
import type { WorkingDayCalendar } from '../../calendar/calendar-data.js';
import type { NoticeFacts } from '../public-notice/objections.js';
import type { XMeasure } from '../violation-case/data.js';

export type OrderedExitRegime = '1x-exit' | 'gz-rules';
export const ORDERED_EXIT_ORIGINS = ['ground', 'violation_case', 'lead', 'other'] as const;
export type OrderedExitOrigin = (typeof ORDERED_EXIT_ORIGINS)[number];

/** What is to leave (1x-exit §2): the organisation, some certificate programmes, some occupations of a filing. */
export type ExitScopeChoice =
  | { kind: 'institution' }
  | { kind: 'programmes'; seqs: number[] }
  | { kind: 'occupations'; occupations: { occupationCode: string; level: number }[] };

export interface OrderedExitData extends Record<string, unknown> {
  regime: OrderedExitRegime;
  institutionName: string;
  origin: OrderedExitOrigin;
  /** The violation case whose decision led here (origin 'violation_case'), with its reference. */
  violationCaseId: string | null;
  violationCaseReference: string | null;
  summary: string;
  /** The certificate programmes live at opening (1+X), for the scope choice and the documents. */
  programmes: { seq: number; name: string }[];
  /** The occupations the live filing grants (Guizhou), for the scope choice and the documents. */
  occupations: { occupationCode: string; level: number }[];
  /** 1x-exit §7(2): the investigation and the experts' opinion (评议意见). */
  opinion: {
    recordedOn: string;
    experts: string;
    facts: string;
    grounds: string[];
    proposal: 'revoke' | 'measures';
    proposedScope: ExitScopeChoice;
  } | null;
  /** §7(3): the opinion served in writing, and when the organisation received it. */
  service: { servedOn: string; means: string } | null;
  receipt: { receivedOn: string } | null;
  appeal: { lodgedOn: string; grounds: string } | null;
  appealReview: { decidedOn: string; outcome: 'upheld' | 'quashed'; reason: string } | null;
  /** §7(4): measures short of revocation (end the case without exit). */
  measures: { imposedOn: string; measures: XMeasure[]; dueOn: string | null; reason: string } | null;
  /** §7(5): the other departments consulted in writing, with their opinions. */
  consultations: { department: string; opinion: string; receivedOn: string }[];
  /** §7(5): the report to the joint conference. */
  conferenceReport: { reportedOn: string; reference: string } | null;
  /** §7(6): the notice of the list to be revoked (dates as computed when it started). */
  notice: { publishedOn: string; endsOn: string; explanation_zh: string } | null;
  /** gz-rules §15: the serious violation established by the department. */
  established: { facts: string; seriousnessReason: string } | null;
  /** The exit decided: scope, the wrap-up time the authority set and why. */
  decision: {
    decidedOn: string;
    scope: ExitScopeChoice;
    entryId: string | null;
    wrapUpDue: string | null;
    wrapUpReason: string;
    reason: string;
  } | null;
  /** gz-rules §16: the report to the ministry (报人力资源社会保障部备案). */
  ministryReport: { sentOn: string; reference: string } | null;
  closed: { on: string; reason: string } | null;
  /** The authority opens the case (case-roles.ts: it sees the case it opened before any submission). */
  openedBy: 'authority';
}

export interface OrderedExitCtx {
  today: string;
  calendar: WorkingDayCalendar;
  /** The case's public notice with its objections (from the public-notice tables). */
  notice: NoticeFacts | null;
}
