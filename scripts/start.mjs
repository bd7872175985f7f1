// `npm start`: build the web app when its sources are newer than the build, then run the server
// (TypeScript through tsx — see docs/decisions/0003-run-typescript-with-tsx.md).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

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
  console.log('构建前端 / building the web app …');
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
