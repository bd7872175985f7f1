// Results of an evaluation session 成绩 (issue 11 point 4): pass marks per subject, the result of each
// registered candidate in each subject, the candidates' overall result, and the corrections made after
// the session was closed. SQL only; the session is found in the caller's scope before any of these run.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB, EvaluationSubject, SubjectOutcome } from './schema.js';
import { isoTime } from './paging.js';

export interface PassMark {
  subject: EvaluationSubject;
  fullMark: number;
  passMark: number;
  source: string;
  setAt: string;
}

export interface SubjectResult {
  subject: EvaluationSubject;
  outcome: SubjectOutcome;
  score: number | null;
  cancelArticle: string | null;
  cancelReason: string | null;
}

export interface CandidateResults {
  candidateId: string;
  name: string;
  docType: string;
  docMasked: string;
  overallResult: 'passed' | 'failed' | null;
  resultDecidedAt: string | null;
  version: number;
  results: SubjectResult[];
}

export interface CorrectionRecord {
  id: string;
  candidateId: string;
  candidateName: string;
  subject: EvaluationSubject;
  before: Omit<SubjectResult, 'outcome'> & { outcome: SubjectOutcome | null };
  after: SubjectResult;
  overallBefore: 'passed' | 'failed' | null;
  overallAfter: 'passed' | 'failed' | null;
  reason: string;
  correctedBy: string | null;
  correctedAt: string;
}

const num = (v: string | number | null): number | null => (v === null ? null : Number(v));

export async function passMarksOf(db: Kysely<DB>, sessionId: string): Promise<PassMark[]> {
  const rows = await db
    .selectFrom('session_pass_marks')
    .selectAll()
    .where('session_id', '=', sessionId)
    .orderBy('subject')
    .execute();
  return rows.map((r) => ({
    subject: r.subject,
    fullMark: Number(r.full_mark),
    passMark: Number(r.pass_mark),
    source: r.source,
    setAt: isoTime(r.set_at),
  }));
}

export async function upsertPassMark(
  trx: Transaction<DB>,
  sessionId: string,
  m: { subject: EvaluationSubject; fullMark: number; passMark: number; source: string },
  by: string,
): Promise<void> {
  await trx
    .insertInto('session_pass_marks')
    .values({
      session_id: sessionId,
      subject: m.subject,
      full_mark: m.fullMark,
      pass_mark: m.passMark,
      source: m.source,
      set_by: by,
    })
    .onConflict((oc) =>
      oc.columns(['session_id', 'subject']).doUpdateSet({
        full_mark: m.fullMark,
        pass_mark: m.passMark,
        source: m.source,
        set_by: by,
        set_at: sql<Date>`now()`,
      }),
    )
    .execute();
}

/** The registered (not withdrawn) candidates of a session with their subject results, by name. */
export async function candidateResultsOf(
  db: Kysely<DB>,
  sessionId: string,
  candidateId?: string,
): Promise<CandidateResults[]> {
  let q = db
    .selectFrom('candidates')
    .select(['id', 'name', 'doc_type', 'doc_masked', 'overall_result', 'result_decided_at', 'version'])
    .where('session_id', '=', sessionId)
    .where('status', '=', 'registered');
  if (candidateId) q = q.where('id', '=', candidateId);
  const cands = await q.orderBy('name').orderBy('id').execute();
  if (cands.length === 0) return [];
  const results = await db
    .selectFrom('subject_results')
    .selectAll()
    .where('session_id', '=', sessionId)
    .$if(!!candidateId, (w) => w.where('candidate_id', '=', candidateId!))
    .execute();
  const by = new Map<string, SubjectResult[]>();
  for (const r of results) {
    const list = by.get(r.candidate_id) ?? [];
    list.push({
      subject: r.subject,
      outcome: r.outcome,
      score: num(r.score),
      cancelArticle: r.cancel_article,
      cancelReason: r.cancel_reason,
    });
    by.set(r.candidate_id, list);
  }
  return cands.map((c) => ({
    candidateId: c.id,
    name: c.name,
    docType: c.doc_type,
    docMasked: c.doc_masked,
    overallResult: c.overall_result,
    resultDecidedAt: c.result_decided_at ? isoTime(c.result_decided_at) : null,
    version: c.version,
    results: by.get(c.id) ?? [],
  }));
}

