// The records of an uploaded CSV, a run at a time, never the whole file. Most certificate files are
// exported by a program: no quotes, one line per record. For those lines a record is the line split at
// its commas — what csv-parse would return, at a fifth of its cost (a million rows: 1 µs a row instead
// of 4–5, on the thread that also encrypts every document number; decision 0032, third addendum). The
// first time anything else appears — a quote, or a carriage return that is not the end of a CRLF line —
// everything from the start of that line on goes through csv-parse, which knows quoted fields, line
// breaks inside them and the malformed cases. Both read the same way: a UTF-8 byte-order mark dropped,
// the line ending (LF or CRLF) taken from the first line, empty lines skipped, rows of any length.
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { CsvError, parse } from 'csv-parse';

/** A CSV the parser cannot read, with the physical line it stopped at (header = 1). */
export class CsvFormatError extends Error {}

const REASONS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: '引号没有闭合',
  INVALID_OPENING_QUOTE: '字段中间出现引号（含引号的字段应整体用引号括起，内部引号写两次）',
  CSV_INVALID_CLOSING_QUOTE: '引号闭合后紧跟了其他字符',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: '引号闭合后紧跟了其他字符',
  CSV_MAX_RECORD_SIZE: '一行过长',
};

function csvFormatError(err: unknown, linesBefore: number): Error {
  if (!(err instanceof CsvError)) return err instanceof Error ? err : new Error(String(err));
  const at = linesBefore + ((err as CsvError & { lines?: number }).lines ?? 1);
  return new CsvFormatError(`CSV 文件第 ${at} 行无法解析：${REASONS[err.code] ?? '格式不正确'}`);
}

/**
 * csv-parse over the rest of the file (text from a line start on), records a run at a time. From the
 * first line, it finds the line ending itself; later, it is given the one the plain lines had.
 */
async function* parsedRecords(
  text: AsyncIterable<string>,
  linesBefore: number,
  ending: string | undefined,
): AsyncGenerator<string[][]> {
  const input = Readable.from(text);
  const parser = input.pipe(
    parse({
      relax_column_count: true,
      skip_empty_lines: true,
      trim: false,
      ...(ending ? { record_delimiter: ending } : {}),
    }),
  );
  // What the parser holds, a run at a time (one turn of the event loop per run, not per record), and
  // every record read before a failure: the batches before a malformed line are committed.
  let failure: unknown;
  let ended = false;
  let wake: (() => void) | undefined;
  parser.on('readable', () => wake?.());
  parser.on('end', () => {
    ended = true;
    wake?.();
  });
  const fail = (err: Error) => {
    failure ??= err;
    wake?.();
  };
  parser.on('error', fail);
  input.on('error', fail); // the stored file could not be read: pipe() does not pass it on
  for (;;) {
    const run: string[][] = [];
    let record: string[] | null;
    while ((record = parser.read() as string[] | null) !== null) run.push(record);
    if (run.length > 0) yield run;
    else if (failure) throw csvFormatError(failure, linesBefore);
    else if (ended) return;
    else await new Promise<void>((r) => (wake = r));
    wake = undefined;
  }
}

// Records per run on the plain path.
const RUN_LINES = 500;

// A first line longer than this with no line ending: not an exported table; csv-parse reads it.
const LONGEST_FIRST_LINE = 1024 * 1024;

/** The line ending of a file from its first one: LF, CRLF, something else, or not yet known. */
function endingOf(text: string): '\n' | '\r\n' | 'other' | undefined {
  const i = text.search(/[\r\n]/);
  if (i === -1) return text.length > LONGEST_FIRST_LINE ? 'other' : undefined;
  if (text[i] === '\n') return '\n';
  if (i + 1 === text.length) return undefined; // a '\r' at the end of a piece: wait for the next
  return text[i + 1] === '\n' ? '\r\n' : 'other';
}

/** The records of a CSV, in short runs. */
export async function* csvRecords(source: AsyncIterable<Buffer | Uint8Array>): AsyncGenerator<string[][]> {
  const decoder = new StringDecoder('utf8');
  const pieces = source[Symbol.asyncIterator]();
  let rest = ''; // the start of a line whose end has not arrived
  let started = false;
  let ending: '\n' | '\r\n' | 'other' | undefined;
  let linesBefore = 0; // lines read on the plain path (what a csv-parse error's line number adds to)

  /** What is left of the file, decoded: the text given, then the pieces not yet read. */
  async function* remainder(first: string): AsyncGenerator<string> {
    if (first !== '') yield first;
    for (let n = await pieces.next(); !n.done; n = await pieces.next())
      yield decoder.write(n.value as Buffer);
    const end = decoder.end();
    if (end !== '') yield end;
  }
  const parsed = (text: string) =>
    parsedRecords(
      remainder(text),
      linesBefore,
      linesBefore === 0 || ending === 'other' ? undefined : (ending as string),
    );

  /** Complete lines (without the last line's '\n') as they read, or undefined when they need csv-parse. */
  function plainLines(block: string): string[] | undefined {
    if (ending === 'other' || block.includes('"')) return undefined;
    const crlf = ending === '\r\n';
    const lines = block.split('\n');
    for (let i = 0; i < lines.length; i++) {
      let line = lines[i]!;
      if (crlf) {
        if (!line.endsWith('\r')) return undefined;
        lines[i] = line = line.slice(0, -1);
      }
      if (line.includes('\r')) return undefined;
    }
    linesBefore += lines.length;
    return lines;
  }

  /** The records of plain lines, a short run at a time: each run dies young on the reader's heap. */
  function* recordsOf(lines: readonly string[]): Generator<string[][]> {
    for (let from = 0; from < lines.length; from += RUN_LINES) {
      const run: string[][] = [];
      for (const line of lines.slice(from, from + RUN_LINES)) if (line !== '') run.push(line.split(','));
      if (run.length > 0) yield run;
    }
  }

  for (;;) {
    const n = await pieces.next();
    let text = n.done ? decoder.end() : decoder.write(n.value as Buffer);
    if (!started && text !== '') {
      started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    text = rest + text;
    ending ??= endingOf(text);
    if (n.done) {
      // The last line, without a line break after it (or a file of one line).
      if (text === '') return;
      ending ??= '\n';
      const last = plainLines(text);
      if (last) yield* recordsOf(last);
      else yield* parsed(text);
      return;
    }
    const end = ending === undefined ? -1 : text.lastIndexOf('\n');
    if (end === -1 && ending !== 'other') {
      rest = text;
      continue;
    }
    const lines = plainLines(text.slice(0, end));
    if (!lines) {
      yield* parsed(text);
      return;
    }
    rest = text.slice(end + 1);
    yield* recordsOf(lines);
  }
}
