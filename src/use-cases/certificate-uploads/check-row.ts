// What only JavaScript can check of one row, on the stream (shared/design/certificates.md): the
// number's form and its agreement with the row (year, level, the institution's own issuer prefix), the
// document number's checksum, the name's form, the level and the date. The document numbers of a batch
// are then encrypted, hashed and masked together (protectDocuments, the protector's protectMany); the
// plain number is kept only until then. All of this runs in a worker thread (upload-worker.ts). What
// needs the database (catalogue, scope on the issue date, duplicates) is checked per batch against
// what three queries read (apply-batch.ts).
// A refused row carries the column and the reason in Chinese (mohrss-violations §15: wrong data).
import { randomUUID } from 'node:crypto';
import { parseCertificateNumber } from '../../domain/certificate-number.js';
import { DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES, parseDocumentNumber } from '../../domain/document-number.js';
import { toHalfWidth } from '../../domain/half-width.js';
import type { ProtectedNumber } from '../../identity/personal-data.js';
import { HEADER_OF, type UploadColumnKey } from './columns.js';
import { copyField, dayNumber, type PackedRows } from './packed-rows.js';

const encoder = new TextEncoder();

export interface StagedRow {
  rowNo: number;
  number: string | null;
  issuedOn: string | null;
  holderName: string | null;
  docType: string | null;
  /** The checked document number in plain text, until protectDocuments replaces it by the three below. */
  docNumber: string | null;
  docEnc: string | null;
  docHmac: string | null;
  docMasked: string | null;
  occupationCode: string | null;
  level: number | null;
  /** Set when the row is refused here. */
  error: { column: string; code: string; reason: string } | null;
}

/** A row refused by the checks, as the rejected-rows report records it. */
export interface RefusedRow {
  rowNo: number;
  column: string;
  code: string;
  reason: string;
}

export interface RowCheckContext {
  /** Positions 1–13 of the numbers this institution may use (its issuer codes, decision 0024). */
  issuerPrefixes: ReadonlySet<string>;
  /** Today (China), for dates in the future. */
  today: string;
}

const DOC_TYPE_BY_NAME = new Map<string, string>([
  ...DOCUMENT_TYPES.map((t) => [t, t] as [string, string]),
  ...DOCUMENT_TYPES.map((t) => [DOCUMENT_TYPE_LABELS[t].zh, t] as [string, string]),
]);
const LEVEL_WORDS: Record<string, number> = { 一级: 1, 二级: 2, 三级: 3, 四级: 4, 五级: 5 };
const NAME = /^[\p{L}\p{M}·•.\- ]{1,50}$/u;
const OCCUPATION = /^\d-\d{2}-\d{2}-\d{2}(-\d{2})?$/;

/** A refused row: what was read up to the failing column, and the reason. */
function fail(
  rowNo: number,
  key: UploadColumnKey,
  code: string,
  reason: string,
  read: { number?: string; holderName?: string } = {},
): StagedRow {
  return {
    rowNo,
    number: read.number ?? null,
    issuedOn: null,
    holderName: read.holderName ?? null,
    docType: null,
    docNumber: null,
    docEnc: null,
    docHmac: null,
    docMasked: null,
    occupationCode: null,
    level: null,
    error: { column: HEADER_OF[key], code, reason },
  };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The common form (2025-06-30) checked by arithmetic: no Date per row of a million-row upload. */
function isoDate(cell: string): string | null | undefined {
  const m = ISO_DATE.exec(cell);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return null;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const last = mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1]!;
  return d <= last ? cell : null;
}

