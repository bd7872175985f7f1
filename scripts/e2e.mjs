// `npm run test:e2e`: build the web app when its sources are newer than the build, start the server on
// its own port with a fresh temporary data directory (PGlite; the demo data loads on first start),
// wait until /api/health answers, run the browser specs (vitest.e2e.config.ts), then stop the server,
// remove the directory and exit with vitest's code. Extra arguments go to vitest (e.g. a spec name).
// The browser is the system's Chromium (/usr/bin/chromium, or CHROMIUM_PATH): never a download.
import { spawn, spawnSync } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = Number(process.env.E2E_PORT ?? 3123);
const baseUrl = `http://127.0.0.1:${port}`;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const startupTimeoutMs = Number(process.env.E2E_STARTUP_TIMEOUT_MS ?? 180_000);

if (!existsSync(chromium)) {
  console.error(
    `Chromium not found at ${chromium}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}

const newest = (dir) => {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
};
const built = 'dist/web/index.html';
const stale =
  !existsSync(built) ||
  Math.max(newest('web'), statSync('vite.config.ts').mtimeMs, statSync('package-lock.json').mtimeMs) >
    statSync(built).mtimeMs;
if (stale) {
  console.log('e2e: building the web app …');
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const dataDir = mkdtempSync(join(tmpdir(), 'skillreg-e2e-'));
const logPath = join(dataDir, 'server.log');
const log = createWriteStream(logPath);
console.log(`e2e: starting the server on ${baseUrl} (data in ${dataDir})`);
const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    SKILLREG_DATA_DIR: dataDir,
    COOKIE_SECURE: 'false',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    DATABASE_URL: '',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
server.stdout.pipe(log);
server.stderr.pipe(log);
let serverExited = false;
server.on('exit', () => {
  serverExited = true;
});

const printServerLog = () => {
  try {
    const lines = readFileSync(logPath, 'utf8').trim().split('\n');
    console.error(`--- server log (last 40 of ${lines.length} lines) ---\n${lines.slice(-40).join('\n')}`);
  } catch {
    // no log yet
  }
};

async function stopServer() {
  if (!serverExited) {
    server.kill('SIGTERM');
    const deadline = Date.now() + 15_000;
    while (!serverExited && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (!serverExited) server.kill('SIGKILL');
  }
  await new Promise((r) => log.end(r));
  rmSync(dataDir, { recursive: true, force: true });
}

async function waitForHealth() {
  const deadline = Date.now() + startupTimeoutMs;
  while (Date.now() < deadline) {
    if (serverExited) return false;
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

// Ctrl-C: stop the server and clean up rather than leave a process and a directory behind.
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    void stopServer().then(() => process.exit(130));
  });
}

let code = 1;
try {
  if (!(await waitForHealth())) {
    console.error(
      serverExited
        ? 'e2e: the server exited during start-up'
        : 'e2e: the server did not become healthy in time',
    );
    printServerLog();
  } else {
    console.log('e2e: server healthy, running the browser specs');
    const vitest = spawn(
      'npx',
      ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)],
      {
        stdio: 'inherit',
        env: { ...process.env, E2E_BASE_URL: baseUrl, CHROMIUM_PATH: chromium },
      },
    );
    code = await new Promise((resolve) => vitest.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
    if (code !== 0) printServerLog();
  }
} finally {
  await stopServer();
}
process.exit(code);
