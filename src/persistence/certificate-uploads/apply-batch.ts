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
// What the checks need from the database is read in the transaction and after the institution's lock:
// the catalogue codes the batch names, the institution's live scope entries, and the register rows
// holding those of the batch's numbers that may be there — one index probe per number whose serial the
// institution's counter had reached when the job began (the caller says which: `mayBeHeld`). The
// accepted rows then go into the register with COPY on a PostgreSQL server — the bulk load the
// baseline measures — and with one INSERT … SELECT FROM unnest on PGlite; when some were not probed,
// the write runs under a savepoint and the register's unique index is the last word: a conflict undoes
// the write, the rest are probed and the write is made again (decision 0032, third addendum). Decision
// 0032 says why this replaced the staging table of 0031: staging every row cost a quarter of the COPY
// itself, and an INSERT … SELECT into the indexed register runs at about 0.6 × COPY.
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { CompiledQuery, sql, type Kysely, type Transaction } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import type { DB } from '../schema.js';
import type { RefusedRow } from '../../use-cases/certificate-uploads/check-row.js';
import {
  copyValue,
  dayNumber,
  F,
  isoOf,
  LINE_COLUMNS,
  lineFields,
  packedCount,
  type PackedRows,
} from '../../use-cases/certificate-uploads/packed-rows.js';
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

type Refusal = RefusedRow;
type Batch = { uploadId: string; institutionId: string };

const SCOPE_ARTICLE = '（《技能人才评价违纪违规行为处理工作指引（试行）》第十五条）';

/** A checked batch as the worker hands it over: good rows packed, refused rows as they are. */
export interface BatchRows {
  packed: PackedRows;
  refused: readonly RefusedRow[];
}

