// A Guizhou gz-rules filing written straight into the database (the personas' institution X of 贵阳), with
// the records a wrap-up checklist reads: sessions, candidates, fees, uploads — and a gz-renewal case in a
// chosen state, as renewal-status.ts reads it (snapshot.entryId, submitted_at, snapshot.decision).
import { randomUUID } from 'node:crypto';
import type { Database } from '../../src/persistence/database.js';
import type { Fixture } from '../support/personas.js';
import { insertGzEntry } from '../support/gz-entry.js';

export async function gzEntry(db: Database, f: Fixture, validTo: string, institutionId = f.institutions.x) {
  const id = randomUUID();
  return insertGzEntry(db, f, {
    institutionId,
    scopes: [
      { code: '4-04-05-01', level: 3 },
      { code: '6-18-01-01', level: 4 },
    ],
    validFrom: '2023-01-01',
    validTo,
    filingCode: `GZ-${id.slice(0, 6)}`,
  });
}

let refNo = 0;
/** A gz-renewal case for the entry: 'pending' (submitted), 'refused' (decided) or 'renewed' with a successor. */
export async function renewalCase(
  db: Database,
  f: Fixture,
  entryId: string,
  state: 'submitted' | 'refused' | 'renewed',
  opts: { submittedAt: string; decidedOn?: string; successorEntryId?: string } = {
    submittedAt: '2026-05-01T02:00:00Z',
  },
) {
  const id = randomUUID();
  await db
    .insertInto('cases')
    .values({
      id,
      procedure: 'gz-renewal',
      reference_no: `T-RENEW-${++refNo}-${id.slice(0, 4)}`,
      institution_id: f.institutions.x,
      branch_id: null,
      authority_id: f.authorities.guizhou,
      jurisdiction_code: '520100',
      parent_case_id: null,
      state,
      awaiting: state === 'submitted' ? 'authority' : null,
      snapshot: JSON.stringify({
        entryId,
        ...(state === 'submitted'
          ? {}
          : {
              decision: {
                decidedOn: opts.decidedOn,
                outcome: state,
                successorEntryId: opts.successorEntryId ?? null,
              },
            }),
      }),
      submitted_at: new Date(opts.submittedAt),
      closed_at: state === 'submitted' ? null : new Date(`${opts.decidedOn}T02:00:00Z`),
      valid_from: null,
      valid_to: null,
      created_by: null,
      updated_at: new Date(),
    })
    .execute();
  return id;
}

/** A session of institution X in a state, ending on `endsOn`. */
export async function session(
  db: Database,
  f: Fixture,
  status: 'planned' | 'closed' | 'cancelled',
  endsOn: string,
) {
  const id = randomUUID();
  await db
    .insertInto('evaluation_sessions')
    .values({
      id,
      institution_id: f.institutions.x,
      branch_id: null,
      site_id: f.sites.x,
      occupation_code: '4-04-05-01',
      level: 3,
      starts_on: endsOn,
      ends_on: endsOn,
      subjects: ['theory'],
      standard_id: f.standard,
      status,
      findings: JSON.stringify({}),
      closed_at: status === 'closed' ? new Date(`${endsOn}T10:00:00Z`) : null,
      cancelled_at: status === 'cancelled' ? new Date(`${endsOn}T01:00:00Z`) : null,
      cancel_reason: status === 'cancelled' ? '考场不可用' : null,
    })
    .execute();
  return id;
}

let cand = 0;
export async function candidate(
  db: Database,
  f: Fixture,
  sessionId: string,
  opts: { result?: 'passed' | 'failed'; withdrawn?: boolean; paidFen?: number; refundedFen?: number } = {},
) {
  const id = randomUUID();
  const n = ++cand;
  await db
    .insertInto('candidates')
    .values({
      id,
      session_id: sessionId,
      institution_id: f.institutions.x,
      name: `考生${n}`,
      doc_type: 'id_card',
      doc_enc: `enc${n}`,
      doc_hmac: `hmac${n}-${id}`,
      doc_masked: '5201**********0011',
      student_status: null,
      status: opts.withdrawn ? 'withdrawn' : 'registered',
      withdrawn_reason: opts.withdrawn ? '本人申请' : null,
      overall_result: opts.result ?? null,
      result_decided_at: opts.result ? new Date() : null,
      findings: JSON.stringify({}),
      created_by: null,
    })
    .execute();
  const fees = [
    ...(opts.paidFen ? [{ kind: 'collected' as const, amount_fen: opts.paidFen }] : []),
    ...(opts.refundedFen ? [{ kind: 'refunded' as const, amount_fen: opts.refundedFen }] : []),
  ];
  for (const fee of fees)
    await db
      .insertInto('candidate_fees')
      .values({
        id: randomUUID(),
        candidate_id: id,
        institution_id: f.institutions.x,
        ...fee,
        on_date: '2026-03-01',
        note: null,
        created_by: null,
      })
      .execute();
  return id;
}

export async function upload(
  db: Database,
  f: Fixture,
  status: 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled',
) {
  const id = randomUUID();
  await db
    .insertInto('background_jobs')
    .values({
      id,
      kind: 'certificate_upload',
      status,
      locked_by: null,
      locked_until: null,
      failure: null,
      started_at: null,
      finished_at: null,
    })
    .execute();
  await db
    .insertInto('certificate_uploads')
    .values({
      id,
      institution_id: f.institutions.x,
      file_name: `证书-${status}.csv`,
      file_format: 'csv',
      file_sha256: id.replace(/-/g, '').padEnd(64, '0'),
      file_size: 100,
      chunk_count: 1,
      uploaded_by: null,
      updated_at: new Date(),
    })
    .execute();
  return id;
}
