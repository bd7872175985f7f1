// `npm run bench` — the certificate upload (issue 11 point 10): the whole path of 证书数据上报 (the file
// streamed into storage, then the job: parse, JS checks with encryption, staging, the set-based scope,
// catalogue and duplicate checks, the move into the register, the rejected rows, the audit row) against
// a raw COPY of the same rows, already in their final form, into the same indexed register, in the same
// run and on the same database. Rows/s of each and the ratio (ours ÷ COPY); target on PostgreSQL ≥ 0.7.
// Peak RSS growth of this process during the upload is printed too (issue: < 300 MB at 1M rows; on
// PGlite the database lives in this process and its memory counts as well).
//
//   BENCH_UPLOAD_ROWS   rows (default 1,000,000; e.g. 2000 for a smoke run)
//   BENCH_DATABASE_URL  PostgreSQL to measure on as well (a throwaway schema is created and dropped)
//   BENCH_UPLOAD_PGLITE=false  skip the embedded database
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { sql } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { openDatabase, type DatabaseHandle } from '../src/persistence/database.js';
import { migrate } from '../src/persistence/migrate.js';
import { createPersonalDataProtector, type PersonalDataProtector } from '../src/identity/personal-data.js';
import { publishDirectoryEntry } from '../src/use-cases/directory/publish-directory-entry.js';
import { startUpload } from '../src/use-cases/certificate-uploads/start-upload.js';
import { certificateUploadHandler } from '../src/use-cases/certificate-uploads/run-upload.js';
import { startJobRunner } from '../src/jobs/job-runner.js';
import { UPLOAD_COLUMNS } from '../src/use-cases/certificate-uploads/columns.js';
import { mod112CheckCharacter } from '../src/domain/id-number.js';
import { seedPersonas, OCCUPATIONS } from '../tests/support/personas.js';

export interface UploadBenchResult {
  database: 'PGlite' | 'PostgreSQL';
  rows: number;
  fileMb: number;
  storeSeconds: number;
  jobSeconds: number;
  copySeconds: number;
  oursRowsPerSecond: number;
  copyRowsPerSecond: number;
  ratio: number;
  peakRssGrowthMb: number;
  accepted: number;
  rejected: number;
  /** The machine's 1-minute load average when the measurement began and ended (shared machines). */
  load: [number, number];
}

const PREFIX = 'S000052000101';
const YEARS = [2021, 2022, 2023, 2024, 2025, 2026];
export const KEY = Buffer.alloc(32, 9).toString('base64');

/** Row i of the file: keys shuffled (a fixed permutation) so the B-tree takes them in random order. */
export function rowOf(i: number, n: number) {
  const slots = YEARS.length * 5;
  const p = (i * 7_919 + 13) % n; // 7919 is prime, n is not a multiple of it in practice
  const year = YEARS[p % YEARS.length]!;
  const level = 1 + (Math.floor(p / YEARS.length) % 5);
  const serial = 1 + Math.floor(p / slots);
  const first17 = `5201021980${String(1 + (p % 12)).padStart(2, '0')}${String(1 + (p % 28)).padStart(2, '0')}${String(p % 1000).padStart(3, '0')}`;
  return {
    number: `${PREFIX}${String(year % 100)}${level}${String(serial).padStart(6, '0')}`,
    name: '张三',
    doc: first17 + mod112CheckCharacter(first17),
    occupation: OCCUPATIONS[p % OCCUPATIONS.length]![0],
    level,
    issuedOn: `${year}-${String(1 + (p % 11)).padStart(2, '0')}-${String(1 + (p % 28)).padStart(2, '0')}`,
  };
}

