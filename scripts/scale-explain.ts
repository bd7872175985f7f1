// The EXPLAIN (ANALYZE, BUFFERS) of the certificate register's hot queries at scale (issue 11 point 9,
// docs/scale.md). Not run in CI: it needs a PostgreSQL server and minutes of CPU.
//
//   npx tsx scripts/scale-explain.ts [--rows 10000000] [--url postgres://…] [--keep] [--reuse <schema>] [--no-jit]
//
// Creates a throwaway schema, runs the project's migrations into it (so the tables and indexes are
// exactly those of src/persistence/migrations), generates plausible certificates set-based in SQL
// (generate_series: years 2015–2026 growing, ~10k institutions of very unequal size in 31 provinces,
// 400 occupations with a long tail, each institution evaluating a dozen of them, sessions of ~40
// candidates issued on one day, holders with more than one certificate), ANALYZEs, runs each query
// twice and prints the second run's plan, then drops the schema unless --keep. --reuse <schema> skips
// the generation and explains against a schema kept earlier.
//
// The load drops the register's indexes and constraints, inserts, and recreates them from their own
// definitions (pg_get_indexdef/pg_get_constraintdef): sorted index builds take minutes where random
// B-tree inserts into 7 indexes would take an hour. Built indexes are packed fuller (fillfactor 90)
// than indexes grown by inserts (~70 %), so real indexes are ~25 % larger than the sizes printed.
import pg from 'pg';
import type { Compilable } from 'kysely';
import { openDatabase, type Database } from '../src/persistence/database.js';
import { migrate } from '../src/persistence/migrate.js';
import {
  certificateByNumberQuery,
  certificateCountsQuery,
  certificatesByHolderQuery,
  institutionCertificatesQuery,
} from '../src/persistence/certificates.repository.js';
import type { InstitutionScope } from '../src/policies/scope.js';

interface Options {
  url: string;
  rows: number;
  keep: boolean;
  reuse: string | undefined;
  /** SET jit = off for the probes: JIT compilation, not execution, dominates the slow plans (docs/scale.md). */
  jit: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = {
    url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    rows: 10_000_000,
    keep: false,
    reuse: undefined,
    jit: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--rows') opts.rows = Number(next().replaceAll('_', ''));
    else if (a === '--url') opts.url = next();
    else if (a === '--keep') opts.keep = true;
    else if (a === '--reuse') opts.reuse = next();
    else if (a === '--no-jit') opts.jit = false;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!Number.isInteger(opts.rows) || opts.rows < 1000) throw new Error('--rows must be an integer ≥ 1000');
  return opts;
}

const YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026] as const;
// Share of each year (sums to 1): growth after the 2019–2021 skills-upgrading campaign; 2026 ends on
// 4 December. Kept under 10 % a year so that the serial (six digits) suffices at 10⁷ without tricks.
const YEAR_WEIGHT = [6, 6.5, 7, 7.5, 8, 8, 8.5, 9, 9.5, 9.5, 9.6, 9] as const;
const LAST_DAY_2026 = '2026-12-04';
const INSTITUTIONS = 10_000;
const OCCUPATIONS = 400;
// Provinces, the most populous first: institution i's province is drawn with a skew towards the front.
const PROVINCES = [
  '44',
  '37',
  '41',
  '32',
  '51',
  '13',
  '33',
  '43',
  '42',
  '34',
  '35',
  '36',
  '53',
  '45',
  '52',
  '21',
  '14',
  '61',
  '23',
  '12',
  '11',
  '31',
  '50',
  '22',
  '65',
  '15',
  '62',
  '46',
  '64',
  '63',
  '54',
] as const;

// A deterministic uniform number in [0, 1) from an integer and a seed, computed in the database.
const u = (expr: string, seed: number) =>
  `((hashint8extended((${expr})::bigint, ${seed}) & 2147483647)::float8 / 2147483648.0)`;