/** A date cell as YYYY-MM-DD: 2025-06-30, 2025/6/30, 2025年6月30日, or an Excel date. */
export function readDate(cell: string): string | null {
  const fast = isoDate(cell);
  if (fast !== undefined) return fast;
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(cell.trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso;
}

export function checkRow(
  rowNo: number,
  cells: Record<UploadColumnKey, string>,
  ctx: RowCheckContext,
): StagedRow {
  const numberCell = cells.number.trim();
  if (numberCell === '')
    return fail(rowNo, 'number', 'NUMBER_MISSING', '证书编号为空：上报的是已颁发的证书，须填写证书上的编号');
  const parsed = parseCertificateNumber(numberCell);
  if (!parsed.ok) return fail(rowNo, 'number', parsed.code, parsed.message_zh);
  const n = parsed.value;
  const read: { number: string; holderName?: string } = { number: n.number };

  const name = toHalfWidth(cells.name).trim().replace(/\s+/g, ' ');
  if (!NAME.test(name))
    return fail(rowNo, 'name', 'NAME_FORM', '姓名应为 1–50 个文字（可含间隔号·），不含数字和符号', read);
  read.holderName = name;

  const docType = DOC_TYPE_BY_NAME.get(cells.docType.trim());
  if (!docType)
    return fail(rowNo, 'docType', 'DOC_TYPE_UNKNOWN', `证件类型“${cells.docType.trim()}”不受支持`, read);
  const doc = parseDocumentNumber(docType, cells.docNumber, { asOf: ctx.today });
  if (!doc.ok) return fail(rowNo, 'docNumber', doc.code, doc.message_zh, read);

  const occupation = toHalfWidth(cells.occupation).replace(/\s+/g, '');
  if (!OCCUPATION.test(occupation))
    return fail(
      rowNo,
      'occupation',
      'OCCUPATION_FORM',
      `职业（工种）代码“${occupation}”格式不正确（如 4-10-01-02）`,
      read,
    );

  const levelCell = toHalfWidth(cells.level).trim();
  const level = LEVEL_WORDS[levelCell] ?? (/^[1-5]$/.test(levelCell) ? Number(levelCell) : null);
  if (level === null) return fail(rowNo, 'level', 'LEVEL_RANGE', `等级“${levelCell}”应为 1–5`, read);

  const issuedOn = readDate(toHalfWidth(cells.issuedOn));
  if (!issuedOn)
    return fail(
      rowNo,
      'issuedOn',
      'DATE_FORM',
      `发证日期“${cells.issuedOn.trim()}”不是有效日期（如 2025-06-30）`,
      read,
    );
  if (issuedOn > ctx.today)
    return fail(rowNo, 'issuedOn', 'DATE_FUTURE', `发证日期 ${issuedOn} 晚于今天`, read);

  if (n.year !== Number(issuedOn.slice(0, 4)))
    return fail(
      rowNo,
      'number',
      'NUMBER_YEAR',
      `证书编号第 14–15 位年份（${n.year}）与发证日期 ${issuedOn} 不一致`,
      read,
    );
  if (n.level !== level)
    return fail(
      rowNo,
      'number',
      'NUMBER_LEVEL',
      `证书编号第 16 位等级（${n.level}）与等级列（${level}）不一致`,
      read,
    );
  if (!ctx.issuerPrefixes.has(n.number.slice(0, 13)))
    return fail(
      rowNo,
      'number',
      'NUMBER_NOT_OURS',
      `证书编号第 1–13 位“${n.number.slice(0, 13)}”不是本机构（站点）的证书编号代码`,
      read,
    );

  return {
    rowNo,
    number: n.number,
    issuedOn,
    holderName: name,
    docType,
    docNumber: doc.value.number,
    docEnc: null,
    docHmac: null,
    docMasked: null,
    occupationCode: occupation,
    level,
    error: null,
  };
}

/** Encrypts, hashes and masks the document numbers of a batch of checked rows, in one protectMany. */
export function protectDocuments(
  rows: StagedRow[],
  protectMany: (numbers: readonly string[]) => ProtectedNumber[],
): void {
  const withDoc = rows.filter((r) => r.docNumber !== null);
  const protectedDocs = protectMany(withDoc.map((r) => r.docNumber!));
  withDoc.forEach((r, i) => {
    const p = protectedDocs[i]!;
    r.docEnc = p.enc;
    r.docHmac = p.hmac;
    r.docMasked = p.masked;
    r.docNumber = null;
  });
}

/**
 * A protected batch for the job's thread (packed-rows.ts), built a group of checked rows at a time: the
 * good rows as COPY lines of the register, each with a fresh id, encoded into the batch's buffer as
 * each group arrives, what the job's checks read of them in typed arrays, and the refused rows with
 * their reasons. The groups' row objects and line strings die young; what the batch keeps lives in
 * buffers outside the worker's heap (decision 0032, third addendum: with ten thousand checked rows held
 * until the batch was packed, a third of the worker's time went to its garbage collector).
 */
export class PackedBatchBuilder {
  private bytes: Uint8Array;
  private used = 0;
  private readonly offsets: Int32Array;
  private readonly rowNos: Int32Array;
  private readonly issueYears: Int16Array;
  private readonly levels: Uint8Array;
  private readonly issuedOn: Int32Array;
  private readonly occupationOf: Uint16Array;
  private readonly occupations: string[] = [];
  private readonly occupationIndex = new Map<string, number>();
  private readonly numbers: string[] = [];
  private readonly refused: RefusedRow[] = [];
  private readonly tail: string;
  private good = 0;
  /** Rows added, refused ones included. */
  rows = 0;

  constructor(capacity: number, ids: { institutionId: string; uploadId: string }) {
    // About 340 bytes a line (an id, the ciphertext and the hash are most of it).
    this.bytes = new Uint8Array(Math.max(4096, capacity * 400));
    this.offsets = new Int32Array(capacity + 1);
    this.rowNos = new Int32Array(capacity);
    this.issueYears = new Int16Array(capacity);
    this.levels = new Uint8Array(capacity);
    this.issuedOn = new Int32Array(capacity);
    this.occupationOf = new Uint16Array(capacity);
    this.tail = `\t${ids.institutionId}\t${ids.uploadId}\n`;
  }

  /** Adds checked rows whose document numbers are protected (protectDocuments). */
  add(rows: readonly StagedRow[]): void {
    let text = '';
    let bytes = this.used;
    for (const r of rows) {
      this.rows++;
      if (r.error) {
        this.refused.push({ rowNo: r.rowNo, ...r.error });
        continue;
      }
      const i = this.good++;
      const line = `${randomUUID()}\t${r.issuedOn!.slice(0, 4)}\t${r.number}\t${r.issuedOn}\t${copyField(r.holderName!)}\t${r.docType}\t${r.docEnc}\t${r.docHmac}\t${copyField(r.docMasked!)}\t${r.occupationCode}\t${r.level}${this.tail}`;
      this.offsets[i] = bytes;
      bytes += Buffer.byteLength(line);
      text += line;
      this.rowNos[i] = r.rowNo;
      this.numbers.push(r.number!);
      this.issueYears[i] = Number(r.issuedOn!.slice(0, 4));
      this.levels[i] = r.level!;
      this.issuedOn[i] = dayNumber(r.issuedOn!);
      let o = this.occupationIndex.get(r.occupationCode!);
      if (o === undefined) {
        o = this.occupations.push(r.occupationCode!) - 1;
        this.occupationIndex.set(r.occupationCode!, o);
      }
      this.occupationOf[i] = o;
    }
    if (bytes > this.bytes.length) {
      const bigger = new Uint8Array(Math.max(this.bytes.length * 2, bytes));
      bigger.set(this.bytes.subarray(0, this.used));
      this.bytes = bigger;
    }
    this.used += encoder.encodeInto(text, this.bytes.subarray(this.used)).written;
  }

  /** The batch: views of exactly what was added (their buffers are what transfers). */
  finish(): { packed: PackedRows; refused: RefusedRow[] } {
    const n = this.good;
    this.offsets[n] = this.used;
    return {
      packed: {
        bytes: this.bytes.subarray(0, this.used),
        offsets: this.offsets.subarray(0, n + 1),
        rowNos: this.rowNos.subarray(0, n),
        numbers: this.numbers,
        issueYears: this.issueYears.subarray(0, n),
        levels: this.levels.subarray(0, n),
        issuedOn: this.issuedOn.subarray(0, n),
        occupations: this.occupations,
        occupationOf: this.occupationOf.subarray(0, n),
      },
      refused: this.refused,
    };
  }
}
