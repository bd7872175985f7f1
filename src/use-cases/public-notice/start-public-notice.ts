// Starts a public notice (公示) inside the transaction of the transition that opens it (e.g. the
// social-organisation filing's start_notice, mohrss-filing 二(十)4; 1+X selection §16): the notice
// with its period and how the period was computed, linked to the notice document the transition
// issued, and its audit row. A case runs one notice at a time (unique index): a second open one fails.
import type { Transaction } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Citation } from '../../domain/citation.js';
import { writeAudit, type AuditContext } from '../../audit/write-audit.js';
import { insertNotice, type NoticeRecord } from '../../persistence/public-notices.repository.js';
import type { NoticePeriod } from '../../workflows/public-notice/notice-period.js';

export interface StartPublicNoticeInput {
  caseId: string;
  procedure: string;
  authorityId: string;
  jurisdictionCode: string;
  /** Who the notice is about, as published (the institution's name). */
  subjectName: string;
  title: string;
  /** The title in English (a document's title is translated, issue 10 point 3). */
  title_en: string;
  /** The official text as published, in Chinese. */
  body: string;
  /** What the official text says, in English (the text itself is not translated). */
  summary_en: string;
  period: NoticePeriod;
  citations: readonly Citation[];
  /** The notice document (PDF) the transition issued, if any. */
  documentId: string | null;
}

export async function startPublicNotice(
  trx: Transaction<DB>,
  audit: AuditContext,
  input: StartPublicNoticeInput,
): Promise<NoticeRecord> {
  const { period } = input;
  const notice = await insertNotice(trx, {
    caseId: input.caseId,
    procedure: input.procedure,
    authorityId: input.authorityId,
    jurisdictionCode: input.jurisdictionCode,
    title: input.title,
    title_en: input.title_en,
    body: input.body,
    summary_en: input.summary_en,
    subjectName: input.subjectName,
    publishedOn: period.publishedOn,
    startsOn: period.startsOn,
    endsOn: period.endsOn,
    periodDays: period.days,
    periodUnit: period.unit,
    basisKind: period.basis.kind,
    basisParameterId: period.basis.kind === 'parameter' ? period.basis.parameterId : null,
    basisReason: period.basis.kind === 'authority' ? period.basis.reason : null,
    explanation_zh: period.explanation_zh,
    explanation_en: period.explanation_en,
    citations: input.citations,
    documentId: input.documentId,
    publishedBy: audit.caller?.userId ?? null,
  });
  await writeAudit(trx, audit, {
    entity: 'public_notice',
    entityId: notice.id,
    action: 'publish',
    after: {
      caseId: input.caseId,
      title: input.title,
      publishedOn: period.publishedOn,
      startsOn: period.startsOn,
      endsOn: period.endsOn,
      days: period.days,
      unit: period.unit,
      basis: period.basis,
    },
    citations: [...input.citations],
  });
  return notice;
}
