// Verifies the audit chain: recomputes every link in chain order and reports the first broken one (an
// edited row, a deleted row, a forged head), then holds the chain against signed checkpoints — the
// one the database keeps and a witness's copy kept elsewhere (audit-checkpoint.ts). Deleting the
// newest rows and rewinding the head leaves a consistent chain; only a checkpoint signed earlier
// shows that it used to be longer, so a missing witness with a non-empty chain is a failure too.
import type { KeyObject } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../persistence/schema.js';
import {
  CONTENT_COLUMNS,
  latestCheckpoint,
  rowHash,
  type AuditRowContent,
  type ChainHead,
} from './chain-audit.js';
import { checkpointSignatureValid, publicKeyFromPem, type SignedCheckpoint } from './audit-checkpoint.js';

export interface BrokenLink {
  seq: number;
  auditId: number | null;
  reason:
    | 'content_changed'
    | 'link_changed'
    | 'row_missing'
    | 'head_mismatch'
    | 'checkpoint_missing'
    | 'checkpoint_signature'
    | 'truncated'
    | 'checkpoint_mismatch'
    | 'checkpoint_rolled_back'
    | 'purge_unattested';
  message_zh: string;
}

export interface VerifyReport {
  ok: boolean;
  checked: number;
  pending: number;
  head: ChainHead;
  /** First chain position still in the database (after retention purges). */
  firstSeq: number;
  /** The witness the chain was held against, if any. */
  witness?: { checkpointSeq: number; length: number };
  /** Set when rows at the end of the chain are gone: how many the witness saw, how many are left. */
  truncation?: { witnessedLength: number; chainLength: number; checkpointSeq: number };
  firstBroken?: BrokenLink;
}

export interface VerifyOptions {
  /**
   * A witness's copy of a signed checkpoint; 'missing' when the configured copy does not exist
   * (a failure as soon as the chain holds rows); undefined to check the chain alone.
   */
  witness?: (SignedCheckpoint & { legacy?: boolean }) | 'missing';
  /** Public keys the verifier trusts, by key id (the configured signing key). */
  trustedKeys?: Map<string, KeyObject>;
  pageSize?: number;
}

type ChainedRow = AuditRowContent & { chain_seq: number; prev_hash: string; row_hash: string };

const short = (h: string) => h.slice(0, 16);

