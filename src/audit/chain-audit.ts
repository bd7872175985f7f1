// The audit sequencer: chains committed audit rows in commit order (SHA-256 over the previous hash
// and the row's canonical content). Requests never wait for it: they insert plain rows, and this
// job — safe to run in several processes at once, since it locks the one chain-head row — links
// them shortly after (security.md "Audit and durability").
import { sql, type Kysely } from 'kysely';
import type { DB } from '../persistence/schema.js';
import { canonicalJson, sha256 } from './write-audit.js';
import type { AuditSigningKey } from './audit-signing-key.js';
import { signCheckpoint, type SignedCheckpoint } from './audit-checkpoint.js';

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

type HeadRow = ChainHead & { checkpoint_seq: number; checkpoint_length: number };

/** Signs the head as the next checkpoint and stores it beside the head (caller holds the head lock). */
async function advanceCheckpoint(
  trx: Kysely<DB>,
  key: AuditSigningKey,
  checkpointSeq: number,
  head: ChainHead,
): Promise<SignedCheckpoint> {
  const cp = signCheckpoint(key, { checkpointSeq, length: Number(head.seq), headHash: head.hash });
  await sql`update audit_chain_head set checkpoint_seq = ${cp.checkpointSeq}, checkpoint_length = ${cp.length},
    checkpoint_hash = ${cp.headHash}, checkpoint_signed_at = ${cp.signedAt}, checkpoint_key_id = ${cp.keyId},
    checkpoint_signature = ${cp.signature} where id = 1`.execute(trx);
  return cp;
}

/**
 * Chains up to `batch` pending rows; returns how many were chained and the new head. With a signing
 * key, the new head is signed as the next checkpoint in the same transaction (its number cannot be
 * reused or reversed by another process: the head row is locked).
 */
export async function chainPendingAudit(
  db: Kysely<DB>,
  batch = 2000,
  key?: AuditSigningKey,
): Promise<{ chained: number; head: ChainHead; checkpoint?: SignedCheckpoint }> {
  return db.transaction().execute(async (trx) => {
    const locked = (
      await sql<HeadRow>`select seq, hash, checkpoint_seq, checkpoint_length from audit_chain_head where id = 1 for update`.execute(
        trx,
      )
    ).rows[0]!;
    const head: ChainHead = { seq: Number(locked.seq), hash: locked.hash };
    if (head.seq < Number(locked.checkpoint_length)) {
      // Never sign over a chain that is shorter than what was already signed: that is the evidence.
      throw new Error(
        `审计链（${head.seq} 条）短于已签名的第 ${locked.checkpoint_seq} 号检查点（${locked.checkpoint_length} 条）：最新的审计记录被删除，停止签发检查点`,
      );
    }
    const pending = (
      await sql<AuditRowContent>`select ${CONTENT_COLUMNS} from audit_log where chain_seq is null order by id limit ${batch}`.execute(
        trx,
      )
    ).rows;
    if (pending.length === 0) {
      // A head that no checkpoint covers yet (rows chained before 0012, or without a key): sign it now.
      if (key && head.seq > Number(locked.checkpoint_length)) {
        const checkpoint = await advanceCheckpoint(trx, key, Number(locked.checkpoint_seq) + 1, head);
        return { chained: 0, head, checkpoint };
      }
      return { chained: 0, head };
    }
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
    const newHead = { seq, hash };
    if (!key) return { chained: pending.length, head: newHead };
    const checkpoint = await advanceCheckpoint(trx, key, Number(locked.checkpoint_seq) + 1, newHead);
    return { chained: pending.length, head: newHead, checkpoint };
  });
}

/** The latest checkpoint the database holds (what the public endpoint serves), or undefined. */
export async function latestCheckpoint(db: Kysely<DB>): Promise<SignedCheckpoint | undefined> {
  const r = (
    await sql<{
      checkpoint_seq: number;
      checkpoint_length: number;
      checkpoint_hash: string | null;
      checkpoint_signed_at: string | null;
      checkpoint_key_id: string | null;
      checkpoint_signature: string | null;
    }>`select checkpoint_seq, checkpoint_length, checkpoint_hash, checkpoint_signed_at, checkpoint_key_id,
        checkpoint_signature from audit_chain_head where id = 1`.execute(db)
  ).rows[0];
  if (!r || Number(r.checkpoint_seq) === 0 || !r.checkpoint_hash || !r.checkpoint_signature) return undefined;
  return {
    checkpointSeq: Number(r.checkpoint_seq),
    length: Number(r.checkpoint_length),
    headHash: r.checkpoint_hash,
    signedAt: r.checkpoint_signed_at ?? '',
    keyId: r.checkpoint_key_id ?? '',
    signature: r.checkpoint_signature,
  };
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
    /** Signs every new head as a checkpoint. */
    signingKey?: AuditSigningKey;
    /** Called after commit with each new checkpoint (the server writes its local copy). */
    onCheckpoint?: (checkpoint: SignedCheckpoint) => Promise<unknown>;
  },
): Sequencer {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const flush = async () => {
    for (;;) {
      const { chained, checkpoint } = await chainPendingAudit(db, 2000, opts.signingKey);
      if (checkpoint) await opts.onCheckpoint?.(checkpoint);
      if (chained === 0) return;
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
