// Verifies the audit chain: recomputes every link in chain order and reports the first broken one
// (an edited row, a deleted row, a forged head). A signed checkpoint kept outside the database
// (audit-checkpoint.ts) catches deletion of the newest rows together with the head.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../persistence/schema.js';
import { CONTENT_COLUMNS, rowHash, type AuditRowContent, type ChainHead } from './chain-audit.js';

export interface BrokenLink {
  seq: number;
  auditId: number | null;
  reason: 'content_changed' | 'link_changed' | 'row_missing' | 'head_mismatch' | 'checkpoint_missing';
  message_zh: string;
}

export interface VerifyReport {
  ok: boolean;
  checked: number;
  pending: number;
  head: ChainHead;
  firstBroken?: BrokenLink;
}

type ChainedRow = AuditRowContent & { chain_seq: number; prev_hash: string; row_hash: string };

export async function verifyAudit(
  db: Kysely<DB>,
  checkpoint?: ChainHead,
  pageSize = 5000,
): Promise<VerifyReport> {
  const head = (await sql<ChainHead>`select seq, hash from audit_chain_head where id = 1`.execute(db))
    .rows[0]!;
  const pending = Number(
    (await sql<{ n: number }>`select count(*)::int as n from audit_log where chain_seq is null`.execute(db))
      .rows[0]?.n ?? 0,
  );
  let prev = '0'.repeat(64);
  let expectedSeq = 1;
  let checked = 0;
  const fail = (b: BrokenLink): VerifyReport => ({ ok: false, checked, pending, head, firstBroken: b });
  const checkpointRow: { seen: boolean } = { seen: !checkpoint || checkpoint.seq === 0 };

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
      if (checkpoint && seq === checkpoint.seq) {
        if (stored !== checkpoint.hash) {
          return fail({
            seq,
            auditId: Number(row.id),
            reason: 'checkpoint_missing',
            message_zh: `第 ${seq} 条审计记录与已签名的检查点不一致`,
          });
        }
        checkpointRow.seen = true;
      }
      prev = stored;
      expectedSeq += 1;
      checked += 1;
    }
  }
  const lastSeq = expectedSeq - 1;
  if (lastSeq !== Number(head.seq) || prev !== head.hash) {
    return fail({
      seq: lastSeq + 1,
      auditId: null,
      reason: lastSeq < Number(head.seq) ? 'row_missing' : 'head_mismatch',
      message_zh:
        lastSeq < Number(head.seq)
          ? `链头记录到第 ${head.seq} 条，但第 ${lastSeq + 1} 条起的审计记录缺失（已被删除）`
          : '链头与最后一条审计记录不一致',
    });
  }
  if (!checkpointRow.seen) {
    return fail({
      seq: checkpoint!.seq,
      auditId: null,
      reason: 'checkpoint_missing',
      message_zh: `已签名检查点记录到第 ${checkpoint!.seq} 条，但数据库中的链只到第 ${lastSeq} 条（最新记录被删除）`,
    });
  }
  return { ok: true, checked, pending, head };
}
