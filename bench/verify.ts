// `npm run bench` — public certificate verification (issue 12 point 6) with a register of N certificates
// (default 1,000,000): requests/s and p99 latency of POST /api/v1/public/certificates/verify (the whole
// app: validation, throttles, the lookup, the status row, the buffered log, serialisation) against a
// bare Fastify route doing the same indexed lookup, on the same database, in the same process, under
// the same load generator (autocannon, 50 connections). Also one batch of 1,000 numbers against one
// single lookup. Target on PostgreSQL: ≥ 0.7 of the bare route's
// throughput, p99 ≤ 1.5×; the batch under 10 × a single lookup.
//
//   BENCH_VERIFY_ROWS      certificates in the register (default 1,000,000; 2000 for a smoke run)
//   BENCH_VERIFY_SECONDS   seconds of load per route (default 10)
//   BENCH_DATABASE_URL     PostgreSQL to measure on as well (a throwaway schema)
//   BENCH_VERIFY_PGLITE=false  skip the embedded database
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import Fastify, { type FastifyInstance } from 'fastify';
import autocannon from 'autocannon';
import { buildApp } from '../src/http/app.js';
import { loadConfig } from '../src/config.js';
import { createPersonalDataProtector } from '../src/identity/personal-data.js';
import type { DatabaseHandle } from '../src/persistence/database.js';
import { publicCertificateByNumber } from '../src/persistence/certificate-verification.repository.js';
import { checkItems } from '../src/use-cases/verifiers/batch-verify.js';
import { copyBaseline, KEY, openBench, rowOf, setUp, writeCopyFileOf } from './upload.js';

export interface VerifyBenchResult {
  database: 'PGlite' | 'PostgreSQL';
  rows: number;
  ours: { rps: number; p99: number; errors: number };
  bare: { rps: number; p99: number; errors: number };
  singleMs: number;
  /** A lookup of a number not in the register (a miss should cost what a hit costs). */
  missMs: number;
  batchMs: number;
}

async function load(url: string, n: number, seconds: number) {
  let i = 0;
  const result = await autocannon({
    url,
    connections: 50,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => {
          // Spread over the register (and about one in a thousand a miss: the rows COPY skipped).
          i = (i + 7_919) % n;
          return { ...req, body: JSON.stringify({ certificateNumber: rowOf(i, n).number }) };
        },
      },
    ],
  });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

/** The bare route: the same indexed lookup (publicCertificateByNumber: one partition, the unique key), nothing else. */
async function bareServer(h: DatabaseHandle): Promise<FastifyInstance> {
  const bare = Fastify({ logger: false });
  bare.post<{ Body: { certificateNumber: string } }>('/bare', async (request) => {
    const number = request.body.certificateNumber;
    const row = await publicCertificateByNumber(h.db, number);
    return { certificates: row ? [row] : [] };
  });
  await bare.listen({ port: 0, host: '127.0.0.1' });
  return bare;
}

async function benchOn(
  database: 'PGlite' | 'PostgreSQL',
  n: number,
  url?: string,
): Promise<VerifyBenchResult> {
  const dir = await mkdtemp(join(tmpdir(), 'skillreg-bench-verify-'));
  const { h, schema, drop } = await openBench(url, 'verify');
  const seconds = Number(process.env.BENCH_VERIFY_SECONDS ?? 10);
  try {
    const f = await setUp(h);
    const pd = createPersonalDataProtector(KEY);
    const copyFile = join(dir, 'certificates.copy');
    await writeCopyFileOf(copyFile, n, f.institutions.x, pd);
    await copyBaseline(h, copyFile, url, schema);
    await sql`analyze certificates`.execute(h.db);

    const app = await buildApp({
      db: h.db,
      // No throttles and no global budget: the load generator is one client asking for everything.
      config: {
        ...loadConfig({}),
        publicRateLimit: { max: 0, windowMs: 60_000 },
        verification: {
          windowMs: 60_000,
          client: { free: 1e9, max: 1e9 },
          target: { free: 1e9, max: 1e9 },
        },
      },
      dataKey: KEY,
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const bare = await bareServer(h);
    const oursUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/api/v1/public/certificates/verify`;
    const bareUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/bare`;
    try {
      // Warm both (plans, JIT, pools), then measure them one after the other.
      const warm = Math.min(2, seconds);
      await load(oursUrl, n, warm);
      await load(bareUrl, n, warm);
      const ours = await load(oursUrl, n, seconds);
      const bareResult = await load(bareUrl, n, seconds);

      // One lookup, alone, as a person would make it (median of 50); and a miss — a number of the
      // same issuer and year that is not in the register — which should cost about the same.
      const median = async (numberOf: (i: number) => string) => {
        const times: number[] = [];
        for (let i = 0; i < 50; i++) {
          const t0 = performance.now();
          await fetch(oursUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ certificateNumber: numberOf(i) }),
          });
          times.push(performance.now() - t0);
        }
        return times.sort((a, b) => a - b)[25]!;
      };
      const singleMs = await median((i) => rowOf(i * 104_729, n).number);
      const missMs = await median(
        (i) => `${rowOf(i * 104_729, n).number.slice(0, 16)}99${String(i).padStart(4, '0')}`,
      );
      const batchMs = await batchOf1000(app, h, n);
      return { database, rows: n, ours, bare: bareResult, singleMs, missMs, batchMs };
    } finally {
      await app.close();
      await bare.close();
    }
  } finally {
    await h.close();
    await rm(dir, { recursive: true, force: true });
    await drop();
  }
}

/** 1,000 numbers in one batch through the verifiers' batch check (the API's use case), median of 5. */
async function batchOf1000(app: FastifyInstance, h: DatabaseHandle, n: number): Promise<number> {
  const items = Array.from({ length: 1000 }, (_, i) => ({ certificateNumber: rowOf(i * 7_919, n).number }));
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await checkItems(h.db, app.personalData, items);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[2]!;
}

export async function benchVerification(): Promise<VerifyBenchResult[]> {
  const n = Number(process.env.BENCH_VERIFY_ROWS ?? 1_000_000);
  const out: VerifyBenchResult[] = [];
  const url = process.env.BENCH_DATABASE_URL;
  if (url) printVerifyResults([out[out.push(await benchOn('PostgreSQL', n, url)) - 1]!]);
  if (process.env.BENCH_VERIFY_PGLITE !== 'false')
    printVerifyResults([out[out.push(await benchOn('PGlite', n)) - 1]!]);
  return out;
}

export function printVerifyResults(results: VerifyBenchResult[]): void {
  for (const r of results) {
    const batch = `batch of 1,000 ${r.batchMs.toFixed(1)} ms = ${(r.batchMs / r.singleMs).toFixed(1)} × one lookup (${r.singleMs.toFixed(2)} ms)`;
    console.log(
      `${r.database.padEnd(10)} ${r.rows.toLocaleString('en')} certificates: ` +
        `verify ${Math.round(r.ours.rps).toLocaleString('en')} req/s p99 ${r.ours.p99} ms   ` +
        `bare route ${Math.round(r.bare.rps).toLocaleString('en')} req/s p99 ${r.bare.p99} ms   ` +
        `throughput ratio ${(r.ours.rps / r.bare.rps).toFixed(2)}   p99 ratio ${(r.ours.p99 / Math.max(1, r.bare.p99)).toFixed(2)}   ` +
        `errors ${r.ours.errors}/${r.bare.errors}   one lookup ${r.singleMs.toFixed(2)} ms, a miss ${r.missMs.toFixed(2)} ms   ${batch}`,
    );
  }
}
