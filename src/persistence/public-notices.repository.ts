// Public notices and their objections: SQL only. Rows (snake_case) map to NoticeRecord and
// ObjectionRecord (camelCase) here and nowhere else. Writers take a transaction: a notice is started
// and closed inside the transition that decides it, and objections are written under the case lock.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Citation } from '../domain/citation.js';
import type { DB, ObjectionsTable, PublicNoticesTable } from './schema.js';

export interface NoticeRecord {
  id: string;
  caseId: string;
  procedure: string;
  authorityId: string;
  authorityName: string;
  jurisdictionCode: string;
  title: string;
  /** The title in English, written at publication (null on notices published before 0015). */
  title_en: string | null;
  body: string;
  /** An English summary of the official Chinese body (the body stays as published). */
  summary_en: string | null;
  subjectName: string;
  publishedOn: string;
  startsOn: string;
  endsOn: string;
  periodDays: number;
  periodUnit: 'calendar_days' | 'working_days';
  basisKind: 'parameter' | 'authority';
  basisParameterId: string | null;
  basisReason: string | null;
  explanation_zh: string;
  explanation_en: string | null;
  citations: Citation[];
  documentId: string | null;
  publishedAt: Date;
  closedOn: string | null;
  outcome: string | null;
  outcome_en: string | null;
}

type NoticeRow = Selectable<PublicNoticesTable> & { authority_name: string };

function toNotice(r: NoticeRow): NoticeRecord {
  return {
    id: r.id,
    caseId: r.case_id,
    procedure: r.procedure,
    authorityId: r.authority_id,
    authorityName: r.authority_name,
    jurisdictionCode: r.jurisdiction_code,
    title: r.title,
    title_en: r.title_en,
    body: r.body,
    summary_en: r.summary_en,
    subjectName: r.subject_name,
    publishedOn: r.published_on,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    periodDays: r.period_days,
    periodUnit: r.period_unit,
    basisKind: r.basis_kind,
    basisParameterId: r.basis_parameter_id,
    basisReason: r.basis_reason,
    explanation_zh: r.explanation_zh,
    explanation_en: r.explanation_en,
    citations: r.citations as Citation[],
    documentId: r.document_id,
    publishedAt: r.published_at,
    closedOn: r.closed_on,
    outcome: r.outcome,
    outcome_en: r.outcome_en,
  };
}

const notices = (db: Kysely<DB>) =>
  db
    .selectFrom('public_notices as n')
    .innerJoin('authorities as a', 'a.id', 'n.authority_id')
    .selectAll('n')
    .select('a.name as authority_name');

export interface NewNotice {
  caseId: string;
  procedure: string;
  authorityId: string;
  jurisdictionCode: string;
  title: string;
  /** The title in English, written at publication (null on notices published before 0015). */
  title_en: string | null;
  body: string;
  /** An English summary of the official Chinese body (the body stays as published). */
  summary_en: string | null;
  subjectName: string;
  publishedOn: string;
  startsOn: string;
  endsOn: string;
  periodDays: number;
  periodUnit: 'calendar_days' | 'working_days';
  basisKind: 'parameter' | 'authority';
  basisParameterId: string | null;
  basisReason: string | null;
  explanation_zh: string;
  explanation_en: string;
  citations: readonly Citation[];
  documentId: string | null;
  publishedBy: string | null;
}

export async function insertNotice(trx: Transaction<DB>, n: NewNotice): Promise<NoticeRecord> {
  const id = randomUUID();
  await trx
    .insertInto('public_notices')
    .values({
      id,
      case_id: n.caseId,
      procedure: n.procedure,
      authority_id: n.authorityId,
      jurisdiction_code: n.jurisdictionCode,
      title: n.title,
      title_en: n.title_en,
      body: n.body,
      summary_en: n.summary_en,
      subject_name: n.subjectName,
      published_on: n.publishedOn,
      starts_on: n.startsOn,
      ends_on: n.endsOn,
      period_days: n.periodDays,
      period_unit: n.periodUnit,
      basis_kind: n.basisKind,
      basis_parameter_id: n.basisParameterId,
      basis_reason: n.basisReason,
      explanation_zh: n.explanation_zh,
      explanation_en: n.explanation_en,
      citations: JSON.stringify(n.citations),
      document_id: n.documentId,
      published_by: n.publishedBy,
      closed_on: null,
      outcome: null,
      outcome_en: null,
    })
    .execute();
  return (await findNotice(trx, id))!;
}

export async function findNotice(db: Kysely<DB>, id: string): Promise<NoticeRecord | undefined> {
  const row = await notices(db).where('n.id', '=', id).executeTakeFirst();
  return row && toNotice(row);
}

/** The notice of a case still open (at most one, by a unique index), or the latest one. */
export async function findCaseNotice(db: Kysely<DB>, caseId: string): Promise<NoticeRecord | undefined> {
  const row = await notices(db)
    .where('n.case_id', '=', caseId)
    .orderBy(sql`n.closed_on is null`, 'desc')
    .orderBy('n.published_at', 'desc')
    .executeTakeFirst();
  return row && toNotice(row);
}

export interface NoticeListItem extends NoticeRecord {
  objections: number;
  answered: number;
}

/**
 * Notices, newest first. 'current': not closed and the period not over on `today`; 'past': the rest.
 */
