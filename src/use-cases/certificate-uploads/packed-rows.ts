// How a checked batch crosses from the upload's worker thread to the job's thread (decision 0032): the
// rows that passed the JS checks as register COPY lines in one UTF-8 buffer (every column but
// queryable_at, which the register's default sets when the batch's transaction runs), and beside it, in
// typed arrays and a few short lists, only what the job's checks read (number, issue year, occupation,
// level, issue date). The buffers are transferred, not copied, and the job writes runs of accepted lines
// to COPY as views of the buffer: the job's thread neither copies nor encodes the batch, and its heap
// holds a few small objects per batch, not the lines — as one string per batch (two bytes a character,
// the names being Chinese) they filled the job's old generation between its major collections and took
// the peak RSS of a million-row upload past 300 MB (issue 11 point 6, decision 0032's third addendum).
// The refused rows, few, travel as objects.

/** The register columns of a packed line, in order. */
export const LINE_COLUMNS = [
  'id',
  'issue_year',
  'number',
  'issued_on',
  'holder_name',
  'holder_doc_type',
  'holder_doc_enc',
  'holder_doc_hmac',
  'holder_doc_masked',
  'occupation_code',
  'level',
  'institution_id',
  'upload_id',
] as const;

/** Field positions in a packed line. */
export const F = {
  id: 0,
  issueYear: 1,
  number: 2,
  issuedOn: 3,
  holderName: 4,
  docType: 5,
  docEnc: 6,
  docHmac: 7,
  docMasked: 8,
  occupationCode: 9,
  level: 10,
  institutionId: 11,
  uploadId: 12,
} as const;

// COPY text format: backslash, tab, newline and carriage return escaped.
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const SPECIAL = /[\\\t\n\r]/;
export const copyField = (v: string): string =>
  SPECIAL.test(v) ? v.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]!) : v;

/** A field of a packed line back as the value it stands for. */
export const copyValue = (v: string): string =>
  v.includes('\\') ? v.replace(/\\(.)/g, (_, c: string) => ({ t: '\t', n: '\n', r: '\r' })[c] ?? c) : v;

export interface PackedRows {
  /** The good rows' COPY lines in UTF-8, each ending in '\n' (empty when none). */
  bytes: Uint8Array;
  /** The byte where each line starts in bytes; one more entry than lines (the end of the last). */
  offsets: Int32Array;
  /** The file row of each line. */
  rowNos: Int32Array;
  numbers: string[];
  issueYears: Int16Array;
  levels: Uint8Array;
  /** Issue dates as YYYYMMDD numbers. */
  issuedOn: Int32Array;
  /** The occupation codes of the batch, once each, and each line's index into them. */
  occupations: string[];
  occupationOf: Uint16Array;
}

export const packedCount = (p: PackedRows): number => p.rowNos.length;

/** 20250630 → '2025-06-30'. */
export function isoOf(yyyymmdd: number): string {
  const s = String(yyyymmdd);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

/** '2025-06-30' → 20250630. */
export const dayNumber = (iso: string): number =>
  Number(iso.slice(0, 4)) * 10_000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));

const decoder = new TextDecoder();

/** Line i's fields (for the few lines the job must read whole, and PGlite's insert). */
export function lineFields(p: PackedRows, i: number): string[] {
  return decoder.decode(p.bytes.subarray(p.offsets[i]!, p.offsets[i + 1]! - 1)).split('\t');
}

/** The transferable buffers of a packed batch (postMessage moves them instead of copying). */
export function transferables(p: PackedRows): ArrayBuffer[] {
  return [p.bytes, p.offsets, p.rowNos, p.issueYears, p.levels, p.issuedOn, p.occupationOf].map(
    (a) => a.buffer as ArrayBuffer,
  );
}
