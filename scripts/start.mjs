// `npm start`: build the web app when its sources are newer than the build, compile the server when its
// sources are newer than the compiled copy, then run the compiled server with plain Node.
//
// Why compile (docs/decisions/0025-start-compiled-server.md): loading ~450 TypeScript modules through tsx
// took about 10 s of a restart on this 2-core machine; the same modules as JavaScript load in about one.
// esbuild transpiles file by file (no bundling), so every module keeps its place and the paths it reads
// next to itself (migrations, the demo CSV, the calendar JSON) are copied beside it. Type checking is
// `npm test`'s job, not start-up's. `npm run dev` still runs the sources through tsx.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build } from 'esbuild';

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const p = join(dir, entry.name);
    return entry.isDirectory() ? files(p) : [p];
  });
const newest = (paths) => Math.max(...paths.map((p) => statSync(p).mtimeMs));

const webBuilt = 'dist/web/index.html';
const webStale =
  !existsSync(webBuilt) ||
  newest([...files('web'), 'vite.config.ts', 'package-lock.json']) > statSync(webBuilt).mtimeMs;
if (webStale) {
  console.log('构建前端 / building the web app …');
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const SERVER_OUT = 'dist/server';
const serverBuilt = join(SERVER_OUT, 'server.js');
// Test files and their helpers are not part of the server.
const sources = files('src').filter((p) => !/\.test\.ts$|\.test-support\.ts$/.test(p));
const serverStale =
  !existsSync(serverBuilt) ||
  newest([...sources, 'package-lock.json', 'tsconfig.json', 'scripts/start.mjs']) >
    statSync(serverBuilt).mtimeMs;
if (serverStale) {
  console.log('编译服务端 / compiling the server …');
  rmSync(SERVER_OUT, { recursive: true, force: true });
  const typescript = sources.filter((p) => p.endsWith('.ts'));
  // server.js last: its time stamp says the whole copy is complete.
  const entry = join('src', 'server.ts');
  await build({
    entryPoints: typescript.filter((p) => p !== entry),
    outdir: SERVER_OUT,
    outbase: 'src',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Node 20 reads `with { type: 'json' }` (the calendar data); esbuild would drop it for node20.
    supported: { 'import-attributes': true },
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  for (const asset of sources.filter((p) => !p.endsWith('.ts'))) {
    const to = join(SERVER_OUT, relative('src', asset));
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(asset, to);
  }
  await build({
    entryPoints: [entry],
    outdir: SERVER_OUT,
    outbase: 'src',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Node 20 reads `with { type: 'json' }` (the calendar data); esbuild would drop it for node20.
    supported: { 'import-attributes': true },
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

// Two malloc arenas instead of glibc's eight per core: the upload's worker thread otherwise gets arenas
// of its own that keep freed memory, and peak RSS at a million-row upload doubled in some runs
// (decision 0032, issue 11 point 6). Read by glibc when the process starts, hence set here.
const server = spawn(process.execPath, ['--enable-source-maps', serverBuilt], {
  stdio: 'inherit',
  env: { MALLOC_ARENA_MAX: '2', ...process.env },
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
