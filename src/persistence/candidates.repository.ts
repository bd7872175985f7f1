// Candidates 考生 of evaluation sessions (issue 11 point 2) and their fee ledger: SQL only. Callers reach a
// candidate through a session they may read (the session's scope is applied first); the institution id
// copied onto every row keeps the second filter on one column.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { CandidateStatus, DB, FeeKind, StudentStatus } from './schema.js';
import { isoTime } from './paging.js';

export interface NewCandidate {
  id: string;
  sessionId: string;
  institutionId: string;
  name: string;
  docType: string;
  docEnc: string;
  docHmac: string;
  docMasked: string;
  studentStatus: StudentStatus | null;
  findings: unknown;
  createdBy: string | null;
}

export interface CandidateRecord {
  id: string;
  sessionId: string;
  institutionId: string;
  name: string;
  docType: string;
  docMasked: string;
  studentStatus: StudentStatus | null;
  status: CandidateStatus;
  withdrawnReason: string | null;
  overallResult: 'passed' | 'failed' | null;
  findings: { check?: string; asOf?: string; findings?: unknown[] };
  createdAt: string;
  version: number;
  /** Sum of collected and of refunded fees, in fen. */
  collectedFen: number;
  refundedFen: number;
}

const feeSum = (kind: FeeKind) =>
  sql<number>`coalesce((select sum(f.amount_fen) from candidate_fees f where f.candidate_id = c.id and f.kind = ${kind}), 0)`;

const candidates = (db: Kysely<DB>) =>
  db
    .selectFrom('candidates as c')
    .select([
      'c.id',
      'c.session_id',
      'c.institution_id',
      'c.name',
      'c.doc_type',
      'c.doc_masked',
      'c.student_status',
      'c.status',
      'c.withdrawn_reason',
      'c.overall_result',
      'c.findings',
      'c.created_at',
      'c.version',
    ])
    .select([feeSum('collected').as('collected_fen'), feeSum('refunded').as('refunded_fen')]);

type Row = Awaited<ReturnType<ReturnType<typeof candidates>['executeTakeFirstOrThrow']>>;

const toRecord = (r: Row): CandidateRecord => ({
  id: r.id,
  sessionId: r.session_id,
  institutionId: r.institution_id,
  name: r.name,
  docType: r.doc_type,
  docMasked: r.doc_masked,
  studentStatus: r.student_status,
  status: r.status,
  withdrawnReason: r.withdrawn_reason,
  overallResult: r.overall_result,
  findings: r.findings as CandidateRecord['findings'],
  createdAt: isoTime(r.created_at),
  version: r.version,
  collectedFen: Number(r.collected_fen),
  refundedFen: Number(r.refunded_fen),
});

export async function listSessionCandidates(db: Kysely<DB>, sessionId: string): Promise<CandidateRecord[]> {
  const rows = await candidates(db)
    .where('c.session_id', '=', sessionId)
    .orderBy('c.created_at')
    .orderBy('c.id')
    .execute();
  return rows.map(toRecord);
}

export async function findSessionCandidate(
  db: Kysely<DB>,
  sessionId: string,
  id: string,
): Promise<CandidateRecord | undefined> {
  const r = await candidates(db)
    .where('c.session_id', '=', sessionId)
    .where('c.id', '=', id)
    .executeTakeFirst();
  return r ? toRecord(r) : undefined;
}

/** The candidate of a session with one of these document hashes (every configured key's), if any. */
export async function candidateByDocument(
  db: Kysely<DB>,
  sessionId: string,
  hmacs: string[],
): Promise<CandidateRecord | undefined> {
  const r = await candidates(db)
    .where('c.session_id', '=', sessionId)
    .where('c.doc_hmac', 'in', hmacs)
    .executeTakeFirst();
  return r ? toRecord(r) : undefined;
}

export async function insertCandidate(trx: Transaction<DB>, v: NewCandidate): Promise<void> {
  await trx
    .insertInto('candidates')
    .values({
      id: v.id,
      session_id: v.sessionId,
      institution_id: v.institutionId,
      name: v.name,
      doc_type: v.docType,
      doc_enc: v.docEnc,
      doc_hmac: v.docHmac,
      doc_masked: v.docMasked,
      student_status: v.studentStatus,
      withdrawn_reason: null,
      overall_result: null,
      result_decided_at: null,
      findings: JSON.stringify(v.findings),
      created_by: v.createdBy,
    })
    .execute();
}

/** Withdraws a registered candidate; false when it changed since `version` or is not registered. */
export async function withdrawCandidate(
  trx: Transaction<DB>,
  id: string,
  version: number,
  reason: string,
): Promise<boolean> {
  const r = await trx
    .updateTable('candidates')
    .set({ status: 'withdrawn', withdrawn_reason: reason, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'registered')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Locks the candidate row for a fee entry (collected and refunded sums compared in one transaction). */
export async function lockCandidate(trx: Transaction<DB>, id: string): Promise<void> {
  await trx.selectFrom('candidates').select('id').where('id', '=', id).forUpdate().execute();
}

export interface FeeRow {
  id: string;
  kind: FeeKind;
  amountFen: number;
  onDate: string;
  note: string | null;
  createdAt: string;
}

export async function listFees(db: Kysely<DB>, candidateId: string): Promise<FeeRow[]> {
  const rows = await db
    .selectFrom('candidate_fees')
    .selectAll()
    .where('candidate_id', '=', candidateId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    amountFen: Number(r.amount_fen),
    onDate: r.on_date,
    note: r.note,
    createdAt: isoTime(r.created_at),
  }));
}

export async function insertFee(
  trx: Transaction<DB>,
  v: {
    id: string;
    candidateId: string;
    institutionId: string;
    kind: FeeKind;
    amountFen: number;
    onDate: string;
    note: string | null;
    createdBy: string | null;
  },
): Promise<void> {
  await trx
    .insertInto('candidate_fees')
    .values({
      id: v.id,
      candidate_id: v.candidateId,
      institution_id: v.institutionId,
      kind: v.kind,
      amount_fen: v.amountFen,
      on_date: v.onDate,
      note: v.note,
      created_by: v.createdBy,
    })
    .execute();
}
