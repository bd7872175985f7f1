// The server process: open the database (PGlite under ./data or DATABASE_URL), migrate, load
// reference and demo data once, start the audit sequencer, serve API and web app on :3000.
import { loadConfig } from './config.js';
import { openConfiguredDatabase } from './persistence/open-configured.js';
import { buildApp } from './http/app.js';
import { seedAll } from './persistence/seed/seed-all.js';
import { startAuditSequencer } from './audit/chain-audit.js';
import { checkpointStore } from './audit/audit-checkpoint.js';
import { resolveDataKey } from './identity/data-key.js';
import { createPersonalDataProtector } from './identity/personal-data.js';
import { installDemoClock } from './demo/demo-clock.js';
import { loadDemoClockOffset } from './persistence/demo-clock.repository.js';

const config = loadConfig();
const handle = await openConfiguredDatabase(config);
const dataKey = await resolveDataKey(config);
if (config.demoClock) {
  const clock = installDemoClock(await loadDemoClockOffset(handle.db));
  if (clock.offsetDays() > 0) console.log(`演示时钟：系统日期前移 ${clock.offsetDays()} 天`);
}
await seedAll(handle.db, { demo: config.seedDemo, personalData: createPersonalDataProtector(dataKey) });
const app = await buildApp({
  db: handle.db,
  config,
  dataKey,
  serveWeb: true,
  logger: { level: config.logLevel },
});
const checkpoints = await checkpointStore(config.dataDir);
const sequencer = startAuditSequencer(handle.db, {
  intervalMs: 1000,
  log: app.log,
  onHead: checkpoints.write,
});

const shutdown = async (signal: string) => {
  app.log.info({ signal }, 'shutting down');
  await sequencer.stop();
  await app.close();
  await handle.close();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
app.log.info(
  `SkillReg ${handle.kind === 'pglite' ? '(PGlite, ./data/pglite)' : '(PostgreSQL)'} on http://localhost:${config.port}`,
);
