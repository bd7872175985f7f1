// Retention of the audit log (security.md "Audit and durability"; 网络安全法 §21: at least six
// months): removes the oldest part of the chain — a prefix, every row older than the retention — in
// one transaction that records the purge (audit_purges: where the kept chain starts and the hash it
// starts from) and writes its own audit row, which the chain then carries. The database refuses any
// other delete (migration 0012), and on PostgreSQL only the purge role may run it (db-roles.ts).
import { sql, type Kysely } from 'kysely';
import type { DB } from '../persistence/schema.js';
import { writeAudit } from './write-audit.js';

export const MIN_RETENTION_DAYS = 184;

export interface PurgeResult {
  /** Rows removed; 0 when nothing is old enough. */
  purged: number;
  /** The chain now starts after this seq (unchanged when nothing was purged). */
  upToSeq: number;
  cutoff: string;
}

export async function purgeAudit(
  db: Kysely<DB>,
  opts: { retentionDays: number; now?: Date },
): Promise<PurgeResult> {
  if (!Number.isInteger(opts.retentionDays) || opts.retentionDays < MIN_RETENTION_DAYS) {
    throw new Error(
      `审计记录至少保存 ${MIN_RETENTION_DAYS} 天（网络安全法第二十一条：不少于六个月） / audit rows are kept at least ${MIN_RETENTION_DAYS} days`,
    );
  }
  const now = opts.now ?? new Date();
  const cutoff = new Date(now.getTime() - opts.retentionDays * 86_400_000);
  return db.transaction().execute(async (trx) => {
    // The chain head lock keeps the sequencer out while the start of the chain moves.
    await sql`select seq from audit_chain_head where id = 1 for update`.execute(trx);
    const last = (
      await sql<{ up_to_seq: number | null }>`select max(up_to_seq) as up_to_seq from audit_purges`.execute(
        trx,
      )
    ).rows[0]?.up_to_seq;
    const from = Number(last ?? 0);
    // The longest prefix of chained rows that are all older than the cutoff.
    const firstYoung = (
      await sql<{ seq: number | null }>`select min(chain_seq) as seq from audit_log
        where chain_seq is not null and occurred_at >= ${cutoff.toISOString()}::timestamptz`.execute(trx)
    ).rows[0]?.seq;
    const maxChained = (
      await sql<{
        seq: number | null;
      }>`select max(chain_seq) as seq from audit_log where chain_seq is not null`.execute(trx)
    ).rows[0]?.seq;
    const upTo = firstYoung != null ? Number(firstYoung) - 1 : Number(maxChained ?? 0);
    if (upTo <= from) return { purged: 0, upToSeq: from, cutoff: cutoff.toISOString() };
    const purge = (
      await sql<{
        anchor_hash: string;
      }>`insert into audit_purges (up_to_seq, anchor_hash, cutoff, tx, purged_by)
        values (${upTo}, '', ${cutoff.toISOString()}::timestamptz, 0, '') returning anchor_hash`.execute(trx)
    ).rows[0]!;
    const deleted = await sql`delete from audit_log where chain_seq <= ${upTo}`.execute(trx);
    const purged = Number(deleted.numAffectedRows ?? 0);
    await writeAudit(
      trx,
      { caller: null, system: true },
      {
        entity: 'audit_log',
        entityId: String(upTo),
        action: 'purge',
        after: {
          upToSeq: String(upTo),
          anchorHash: purge.anchor_hash,
          cutoff: cutoff.toISOString(),
          purged,
          retentionDays: opts.retentionDays,
        },
      },
    );
    return { purged, upToSeq: upTo, cutoff: cutoff.toISOString() };
  });
}
