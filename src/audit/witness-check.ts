// A quick start-up comparison of the database with this process's own checkpoint copy (no walk over
// the whole chain: `npm run audit:verify` does that). A database whose chain is shorter than the copy,
// or holds another hash at that length, or whose checkpoint number is behind it, has lost its newest
// audit rows — the server refuses to start and says so with the numbers.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../persistence/schema.js';
import type { SignedCheckpoint } from './audit-checkpoint.js';
import { latestCheckpoint } from './chain-audit.js';

export async function compareWithWitness(db: Kysely<DB>, cp: SignedCheckpoint): Promise<string | undefined> {
  const head = (await sql<{ seq: number }>`select seq from audit_chain_head where id = 1`.execute(db))
    .rows[0]!;
  const length = Number(head.seq);
  const chained = (
    await sql<{
      n: number | null;
    }>`select max(chain_seq) as n from audit_log where chain_seq is not null`.execute(db)
  ).rows[0]?.n;
  const actualLength = Math.min(length, Number(chained ?? 0));
  if (cp.length > actualLength) {
    return `审计链尾部被截断：检查点副本（第 ${cp.checkpointSeq} 号）记录审计链有 ${cp.length} 条，数据库中只有 ${actualLength} 条——第 ${actualLength + 1}–${cp.length} 条已被删除`;
  }
  if (cp.length > 0) {
    const at = (
      await sql<{ row_hash: string }>`select row_hash from audit_log where chain_seq = ${cp.length}`.execute(
        db,
      )
    ).rows[0];
    const anchor = (
      await sql<{
        anchor_hash: string;
      }>`select anchor_hash from audit_purges where up_to_seq = ${cp.length}`.execute(db)
    ).rows[0];
    const actual = at?.row_hash ?? anchor?.anchor_hash;
    if (actual !== undefined && actual !== cp.headHash) {
      return `检查点副本（第 ${cp.checkpointSeq} 号）记录第 ${cp.length} 条时的链头哈希与数据库不符：审计记录被替换`;
    }
  }
  const dbCp = await latestCheckpoint(db);
  if (cp.checkpointSeq > (dbCp?.checkpointSeq ?? 0)) {
    return `数据库中的检查点（第 ${dbCp?.checkpointSeq ?? 0} 号）早于检查点副本的第 ${cp.checkpointSeq} 号：数据库被回退到旧状态`;
  }
  return undefined;
}