export async function verifyAudit(db: Kysely<DB>, opts: VerifyOptions = {}): Promise<VerifyReport> {
  const pageSize = opts.pageSize ?? 5000;
  const headRow = (await sql<ChainHead>`select seq, hash from audit_chain_head where id = 1`.execute(db))
    .rows[0]!;
  const head = { seq: Number(headRow.seq), hash: headRow.hash };
  const pending = Number(
    (await sql<{ n: number }>`select count(*)::int as n from audit_log where chain_seq is null`.execute(db))
      .rows[0]?.n ?? 0,
  );
  const purge = (
    await sql<{ up_to_seq: number; anchor_hash: string }>`select up_to_seq, anchor_hash from audit_purges
      order by up_to_seq desc limit 1`.execute(db)
  ).rows[0];
  const firstSeq = purge ? Number(purge.up_to_seq) + 1 : 1;
  let prev = purge ? purge.anchor_hash : '0'.repeat(64);
  let expectedSeq = firstSeq;
  let checked = 0;
  const witness = opts.witness === 'missing' ? undefined : opts.witness;
  const dbCheckpoint = await latestCheckpoint(db);
  const base = (): VerifyReport => ({
    ok: true,
    checked,
    pending,
    head,
    firstSeq,
    ...(witness ? { witness: { checkpointSeq: witness.checkpointSeq, length: witness.length } } : {}),
  });
  const fail = (b: BrokenLink, extra: Partial<VerifyReport> = {}): VerifyReport => ({
    ...base(),
    ...extra,
    ok: false,
    firstBroken: b,
  });

  // The hash the chain had at each length a checkpoint names (the anchor stands for the purged prefix).
  const wanted = new Set([dbCheckpoint?.length, witness?.length].filter((n): n is number => !!n));
  const hashAt = new Map<number, string>();
  if (purge) hashAt.set(Number(purge.up_to_seq), purge.anchor_hash);

  for (;;) {
    const rows = (
      await sql<ChainedRow>`select ${CONTENT_COLUMNS}, chain_seq, prev_hash, row_hash from audit_log
        where chain_seq >= ${expectedSeq} order by chain_seq limit ${pageSize}`.execute(db)
    ).rows;
    if (rows.length === 0) break;
    for (const row of rows) {
      const seq = Number(row.chain_seq);
      if (seq !== expectedSeq) {
        return fail({
          seq: expectedSeq,
          auditId: null,
          reason: 'row_missing',
          message_zh: `第 ${expectedSeq} 条审计记录缺失（已被删除）`,
        });
      }
      if (row.prev_hash !== prev) {
        return fail({
          seq,
          auditId: Number(row.id),
          reason: 'link_changed',
          message_zh: `第 ${seq} 条审计记录（id ${row.id}）的前序哈希与链不符`,
        });
      }
      const { chain_seq: _s, prev_hash: _p, row_hash: stored, ...content } = row;
      const computed = rowHash(prev, seq, {
        ...content,
        id: Number(content.id),
        occurred_us: Number(content.occurred_us),
      });
      if (computed !== stored) {
        return fail({
          seq,
          auditId: Number(row.id),
          reason: 'content_changed',
          message_zh: `第 ${seq} 条审计记录（id ${row.id}）的内容已被篡改`,
        });
      }
      if (wanted.has(seq)) hashAt.set(seq, stored);
      prev = stored;
      expectedSeq += 1;
      checked += 1;
    }
  }
  const lastSeq = expectedSeq - 1;
  if (lastSeq !== head.seq || prev !== head.hash) {
    return fail({
      seq: lastSeq + 1,
      auditId: null,
      reason: lastSeq < head.seq ? 'row_missing' : 'head_mismatch',
      message_zh:
        lastSeq < head.seq
          ? `链头记录到第 ${head.seq} 条，但第 ${lastSeq + 1} 条起的审计记录缺失（已被删除）`
          : '链头与最后一条审计记录不一致',
    });
  }

  // A purge removes the start of the chain; it must be attested by its own audit row in the chain.
  if (purge) {
    const attested = (
      await sql<{ n: number }>`select count(*)::int as n from audit_log where entity = 'audit_log'
        and action = 'purge' and after_data->>'upToSeq' = ${String(purge.up_to_seq)}
        and after_data->>'anchorHash' = ${purge.anchor_hash} and chain_seq is not null`.execute(db)
    ).rows[0]!.n;
    if (Number(attested) === 0) {
      return fail({
        seq: firstSeq,
        auditId: null,
        reason: 'purge_unattested',
        message_zh: `审计链从第 ${firstSeq} 条开始，但没有记录该次清理的审计记录（前 ${firstSeq - 1} 条被删除而未经审计）`,
      });
    }
  }

  // Checkpoints: each names a length and the head hash at that length.
  const checkAgainst = (cp: SignedCheckpoint, who: string): VerifyReport | undefined => {
    if (cp.length > lastSeq) {
      const truncation = {
        witnessedLength: cp.length,
        chainLength: lastSeq,
        checkpointSeq: cp.checkpointSeq,
      };
      return fail(
        {
          seq: lastSeq + 1,
          auditId: null,
          reason: 'truncated',
          message_zh: `审计链尾部被截断：${who}第 ${cp.checkpointSeq} 号检查点记录审计链有 ${cp.length} 条（链头哈希 ${short(cp.headHash)}…），数据库中的链只有 ${lastSeq} 条——第 ${lastSeq + 1}–${cp.length} 条（共 ${cp.length - lastSeq} 条）已被删除`,
        },
        { truncation },
      );
    }
    const actual = cp.length === 0 ? '0'.repeat(64) : hashAt.get(cp.length);
    if (actual !== undefined && actual !== cp.headHash) {
      return fail({
        seq: cp.length,
        auditId: null,
        reason: 'checkpoint_mismatch',
        message_zh: `${who}第 ${cp.checkpointSeq} 号检查点记录第 ${cp.length} 条时的链头哈希为 ${short(cp.headHash)}…，数据库中为 ${short(actual)}…：该位置之前的审计记录被替换`,
      });
    }
    return undefined;
  };

  if (dbCheckpoint) {
    const keyRow = (
      await sql<{ public_key: string }>`select public_key from key_fingerprints
        where purpose = 'audit_signing' and key_id = ${dbCheckpoint.keyId}`.execute(db)
    ).rows[0];
    const key =
      opts.trustedKeys?.get(dbCheckpoint.keyId) ?? (keyRow ? publicKeyFromPem(keyRow.public_key) : undefined);
    if (!key || !checkpointSignatureValid(dbCheckpoint, key)) {
      return fail({
        seq: dbCheckpoint.length,
        auditId: null,
        reason: 'checkpoint_signature',
        message_zh: `数据库中第 ${dbCheckpoint.checkpointSeq} 号检查点的签名无效`,
      });
    }
    const broken = checkAgainst(dbCheckpoint, '数据库中的');
    if (broken) return broken;
  }

  if (opts.witness === 'missing') {
    if (head.seq > 0) {
      return fail({
        seq: head.seq,
        auditId: null,
        reason: 'checkpoint_missing',
        message_zh: `审计链已有 ${head.seq} 条记录，但检查点副本缺失：无法证明最新的记录未被删除（请用见证方保存的检查点副本核对：npm run audit:verify -- --checkpoint 文件）`,
      });
    }
  } else if (witness) {
    const key =
      opts.trustedKeys?.get(witness.keyId) ??
      (witness.legacy ? [...(opts.trustedKeys?.values() ?? [])][0] : undefined);
    if (!key || !checkpointSignatureValid(witness, key)) {
      return fail({
        seq: witness.length,
        auditId: null,
        reason: 'checkpoint_signature',
        message_zh: `见证的第 ${witness.checkpointSeq} 号检查点的签名无效，或不是由配置的审计签名密钥签发`,
      });
    }
    const broken = checkAgainst(witness, '见证的');
    if (broken) return broken;
    if (dbCheckpoint && witness.checkpointSeq > dbCheckpoint.checkpointSeq) {
      return fail({
        seq: lastSeq,
        auditId: null,
        reason: 'checkpoint_rolled_back',
        message_zh: `数据库中的检查点（第 ${dbCheckpoint.checkpointSeq} 号）早于见证的第 ${witness.checkpointSeq} 号：数据库被回退到旧状态`,
      });
    }
    if (!dbCheckpoint && witness.checkpointSeq > 0) {
      return fail({
        seq: lastSeq,
        auditId: null,
        reason: 'checkpoint_rolled_back',
        message_zh: `数据库中没有检查点，但见证方保存了第 ${witness.checkpointSeq} 号检查点：数据库被回退到旧状态`,
      });
    }
  }
  return base();
}