export async function listNotices(
  db: Kysely<DB>,
  q: { status: 'current' | 'past' | 'all'; today: string; procedure?: string; limit: number; offset: number },
): Promise<{ items: NoticeListItem[]; total: number }> {
  let base = db.selectFrom('public_notices as n');
  if (q.status === 'current') base = base.where('n.closed_on', 'is', null).where('n.ends_on', '>=', q.today);
  if (q.status === 'past')
    base = base.where((eb) => eb.or([eb('n.closed_on', 'is not', null), eb('n.ends_on', '<', q.today)]));
  if (q.procedure) base = base.where('n.procedure', '=', q.procedure);
  const total = Number(
    (await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
  );
  const rows = await base
    .innerJoin('authorities as a', 'a.id', 'n.authority_id')
    .selectAll('n')
    .select('a.name as authority_name')
    .select((eb) => [
      eb
        .selectFrom('objections as o')
        .whereRef('o.notice_id', '=', 'n.id')
        .select(eb.fn.countAll<number>().as('c'))
        .as('objection_count'),
      eb
        .selectFrom('objections as o')
        .whereRef('o.notice_id', '=', 'n.id')
        .where('o.answered_at', 'is not', null)
        .select(eb.fn.countAll<number>().as('c'))
        .as('answered_count'),
    ])
    .orderBy('n.published_on', 'desc')
    .orderBy('n.published_at', 'desc')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return {
    total,
    items: rows.map((r) => ({
      ...toNotice(r),
      objections: Number(r.objection_count ?? 0),
      answered: Number(r.answered_count ?? 0),
    })),
  };
}

export async function closeNotice(
  trx: Transaction<DB>,
  id: string,
  closedOn: string,
  outcome: string,
  outcome_en: string | null = null,
): Promise<boolean> {
  const r = await trx
    .updateTable('public_notices')
    .set((eb) => ({ closed_on: closedOn, outcome, outcome_en, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('closed_on', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export interface ObjectionRecord {
  id: string;
  noticeId: string;
  seq: number;
  submitterNameEnc: string;
  submitterNameMasked: string;
  contactEnc: string;
  contactMasked: string;
  text: string;
  submittedOn: string;
  submittedAt: Date;
  answer: string | null;
  finding: 'founded' | 'unfounded' | null;
  answeredBy: string | null;
  answeredAt: Date | null;
  version: number;
}

function toObjection(r: Selectable<ObjectionsTable>): ObjectionRecord {
  return {
    id: r.id,
    noticeId: r.notice_id,
    seq: r.seq,
    submitterNameEnc: r.submitter_name_enc,
    submitterNameMasked: r.submitter_name_masked,
    contactEnc: r.contact_enc,
    contactMasked: r.contact_masked,
    text: r.text,
    submittedOn: r.submitted_on,
    submittedAt: r.submitted_at,
    answer: r.answer,
    finding: r.finding,
    answeredBy: r.answered_by,
    answeredAt: r.answered_at,
    version: r.version,
  };
}

export async function listObjections(db: Kysely<DB>, noticeId: string): Promise<ObjectionRecord[]> {
  const rows = await db
    .selectFrom('objections')
    .selectAll()
    .where('notice_id', '=', noticeId)
    .orderBy('seq')
    .execute();
  return rows.map(toObjection);
}

export interface NewObjection {
  noticeId: string;
  submitterNameEnc: string;
  submitterNameMasked: string;
  contactEnc: string;
  contactMasked: string;
  text: string;
  submittedOn: string;
}

/** Numbers the objection within its notice; call under the case lock so that numbers do not collide. */
export async function insertObjection(trx: Transaction<DB>, o: NewObjection): Promise<ObjectionRecord> {
  const { next } = await trx
    .selectFrom('objections')
    .select((eb) => eb(eb.fn.coalesce(eb.fn.max('seq'), sql<number>`0`), '+', 1).as('next'))
    .where('notice_id', '=', o.noticeId)
    .executeTakeFirstOrThrow();
  const row = await trx
    .insertInto('objections')
    .values({
      id: randomUUID(),
      notice_id: o.noticeId,
      seq: Number(next),
      submitter_name_enc: o.submitterNameEnc,
      submitter_name_masked: o.submitterNameMasked,
      contact_enc: o.contactEnc,
      contact_masked: o.contactMasked,
      text: o.text,
      submitted_on: o.submittedOn,
      answer: null,
      finding: null,
      answered_by: null,
      answered_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toObjection(row);
}

export async function findObjection(
  db: Kysely<DB>,
  noticeId: string,
  id: string,
): Promise<ObjectionRecord | undefined> {
  const row = await db
    .selectFrom('objections')
    .selectAll()
    .where('id', '=', id)
    .where('notice_id', '=', noticeId)
    .executeTakeFirst();
  return row && toObjection(row);
}

/** Records the answer if the objection is still open; undefined when someone answered it first. */
export async function answerObjection(
  trx: Transaction<DB>,
  a: { id: string; answer: string; finding: 'founded' | 'unfounded'; answeredBy: string; answeredAt: Date },
): Promise<ObjectionRecord | undefined> {
  const row = await trx
    .updateTable('objections')
    .set((eb) => ({
      answer: a.answer,
      finding: a.finding,
      answered_by: a.answeredBy,
      answered_at: a.answeredAt,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', a.id)
    .where('answered_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
  return row && toObjection(row);
}