async function writeFileOf(path: string, n: number): Promise<void> {
  const out = createWriteStream(path);
  out.write(`${UPLOAD_COLUMNS.map((c) => c.header).join(',')}\n`);
  for (let i = 0; i < n; i++) {
    const r = rowOf(i, n);
    // One row in a thousand is wrong (a level the number does not carry): the path writes rejections too.
    const level = i % 1000 === 999 ? (r.level % 5) + 1 : r.level;
    if (!out.write(`${r.number},${r.name},居民身份证,${r.doc},${r.occupation},${level},${r.issuedOn}\n`))
      await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** The same rows as the register holds them (the COPY baseline's input), written before timing. */
export async function writeCopyFileOf(
  path: string,
  n: number,
  institutionId: string,
  pd: PersonalDataProtector,
) {
  const out = createWriteStream(path);
  const uploadId = randomUUID();
  for (let i = 0; i < n; i++) {
    if (i % 1000 === 999) continue;
    const r = rowOf(i, n);
    const p = pd.protect(r.doc);
    const line = `${randomUUID()}\t${r.issuedOn.slice(0, 4)}\t${r.number}\t${r.issuedOn}\t${institutionId}\t${uploadId}\t${r.name}\tresident_id\t${p.enc}\t${p.hmac}\t${p.masked}\t${r.occupation}\t${r.level}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const COPY_COLUMNS =
  'id, issue_year, number, issued_on, institution_id, upload_id, holder_name, holder_doc_type, holder_doc_enc, holder_doc_hmac, holder_doc_masked, occupation_code, level';

export async function setUp(h: DatabaseHandle) {
  await migrate(h.db);
  const f = await seedPersonas(h.db);
  await h.db.transaction().execute(async (trx) => {
    const caseId = randomUUID();
    await trx
      .insertInto('cases')
      .values({
        id: caseId,
        procedure: 'bench-filing',
        reference_no: '基准申〔2020〕1号',
        institution_id: f.institutions.x,
        branch_id: null,
        authority_id: f.authorities.guizhou,
        jurisdiction_code: '520100',
        parent_case_id: null,
        state: 'filed',
        awaiting: null,
        snapshot: '{}',
        submitted_at: new Date(),
        closed_at: null,
        valid_from: null,
        valid_to: null,
        created_by: null,
      })
      .execute();
    await publishDirectoryEntry(
      trx,
      { caller: null },
      {
        institutionId: f.institutions.x,
        branchId: null,
        caseId,
        procedure: 'bench-filing',
        regime: 'mohrss-filing',
        filingCode: '基准备案码〔2020〕1号',
        validFrom: '2020-01-01',
        validTo: null,
        scopes: OCCUPATIONS.flatMap(([occupationCode]) =>
          [1, 2, 3, 4, 5].map((level) => ({ occupationCode, level })),
        ),
        authorityId: f.authorities.guizhou,
        citations: [{ source: 'mohrss-filing', article: '二', item: '十' }],
      },
    );
    await trx
      .insertInto('certificate_issuer_codes')
      .values({
        id: randomUUID(),
        institution_id: f.institutions.x,
        kind_letter: 'S',
        institution_code: '0000',
        province_code: '52',
        site_sequence: '000101',
      })
      .execute();
  });
  return f;
}

export async function copyBaseline(
  h: DatabaseHandle,
  copyPath: string,
  url: string | undefined,
  schema: string | undefined,
) {
  if (url) {
    const client = new pg.Client({
      connectionString: url,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    await client.connect();
    const t0 = performance.now();
    await pipeline(
      createReadStream(copyPath),
      client.query(copyFrom(`copy certificates (${COPY_COLUMNS}) from stdin`)),
    );
    const s = (performance.now() - t0) / 1000;
    await client.end();
    return s;
  }
  // PGlite: COPY … FROM '/dev/blob' on the same instance, a slice of the file at a time (the blob sits in memory).
  if (!rawPglite) throw new Error('no raw PGlite');
  const raw = rawPglite;
  const lines: string[] = [];
  let seconds = 0;
  const flush = async () => {
    if (lines.length === 0) return;
    const blob = new Blob([lines.join('')]);
    lines.length = 0;
    const t0 = performance.now();
    await raw.query(`copy certificates (${COPY_COLUMNS}) from '/dev/blob'`, [], { blob });
    seconds += (performance.now() - t0) / 1000;
  };
  const rl = createInterface({ input: createReadStream(copyPath) });
  for await (const line of rl) {
    lines.push(`${line}\n`);
    if (lines.length >= 100_000) await flush();
  }
  await flush();
  return seconds;
}

let rawPglite: { query: (q: string, p: unknown[], o: { blob: Blob }) => Promise<unknown> } | undefined;

/**
 * A database for one benchmark: a throwaway schema on PostgreSQL, or an in-memory PGlite opened here
 * directly so that a COPY baseline can use the same instance (rawPglite).
 */
export async function openBench(
  url: string | undefined,
  name: string,
): Promise<{ h: DatabaseHandle; schema: string | undefined; drop: () => Promise<void> }> {
  const schema = url ? `bench_${name}_${process.pid}` : undefined;
  let h: DatabaseHandle;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop schema if exists ${schema} cascade; create schema ${schema}`);
    await admin.end();
    h = await openDatabase({ url, schema });
  } else {
    const { PGlite } = await import('@electric-sql/pglite');
    const { Kysely } = await import('kysely');
    const { pgliteDialect } = await import('../src/persistence/pglite-dialect.js');
    const OID = { int8: 20, date: 1082, numeric: 1700 };
    const keep = (v: string) => v;
    const num = (v: string) => Number(v);
    const instance = await PGlite.create({
      parsers: { [OID.date]: keep, [OID.numeric]: num, [OID.int8]: num },
    });
    rawPglite = instance as unknown as typeof rawPglite;
    const db = new Kysely({ dialect: pgliteDialect(instance) }) as DatabaseHandle['db'];
    h = { db, kind: 'pglite', close: () => db.destroy() };
  }
  const drop = async () => {
    if (!url) return;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
  };
  return { h, schema, drop };
}

async function benchOn(
  database: 'PGlite' | 'PostgreSQL',
  n: number,
  url?: string,
): Promise<UploadBenchResult> {
  const dir = await mkdtemp(join(tmpdir(), 'skillreg-bench-upload-'));
  const { h, schema, drop } = await openBench(url, 'upload');
  try {
    const f = await setUp(h);
    const pd = createPersonalDataProtector(KEY);
    const file = join(dir, 'certificates.csv');
    const copyFile = join(dir, 'certificates.copy');
    await writeFileOf(file, n);
    await writeCopyFileOf(copyFile, n, f.institutions.x, pd);
    const fileMb = (await stat(file)).size / 1024 / 1024;

    const loadBefore = loadavg()[0]!;
    const copySeconds = await copyBaseline(h, copyFile, url, schema);
    const copied = Number(
      (await sql<{ n: number }>`select count(*)::int as n from certificates`.execute(h.db)).rows[0]!.n,
    );
    await sql`truncate certificates cascade`.execute(h.db);
    await sql`checkpoint`.execute(h.db).catch(() => undefined);

    global.gc?.();
    const rss0 = process.memoryUsage().rss;
    let peak = rss0;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const caller = {
      userId: f.userIds.institutionX,
      username: 'bench',
      role: 'institution_staff' as const,
      institutionId: f.institutions.x,
    };
    const t0 = performance.now();
    const view = await startUpload(
      { db: h.db, caller, personalData: pd },
      { fileName: 'certificates.csv', stream: createReadStream(file) },
    );
    const t1 = performance.now();
    const runner = startJobRunner(
      h.db,
      { certificate_upload: certificateUploadHandler({ db: h.db, personalData: pd }) },
      { autoStart: false },
    );
    await runner.drain();
    const t2 = performance.now();
    clearInterval(sampler);
    const up = await h.db
      .selectFrom('certificate_uploads')
      .selectAll()
      .where('id', '=', view.id)
      .executeTakeFirstOrThrow();
    const job = await h.db
      .selectFrom('background_jobs')
      .select(['status', 'failure'])
      .where('id', '=', view.id)
      .executeTakeFirstOrThrow();
    if (job.status !== 'succeeded') throw new Error(`upload ${job.status}: ${job.failure}`);
    if (up.accepted !== copied) {
      const why = await sql<{
        code: string;
        n: number;
      }>`select code, count(*)::int as n from certificate_upload_rejections
          where upload_id = ${view.id} group by code`.execute(h.db);
      throw new Error(`upload registered ${up.accepted}, COPY ${copied}: ${JSON.stringify(why.rows)}`);
    }
    const storeSeconds = (t1 - t0) / 1000;
    const jobSeconds = (t2 - t1) / 1000;
    const whole = storeSeconds + jobSeconds;
    return {
      database,
      rows: n,
      fileMb,
      storeSeconds,
      jobSeconds,
      copySeconds,
      oursRowsPerSecond: n / whole,
      copyRowsPerSecond: copied / copySeconds,
      ratio: n / whole / (copied / copySeconds),
      peakRssGrowthMb: (peak - rss0) / 1024 / 1024,
      accepted: up.accepted,
      rejected: up.rejected,
      load: [loadBefore, loadavg()[0]!],
    };
  } finally {
    await h.close();
    await rm(dir, { recursive: true, force: true });
    await drop();
  }
}

export async function benchUploads(): Promise<UploadBenchResult[]> {
  const n = Number(process.env.BENCH_UPLOAD_ROWS ?? 1_000_000);
  const out: UploadBenchResult[] = [];
  const url = process.env.BENCH_DATABASE_URL;
  // Each result is printed as soon as it is measured (a million rows on PGlite takes a while).
  if (url) printUploadResults([out[out.push(await benchOn('PostgreSQL', n, url)) - 1]!]);
  if (process.env.BENCH_UPLOAD_PGLITE !== 'false')
    printUploadResults([out[out.push(await benchOn('PGlite', n)) - 1]!]);
  return out;
}

export function printUploadResults(results: UploadBenchResult[]): void {
  for (const r of results) {
    console.log(
      `${r.database.padEnd(10)} ${r.rows.toLocaleString('en')} rows (${r.fileMb.toFixed(0)} MB CSV, ${r.rejected} rejected): ` +
        `upload ${Math.round(r.oursRowsPerSecond).toLocaleString('en')} rows/s (store ${r.storeSeconds.toFixed(1)} s + job ${r.jobSeconds.toFixed(1)} s)   ` +
        `COPY ${Math.round(r.copyRowsPerSecond).toLocaleString('en')} rows/s (${r.copySeconds.toFixed(1)} s)   ` +
        `ratio ${r.ratio.toFixed(2)}   peak RSS growth ${r.peakRssGrowthMb.toFixed(0)} MB   ` +
        `load average ${r.load.map((l) => l.toFixed(1)).join(' → ')}`,
    );
  }
}