export async function applyBatch(
  trx: Transaction<DB>,
  p: Batch,
  batch: BatchRows,
  write: RegisterWrite = 'unnest',
  mayBeHeld: (number: string) => boolean = () => true,
): Promise<BatchCounts> {
  // One lock per institution for the batch: two uploads of one institution never race on a number.
  await sql`select pg_advisory_xact_lock(hashtext(${'certificate-upload:' + p.institutionId}))`.execute(trx);
  const rows = batch.packed;
  const refused: Refusal[] = [...batch.refused];
  const refuse = (i: number, column: string, code: string, reason: string) =>
    refused.push({ rowNo: rows.rowNos[i]!, column, code, reason });
  const number = (i: number) => rows.numbers[i]!;
  const occupation = (i: number) => rows.occupations[rows.occupationOf[i]!]!;
  let open = Array.from({ length: packedCount(rows) }, (_, i) => i);

  // 2. The catalogue: the batch's distinct codes, looked up once each.
  const known = new Set(
    (
      await sql<{
        code: string;
      }>`select code from occupations where code = any(${rows.occupations}::text[])`.execute(trx)
    ).rows.map((o) => o.code),
  );
  open = open.filter((i) => {
    if (known.has(occupation(i))) return true;
    refuse(
      i,
      HEADER_OF.occupation,
      'OCCUPATION_UNKNOWN',
      `职业（工种）代码“${occupation(i)}”不在职业分类大典中`,
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
  const scopeOf = new Map<string, { from: number; to: number }[]>();
  for (const s of scopes) {
    const k = `${s.occupation_code}|${s.level}`;
    const v = {
      from: s.valid_from === null ? 0 : dayNumber(s.valid_from),
      to: s.valid_to === null ? 99_999_999 : dayNumber(s.valid_to),
    };
    scopeOf.set(k, [...(scopeOf.get(k) ?? []), v]);
  }
  open = open.filter((i) => {
    const on = rows.issuedOn[i]!;
    const within = (scopeOf.get(`${occupation(i)}|${rows.levels[i]}`) ?? []).some(
      (v) => v.from <= on && on <= v.to,
    );
    if (!within)
      refuse(
        i,
        HEADER_OF.issuedOn,
        'OUT_OF_SCOPE',
        `超出备案范围：发证日期 ${isoOf(on)} 本机构未备案（遴选）职业（工种）${occupation(i)} 等级 ${rows.levels[i]}${SCOPE_ARTICLE}`,
      );
    return within;
  });

  // 4. The number twice in the batch: the rows come in file order, so the first seen is the first row.
  const firstRow = new Map<string, number>();
  open = open.filter((i) => {
    const first = firstRow.get(number(i));
    if (first === undefined) firstRow.set(number(i), rows.rowNos[i]!);
    else refuse(i, HEADER_OF.number, 'DUPLICATE_IN_FILE', `证书编号与文件第 ${first} 行重复`);
    return first === undefined;
  });

  // 5. The register: numbers that may already be there are probed before the write; the others are
  // written straight away, and the unique index of the register says whether one was there after all.
  let alreadyPresent = 0;
  const classify = (indices: readonly number[], held: Map<string, HeldCertificate>): number[] =>
    indices.filter((i) => {
      const c = held.get(number(i));
      if (!c) return true;
      if (c.upload_id === p.uploadId)
        refuse(i, HEADER_OF.number, 'DUPLICATE_IN_FILE', '证书编号与文件中前面的行重复');
      else if (c.institution_id === p.institutionId && samePerson(c, lineFields(rows, i))) alreadyPresent++;
      else
        refuse(
          i,
          HEADER_OF.number,
          'NUMBER_TAKEN',
          '证书编号已登记为另一张证书（持证人、职业、等级或发证日期不同）',
        );
      return false;
    });
  const probed = open.filter((i) => mayBeHeld(number(i)));
  const probedSet = new Set(probed);
  const keptProbed = new Set(classify(probed, await heldOf(trx, rows, probed)));
  let accepted = open.filter((i) => !probedSet.has(i) || keptProbed.has(i));
  const writeAccepted = () =>
    write === 'copy'
      ? copyIntoRegister(trx, rows, accepted)
      : insertIntoRegister(
          trx,
          accepted.map((i) => lineFields(rows, i)),
        );

  if (accepted.length > 0) {
    if (probed.length === open.length) await writeAccepted();
    else {
      // Unprobed numbers were written optimistically: a number the register held after all (another
      // process issued it since the job began, an earlier batch of this file holds it, or a write that
      // did not advance the serial counter) fails the write on the unique index. The write is undone to
      // the savepoint, the rest are probed, and the write is made again with what is left.
      await sql`savepoint register_write`.execute(trx);
      try {
        await writeAccepted();
        await sql`release savepoint register_write`.execute(trx);
      } catch (err) {
        if (!isNumberConflict(err)) throw err;
        await sql`rollback to savepoint register_write`.execute(trx);
        const unprobed = accepted.filter((i) => !probedSet.has(i));
        const kept = new Set(classify(unprobed, await heldOf(trx, rows, unprobed)));
        accepted = accepted.filter((i) => probedSet.has(i) || kept.has(i));
        if (accepted.length > 0) await writeAccepted();
      }
    }
    if (accepted.length > 0) await advanceSerials(trx, accepted.map(number));
  }
  if (refused.length > 0) {
    const col = <T>(f: (x: Refusal) => T) => refused.map(f);
    await sql`insert into certificate_upload_rejections (upload_id, row_no, column_name, code, reason)
      select ${p.uploadId}, * from unnest(${col((x) => x.rowNo)}::int[], ${col((x) => x.column)}::text[],
        ${col((x) => x.code)}::text[], ${col((x) => x.reason)}::text[])`.execute(trx);
  }
  return { accepted: accepted.length, rejected: refused.length, alreadyPresent };
}

interface HeldCertificate {
  number: string;
  upload_id: string | null;
  institution_id: string;
  holder_doc_hmac: string;
  occupation_code: string;
  level: number;
  issued_on: string;
  holder_name: string;
}

/**
 * The register rows holding the given lines' numbers: a probe per number through the unique
 * (number, issue_year) index of its partition. LATERAL … LIMIT 1 keeps it a probe: a plain join let the
 * planner scan the whole register (docs/scale.md, query 6).
 */
async function heldOf(
  trx: Transaction<DB>,
  rows: PackedRows,
  lines: readonly number[],
): Promise<Map<string, HeldCertificate>> {
  if (lines.length === 0) return new Map();
  const found =
    await sql<HeldCertificate>`select c.* from unnest(${lines.map((i) => rows.numbers[i]!)}::text[],
              ${lines.map((i) => rows.issueYears[i]!)}::smallint[]) as k(number, issue_year)
           cross join lateral (
             select c.number, c.upload_id, c.institution_id, c.holder_doc_hmac, c.occupation_code, c.level,
                    c.issued_on, c.holder_name
               from certificates c where c.issue_year = k.issue_year and c.number = k.number::char(22)
              limit 1) c`.execute(trx);
  return new Map(found.rows.map((c) => [c.number, c]));
}

/** A write into the register refused because a number is already there (unique_violation). */
function isNumberConflict(err: unknown): boolean {
  const e = err as { code?: unknown; constraint?: unknown };
  return e.code === '23505' && (typeof e.constraint !== 'string' || e.constraint.includes('number'));
}

/** The register's certificate is the line's: same holder, occupation, level and issue date. */
function samePerson(c: HeldCertificate, f: readonly string[]): boolean {
  return (
    c.holder_doc_hmac === f[F.docHmac] &&
    c.occupation_code === f[F.occupationCode] &&
    c.level === Number(f[F.level]) &&
    c.issued_on === f[F.issuedOn] &&
    c.holder_name === copyValue(f[F.holderName]!)
  );
}

/**
 * An uploaded number is taken: the issuing counter of its prefix (positions 1–16) moves past it, so
 * that certificates issued here later never reuse it (certificate-serials.ts, decision 0031).
 */
async function advanceSerials(trx: Transaction<DB>, numbers: readonly string[]): Promise<void> {
  const last = new Map<string, number>();
  for (const n of numbers) {
    const prefix = n.slice(0, 16);
    last.set(prefix, Math.max(last.get(prefix) ?? 0, Number(n.slice(16))));
  }
  await sql`insert into certificate_serials (prefix, last_serial)
      select * from unnest(${[...last.keys()]}::text[], ${[...last.values()]}::int[])
      on conflict (prefix) do update
        set last_serial = greatest(certificate_serials.last_serial, excluded.last_serial)`.execute(trx);
}

const REGISTER_COLUMNS = LINE_COLUMNS.join(', ');

/** PGlite: one INSERT … SELECT FROM unnest of the accepted lines' fields (queryable_at by default). */
async function insertIntoRegister(trx: Transaction<DB>, rows: readonly (readonly string[])[]): Promise<void> {
  const col = (k: number, unescape = false) => rows.map((f) => (unescape ? copyValue(f[k]!) : f[k]!));
  await sql`insert into certificates (${sql.raw(REGISTER_COLUMNS)})
      select * from unnest(${col(F.id)}::uuid[], ${col(F.issueYear)}::smallint[], ${col(F.number)}::text[],
        ${col(F.issuedOn)}::date[], ${col(F.holderName, true)}::text[], ${col(F.docType)}::text[],
        ${col(F.docEnc)}::text[], ${col(F.docHmac)}::text[], ${col(F.docMasked, true)}::text[],
        ${col(F.occupationCode)}::text[], ${col(F.level)}::smallint[], ${col(F.institutionId)}::uuid[],
        ${col(F.uploadId)}::uuid[])`.execute(trx);
}

// Bytes per write into the COPY stream at most (views of the batch's buffer, no copies).
const COPY_SLICE_BYTES = 64 * 1024;

/**
 * COPY … FROM STDIN into the register on the transaction's own connection. Kysely hands the compiled
 * "sql" to pg's client.query unchanged, and pg runs any object with submit() — a pg-copy-streams
 * stream — as the connection's next query: the COPY is part of this transaction, queued behind its
 * earlier statements like any other. Only on a PostgreSQL server (pg); PGlite's dialect takes text.
 * The accepted lines are written as runs of the packed buffer (packed-rows.ts): most rows of a batch
 * are accepted, so a batch is a few views of it, not a string per row. queryable_at takes the register's
 * default, the time of this transaction.
 */
async function copyIntoRegister(
  trx: Transaction<DB>,
  rows: PackedRows,
  accepted: readonly number[],
): Promise<void> {
  const stream = copyFrom(`copy certificates (${REGISTER_COLUMNS}) from stdin`);
  const done = finished(stream);
  done.catch(() => undefined); // awaited below, after the writes (which throw the same error first)
  await trx.executeQuery({ ...CompiledQuery.raw('copy'), sql: stream as unknown as string });
  const { offsets, bytes } = rows;
  for (let k = 0; k < accepted.length;) {
    // A run of consecutive accepted lines, cut at COPY_SLICE_BYTES.
    const start = offsets[accepted[k]!]!;
    let j = k;
    while (
      j + 1 < accepted.length &&
      accepted[j + 1] === accepted[j]! + 1 &&
      offsets[accepted[j + 1]! + 1]! - start <= COPY_SLICE_BYTES
    )
      j++;
    if (!stream.write(bytes.subarray(start, offsets[accepted[j]! + 1]!))) await once(stream, 'drain');
    k = j + 1;
  }
  stream.end();
  await done;
}
