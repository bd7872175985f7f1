// Credit check records (信用核查, 1x-selection §16) of a 1+X selection case: SQL only. Append-only; the
// latest row per platform is the one the guards read, every row stays as the record.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { CreditCheckPlatform, DB } from './schema.js';
import { isoTime } from './paging.js';

export interface CreditCheckRecord {
  id: string;
  caseId: string;
  caseEventSeq: number;
  platform: CreditCheckPlatform;
  source: string;
  checkedOn: string;
  result: 'clear' | 'adverse';
  reference: string | null;
  note: string | null;
  recordedBy: string | null;
  recordedAt: string;
}

export interface NewCreditCheck {
  caseId: string;
  caseEventSeq: number;
  platform: CreditCheckPlatform;
  source: string;
  checkedOn: string;
  result: 'clear' | 'adverse';
  reference: string | null;
  note: string | null;
  recordedBy: string | null;
}

export async function insertCreditCheck(trx: Transaction<DB>, c: NewCreditCheck): Promise<string> {
  const id = randomUUID();
  await trx
    .insertInto('credit_checks')
    .values({
      id,
      case_id: c.caseId,
      case_event_seq: c.caseEventSeq,
      platform: c.platform,
      source: c.source,
      checked_on: c.checkedOn,
      result: c.result,
      reference: c.reference,
      note: c.note,
      recorded_by: c.recordedBy,
    })
    .execute();
  return id;
}

/** Every record of a case, oldest first (the order they were entered in). */
export async function listCreditChecks(db: Kysely<DB>, caseId: string): Promise<CreditCheckRecord[]> {
  const rows = await db
    .selectFrom('credit_checks')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('case_event_seq')
    .orderBy('recorded_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    caseEventSeq: r.case_event_seq,
    platform: r.platform,
    source: r.source,
    checkedOn: r.checked_on,
    result: r.result,
    reference: r.reference,
    note: r.note,
    recordedBy: r.recorded_by,
    recordedAt: isoTime(r.recorded_at),
  }));
}
