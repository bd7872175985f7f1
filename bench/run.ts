// `npm run bench`: each benchmark measures SkillReg's way and a baseline in the same run, on the same
// embedded database, and prints the ratio (ours ÷ baseline). Absolute times vary by machine; the
// ratios are what we watch. Tests never time anything (brief: performance is measured here).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { openDatabase, type DatabaseHandle } from '../src/persistence/database.js';
import { migrate } from '../src/persistence/migrate.js';
import { importOccupations } from '../src/persistence/occupations-import.js';
import { writeAudit } from '../src/audit/write-audit.js';
import { chainPendingAudit } from '../src/audit/chain-audit.js';
import { builtInCalendar } from '../src/calendar/calendar-data.js';
import { addWorkingDays } from '../src/calendar/working-days.js';
import { addCalendarDays } from '../src/calendar/calendar-days.js';
import { benchUploads } from './upload.js';
import { benchVerification } from './verify.js';

interface Result {
  name: string;
  ours: number;
  baseline: number;
  baselineName: string;
}

async function time(fn: () => Promise<unknown> | unknown, repeat = 1): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < repeat; i++) await fn();
  return (performance.now() - t0) / repeat;
}

async function freshDb(): Promise<DatabaseHandle> {
  const h = await openDatabase({});
  await migrate(h.db);
  return h;
}

function occupationsCsv(): string {
  const shared = resolve('../shared/data/occupations-2022.csv');
  if (existsSync(shared)) return readFileSync(shared, 'utf8');
  // Without the shared catalogue: a synthetic file of the same shape and size.
  const lines = ['code,name,major_code,major_name,middle_code,middle_name,minor_code,minor_name'];
  for (let i = 0; i < 1639; i++) {
    const major = 2 + (i % 5);
    const mid = String(1 + (Math.floor(i / 5) % 40)).padStart(2, '0');
    const minor = String(1 + (Math.floor(i / 200) % 9)).padStart(2, '0');
    const leaf = String(1 + (i % 99)).padStart(2, '0');
    lines.push(
      `${major}-${mid}-${minor}-${leaf},职业${i},${major},大类${major},${major}-${mid},中类${major}-${mid},${major}-${mid}-${minor},小类${major}-${mid}-${minor}`,
    );
  }
  return lines.join('\n');
}

async function benchImport(): Promise<Result> {
  const csv = occupationsCsv();
  const opts = { edition: 'bench', title: 'bench', source: 'bench' };
  const ours = await (async () => {
    const h = await freshDb();
    const t = await time(() => importOccupations(h.db, csv, opts));
    await h.close();
    return t;
  })();
  // Baseline: PostgreSQL's own COPY of the same file into an unconstrained table (no validation,
  // no upsert, no audit) — the fastest the database can take these rows.
  const baseline = await (async () => {
    const { PGlite } = await import('@electric-sql/pglite');
    const pg = await PGlite.create();
    await pg.exec(`create table raw_occupations (code text, name text, major_code text, major_name text,
      middle_code text, middle_name text, minor_code text, minor_name text)`);
    const t = await time(() =>
      pg.query(`copy raw_occupations from '/dev/blob' with (format csv, header true)`, [], {
        blob: new Blob([csv]),
      }),
    );
    await pg.close();
    return t;
  })();
  return { name: 'occupation import (1,639 rows)', ours, baseline, baselineName: 'raw COPY' };
}

async function benchAuditedWrites(n = 300): Promise<Result> {
  const h = await freshDb();
  await sql`create table bench_rows (id serial primary key, name text, payload jsonb)`.execute(h.db);
  const caller = {
    userId: '00000000-0000-4000-8000-000000000001',
    username: 'bench',
    role: 'sysadmin' as const,
  };
  const row = (i: number) => ({ name: `机构${i}`, payload: JSON.stringify({ i, kind: 'social_org' }) });
  const baseline = await time(async () => {
    for (let i = 0; i < n; i++)
      await h.db
        .transaction()
        .execute((trx) =>
          sql`insert into bench_rows (name, payload) values (${row(i).name}, ${row(i).payload}::jsonb)`.execute(
            trx,
          ),
        );
  });
  const ours = await time(async () => {
    for (let i = 0; i < n; i++)
      await h.db.transaction().execute(async (trx) => {
        await sql`insert into bench_rows (name, payload) values (${row(i).name}, ${row(i).payload}::jsonb)`.execute(
          trx,
        );
        await writeAudit(
          trx,
          { caller, requestId: `b${i}` },
          { entity: 'bench', entityId: String(i), action: 'create', after: row(i) },
        );
      });
  });
  await h.close();
  return {
    name: `${n} changes with their audit row`,
    ours,
    baseline,
    baselineName: 'same changes, no audit',
  };
}

async function benchChain(n = 3000): Promise<Result> {
  const h = await freshDb();
  const caller = {
    userId: '00000000-0000-4000-8000-000000000001',
    username: 'bench',
    role: 'sysadmin' as const,
  };
  await h.db.transaction().execute(async (trx) => {
    for (let i = 0; i < n; i++)
      await writeAudit(
        trx,
        { caller },
        { entity: 'bench', entityId: String(i), action: 'create', after: { i } },
      );
  });
  const baseline = await time(() =>
    sql`select * from audit_log where chain_seq is null order by id`.execute(h.db),
  );
  const ours = await time(async () => {
    for (;;) if ((await chainPendingAudit(h.db)).chained === 0) break;
  });
  await h.close();
  return {
    name: `audit sequencer chaining ${n} rows`,
    ours,
    baseline,
    baselineName: 'reading the rows once',
  };
}

async function benchWorkingDays(n = 20000): Promise<Result> {
  const cal = builtInCalendar();
  const starts = Array.from({ length: 365 }, (_, i) => addCalendarDays('2025-01-01', i));
  const ours = await time(() => {
    for (let i = 0; i < n; i++) addWorkingDays(cal, starts[i % 365]!, 15);
  });
  // Baseline: the naive count that skips weekends only (what a spreadsheet's WORKDAY does without a holiday list).
  const baseline = await time(() => {
    for (let i = 0; i < n; i++) {
      let d = new Date(`${starts[i % 365]!}T00:00:00Z`);
      let left = 15;
      while (left > 0) {
        d = new Date(d.getTime() + 86_400_000);
        const wd = d.getUTCDay();
        if (wd !== 0 && wd !== 6) left--;
      }
    }
  });
  return { name: `${n} deadlines of 15 working days`, ours, baseline, baselineName: 'weekend-only loop' };
}

const results: Result[] = [];
// BENCH_ONLY=upload or =verify runs that benchmark alone (bench/upload.ts, bench/verify.ts).
const only = process.env.BENCH_ONLY;
if (only === undefined)
  for (const b of [benchImport, benchAuditedWrites, benchChain, benchWorkingDays]) results.push(await b());
console.log('\nSkillReg benchmarks (embedded PGlite; ratio = ours ÷ baseline, measured in this run)\n');
for (const r of results) {
  console.log(
    `${r.name.padEnd(42)} ours ${r.ours.toFixed(1).padStart(8)} ms   ${r.baselineName.padEnd(28)} ${r.baseline.toFixed(1).padStart(8)} ms   ratio ${(r.ours / r.baseline).toFixed(2)}×`,
  );
}

if (only === undefined || only === 'upload') {
  console.log('\n证书数据上报 vs raw COPY (same rows, same indexed register, same run)\n');
  await benchUploads();
}

if (only === undefined || only === 'verify') {
  console.log('\n证书核验 vs a bare route (same lookup, same database, same load generator)\n');
  await benchVerification();
}
