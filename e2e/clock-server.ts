// A server of its own for a spec whose procedure must wait out a period (a public notice): its own port
// and data directory (the demo data loaded afresh), and a clock the spec moves forward. A preload
// shifts the server's `new Date()` and Date.now() by the number of days written in a file (re-read at
// most every 200 ms); dates given explicitly are untouched, nothing else in the server is changed, and
// the shared e2e server (and the demo data the other specs rely on) is left alone.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLOCK_PRELOAD = `
import { readFileSync } from 'node:fs';
const file = process.env.SKILLREG_E2E_CLOCK_FILE;
const Real = Date;
const realNow = Real.now.bind(Real);
let cached = 0;
let readAt = -1;
const offset = () => {
  const t = realNow();
  if (t - readAt > 200) {
    readAt = t;
    try { cached = Number(readFileSync(file, 'utf8')) * 86400000 || 0; } catch { cached = 0; }
  }
  return cached;
};
class ShiftedDate extends Real {
  constructor(...args) { if (args.length === 0) super(realNow() + offset()); else super(...args); }
  static now() { return realNow() + offset(); }
}
globalThis.Date = ShiftedDate;
`;

export interface ClockServer {
  url: string;
  /** Moves the server's clock to `days` after the real date (and waits until it has read it). */
  setOffsetDays: (days: number) => Promise<void>;
  stop: () => Promise<void>;
}

export async function startClockServer(port: number, name: string): Promise<ClockServer> {
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), `skillreg-e2e-${name}-`));
  const clockFile = join(dataDir, 'clock-offset-days');
  writeFileSync(clockFile, '0');
  const server: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      `data:text/javascript,${encodeURIComponent(CLOCK_PRELOAD)}`,
      '--import',
      'tsx',
      'src/server.ts',
    ],
    {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        SKILLREG_DATA_DIR: dataDir,
        SKILLREG_E2E_CLOCK_FILE: clockFile,
        COOKIE_SECURE: 'false',
        LOG_LEVEL: 'warn',
        DATABASE_URL: '',
      },
      stdio: 'ignore',
    },
  );
  const stop = async () => {
    if (server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (server.exitCode !== null) {
      await stop();
      throw new Error(`the ${name} spec server exited during start-up`);
    }
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the ${name} spec server did not become healthy in time`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    setOffsetDays: async (days) => {
      writeFileSync(clockFile, String(days));
      await new Promise((r) => setTimeout(r, 400));
    },
    stop,
  };
}