export async function upsertSubjectResult(
  trx: Transaction<DB>,
  v: { candidateId: string; sessionId: string; institutionId: string; by: string } & SubjectResult,
): Promise<void> {
  const values = {
    outcome: v.outcome,
    score: v.score,
    cancel_article: v.cancelArticle,
    cancel_reason: v.cancelReason,
    entered_by: v.by,
  };
  await trx
    .insertInto('subject_results')
    .values({
      candidate_id: v.candidateId,
      subject: v.subject,
      session_id: v.sessionId,
      institution_id: v.institutionId,
      ...values,
    })
    .onConflict((oc) =>
      oc.columns(['candidate_id', 'subject']).doUpdateSet({ ...values, entered_at: sql<Date>`now()` }),
    )
    .execute();
}

export async function setOverallResult(
  trx: Transaction<DB>,
  candidateId: string,
  overall: 'passed' | 'failed' | null,
): Promise<void> {
  await trx
    .updateTable('candidates')
    .set({
      overall_result: overall,
      result_decided_at: overall === null ? null : sql<Date>`now()`,
      version: sql<number>`version + 1`,
    })
    .where('id', '=', candidateId)
    .execute();
}

export async function insertCorrection(
  trx: Transaction<DB>,
  v: {
    id: string;
    candidateId: string;
    sessionId: string;
    institutionId: string;
    subject: EvaluationSubject;
    before: SubjectResult;
    after: SubjectResult;
    overallBefore: 'passed' | 'failed' | null;
    overallAfter: 'passed' | 'failed' | null;
    reason: string;
    by: string;
  },
): Promise<void> {
  await trx
    .insertInto('result_corrections')
    .values({
      id: v.id,
      candidate_id: v.candidateId,
      session_id: v.sessionId,
      institution_id: v.institutionId,
      subject: v.subject,
      before: JSON.stringify(v.before),
      after: JSON.stringify(v.after),
      overall_before: v.overallBefore,
      overall_after: v.overallAfter,
      reason: v.reason,
      corrected_by: v.by,
    })
    .execute();
}

export async function correctionsOf(db: Kysely<DB>, sessionId: string): Promise<CorrectionRecord[]> {
  const rows = await db
    .selectFrom('result_corrections as r')
    .innerJoin('candidates as c', 'c.id', 'r.candidate_id')
    .leftJoin('users as u', 'u.id', 'r.corrected_by')
    .select([
      'r.id',
      'r.candidate_id',
      'c.name',
      'r.subject',
      'r.before',
      'r.after',
      'r.overall_before',
      'r.overall_after',
      'r.reason',
      'u.display_name',
      'r.corrected_at',
    ]) // prettier-ignore
    .where('r.session_id', '=', sessionId)
    .orderBy('r.corrected_at')
    .orderBy('r.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    candidateId: r.candidate_id,
    candidateName: r.name,
    subject: r.subject,
    before: r.before as unknown as CorrectionRecord['before'],
    after: r.after as unknown as SubjectResult,
    overallBefore: r.overall_before,
    overallAfter: r.overall_after,
    reason: r.reason,
    correctedBy: r.display_name,
    correctedAt: isoTime(r.corrected_at),
  }));
}

/** Whether a certificate was issued to the candidate (certificates are the issuance wing's). */
export async function hasCertificate(db: Kysely<DB>, candidateId: string): Promise<boolean> {
  const r = await db
    .selectFrom('certificates')
    .select('id')
    .where('candidate_id', '=', candidateId)
    .limit(1)
    .executeTakeFirst();
  return !!r;
}
