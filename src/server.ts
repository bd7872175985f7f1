// The server process: open the database (PGlite under ./data or DATABASE_URL), migrate, check that
// its keys are the database's keys, load reference and demo data once, start the audit sequencer
// (signing checkpoints) and any pending re-encryption, serve API and web app on :3000.
import { join } from 'node:path';
import { loadConfig } from './config.js';
import { openConfiguredDatabase } from './persistence/open-configured.js';
import { openDatabase } from './persistence/database.js';
import { buildApp } from './http/app.js';
import { seedAll } from './persistence/seed/seed-all.js';
import { fileStoreFor } from './persistence/file-store.js';
import { latestCheckpoint, startAuditSequencer } from './audit/chain-audit.js';
import { checkpointFile } from './audit/audit-checkpoint.js';
import { resolveAuditSigningKey } from './audit/audit-signing-key.js';
import {
  installDocumentSigningIdentity,
  resolveDocumentSigningIdentity,
} from './documents/document-signing-identity.js';
import { compareWithWitness } from './audit/witness-check.js';
import { resolveDataKeys } from './identity/data-key.js';
import { createPersonalDataProtector } from './identity/personal-data.js';
import { checkKeyFingerprints } from './persistence/key-fingerprints.repository.js';
import { canDeleteAuditRows } from './persistence/db-roles.js';
import { startReencryption } from './persistence/reencrypt-personal-data.js';
import { installDemoClock } from './demo/demo-clock.js';
import { loadDemoClockOffset } from './persistence/demo-clock.repository.js';
import { startBackgroundJobs } from './jobs/start-background-jobs.js';
import { startDailyExits } from './jobs/daily-exits.js';

/** A refusal to start: one clear line naming what to fix, no stack trace. */
const refuse = (message: string): never => {
  console.error(`拒绝启动 / refusing to start: ${message}`);
  process.exit(1);
};
const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

const config = loadConfig();
// Keys first: with DATABASE_URL they must come from configuration (issue 10).
const dataKeys = await resolveDataKeys(config).catch((err: unknown) => refuse(messageOf(err)));
const signingKey = await resolveAuditSigningKey(config).catch((err: unknown) => refuse(messageOf(err)));
// Decision documents are signed with this identity (decision 0036): a bad PKCS#12 refuses the start.
installDocumentSigningIdentity(
  await resolveDocumentSigningIdentity(config, dataKeys.current).catch((err: unknown) =>
    refuse(messageOf(err)),
  ),
);
const handle = await openConfiguredDatabase(config);
const keyCheck = await checkKeyFingerprints(handle.db, { data: dataKeys, signing: signingKey }).catch(
  async (err: unknown) => {
    await handle.close();
    return refuse(messageOf(err));
  },
);
if (keyCheck.rotationStarted) console.log('数据密钥轮换开始：后台重新加密 / data-key rotation started');
if (handle.kind === 'postgres') {
  const { role, canDelete } = await canDeleteAuditRows(handle.db);
  if (canDelete) {
    console.warn(
      `警告：数据库角色 ${role} 可以删除审计记录。生产环境请以 npm run cli -- db roles 创建的应用角色连接 / ` +
        `warning: database role ${role} can delete audit rows; connect as the application role (npm run cli -- db roles)`,
    );
  }
}
// The database's own checkpoint and this process's copy of one: a chain shorter than either lost its
// newest rows — refuse rather than sign over the evidence.
const witness = checkpointFile(config.auditCheckpointFile);
const local = await witness
  .read()
  .catch((err: unknown) => refuse(`${config.auditCheckpointFile}: ${messageOf(err)}`));
const dbCheckpoint = await latestCheckpoint(handle.db);
for (const cp of [dbCheckpoint, local]) {
  if (!cp) continue;
  const problem = await compareWithWitness(handle.db, cp);
  if (problem) {
    await handle.close();
    refuse(`${problem}（SKILLREG_AUDIT_CHECKPOINT=${witness.path}；请运行 npm run audit:verify 核对）`);
  }
}
if (config.demoClock) {
  const clock = installDemoClock(await loadDemoClockOffset(handle.db));
  if (clock.offsetDays() > 0) console.log(`演示时钟：系统日期前移 ${clock.offsetDays()} 天`);
}
const personalData = createPersonalDataProtector(dataKeys.current, dataKeys.previous);
await seedAll(handle.db, {
  demo: config.seedDemo,
  world: config.seedDemo,
  personalData,
  store: fileStoreFor(config),
});
// The public lookups may read from a replica (issue 12 point 6); everything else uses the primary.
const readHandle = config.databaseReadUrl
  ? await openDatabase({
      url: config.databaseReadUrl,
      onPoolError: (err) => console.error('read replica pool error:', err.message),
    })
  : null;
const app = await buildApp({
  db: handle.db,
  ...(readHandle ? { readDb: readHandle.db } : {}),
  config,
  dataKey: dataKeys.current,
  previousDataKeys: dataKeys.previous,
  serveWeb: true,
  logger: { level: config.logLevel },
});
if (!local && dbCheckpoint) {
  app.log.warn(
    `审计检查点副本 ${witness.path} 不存在，而数据库已签发第 ${dbCheckpoint.checkpointSeq} 号检查点（${dbCheckpoint.length} 条）：从数据库的检查点开始保存；请用见证方的副本核对（npm run audit:verify -- --checkpoint 文件）`,
  );
}
const sequencer = startAuditSequencer(handle.db, {
  intervalMs: 1000,
  log: app.log,
  signingKey,
  onCheckpoint: (cp) => witness.write(cp),
});
await sequencer.flush();
const reencryption = startReencryption(handle.db, personalData, { intervalMs: 60_000, log: app.log });
const jobs = startBackgroundJobs(handle, personalData, app.log);
// gz-rules §14 lapse and the renewal reminders, once a China day across processes (decision 0042).
const dailyExits = startDailyExits(handle.db, { log: app.log });

const shutdown = async (signal: string) => {
  app.log.info({ signal }, 'shutting down');
  await reencryption.stop();
  await jobs.stop();
  await dailyExits.stop();
  await sequencer.stop();
  await app.close();
  await readHandle?.close();
  await handle.close();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
app.log.info(
  `SkillReg ${handle.kind === 'pglite' ? `(PGlite, ${join(config.dataDir, 'pglite')})` : '(PostgreSQL)'} on http://localhost:${config.port}`,
);