async function exec(client: pg.Client, label: string, text: string): Promise<void> {
  const t0 = performance.now();
  await client.query(text);
  console.log(`  ${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

async function referenceData(client: pg.Client): Promise<void> {
  const provinces = PROVINCES.map((p, i) => `('${p}', ${i})`).join(',');
  await client.query(`
    create temporary table scale_provinces (code text, rank int) on commit preserve rows;
    insert into scale_provinces values ${provinces};
    insert into jurisdictions (code, name, level, parent_code, source)
      values ('000000', '全国', 'national', null, 'scale-explain') on conflict do nothing;
    insert into jurisdictions (code, name, level, parent_code, source)
      select code || '0000', '省 ' || code, 'province', '000000', 'scale-explain' from scale_provinces
      on conflict do nothing;
    insert into jurisdictions (code, name, level, parent_code, source)
      select p.code || lpad(k::text, 2, '0') || '00', '市 ' || p.code || k, 'prefecture', p.code || '0000', 'scale-explain'
      from scale_provinces p cross join generate_series(1, 12) k
      on conflict do nothing;
    insert into authorities (id, name, kind, jurisdiction_code)
      select md5('authority' || code)::uuid, '人社厅 ' || code, 'provincial_hrss', code || '0000' from scale_provinces;
    insert into institutions (id, name, kind, uscc, legal_representative, address, jurisdiction_code,
                              authority_id, status)
      select md5('institution' || k)::uuid, '评价机构 ' || k,
             case when ${u('k', 11)} < 0.6 then 'employer' else 'social_org' end,
             '91' || lpad(k::text, 16, '0'), '法定代表人', '地址 ' || k,
             p.code || lpad((1 + floor(12 * ${u('k', 12)}))::int::text, 2, '0') || '00',
             md5('authority' || p.code)::uuid, 'active'
      from generate_series(0, ${INSTITUTIONS - 1}) k
      join scale_provinces p on p.rank = floor(${PROVINCES.length} * power(${u('k', 13)}, 1.6))::int;
  `);
}

/**
 * One year's certificates. Row i belongs to session batch b = i / 40 (~40 candidates issued the same
 * day); the batch decides the institution (rank ~ 10000·u², so the largest issues ~1 % of everything
 * and the median a few hundred in all), the occupation (one of the institution's 12, the first ones
 * most often; the 400 occupations themselves have a long tail), the level (mostly 5 and 4) and the
 * date (rows are in date order, as issuance appends them). Before 2023 the rows come from uploads
 * (history brought in), from 2023 from sessions run here.
 */
function yearInsert(year: number, rows: number): string {
  const days =
    year === 2026
      ? `(date '${LAST_DAY_2026}' - date '2026-01-01' + 1)`
      : `(date '${year + 1}-01-01' - date '${year}-01-01')`;
  const fromSession = year >= 2023;
  const yy = String(year % 100).padStart(2, '0');
  return `
    insert into certificates (id, issue_year, number, issued_on, institution_id, branch_id, session_id,
      candidate_id, upload_id, holder_name, holder_doc_type, holder_doc_enc, holder_doc_hmac,
      holder_doc_masked, occupation_code, level, status, status_changed_at, queryable_at, created_at)
    select md5('certificate' || ${year} || '-' || i)::uuid, ${year},
      case when ${u('inst', 11)} < 0.6 then 'Y' || lpad((inst % 10000)::text, 4, '0') else 'S0000' end
        || p.code || lpad((inst + 10000 * ((i - 1) / 999999))::text, 6, '0') || '${yy}' || lvl
        || lpad((((i - 1) % 999999) + 1)::text, 6, '0'),
      issued_on, md5('institution' || inst)::uuid, null,
      ${fromSession ? `md5('session' || ${year} || '-' || b)::uuid, md5('candidate' || ${year} || '-' || i)::uuid, null` : `null, null, md5('upload' || ${year} || '-' || inst)::uuid`},
      (array['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','林','罗','高'])[1 + floor(20 * power(${u('person', 21)}, 1.5))::int]
        || (array['伟','芳','娜','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','秀','霞','平'])[1 + floor(20 * ${u('person', 22)})::int]
        || case when ${u('person', 23)} < 0.7 then (array['华','英','玲','红','建','文','云','峰','斌','辉'])[1 + floor(10 * ${u('person', 24)})::int] else '' end,
      'resident_id',
      'v2.k7f3a9c1.' || substr(translate(encode(decode(md5('iv' || i) || md5('ct' || i) || md5('tag' || i), 'hex'), 'base64'), '+/=', '-_'), 1, 62),
      md5('hmac-a' || person) || md5('hmac-b' || person),
      p.code || '01**********' || lpad((person % 10000)::text, 4, '0'),
      occ.code, lvl,
      case when ${u('i', 31)} < 0.995 then 'valid' when ${u('i', 32)} < 0.8 then 'invalidated' else 'withdrawn' end,
      case when ${u('i', 31)} < 0.995 then null else (issued_on + 200)::timestamptz end,
      issued_on + interval '10 hours', issued_on + interval '10 hours'
    from (
      select i, b, inst, issued_on, person,
        -- The institution's j-th occupation, j skewed towards its main ones.
        floor(${OCCUPATIONS} * power(${u(`inst * 16 + floor(12 * power(${u('b', 4)}, 2))`, 5)}, 3))::int as occ_rank,
        case when ub < 0.45 then 5 when ub < 0.78 then 4 when ub < 0.93 then 3 when ub < 0.98 then 2 else 1 end as lvl
      from (
        select i, b,
          floor(${INSTITUTIONS} * power(${u(`${year}::bigint * 10000000 + b`, 1)}, 2))::int as inst,
          date '${year}-01-01' + floor((i - 1)::float8 * ${days} / ${rows})::int as issued_on,
          floor(${Math.round(rows * 0.85)} * ${u(`${year}::bigint * 100000000 + i`, 3)})::bigint
            + ${YEARS.indexOf(year as (typeof YEARS)[number])} * ${Math.round(rows * 0.05)} as person,
          ${u(`${year}::bigint * 10000000 + b`, 6)} as ub
        from (select i, (i - 1) / 40 as b from generate_series(1, ${rows}) i) s
      ) s
    ) g
    join institutions ins on ins.id = md5('institution' || g.inst)::uuid
    join scale_provinces p on p.code = substr(ins.jurisdiction_code, 1, 2)
    join (select k, format('%s-%s-%s-%s', 2 + k % 5, lpad(((k / 5) % 30 + 1)::text, 2, '0'),
                 lpad((k / 150 + 1)::text, 2, '0'), lpad((k % 7 + 1)::text, 2, '0')) as code
          from generate_series(0, ${OCCUPATIONS - 1}) k) occ on occ.k = g.occ_rank
  `;
}

interface Definition {
  kind: 'constraint' | 'index';
  name: string;
  sql: string;
}

/** The register's indexes and constraints as the migrations made them, to rebuild after the load. */
async function registerDefinitions(client: pg.Client): Promise<{ defs: Definition[]; fks: Definition[] }> {
  const cons = await client.query<{ name: string; def: string; conindid: string }>(`
    select conname as name, pg_get_constraintdef(oid) as def, conindid::text
    from pg_constraint where conrelid = 'certificates'::regclass and contype in ('p', 'u') order by oid`);
  const idx = await client.query<{ name: string; def: string }>(`
    select c.relname as name, pg_get_indexdef(i.indexrelid) as def
    from pg_index i join pg_class c on c.oid = i.indexrelid
    where i.indrelid = 'certificates'::regclass
      and i.indexrelid not in (select conindid from pg_constraint where conrelid = 'certificates'::regclass)
    order by i.indexrelid`);
  const fk = await client.query<{ tbl: string; name: string; def: string }>(`
    select conrelid::regclass::text as tbl, conname as name, pg_get_constraintdef(oid) as def
    from pg_constraint where confrelid = 'certificates'::regclass and contype = 'f' and conparentid = 0`);
  return {
    defs: [
      ...cons.rows.map((r) => ({
        kind: 'constraint' as const,
        name: r.name,
        sql: `alter table certificates add constraint ${r.name} ${r.def}`,
      })),
      // pg_get_indexdef of a partitioned index says ON ONLY (the parent alone, left invalid).
      ...idx.rows.map((r) => ({
        kind: 'index' as const,
        name: r.name,
        sql: r.def.replace(' ON ONLY ', ' ON '),
      })),
    ],
    fks: fk.rows.map((r) => ({
      kind: 'constraint' as const,
      name: `${r.tbl}|${r.name}`,
      sql: `alter table ${r.tbl} add constraint ${r.name} ${r.def}`,
    })),
  };
}

async function generate(client: pg.Client, rows: number): Promise<void> {
  const total = YEAR_WEIGHT.reduce((a, b) => a + b, 0);
  console.log(`generating ${rows.toLocaleString('en')} certificates`);
  await client.query(`set maintenance_work_mem = '512MB'; set synchronous_commit = off`);
  await referenceData(client);
  const { defs, fks } = await registerDefinitions(client);
  for (const f of fks) {
    const [tbl, name] = f.name.split('|') as [string, string];
    await client.query(`alter table ${tbl} drop constraint ${name}`);
  }
  for (const d of defs) {
    await client.query(
      d.kind === 'constraint' ? `alter table certificates drop constraint ${d.name}` : `drop index ${d.name}`,
    );
  }
  for (const [k, year] of YEARS.entries()) {
    const n = Math.round((rows * (YEAR_WEIGHT[k] ?? 0)) / total);
    await exec(client, `insert ${year} (${n.toLocaleString('en')} rows)`, yearInsert(year, n));
  }
  for (const d of [...defs, ...fks]) await exec(client, `build ${d.name}`, d.sql);
  // Production's autovacuum sets the visibility map of insert-only partitions (PostgreSQL ≥ 13); the
  // test server runs with autovacuum off, so do it here, or index-only scans would visit the heap.
  await exec(client, 'vacuum (analyze) certificates', 'vacuum (analyze) certificates');
  await exec(client, 'analyze institutions', 'analyze institutions');
}

interface Probe {
  title: string;
  /** Run in the same transaction before the query (which is rolled back). */
  setup?: string;
  sql: string;
  params: unknown[];
}

/** Parameters picked from the generated data: the largest institution, a median one, a real number … */
async function probes(client: pg.Client, db: Database): Promise<Probe[]> {
  const one = async <T>(text: string): Promise<T> => {
    const r = await client.query(text);
    if (!r.rows[0]) throw new Error(`no row for: ${text}`);
    return r.rows[0] as T;
  };
  const biggest = await one<{ institution_id: string; n: string }>(`
    select institution_id, count(*) n from certificates_2025 group by 1 order by 2 desc limit 1`);
  const median = await one<{ institution_id: string; n: string }>(`
    select institution_id, n from (select institution_id, count(*) n,
      row_number() over (order by count(*)) r, count(*) over () c from certificates_2025 group by 1) s
    where r = c / 2`);
  const cert = await one<{ number: string; issue_year: number }>(`
    select number, issue_year from certificates_2024 order by id limit 1`);
  const holder = await one<{ holder_doc_hmac: string; holder_name: string }>(`
    select holder_doc_hmac, holder_name from certificates_2025 where institution_id = '${median.institution_id}'
    order by id limit 1`);
  const occ = await one<{ occupation_code: string }>(`
    select occupation_code from certificates_2025 where institution_id = '${biggest.institution_id}'
    group by 1 order by count(*) limit 1`);
  // The 50th row of the largest institution's first page: the cursor of its second page.
  const cursor = await one<{ issue_year: number; number: string }>(`
    select issue_year, number from certificates where institution_id = '${biggest.institution_id}'
    order by issue_year desc, number desc offset 49 limit 1`);
  console.log(
    `largest institution ${biggest.institution_id} (${biggest.n} in 2025), median ${median.institution_id} (${median.n} in 2025)`,
  );
  const publicScope: InstitutionScope = { kind: 'all' };
  const own = (institutionId: string): InstitutionScope => ({ kind: 'institution', institutionId });
  // A provincial authority: province 44 is the largest (~12 % of the institutions).
  const province: InstitutionScope = { kind: 'jurisdiction', prefix: '44' };
  const app = (title: string, q: Compilable): Probe => {
    const c = q.compile();
    return { title, sql: c.sql, params: [...c.parameters] };
  };
  const big = own(biggest.institution_id);
  return [
    app(
      '1. verification by number (certificateByNumberQuery, public scope; issue_year from positions 14–15)',
      certificateByNumberQuery(db, publicScope, cert.number, cert.issue_year),
    ),
    app(
      '2. verification by holder document keyed hash + name (certificatesByHolderQuery, public scope)',
      certificatesByHolderQuery(db, publicScope, [holder.holder_doc_hmac], holder.holder_name),
    ),
    app(
      '3a. institution list, first page of 50 (institutionCertificatesQuery, largest institution)',
      institutionCertificatesQuery(db, big, {}, null, 50),
    ),
    app(
      '3b. institution list, second page after the keyset cursor (largest institution)',
      institutionCertificatesQuery(db, big, {}, { year: cursor.issue_year, number: cursor.number }, 50),
    ),
    app(
      '3c. institution list filtered by its rarest occupation + level 5 (largest institution)',
      institutionCertificatesQuery(db, big, { occupationCode: occ.occupation_code, level: 5 }, null, 50),
    ),
    {
      title: '3c′. recommended: the same keys from the index alone (INCLUDE columns), then the 50 rows',
      sql: `select c.id, c.issue_year, c.number, c.issued_on, c.institution_id, c.holder_name, c.holder_doc_masked, c.occupation_code, c.level, c.status
            from (select issue_year, number from certificates
                  where institution_id = $1 and occupation_code = $2 and level = $3
                  order by issue_year desc, number desc limit 50) k
            join certificates c on c.issue_year = k.issue_year and c.number = k.number
            order by k.issue_year desc, k.number desc`,
      params: [biggest.institution_id, occ.occupation_code, 5],
    },
    app(
      '3d. institution list filtered by year 2025 (median institution)',
      institutionCertificatesQuery(db, own(median.institution_id), { year: 2025 }, null, 50),
    ),
    app(
      '4a. counts institution × occupation × year × level, one year (certificateCountsQuery, largest institution)',
      certificateCountsQuery(db, big, { year: 2025 }),
    ),
    app(
      "4b. the same for a province's authority (jurisdiction 44), one year",
      certificateCountsQuery(db, province, { year: 2025 }),
    ),
    {
      title: '4c. renewal: one institution × occupation over a 3-year validity window (gz-rules §8–10)',
      sql: `select occupation_code, count(*) as issued, count(*) filter (where status = 'valid') as valid
            from certificates
            where institution_id = $1 and issue_year between $2 and $3 and issued_on between $4 and $5
            group by occupation_code`,
      params: [biggest.institution_id, 2023, 2026, '2023-12-05', '2026-12-04'],
    },
    app(
      '5a. authority search by number in its jurisdiction (jurisdiction 44)',
      certificateByNumberQuery(db, province, cert.number, cert.issue_year),
    ),
    app(
      '5b. authority search by name + document in its jurisdiction (jurisdiction 44)',
      certificatesByHolderQuery(db, province, [holder.holder_doc_hmac], holder.holder_name),
    ),
    app(
      '5c. authority list of its whole jurisdiction, no key, first page (jurisdiction 44)',
      institutionCertificatesQuery(db, province, {}, null, 50),
    ),
    {
      title:
        '5b′. recommended: the scope tested on the joined institution and branch rows, not by OR of IN lists',
      sql: `select c.id, c.issue_year, c.number, c.issued_on, c.institution_id, c.holder_name, c.holder_doc_masked, c.occupation_code, c.level, c.status, i.name as institution_name
            from certificates c
            join institutions i on i.id = c.institution_id
            left join branches b on b.id = c.branch_id
            where c.holder_doc_hmac = $1 and c.holder_name = $2
              and (i.jurisdiction_code like $3 or b.jurisdiction_code like $3)
            order by c.issue_year desc, c.number desc limit 100`,
      params: [holder.holder_doc_hmac, holder.holder_name, '44%'],
    },
    {
      title:
        "5c′. recommended: the keys of each institution's newest 50 from the index alone (LATERAL), then the 50 rows",
      sql: `select c.id, c.issue_year, c.number, c.issued_on, c.institution_id, c.holder_name, c.holder_doc_masked,
              c.occupation_code, c.level, c.status, k.institution_name
            from (select k.issue_year, k.number, i.name as institution_name
                  from institutions i
                  cross join lateral (
                    select x.issue_year, x.number from certificates x
                    where x.institution_id = i.id
                    order by x.issue_year desc, x.number desc limit 50) k
                  where i.jurisdiction_code like $1
                  order by k.issue_year desc, k.number desc limit 50) k
            join certificates c on c.issue_year = k.issue_year and c.number = k.number
            order by c.issue_year desc, c.number desc`,
      params: ['44%'],
    },
  ];
}

/**
 * The upload's dedup as src/persistence/certificate-uploads/apply-batch.ts runs it (6a) and its fixes: a
 * temporary staging table of one batch (DEFAULT_BATCH_ROWS = 10,000; half the rows already in the
 * register, as when a file is uploaded again) looked up in the register by number. apply-batch declares
 * the staging number text, which casts the register's char(22) to text and makes the unique index on the
 * number unusable (6a). With char(22) the join probes the index only while the planner underestimates the
 * staging table (6b, never ANALYZEd); analyzed, it goes back to a hash join over the whole register (6c).
 * A correlated subquery probes the index once per row whatever the statistics say (6d).
 */
function dedupProbe(
  label: string,
  numberType: 'text' | 'char(22)',
  form: 'join' | 'subquery',
  analyze: boolean,
): Probe {
  const outcome = `case
             when c.upload_id = $1 then 'earlier_in_file'
             when c.institution_id = $2 and c.holder_doc_hmac = s.doc_hmac
              and c.occupation_code = s.occupation_code and c.level = s.level and c.issued_on = s.issued_on
              and c.holder_name = s.holder_name then 'present'
             else 'conflict' end`;
  return {
    title: `${label}. upload dedup of one 10,000-row batch: staging number ${numberType}, ${form === 'join' ? 'UPDATE … FROM certificates' : 'correlated subquery per row'}, staging ${analyze ? 'ANALYZEd' : 'never ANALYZEd'}`,
    setup: `create temporary table certificate_upload_staging (
        row_no integer not null, number ${numberType}, issue_year smallint, issued_on date, holder_name text,
        doc_type text, doc_enc text, doc_hmac text, doc_masked text, occupation_code text, level smallint,
        err_column text, err_code text, err_reason text, outcome text
      ) on commit drop;
      insert into certificate_upload_staging (row_no, number, issue_year, issued_on, holder_name, doc_hmac,
          occupation_code, level)
        select row_number() over (), number, issue_year, issued_on, holder_name, doc_hmac, occupation_code, level
        from (
          (select number::text, issue_year, issued_on, holder_name, holder_doc_hmac as doc_hmac, occupation_code, level
             from certificates where issue_year between 2019 and 2022 order by md5(number) limit 5000)
          union all
          select 'S000044099999' || lpad((15 + i % 12)::text, 2, '0') || '5' || lpad(i::text, 6, '0'),
                 2015 + i % 12, date '2020-01-01', '张三', md5(i::text) || md5(i::text), '4-01-01-01', 5
            from generate_series(1, 5000) i
        ) s;
      ${analyze ? 'analyze certificate_upload_staging' : 'select 1'}`,
    sql:
      form === 'join'
        ? `update certificate_upload_staging s set outcome = ${outcome}
      from certificates c
     where s.err_code is null and c.issue_year = s.issue_year and c.number = s.number`
        : `update certificate_upload_staging s
       set outcome = (select ${outcome} from certificates c where c.issue_year = s.issue_year and c.number = s.number)
     where s.err_code is null`,
    params: ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'],
  };
}

async function explain(client: pg.Client, p: Probe): Promise<void> {
  const text = `explain (analyze, buffers) ${p.sql}`;
  const run = async () => {
    await client.query('begin');
    try {
      if (p.setup) await client.query(p.setup);
      return await client.query<{ 'QUERY PLAN': string }>(text, p.params);
    } finally {
      await client.query('rollback');
    }
  };
  const first = await run();
  const second = await run();
  const last = (r: typeof first) => r.rows.at(-1)?.['QUERY PLAN'] ?? '';
  console.log(`\n### ${p.title}\n`);
  console.log(p.sql.replace(/\s+/g, ' ').trim());
  console.log(`params: ${JSON.stringify(p.params)}`);
  console.log(`first run: ${last(first)}\n`);
  console.log(second.rows.map((r) => r['QUERY PLAN']).join('\n'));
}

async function sizes(client: pg.Client): Promise<void> {
  const r = await client.query<{ name: string; rows: string; heap: string; indexes: string }>(`
    select c.relname as name, c.reltuples::bigint::text as rows,
      pg_size_pretty(pg_relation_size(c.oid)) as heap, pg_size_pretty(pg_indexes_size(c.oid)) as indexes
    from pg_inherits h join pg_class c on c.oid = h.inhrelid
    where h.inhparent = 'certificates'::regclass order by c.relname`);
  console.log('\npartition | rows | heap | indexes');
  for (const x of r.rows) console.log(`${x.name} | ${x.rows} | ${x.heap} | ${x.indexes}`);
  const idx = await client.query<{ name: string; size: string; depth: string }>(`
    select p.relname as name,
      pg_size_pretty(sum(pg_relation_size(c.oid))) as size,
      max((select level from bt_metap(c.oid::regclass::text)))::text as depth
    from pg_class p join pg_inherits h on h.inhparent = p.oid join pg_class c on c.oid = h.inhrelid
    where p.relkind = 'I' and p.relname like 'certificates%'
    group by p.relname order by p.relname`);
  console.log('\nindex | size over all partitions | deepest B-tree level (root = level n, leaf = 0)');
  for (const x of idx.rows) console.log(`${x.name} | ${x.size} | ${x.depth}`);
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const schema = opts.reuse ?? `scale_explain_${process.pid}`;
  const admin = new pg.Client({ connectionString: opts.url });
  await admin.connect();
  if (!opts.reuse) await admin.query(`create schema ${schema}`);
  // The application's own query builders compile against this handle (search_path = the schema).
  const handle = await openDatabase({ url: opts.url, schema, poolSize: 1 });
  if (!opts.reuse) console.log(`schema ${schema}: ${(await migrate(handle.db)).length} migrations applied`);
  const client = new pg.Client({ connectionString: opts.url, options: `-c search_path=${schema},public` });
  await client.connect();
  try {
    await admin.query('create extension if not exists pageinspect');
    if (!opts.reuse) await generate(client, opts.rows);
    if (!opts.jit) await client.query('set jit = off');
    const version = await client.query<{ v: string }>('select version() as v');
    console.log(`\n${version.rows[0]?.v}`);
    await sizes(client);
    const all = [
      ...(await probes(client, handle.db)),
      dedupProbe('6a', 'text', 'join', false),
      dedupProbe('6b', 'char(22)', 'join', false),
      dedupProbe('6c', 'char(22)', 'join', true),
      dedupProbe('6d', 'char(22)', 'subquery', true),
    ];
    for (const p of all) await explain(client, p);
  } finally {
    await client.end();
    await handle.close();
    if (!opts.keep && !opts.reuse) await admin.query(`drop schema ${schema} cascade`);
    else console.log(`\nkept schema ${schema} (drop schema ${schema} cascade)`);
    await admin.end();
  }
}

await main();
