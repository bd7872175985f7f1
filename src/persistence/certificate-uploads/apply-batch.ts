// One batch of an upload, set-based (shared/design/certificates.md): the rows checked in JS go into an
// unindexed temporary staging table in one statement, every check that needs the register runs as one
// UPDATE … FROM over the whole batch, and the accepted and the rejected rows move with one
// INSERT … SELECT each. Runs inside the job step's transaction (job-queue.ts commitStep), so the batch,
// its rejected rows and the job's progress commit together or not at all.
//
// The checks, in order; a row keeps the first reason it fails:
//   1. the JS checks (check-row.ts), already on the row;
//   2. occupation code in the catalogue (mohrss-violations §15: wrong data);
//   3. occupation × level within a live filing (selection) of the institution on the issue date, both
//      ends of the entry's validity included (§15: 超范围上传证书数据);
//   4. the number twice in the batch (the later row is refused, naming the first);
//   5. the number already in the register (the insert skips it, ON CONFLICT DO NOTHING): the same
//      certificate (holder, occupation, level, date, institution) counts as already present — a file
//      uploaded twice creates nothing new; a row of an earlier batch of this same upload is a duplicate
//      within the file; anything else is a conflict.
import { finished } from 'node:stream/promises';
import { CompiledQuery, sql, type Kysely, type Transaction } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import type { DB } from '../schema.js';
import type { StagedRow } from '../../use-cases/certificate-uploads/check-row.js';
import { HEADER_OF } from '../../use-cases/certificate-uploads/columns.js';

export interface BatchCounts {
  accepted: number;
  rejected: number;
  alreadyPresent: number;
}

const STAGING = sql.raw('certificate_upload_staging');
const STAGING_COLUMNS = `row_no, number, issue_year, issued_on, holder_name, doc_type, doc_enc, doc_hmac,
  doc_masked, occupation_code, level, err_column, err_code, err_reason`;

/** How the checked rows reach the staging table: COPY on a PostgreSQL server, unnest arrays on PGlite. */
export type StagingMode = 'copy' | 'unnest';

/** COPY where the connection is a PostgreSQL server's (pg), unnest on the embedded PGlite. */
export async function stagingModeOf(db: Kysely<DB>): Promise<StagingMode> {
  const v = await sql<{ v: string }>`select version() as v`.execute(db);
  return /PGlite|emscripten/i.test(v.rows[0]?.v ?? '') ? 'unnest' : 'copy';
}

async function ensureStaging(trx: Transaction<DB>): Promise<void> {
  // Temporary, unlogged by nature and without indexes: filled and emptied within the transaction.
  await sql`create temporary table if not exists ${STAGING} (
      row_no integer not null, number text, issue_year smallint, issued_on date, holder_name text,
      doc_type text, doc_enc text, doc_hmac text, doc_masked text, occupation_code text, level smallint,
      err_column text, err_code text, err_reason text, outcome text
    ) on commit delete rows`.execute(trx);
}

