// Issue 10: two server processes on one PostgreSQL, each with its own data folder (as on two hosts).
// Without configured keys they refuse to start, naming the variable; with the same keys a duplicate
// check by keyed hash answers the same through both, and each reads what the other encrypted; a
// process with another key is refused by the fingerprints the database kept. PostgreSQL only: two
// processes cannot share the embedded database (a lock file refuses the second).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../src/persistence/database.js';
import { createSession } from '../src/persistence/sessions.repository.js';
import { openTestDatabase } from './support/test-database.js';
import { makeIdNumber, seedPersonas, type Fixture } from './support/personas.js';

const url = process.env.TEST_DATABASE_URL;
const DATA_KEY = randomBytes(32).toString('base64');
const SIGNING_KEY = generateKeyPairSync('ed25519')
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();

interface Proc {
  child: ChildProcess;
  port: number;
  out: string[];
  exit: Promise<number | null>;
}

function start(env: Record<string, string>, port: number, dataDir: string, databaseUrl: string): Proc {
  const out: string[] = [];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      SKILLREG_DATA_DIR: dataDir,
      SKILLREG_DEMO: 'false',
      LOG_LEVEL: 'warn',
      COOKIE_SECURE: 'false',
      SKILLREG_DATA_KEY: '',
      SKILLREG_AUDIT_SIGNING_KEY: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => out.push(String(d)));
  child.stderr!.on('data', (d: Buffer) => out.push(String(d)));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, port, out, exit };
}

async function ready(p: Proc, timeoutMs = 180_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let exited = false;
  void p.exit.then(() => (exited = true));
  while (Date.now() < until && !exited) {
    try {
      const res = await fetch(`http://127.0.0.1:${p.port}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server on ${p.port} did not start:\n${p.out.join('')}`);
}

describe.runIf(url)('two server processes on one PostgreSQL (issue 10)', () => {
  let handle: DatabaseHandle;
  let f: Fixture;
  let databaseUrl: string;
  const dirs: string[] = [];
  const procs: Proc[] = [];
  const dataDir = async () => {
    const d = await mkdtemp(join(tmpdir(), 'skillreg-host-'));
    dirs.push(d);
    return d;
  };

  beforeAll(async () => {
    handle = await openTestDatabase();
    f = await seedPersonas(handle.db);
    const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(handle.db)).rows[0]!.s;
    databaseUrl = `${url}${url!.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  }, 120_000);
  afterAll(async () => {
    for (const p of procs) if (p.child.exitCode === null) p.child.kill('SIGTERM');
    await Promise.all(procs.map((p) => p.exit));
    await handle?.close();
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('refuses to start without configured keys, naming the variable', async () => {
    const noData = start({ SKILLREG_AUDIT_SIGNING_KEY: SIGNING_KEY }, 3401, await dataDir(), databaseUrl);
    procs.push(noData);
    expect(await noData.exit).toBe(1);
    expect(noData.out.join('')).toContain('SKILLREG_DATA_KEY');
    const noSigning = start({ SKILLREG_DATA_KEY: DATA_KEY }, 3402, await dataDir(), databaseUrl);
    procs.push(noSigning);
    expect(await noSigning.exit).toBe(1);
    expect(noSigning.out.join('')).toContain('SKILLREG_AUDIT_SIGNING_KEY');
  }, 120_000);

  it('with the same keys, a duplicate found through one process is found through the other, and each reads what the other wrote', async () => {
    const keys = { SKILLREG_DATA_KEY: DATA_KEY, SKILLREG_AUDIT_SIGNING_KEY: SIGNING_KEY };
    const a = start(keys, 3403, await dataDir(), databaseUrl);
    procs.push(a);
    await ready(a);
    const b = start(keys, 3404, await dataDir(), databaseUrl);
    procs.push(b);
    await ready(b);

    const inst = await createSession(handle.db, {
      userId: f.userIds.institutionX,
      absoluteExpiresAt: new Date(Date.now() + 3_600_000),
    });
    const authority = await createSession(handle.db, {
      userId: f.userIds.provinceA,
      absoluteExpiresAt: new Date(Date.now() + 3_600_000),
    });
    const call = (p: Proc, s: typeof inst, method: string, path: string, body?: unknown) =>
      fetch(`http://127.0.0.1:${p.port}${path}`, {
        method,
        headers: {
          cookie: `sid=${s.token}`,
          ...(method === 'GET' ? {} : { 'x-csrf-token': s.csrfToken, 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const number = makeIdNumber(777);
    const person = { name: '甲', idDocType: 'resident_id', idNumber: number, roles: [] };
    const staffUrl = `/api/v1/institutions/${f.institutions.x}/staff`;
    const first = await call(a, inst, 'POST', staffUrl, person);
    expect(first.status).toBe(201);
    const { id } = (await first.json()) as { id: string };
    const second = await call(b, inst, 'POST', staffUrl, person);
    expect(second.status).toBe(409);
    expect(((await second.json()) as { code: string }).code).toBe('DUPLICATE');
    // What A encrypted, B decrypts (the reveal is audited).
    const reveal = await call(b, authority, 'GET', `/api/v1/staff/${id}/document-number`);
    expect(reveal.status).toBe(200);
    expect(((await reveal.json()) as { idNumber: string }).idNumber).toBe(number);

    // Both publish checkpoints signed by the one configured key.
    await new Promise((r) => setTimeout(r, 2500));
    const cps = await Promise.all(
      [a, b].map(async (p) =>
        (await fetch(`http://127.0.0.1:${p.port}/api/v1/public/audit/checkpoint`)).json(),
      ),
    );
    const [ca, cb] = cps as { keyId: string; checkpointSeq: number }[];
    expect(ca!.keyId).toBe(cb!.keyId);

    // A third process with another data key is refused by the fingerprint the database kept.
    const c = start(
      { SKILLREG_DATA_KEY: randomBytes(32).toString('base64'), SKILLREG_AUDIT_SIGNING_KEY: SIGNING_KEY },
      3405,
      await dataDir(),
      databaseUrl,
    );
    procs.push(c);
    expect(await c.exit).toBe(1);
    expect(c.out.join('')).toContain('SKILLREG_DATA_KEY 与数据库记录的数据密钥不符');
  }, 400_000);
});
