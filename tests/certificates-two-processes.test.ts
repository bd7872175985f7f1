// Issue 11 point 5: two server processes on one PostgreSQL issue certificates at the same moment — for
// different sessions of one institution (the same number prefix) and for the same session through both —
// and never take the same number or give a candidate two certificates: serials come from one counter row
// per prefix taken inside the issuing transaction (certificate-serials.ts, decision 0024), and a
// session's issuance holds the session's row (issue-certificates.ts). PostgreSQL only: two processes
// cannot share the embedded database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../src/persistence/database.js';
import { createSession } from '../src/persistence/sessions.repository.js';
import { createPersonalDataProtector } from '../src/identity/personal-data.js';
import { chinaDate } from '../src/workflows/deadline.js';
import { openTestDatabase } from './support/test-database.js';
import { makeIdNumber, seedPersonas, type Fixture } from './support/personas.js';

const url = process.env.TEST_DATABASE_URL;
const DATA_KEY = randomBytes(32).toString('base64');
const SIGNING_KEY = generateKeyPairSync('ed25519')
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();
const SESSIONS = 6;
const PER_SESSION = 5;

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

describe.runIf(url)('two server processes issuing certificates at once (issue 11 point 5)', () => {
  let handle: DatabaseHandle;
  let f: Fixture;
  let databaseUrl: string;
  const dirs: string[] = [];
  const procs: Proc[] = [];
  const sessions: string[] = [];

  beforeAll(async () => {
    handle = await openTestDatabase();
    f = await seedPersonas(handle.db);
    const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(handle.db)).rows[0]!.s;
    databaseUrl = `${url}${url!.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    const db = handle.db;
    await db
      .insertInto('certificate_issuer_codes')
      .values({
        id: randomUUID(),
        institution_id: f.institutions.x,
        branch_id: null,
        kind_letter: 'S',
        institution_code: '0000',
        province_code: '52',
        site_sequence: '000042',
        assigned_by_authority_id: f.authorities.guizhou,
        assigned_by: null,
      })
      .execute();
    const pd = createPersonalDataProtector(DATA_KEY);
    for (let s = 0; s < SESSIONS; s++) {
      const id = randomUUID();
      sessions.push(id);
      await db
        .insertInto('evaluation_sessions')
        .values({
          id,
          institution_id: f.institutions.x,
          branch_id: null,
          site_id: f.sites.x,
          occupation_code: '4-04-05-01',
          level: 3,
          starts_on: '2026-01-10',
          ends_on: '2026-01-11',
          subjects: ['theory', 'skills'],
          standard_id: f.standard,
          status: 'closed',
          findings: '{}',
          created_by: null,
          closed_at: new Date(),
        })
        .execute();
      for (let k = 0; k < PER_SESSION; k++) {
        const p = pd.protect(makeIdNumber(100 + s * PER_SESSION + k));
        await db
          .insertInto('candidates')
          .values({
            id: randomUUID(),
            session_id: id,
            institution_id: f.institutions.x,
            name: `考生${s}-${k}`,
            doc_type: 'resident_id',
            doc_enc: p.enc,
            doc_hmac: p.hmac,
            doc_masked: p.masked,
            overall_result: 'passed',
            result_decided_at: new Date(),
          })
          .execute();
      }
    }
  }, 120_000);
  afterAll(async () => {
    for (const p of procs) if (p.child.exitCode === null) p.child.kill('SIGTERM');
    await Promise.all(procs.map((p) => p.exit));
    await handle?.close();
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('issues every session once through either process, with contiguous, distinct numbers', async () => {
    const keys = { SKILLREG_DATA_KEY: DATA_KEY, SKILLREG_AUDIT_SIGNING_KEY: SIGNING_KEY };
    const dir = async () => {
      const d = await mkdtemp(join(tmpdir(), 'skillreg-cert-host-'));
      dirs.push(d);
      return d;
    };
    const a = start(keys, 3413, await dir(), databaseUrl);
    procs.push(a);
    const b = start(keys, 3414, await dir(), databaseUrl);
    procs.push(b);
    await Promise.all([ready(a), ready(b)]);
    const s = await createSession(handle.db, {
      userId: f.userIds.institutionX,
      absoluteExpiresAt: new Date(Date.now() + 3_600_000),
    });
    const issue = (p: Proc, sessionId: string) =>
      fetch(`http://127.0.0.1:${p.port}/api/v1/certificates/issue`, {
        method: 'POST',
        headers: {
          cookie: `sid=${s.token}`,
          'x-csrf-token': s.csrfToken,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ sessionId }),
      });
    // Every session through both processes at once: 12 requests racing on one prefix.
    const answers = await Promise.all(sessions.flatMap((id) => [issue(a, id), issue(b, id)]));
    const bodies = (await Promise.all(answers.map((r) => r.json()))) as { issued: number }[];
    expect(answers.map((r) => r.status)).toEqual(answers.map(() => 200));
    expect(bodies.reduce((n, x) => n + x.issued, 0)).toBe(SESSIONS * PER_SESSION);

    const rows = await handle.db
      .selectFrom('certificates')
      .select(['number', 'candidate_id'])
      .where('institution_id', '=', f.institutions.x)
      .execute();
    expect(rows).toHaveLength(SESSIONS * PER_SESSION);
    expect(new Set(rows.map((r) => r.number)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.candidate_id)).size).toBe(rows.length);
    const yy = chinaDate(new Date()).slice(2, 4);
    const serials = rows.map((r) => Number(r.number.slice(16))).sort((x, y) => x - y);
    expect(serials).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
    expect(rows.every((r) => r.number.startsWith(`S000052000042${yy}3`))).toBe(true);
  }, 400_000);
});
