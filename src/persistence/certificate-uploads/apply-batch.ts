// One batch of an upload (decisions 0031, 0032). Runs inside the job step's transaction (job-queue.ts
// commitStep), so the batch, its rejected rows and the job's progress commit together or not at all.
//
// The checks, in order; a row keeps the first reason it fails:
//   1. the JS checks (check-row.ts), already on the row;
//   2. occupation code in the catalogue (mohrss-violations §15: wrong data);
//   3. occupation × level within a live filing (selection) of the institution on the issue date, both
//      ends of the entry's validity included (§15: 超范围上传证书数据);
//   4. the number twice in the batch (the later row is refused, naming the first);
//   5. the number already in the register: the same certificate (holder, occupation, level, date,
//      institution) counts as already present — a file uploaded twice creates nothing new; a row of an
//      earlier batch of this same upload is a duplicate within the file; anything else is a conflict.
//
// What the checks need from the database is read in three queries per batch, in the transaction and
// after the institution's lock: the catalogue codes the batch names, the institution's live scope
// entries, and the register rows holding the batch's numbers (one index probe per number). The
// accepted rows then go into the register with COPY on a PostgreSQL server — the bulk load the
// baseline measures — and with one INSERT … SELECT FROM unnest on PGlite. Decision 0032 says why this
// replaced the staging table of 0031: staging every row cost a quarter of the COPY itself, and an
// INSERT … SELECT into the indexed register runs at about 0.6 × COPY.
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
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

/** How the accepted rows reach the register: COPY on a PostgreSQL server, unnest arrays on PGlite. */
export type RegisterWrite = 'copy' | 'unnest';

/** COPY where the connection is a PostgreSQL server's (pg); PGlite's dialect takes SQL text only. */
export async function registerWriteOf(db: Kysely<DB>): Promise<RegisterWrite> {
  const v = await sql<{ v: string }>`select version() as v`.execute(db);
  return /PGlite|emscripten/i.test(v.rows[0]?.v ?? '') ? 'unnest' : 'copy';
}

type Refusal = { row: StagedRow; column: string; code: string; reason: string };
type Batch = { uploadId: string; institutionId: string; queryableAt: Date };

const SCOPE_ARTICLE = '（《技能人才评价违纪违规行为处理工作指引（试行）》第十五条）';