export async function applyBatch(
  trx: Transaction<DB>,
  p: { uploadId: string; institutionId: string; queryableAt: Date },
  rows: readonly StagedRow[],
  mode: StagingMode = 'unnest',
): Promise<BatchCounts> {
  await ensureStaging(trx);
  // One lock per institution for the batch: two uploads of one institution never race on a number.
  await sql`select pg_advisory_xact_lock(hashtext(${'certificate-upload:' + p.institutionId}))`.execute(trx);
  if (mode === 'copy') await copyIntoStaging(trx, rows);
  else await unnestIntoStaging(trx, rows);

  await sql`update ${STAGING} s
       set err_column = ${HEADER_OF.occupation}, err_code = 'OCCUPATION_UNKNOWN',
           err_reason = '职业（工种）代码“' || s.occupation_code || '”不在职业分类大典中'
     where s.err_code is null
       and not exists (select 1 from occupations o where o.code = s.occupation_code)`.execute(trx);

  await sql`update ${STAGING} s
       set err_column = ${HEADER_OF.issuedOn}, err_code = 'OUT_OF_SCOPE',
           err_reason = '超出备案范围：发证日期 ' || to_char(s.issued_on, 'YYYY-MM-DD') || ' 本机构未备案（遴选）职业（工种）'
             || s.occupation_code || ' 等级 ' || s.level || '（《技能人才评价违纪违规行为处理工作指引（试行）》第十五条）'
     where s.err_code is null
       and not exists (
         select 1 from directory_entry_scopes ds
           join directory_entries e on e.id = ds.entry_id
          where e.institution_id = ${p.institutionId} and e.withdrawn_at is null
            and ds.occupation_code = s.occupation_code and ds.level = s.level
            and (e.valid_from is null or e.valid_from <= s.issued_on)
            and (e.valid_to is null or s.issued_on <= e.valid_to))`.execute(trx);

  // Only a number written at least twice in the batch among the rows still without a reason can be a
  // duplicate: found here in one pass, so that a batch without any skips the statement.
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const r of rows) {
    if (r.error || r.number === null) continue;
    if (seen.has(r.number)) twice.add(r.number);
    else seen.add(r.number);
  }
  if (twice.size > 0)
    await sql`update ${STAGING} s
         set err_column = ${HEADER_OF.number}, err_code = 'DUPLICATE_IN_FILE',
             err_reason = '证书编号与文件第 ' || d.first_row || ' 行重复'
        from (select row_no, min(row_no) over (partition by number) as first_row
                from ${STAGING} where err_code is null and number = any(${[...twice]}::text[])) d
       where s.row_no = d.row_no and d.first_row <> d.row_no`.execute(trx);

  // Into the register, skipping the numbers it already holds: the unique (number, issue_year) index
  // answers that during the insert itself, instead of a probe per staged row beforehand. The rows it
  // skipped are marked 'taken' (rarely any: an upload again, a conflict).
  await sql`with inserted as (
        insert into certificates (id, issue_year, number, issued_on, institution_id, upload_id,
          holder_name, holder_doc_type, holder_doc_enc, holder_doc_hmac, holder_doc_masked, occupation_code,
          level, queryable_at)
        select gen_random_uuid(), issue_year, number, issued_on, ${p.institutionId}, ${p.uploadId}, holder_name,
          doc_type, doc_enc, doc_hmac, doc_masked, occupation_code, level, ${p.queryableAt}
          from ${STAGING} where err_code is null
        on conflict (number, issue_year) do nothing
        returning number, issue_year)
      update ${STAGING} s set outcome = 'taken'
       where s.err_code is null
         and not exists (select 1 from inserted i where i.number = s.number::char(22) and i.issue_year = s.issue_year)`.execute(
    trx,
  );
  // What the skipped rows met, read in a statement of its own (so it sees a row another transaction
  // committed meanwhile): a correlated probe per skipped row, not a join — the register's number is
  // char(22) and the staging column text, and a join let the planner scan the whole register
  // (docs/scale.md, query 6). The same certificate is already present; a row of an earlier batch of
  // this upload is a duplicate within the file; anything else is a conflict.
  await sql`update ${STAGING} s
       set outcome = coalesce((select case
             when c.upload_id = ${p.uploadId} then 'earlier_in_file'
             when c.institution_id = ${p.institutionId} and c.holder_doc_hmac = s.doc_hmac
              and c.occupation_code = s.occupation_code and c.level = s.level and c.issued_on = s.issued_on
              and c.holder_name = s.holder_name then 'present'
             else 'conflict' end
           from certificates c
          where c.issue_year = s.issue_year and c.number = s.number::char(22)), 'conflict')
     where s.outcome = 'taken'`.execute(trx);
  await sql`update ${STAGING}
       set err_column = ${HEADER_OF.number},
           err_code = case outcome when 'earlier_in_file' then 'DUPLICATE_IN_FILE' else 'NUMBER_TAKEN' end,
           err_reason = case outcome when 'earlier_in_file' then '证书编号与文件中前面的行重复'
                        else '证书编号已登记为另一张证书（持证人、职业、等级或发证日期不同）' end
     where outcome in ('earlier_in_file', 'conflict')`.execute(trx);

  // An uploaded number is taken: the issuing counter of its prefix (positions 1–16) moves past it, so
  // that certificates issued here later never reuse it (certificate-serials.ts, decision 0031).
  await sql`insert into certificate_serials (prefix, last_serial)
      select substr(number, 1, 16), max(substr(number, 17, 6)::int) from ${STAGING}
       where err_code is null and outcome is null group by 1
      on conflict (prefix) do update
        set last_serial = greatest(certificate_serials.last_serial, excluded.last_serial)`.execute(trx);
  const rejected =
    await sql`insert into certificate_upload_rejections (upload_id, row_no, column_name, code, reason)
      select ${p.uploadId}, row_no, err_column, err_code, err_reason from ${STAGING} where err_code is not null`.execute(
      trx,
    );
  const counts = await sql<{ accepted: number; present: number }>`select
        count(*) filter (where outcome is null)::int as accepted,
        count(*) filter (where outcome = 'present')::int as present
      from ${STAGING} where err_code is null`.execute(trx);
  // No delete: the staging table empties itself at commit (on commit delete rows).
  return {
    accepted: counts.rows[0]?.accepted ?? 0,
    rejected: Number(rejected.numAffectedRows ?? 0),
    alreadyPresent: counts.rows[0]?.present ?? 0,
  };
}

