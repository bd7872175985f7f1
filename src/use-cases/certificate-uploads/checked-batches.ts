// The rows of an upload, checked and protected, a batch at a time — from a worker thread
// (upload-worker.ts), so that parsing, the row checks and the encryption of a batch run beside this
// thread, which only moves the stored pieces to the worker and drives the database (decision 0032).
import type { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import {
  bulkProtectionKey,
  type BulkProtectionKey,
  type PersonalDataProtector,
} from '../../identity/personal-data.js';
import type { RefusedRow } from './check-row.js';
import type { PackedRows } from './packed-rows.js';
import { FileFormatError } from './read-rows.js';

export interface WorkerInput {
  institutionId: string;
  uploadId: string;
  format: 'csv' | 'xlsx';
  skipThrough: number;
  issuerPrefixes: string[];
  today: string;
  batchRows: number;
  key: BulkProtectionKey;
}
export type ToWorker = { type: 'bytes'; chunk: Uint8Array | null } | { type: 'ack' };
export type ToJob =
  | { type: 'bytes' }
  | { type: 'batch'; packed: PackedRows; refused: RefusedRow[]; lastRow: number }
  | { type: 'end' }
  | { type: 'error'; fileFormat: boolean; message: string };

export interface CheckedBatch {
  packed: PackedRows;
  refused: RefusedRow[];
  /** The file row the batch ends with (header = 1). */
  lastRow: number;
}

export async function* checkedBatches(
  source: Readable,
  opts: Omit<WorkerInput, 'key' | 'issuerPrefixes'> & {
    issuerPrefixes: ReadonlySet<string>;
    personalData: PersonalDataProtector;
  },
): AsyncGenerator<CheckedBatch> {
  const input: WorkerInput = {
    institutionId: opts.institutionId,
    uploadId: opts.uploadId,
    format: opts.format,
    skipThrough: opts.skipThrough,
    issuerPrefixes: [...opts.issuerPrefixes],
    today: opts.today,
    batchRows: opts.batchRows,
    key: bulkProtectionKey(opts.personalData),
  };
  const worker = new Worker(new URL('./upload-worker-boot.mjs', import.meta.url), {
    workerData: input,
    // Reading a CSV, a few batches live at a time; a heap that may grow far beyond them only delays
    // the collector (issue 11 point 6: peak RSS growth under 300 MB at a million rows, this thread
    // included). The young generation is 16 MB, not less: a batch's rows and their checks are young
    // garbage, and at 8 MB the collector took a quarter of the worker's time. Not for XLSX: exceljs
    // keeps the workbook's shared strings (decision 0031).
    ...(opts.format === 'csv'
      ? { resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 } }
      : {}),
  });
  const pieces = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const inbox: ToJob[] = [];
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const fail = (err: Error) => {
    failure ??= err;
    wake?.();
  };
  worker.on('message', (m: ToJob) => {
    if (m.type !== 'bytes') {
      inbox.push(m);
      wake?.();
      return;
    }
    // The worker asks for the next stored piece; it asks again only once this one has arrived.
    pieces.next().then(
      (n) => worker.postMessage({ type: 'bytes', chunk: n.done ? null : n.value } satisfies ToWorker),
      (err: unknown) => fail(err instanceof Error ? err : new Error(String(err))),
    );
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`upload worker stopped (exit code ${code})`)));
  try {
    for (;;) {
      while (inbox.length === 0 && !failure) await new Promise<void>((r) => (wake = r));
      const m = inbox.shift();
      if (!m) throw failure!;
      if (m.type === 'end') return;
      if (m.type === 'error') throw m.fileFormat ? new FileFormatError(m.message) : new Error(m.message);
      if (m.type === 'batch') {
        yield { packed: m.packed, refused: m.refused, lastRow: m.lastRow };
        worker.postMessage({ type: 'ack' } satisfies ToWorker);
      }
    }
  } finally {
    worker.removeAllListeners('exit');
    await worker.terminate();
  }
}