export async function applyBatch(
  trx: Transaction<DB>,
  p: Batch,
  rows: readonly StagedRow[],
  write: RegisterWrite = 'unnest',
): Promise<BatchCounts> {
  // One lock per institution for the batch: two uploads of one institution never race on a number.
  await sql`select pg_advisory_xact_lock(hashtext(${'certificate-upload:' + p.institutionId}))`.execute(trx);
  const refused: Refusal[] = [];
  const refuse = (row: StagedRow, column: string, code: string, reason: string) =>
    refused.push({ row, column, code, reason });
  for (const r of rows) if (r.error) refuse(r, r.error.column, r.error.code, r.error.reason);
  let open = rows.filter((r) => !r.error);

  // 2. The catalogue: the batch's distinct codes, looked up once each.
  const codes = [...new Set(open.map((r) => r.occupationCode!))];
  const known = new Set(
    (
      await sql<{ code: string }>`select code from occupations where code = any(${codes}::text[])`.execute(
        trx,
      )
    ).rows.map((o) => o.code),
  );
  open = open.filter((r) => {
    if (known.has(r.occupationCode!)) return true;
    refuse(
      r,
      HEADER_OF.occupation,
      'OCCUPATION_UNKNOWN',
      `职业（工种）代码“${r.occupationCode}”不在职业分类大典中`,
    );
    return false;
  });

  // 3. The scope on the issue date: the institution's live (not withdrawn) entries and what they grant.
  const scopes = (
    await sql<{ occupation_code: string; level: number; valid_from: string | null; valid_to: string | null }>`
      select ds.occupation_code, ds.level, e.valid_from, e.valid_to
        from directory_entry_scopes ds join directory_entries e on e.id = ds.entry_id
       where e.institution_id = ${p.institutionId} and e.withdrawn_at is null`.execute(trx)
  ).rows;
  const scopeOf = new Map<string, { from: string | null; to: string | null }[]>();
  for (const s of scopes) {
    const k = `${s.occupation_code}|${s.level}`;
    scopeOf.set(k, [...(scopeOf.get(k) ?? []), { from: s.valid_from, to: s.valid_to }]);
  }
  open = open.filter((r) => {
    const on = r.issuedOn!;
    const within = (scopeOf.get(`${r.occupationCode}|${r.level}`) ?? []).some(
      (v) => (v.from === null || v.from <= on) && (v.to === null || on <= v.to),
    );
    if (!within)
      refuse(
        r,
        HEADER_OF.issuedOn,
        'OUT_OF_SCOPE',
        `超出备案范围：发证日期 ${on} 本机构未备案（遴选）职业（工种）${r.occupationCode} 等级 ${r.level}${SCOPE_ARTICLE}`,
      );
    return within;
  });

  // 4. The number twice in the batch: the rows come in file order, so the first seen is the first row.
  const firstRow = new Map<string, number>();
  open = open.filter((r) => {
    const first = firstRow.get(r.number!);
    if (first === undefined) firstRow.set(r.number!, r.rowNo);
    else refuse(r, HEADER_OF.number, 'DUPLICATE_IN_FILE', `证书编号与文件第 ${first} 行重复`);
    return first === undefined;
  });

  // 5. The register rows holding these numbers: a probe per number through the unique
  // (number, issue_year) index of its partition. LATERAL … LIMIT 1 keeps it a probe: a plain join let
  // the planner scan the whole register (docs/scale.md, query 6).
  const held = new Map(
    (
      await sql<{
        number: string;
        upload_id: string | null;
        institution_id: string;
        holder_doc_hmac: string;
        occupation_code: string;
        level: number;
        issued_on: string;
        holder_name: string;
      }>`select c.* from unnest(${open.map((r) => r.number)}::text[],
              ${open.map((r) => Number(r.issuedOn!.slice(0, 4)))}::smallint[]) as k(number, issue_year)
           cross join lateral (
             select c.number, c.upload_id, c.institution_id, c.holder_doc_hmac, c.occupation_code, c.level,
                    c.issued_on, c.holder_name
               from certificates c where c.issue_year = k.issue_year and c.number = k.number::char(22)
              limit 1) c`.execute(trx)
    ).rows.map((c) => [c.number, c]),
  );
  let alreadyPresent = 0;
  const accepted = open.filter((r) => {
    const c = held.get(r.number!);
    if (!c) return true;
    if (c.upload_id === p.uploadId)
      refuse(r, HEADER_OF.number, 'DUPLICATE_IN_FILE', '证书编号与文件中前面的行重复');
    else if (
      c.institution_id === p.institutionId &&
      c.holder_doc_hmac === r.docHmac &&
      c.occupation_code === r.occupationCode &&
      c.level === r.level &&
      c.issued_on === r.issuedOn &&
      c.holder_name === r.holderName
    )
      alreadyPresent++;
    else
      refuse(
        r,
        HEADER_OF.number,
        'NUMBER_TAKEN',
        '证书编号已登记为另一张证书（持证人、职业、等级或发证日期不同）',
      );
    return false;
  });

  if (accepted.length > 0) {
    if (write === 'copy') await copyIntoRegister(trx, p, accepted);
    else await insertIntoRegister(trx, p, accepted);
    await advanceSerials(trx, accepted);
  }
  if (refused.length > 0) {
    const col = <T>(f: (x: Refusal) => T) => refused.map(f);
    await sql`insert into certificate_upload_rejections (upload_id, row_no, column_name, code, reason)
      select ${p.uploadId}, * from unnest(${col((x) => x.row.rowNo)}::int[], ${col((x) => x.column)}::text[],
        ${col((x) => x.code)}::text[], ${col((x) => x.reason)}::text[])`.execute(trx);
  }
  return { accepted: accepted.length, rejected: refused.length, alreadyPresent };
}

/**
 * An uploaded number is taken: the issuing counter of its prefix (positions 1–16) moves past it, so
 * that certificates issued here later never reuse it (certificate-serials.ts, decision 0031).
 */