async function unnestIntoStaging(trx: Transaction<DB>, rows: readonly StagedRow[]): Promise<void> {
  const col = <T>(f: (r: StagedRow) => T) => rows.map(f);
  await sql`insert into ${STAGING} (${sql.raw(STAGING_COLUMNS)})
      select * from unnest(
        ${col((r) => r.rowNo)}::int[], ${col((r) => r.number)}::text[],
        ${col((r) => (r.issuedOn ? Number(r.issuedOn.slice(0, 4)) : null))}::smallint[],
        ${col((r) => r.issuedOn)}::date[], ${col((r) => r.holderName)}::text[], ${col((r) => r.docType)}::text[],
        ${col((r) => r.docEnc)}::text[], ${col((r) => r.docHmac)}::text[], ${col((r) => r.docMasked)}::text[],
        ${col((r) => r.occupationCode)}::text[], ${col((r) => r.level)}::smallint[],
        ${col((r) => r.error?.column ?? null)}::text[], ${col((r) => r.error?.code ?? null)}::text[],
        ${col((r) => r.error?.reason ?? null)}::text[])`.execute(trx);
}

// COPY text format: backslash, tab, newline and carriage return escaped; \N is NULL.
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const copyField = (v: string | number | null): string =>
  v === null ? '\\N' : typeof v === 'number' ? String(v) : v.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]!);

/** The batch's rows as COPY text, in STAGING_COLUMNS order. */
export function stagingCopyText(rows: readonly StagedRow[]): string {
  let out = '';
  for (const r of rows) {
    out +=
      [
        r.rowNo,
        r.number,
        r.issuedOn ? Number(r.issuedOn.slice(0, 4)) : null,
        r.issuedOn,
        r.holderName,
        r.docType,
        r.docEnc,
        r.docHmac,
        r.docMasked,
        r.occupationCode,
        r.level,
        r.error?.column ?? null,
        r.error?.code ?? null,
        r.error?.reason ?? null,
      ]
        .map(copyField)
        .join('\t') + '\n';
  }
  return out;
}

/**
 * COPY … FROM STDIN into the staging table on the transaction's own connection. Kysely hands the
 * compiled "sql" to pg's client.query unchanged, and pg runs any object with submit() — a
 * pg-copy-streams stream — as the connection's next query: the COPY is part of this transaction and
 * queued behind its earlier statements like any other. Only on a PostgreSQL server (pg); PGlite's
 * dialect takes text only (unnestIntoStaging).
 */
async function copyIntoStaging(trx: Transaction<DB>, rows: readonly StagedRow[]): Promise<void> {
  const stream = copyFrom(`copy certificate_upload_staging (${STAGING_COLUMNS}) from stdin`);
  const done = finished(stream);
  await trx.executeQuery({ ...CompiledQuery.raw('copy'), sql: stream as unknown as string });
  stream.end(stagingCopyText(rows));
  await done;
}
