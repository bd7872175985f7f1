// The audit sequencer: chains committed audit rows in commit order (SHA-256 over the previous hash
// and the row's canonical content). Requests never wait for it: they insert plain rows, and this
// job — safe to run in several processes at once, since it locks the one chain-head row — links
// them shortly after (security.md "Audit and durability").
import { sql, type Kysely } from 'kysely';
import type { DB } from '../persistence/schema.js';
import { canonicalJson, sha256 } from './write-audit.js';

export interface AuditRowContent {
  id: number;
  occurred_us: number;
  request_id: string | null;
  actor_user_id: string | null;
  actor_role: string | null;
  actor_authority_id: string | null;
  actor_institution_id: string | null;
  entity: string;
  entity_id: string;
  action: string;
  before_hash: string | null;
  after_hash: string | null;
  before_data: unknown;
  after_data: unknown;
  citations: unknown;
}

/** The selection every hash is computed from (timestamps as integer microseconds: exact on both databases). */
export const CONTENT_COLUMNS = sql`id, (extract(epoch from occurred_at) * 1000000)::bigint as occurred_us, request_id,
  actor_user_id, actor_role, actor_authority_id, actor_institution_id, entity, entity_id, action,
  before_hash, after_hash, before_data, after_data, citations`;

export function rowHash(prevHash: string, seq: number, row: AuditRowContent): string {
  return sha256(`${prevHash}|${seq}|${canonicalJson(row)}`);
}

export interface ChainHead {
  seq: number;
  hash: string;
}

/** Chains up to `batch` pending rows; returns how many were chained and the new head. */
export async function chainPendingAudit(
  db: Kysely<DB>,
  batch = 2000,
): Promise<{ chained: number; head: ChainHead }> {
  return db.transaction().execute(async (trx) => {
    const head = (
      await sql<ChainHead>`select seq, hash from audit_chain_head where id = 1 for update`.execute(trx)
    ).rows[0]!;
    const pending = (
      await sql<AuditRowContent>`select ${CONTENT_COLUMNS} from audit_log where chain_seq is null order by id limit ${batch}`.execute(
        trx,
      )
    ).rows;
    if (pending.length === 0) return { chained: 0, head };
    let { seq, hash } = head;
    const ids: number[] = [];
    const seqs: number[] = [];
    const prevs: string[] = [];
    const hashes: string[] = [];
    for (const row of pending) {
      seq += 1;
      const next = rowHash(hash, seq, row);
      ids.push(Number(row.id));
      seqs.push(seq);
      prevs.push(hash);
      hashes.push(next);
      hash = next;
    }
    await sql`update audit_log a set chain_seq = v.seq, prev_hash = v.prev, row_hash = v.hash
      from unnest(${ids}::bigint[], ${seqs}::bigint[], ${prevs}::text[], ${hashes}::text[]) as v(id, seq, prev, hash)
      where a.id = v.id`.execute(trx);
    await sql`update audit_chain_head set seq = ${seq}, hash = ${hash} where id = 1`.execute(trx);
    return { chained: pending.length, head: { seq, hash } };
  });
}

export interface Sequencer {
  stop(): Promise<void>;
  /** Chain everything pending now (used by tests and the CLI). */
  flush(): Promise<void>;
}

export function startAuditSequencer(
  db: Kysely<DB>,
  opts: {
    intervalMs: number;
    log?: { error: (obj: unknown, msg: string) => void };
    onHead?: (head: ChainHead) => Promise<void>;
  },
): Sequencer {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const flush = async () => {
    for (;;) {
      const { chained, head } = await chainPendingAudit(db);
      if (chained === 0) return;
      await opts.onHead?.(head);
    }
  };
  const tick = () => {
    running = running.then(flush).catch((err: unknown) => opts.log?.error({ err }, 'audit sequencer failed'));
  };
  const timer = setInterval(() => {
    if (!stopped) tick();
  }, opts.intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      tick();
      await running;
    },
    async flush() {
      tick();
      await running;
    },
  };
}