async function advanceSerials(trx: Transaction<DB>, accepted: readonly StagedRow[]): Promise<void> {
  const last = new Map<string, number>();
  for (const r of accepted) {
    const prefix = r.number!.slice(0, 16);
    last.set(prefix, Math.max(last.get(prefix) ?? 0, Number(r.number!.slice(16))));
  }
  await sql`insert into certificate_serials (prefix, last_serial)
      select * from unnest(${[...last.keys()]}::text[], ${[...last.values()]}::int[])
      on conflict (prefix) do update
        set last_serial = greatest(certificate_serials.last_serial, excluded.last_serial)`.execute(trx);
}

const REGISTER_COLUMNS = `id, issue_year, number, issued_on, institution_id, upload_id, holder_name,
  holder_doc_type, holder_doc_enc, holder_doc_hmac, holder_doc_masked, occupation_code, level, queryable_at`;

async function insertIntoRegister(trx: Transaction<DB>, p: Batch, rows: readonly StagedRow[]): Promise<void> {
  const col = <T>(f: (r: StagedRow) => T) => rows.map(f);
  await sql`insert into certificates (${sql.raw(REGISTER_COLUMNS)})
      select gen_random_uuid(), extract(year from k.issued_on), k.number, k.issued_on, ${p.institutionId},
        ${p.uploadId}, k.holder_name, k.doc_type, k.doc_enc, k.doc_hmac, k.doc_masked, k.occupation_code,
        k.level, ${p.queryableAt}
      from unnest(${col((r) => r.number)}::text[], ${col((r) => r.issuedOn)}::date[],
        ${col((r) => r.holderName)}::text[], ${col((r) => r.docType)}::text[], ${col((r) => r.docEnc)}::text[],
        ${col((r) => r.docHmac)}::text[], ${col((r) => r.docMasked)}::text[],
        ${col((r) => r.occupationCode)}::text[], ${col((r) => r.level)}::smallint[])
        as k(number, issued_on, holder_name, doc_type, doc_enc, doc_hmac, doc_masked, occupation_code, level)`.execute(
    trx,
  );
}

// COPY text format: backslash, tab, newline and carriage return escaped.
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const copyField = (v: string): string => v.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]!);

/** Accepted rows as COPY text, in REGISTER_COLUMNS order (every column is set on an accepted row). */
export function registerCopyText(p: Batch, rows: readonly StagedRow[]): string {
  const tail = `\t${p.queryableAt.toISOString()}\n`;
  let out = '';
  for (const r of rows) {
    out +=
      [
        randomUUID(),
        r.issuedOn!.slice(0, 4),
        r.number!,
        r.issuedOn!,
        p.institutionId,
        p.uploadId,
        copyField(r.holderName!),
        r.docType!,
        r.docEnc!,
        r.docHmac!,
        copyField(r.docMasked!),
        r.occupationCode!,
        String(r.level!),
      ].join('\t') + tail;
  }
  return out;
}

// Rows per write into the COPY stream: small strings that die young, instead of one string of the
// whole batch that the collector would only free with the old generation (peak RSS, issue 11 point 6).
const COPY_SLICE = 200;

/**
 * COPY … FROM STDIN into the register on the transaction's own connection. Kysely hands the compiled
 * "sql" to pg's client.query unchanged, and pg runs any object with submit() — a pg-copy-streams
 * stream — as the connection's next query: the COPY is part of this transaction, queued behind its
 * earlier statements like any other. Only on a PostgreSQL server (pg); PGlite's dialect takes text.
 */
async function copyIntoRegister(trx: Transaction<DB>, p: Batch, rows: readonly StagedRow[]): Promise<void> {
  const stream = copyFrom(`copy certificates (${REGISTER_COLUMNS}) from stdin`);
  const done = finished(stream);
  done.catch(() => undefined); // awaited below, after the writes (which throw the same error first)
  await trx.executeQuery({ ...CompiledQuery.raw('copy'), sql: stream as unknown as string });
  for (let i = 0; i < rows.length; i += COPY_SLICE) {
    if (!stream.write(registerCopyText(p, rows.slice(i, i + COPY_SLICE)))) await once(stream, 'drain');
  }
  stream.end();
  await done;
}
