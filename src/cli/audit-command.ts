// `npm run audit:verify [-- --checkpoint FILE]` and `npm run cli -- audit verify|chain|purge`.
import { readFile } from 'node:fs/promises';
import { sql } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../persistence/database.js';
import { chainPendingAudit } from '../audit/chain-audit.js';
import { verifyAudit, type VerifyOptions, type VerifyReport } from '../audit/verify-audit.js';
import { checkpointFile, parseCheckpoint } from '../audit/audit-checkpoint.js';
import { resolveAuditSigningKey, type AuditSigningKey } from '../audit/audit-signing-key.js';
import { purgeAudit } from '../audit/purge-audit.js';

const USAGE = `用法 / usage:
  npm run audit:verify                              verify the chain against this host's checkpoint copy
  npm run audit:verify -- --checkpoint FILE         … against a witness's copy (e.g. from /api/v1/public/audit/checkpoint)
  npm run cli -- audit chain                        chain pending rows now and sign a checkpoint
  npm run cli -- audit purge                        remove rows older than SKILLREG_AUDIT_RETENTION_DAYS (purge role)`;

/** The configured key must be the one the database recorded (issue 10). */
async function recordedSigningKey(db: Database, key: AuditSigningKey): Promise<string | undefined> {
  const r = (
    await sql<{ key_id: string; fingerprint: string }>`select key_id, fingerprint from key_fingerprints
      where purpose = 'audit_signing' and state = 'active'`.execute(db)
  ).rows[0];
  if (r && r.fingerprint !== key.fingerprint) {
    return `SKILLREG_AUDIT_SIGNING_KEY 与数据库记录的审计签名密钥不符（数据库 ${r.key_id}，配置 ${key.keyId}） / SKILLREG_AUDIT_SIGNING_KEY does not match the recorded key`;
  }
  return undefined;
}

export function describeReport(report: VerifyReport): string[] {
  if (report.ok) {
    const w = report.witness
      ? `，与第 ${report.witness.checkpointSeq} 号检查点（${report.witness.length} 条）一致 / consistent with checkpoint #${report.witness.checkpointSeq} (length ${report.witness.length})`
      : '';
    return [
      `审计链完整：已校验 ${report.checked} 条，待链接 ${report.pending} 条${w} / audit chain intact: ${report.checked} checked, ${report.pending} pending`,
    ];
  }
  const b = report.firstBroken!;
  const lines = [
    `审计链断裂 / audit chain broken at seq ${b.seq} (audit id ${b.auditId ?? '-'}): ${b.reason}`,
  ];
  if (report.truncation) {
    const t = report.truncation;
    lines.push(
      `截断 / truncated: checkpoint #${t.checkpointSeq} witnessed ${t.witnessedLength} rows, the database holds ${t.chainLength} (${t.witnessedLength - t.chainLength} missing)`,
    );
  }
  lines.push(b.message_zh);
  return lines;
}

export async function runAuditCommand(db: Database, args: string[], config: Config): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'chain') {
    const key = await resolveAuditSigningKey(config);
    const mismatch = await recordedSigningKey(db, key);
    if (mismatch) {
      console.error(mismatch);
      return 1;
    }
    const file = checkpointFile(config.auditCheckpointFile);
    let total = 0;
    for (;;) {
      const { chained, checkpoint } = await chainPendingAudit(db, 2000, key);
      if (checkpoint) await file.write(checkpoint);
      if (chained === 0) break;
      total += chained;
    }
    console.log(`已链接 ${total} 条审计记录 / chained ${total} audit rows`);
    return 0;
  }
  if (sub === 'verify') {
    const at = rest.indexOf('--checkpoint');
    let witness: VerifyOptions['witness'];
    if (at >= 0) {
      const path = rest[at + 1];
      if (!path) {
        console.error(USAGE);
        return 2;
      }
      try {
        witness = parseCheckpoint(await readFile(path, 'utf8'));
      } catch (err) {
        console.error(
          `无法读取检查点副本 ${path} / cannot read the checkpoint copy: ${(err as Error).message}`,
        );
        return 2;
      }
    } else {
      // The configured copy. Missing while the chain holds rows is a failure (verifyAudit says so).
      witness = (await checkpointFile(config.auditCheckpointFile).read()) ?? 'missing';
    }
    const key = await resolveAuditSigningKey(config);
    const report = await verifyAudit(db, { witness, trustedKeys: new Map([[key.keyId, key.publicKey]]) });
    const lines = describeReport(report);
    if (report.ok) {
      lines.forEach((l) => console.log(l));
      return 0;
    }
    lines.forEach((l) => console.error(l));
    if (at < 0 && witness === 'missing')
      console.error(`检查点副本 / checkpoint copy: ${config.auditCheckpointFile}`);
    return 1;
  }
  if (sub === 'purge') {
    const r = await purgeAudit(db, { retentionDays: config.auditRetentionDays });
    console.log(
      r.purged === 0
        ? `没有早于 ${r.cutoff} 的可清理审计记录 / nothing older than the retention to purge`
        : `已清理第 1–${r.upToSeq} 条中剩余的 ${r.purged} 条审计记录（早于 ${r.cutoff}），清理本身已记入审计 / purged ${r.purged} rows up to seq ${r.upToSeq}`,
    );
    return 0;
  }
  console.error(USAGE);
  return 2;
}
