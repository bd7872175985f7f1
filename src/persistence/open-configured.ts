// Opens the configured database (PGlite under data/pglite, or DATABASE_URL), checks durability
// settings and applies migrations.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../config.js';
import { assertDurableSettings, openDatabase, type DatabaseHandle } from './database.js';
import { migrate } from './migrate.js';

export async function openConfiguredDatabase(
  config: Config,
  onPoolError?: (err: Error) => void,
): Promise<DatabaseHandle> {
  let dataDir: string | undefined;
  let unlock = async () => {};
  if (!config.databaseUrl) {
    dataDir = join(config.dataDir, 'pglite');
    await mkdir(dataDir, { recursive: true });
    unlock = await lockDataDir(config.dataDir);
  }
  const opened = await openDatabase({
    url: config.databaseUrl,
    dataDir,
    onPoolError: onPoolError ?? ((err) => console.error('database pool error:', err.message)),
  });
  const handle = { ...opened, close: async () => (await opened.close(), await unlock()) };
  await assertDurableSettings(handle);
  await migrate(handle.db);
  return handle;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

// PGlite is one process's database: a second process opening the same directory would corrupt
// it. A pid lock file turns that into a clear message instead.
async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  const file = join(dir, 'pglite.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(file, String(process.pid), { flag: 'wx' });
      return () => rm(file, { force: true });
    } catch {
      const pid = Number(await readFile(file, 'utf8').catch(() => '0'));
      if (pid && pid !== process.pid && alive(pid)) {
        throw new Error(
          `嵌入式数据库 ${dir} 正被进程 ${pid} 使用（例如正在运行的服务器）；请先停止它，或设置 DATABASE_URL 使用 PostgreSQL。` +
            ` / the embedded database is in use by process ${pid}; stop it first or use DATABASE_URL.`,
        );
      }
      await rm(file, { force: true });
    }
  }
  throw new Error(`cannot lock ${file}`);
}
