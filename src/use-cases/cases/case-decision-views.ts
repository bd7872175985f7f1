// What the case page shows of the decisions taken on a case, typed for every procedure: the reason an
// event records (a refusal's, a cancellation's, a recorded exception's, a correction's note …), the
// findings the latest decision rests on with their articles (recorded on its event: the machine's
// guard or recordFindings), and the public notice with its period, how it was computed and its
// objections — the objector named only to the deciding authority (notice-view.ts), masked otherwise.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import type { CaseEventRecord } from '../../persistence/cases.repository.js';
import type { PersonalDataProtector } from '../../identity/personal-data.js';
import { writeAudit } from '../../audit/write-audit.js';
import { findCaseNotice, listObjections } from '../../persistence/public-notices.repository.js';
import { noticeDetailView, type NoticeViewer } from '../public-notice/notice-view.js';
import type { CaseRole } from '../../workflows/machine.js';
import { findingsView, iso, type FindingView } from './case-views.js';

export const REASON_KINDS = [
  'refusal',
  'cancellation',
  'withdrawal',
  'exception',
  'correction',
  'notice_basis',
  'validity_basis',
  'other',
] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** The reason an event's payload records, and what kind of reason it is. */
export function eventReason(
  event: string,
  payload: unknown,
): { reason: string | null; reasonKind: ReasonKind | null } {
  const p = (payload ?? {}) as Record<string, unknown>;
  const reason = str(p.reason);
  if (reason) {
    if (/correction/.test(event)) return { reason, reasonKind: 'correction' };
    if (/^(refuse|reject|not_select|exclude)/.test(event)) return { reason, reasonKind: 'refusal' };
    if (/^(cancel|terminate|revoke)/.test(event)) return { reason, reasonKind: 'cancellation' };
    if (/^withdraw/.test(event)) return { reason, reasonKind: 'withdrawal' };
    if (/override|exception/.test(event)) return { reason, reasonKind: 'exception' };
    return { reason, reasonKind: 'other' };
  }
  const note = str(p.note);
  if (note && /correction|revision|return/.test(event)) return { reason: note, reasonKind: 'correction' };
  const basis = str(p.basisReason);
  if (basis) return { reason: basis, reasonKind: 'notice_basis' };
  const validity = str(p.validityBasis);
  if (validity) return { reason: validity, reasonKind: 'validity_basis' };
  return { reason: null, reasonKind: null };
}

/**
 * The findings of the latest decision by the authority (or the system) that recorded any: an
 * assessment, a refusal, a cancellation, the notice or the filing — with their articles.
 */
export function decisionFindings(events: readonly CaseEventRecord[]): {
  findings: FindingView[];
  from: { seq: number; event: string } | null;
} {
  const last = [...events]
    .reverse()
    .find((e) => (e.actorRole === 'authority' || e.actorRole === 'system') && e.findings.length > 0);
  return last
    ? { findings: findingsView(last.findings), from: { seq: last.seq, event: last.event } }
    : { findings: [], from: null };
}

export interface CaseNoticeView {
  id: string;
  title: string;
  publishedOn: string;
  startsOn: string;
  endsOn: string;
  periodDays: number;
  periodUnit: 'working_days' | 'calendar_days';
  explanation_zh: string;
  basis: { kind: 'parameter' | 'authority'; parameterId: string | null; reason: string | null };
  standing: string;
  acceptsObjections: boolean;
  closedOn: string | null;
  outcome: string | null;
  /** The outcome in English, where the closing use case wrote it. */
  outcome_en: string | null;
  objectionCount: number;
  answeredCount: number;
  foundedCount: number;
  /** Whether objectors are named (the deciding authority) or masked (everyone else). */
  viewer: NoticeViewer;
  objections: {
    id: string;
    seq: number;
    state: 'open' | 'answered';
    submittedOn: string;
    submitter: string;
    contact: string | null;
    text: string;
    answer: string | null;
    finding: 'founded' | 'unfounded' | null;
    answeredAt: string | null;
  }[];
}

/**
 * The case's public notice, if it had one, for the caller: the deciding authority sees the objector's
 * name and contact (decrypted — a read of personal data, audited), anyone else the masked name only.
 */
export async function caseNoticeView(
  db: Kysely<DB>,
  input: {
    caseId: string;
    roles: readonly CaseRole[];
    caller: Caller;
    today: string;
    personalData?: PersonalDataProtector | undefined;
    requestId?: string | undefined;
  },
): Promise<CaseNoticeView | null> {
  const notice = await findCaseNotice(db, input.caseId);
  if (!notice) return null;
  const objections = await listObjections(db, notice.id);
  const authority = input.roles.includes('authority') && input.personalData !== undefined;
  const viewer: NoticeViewer = authority
    ? 'authority'
    : input.roles.includes('applicant')
      ? 'applicant'
      : 'reader';
  if (authority && objections.length > 0)
    await db.transaction().execute((trx) =>
      writeAudit(
        trx,
        { caller: input.caller, requestId: input.requestId },
        {
          entity: 'public_notice',
          entityId: notice.id,
          action: 'reveal_objectors',
          after: { objections: objections.map((o) => o.seq), via: 'case' },
        },
      ),
    );
  const v = noticeDetailView(notice, objections, input.today, viewer, (enc) =>
    input.personalData!.reveal(enc),
  );
  return {
    id: v.id,
    title: v.title,
    publishedOn: v.publishedOn,
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    periodDays: v.periodDays,
    periodUnit: v.periodUnit,
    explanation_zh: v.explanation_zh,
    basis: v.basis,
    standing: v.standing,
    acceptsObjections: v.acceptsObjections,
    closedOn: v.closedOn,
    outcome: v.outcome,
    outcome_en: v.outcome_en ?? null,
    objectionCount: v.objectionCount ?? objections.length,
    answeredCount: v.answeredCount ?? 0,
    foundedCount: v.foundedCount,
    viewer,
    objections: (v.objections ?? []).map((o) => ({
      id: o.id,
      seq: o.seq,
      state: o.state,
      submittedOn: o.submittedOn,
      submitter: o.submitter,
      contact: 'contact' in o && typeof o.contact === 'string' ? o.contact : null,
      text: o.text,
      answer: o.answer,
      finding: o.finding,
      answeredAt: iso(o.answeredAt),
    })),
  };
}
