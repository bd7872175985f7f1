// `npm run audit:verify` and `npm run cli -- audit chain`.
import type { Config } from '../config.js';
import type { Database } from '../persistence/database.js';
import { chainPendingAudit } from '../audit/chain-audit.js';
import { verifyAudit } from '../audit/verify-audit.js';
import { checkpointStore } from '../audit/audit-checkpoint.js';

export async function runAuditCommand(db: Database, args: string[], config: Config): Promise<number> {
  const store = await checkpointStore(config.dataDir);
  if (args[0] === 'chain') {
    let total = 0;
    for (;;) {
      const { chained, head } = await chainPendingAudit(db);
      if (chained === 0) break;
      total += chained;
      await store.write(head);
    }
    console.log(`已链接 ${total} 条审计记录 / chained ${total} audit rows`);
    return 0;
  }
  if (args[0] === 'verify') {
    const checkpoint = await store.read();
    const report = await verifyAudit(db, checkpoint);
    if (report.ok) {
      console.log(
        `审计链完整：已校验 ${report.checked} 条，待链接 ${report.pending} 条 / audit chain intact: ${report.checked} checked, ${report.pending} pending`,
      );
      return 0;
    }
    const b = report.firstBroken!;
    console.error(
      `审计链断裂 / audit chain broken at seq ${b.seq} (audit id ${b.auditId ?? '-'}): ${b.reason}`,
    );
    console.error(b.message_zh);
    return 1;
  }
  console.error('usage: audit verify | audit chain');
  return 2;
}
