// The renewal state of one gz-rules directory entry (gz-rules §8–12, §14), read by the daily lapse
// job (gz-rules §14: an entry not renewed lapses at the end of its validity) and by the reminder card.
//
// A gz-renewal case keeps the entry it renews in `cases.snapshot.entryId`; its decision keeps
// `snapshot.decision = { decidedOn, outcome: 'renewed' | 'refused', successorEntryId, occupations }`.
// States of the gz-renewal machine: draft → submitted → assessed → renewed | refused (withdrawn from
// draft/submitted). 'renewed' also covers a partial renewal (§10(2): occupations below their threshold
// are lost); which occupations continue is read from the successor entry's scopes.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import { chinaDate } from '../../workflows/deadline.js';

export const GZ_RENEWAL_PROCEDURE = 'gz-renewal';

export interface RenewalStatus {
  state: 'none' | 'pending' | 'approved' | 'refused';
  caseId: string | null;
  submittedOn: string | null;
  decidedOn: string | null;
  successorEntryId: string | null;
}

interface DecisionSnapshot {
  decidedOn?: string;
  outcome?: 'renewed' | 'refused';
  successorEntryId?: string | null;
}

/**
 * 'none': no application submitted (a draft not yet submitted counts as none; caseId then names the
 * draft so the reminder card can resume it). 'pending': submitted, not yet decided. 'approved': decided
 * with at least one occupation renewed (successorEntryId set). 'refused': decided with none renewed.
 * A withdrawn application is ignored.
 */
export async function renewalStatusOf(
  db: Kysely<DB> | Transaction<DB>,
  entryId: string,
): Promise<RenewalStatus> {
  const rows = await db
    .selectFrom('cases')
    .select(['id', 'state', 'snapshot', 'submitted_at', 'closed_at', 'created_at'])
    .where('procedure', '=', GZ_RENEWAL_PROCEDURE)
    .where('state', '!=', 'withdrawn')
    .where(sql<string>`snapshot->>'entryId'`, '=', entryId)
    .orderBy('created_at', 'desc')
    .execute();
  const decided = rows.find((r) => r.state === 'renewed' || r.state === 'refused');
  const pending = rows.find((r) => r.submitted_at !== null && r.closed_at === null);
  const row = decided ?? pending;
  if (!row) {
    const draft = rows[0];
    return {
      state: 'none',
      caseId: draft?.id ?? null,
      submittedOn: null,
      decidedOn: null,
      successorEntryId: null,
    };
  }
  const submittedOn = row.submitted_at ? chinaDate(new Date(row.submitted_at)) : null;
  if (row === pending && row !== decided) {
    return { state: 'pending', caseId: row.id, submittedOn, decidedOn: null, successorEntryId: null };
  }
  const decision = ((row.snapshot as Record<string, unknown>).decision ?? {}) as DecisionSnapshot;
  // The successor entry is the one the renewal case published continuing this entry (0031 renews_entry_id).
  const successor = await db
    .selectFrom('directory_entries')
    .select('id')
    .where('renews_entry_id', '=', entryId)
    .where('case_id', '=', row.id)
    .executeTakeFirst();
  const successorEntryId = successor?.id ?? decision.successorEntryId ?? null;
  return {
    state: row.state === 'renewed' && successorEntryId ? 'approved' : 'refused',
    caseId: row.id,
    submittedOn,
    decidedOn: decision.decidedOn ?? (row.closed_at ? chinaDate(new Date(row.closed_at)) : null),
    successorEntryId,
  };
}
