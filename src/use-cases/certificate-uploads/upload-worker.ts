// The upload's worker thread (decision 0032): reads the file as the job's thread hands it over, piece
// by piece, checks every row (check-row.ts), protects the document numbers of each batch in one
// protectManyWith, and posts the batch. It runs at most one batch ahead of the batch the job has
// taken, so the memory of a million-row file stays that of a few batches. A batch crosses packed
// (packed-rows.ts).
import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { protectManyWith } from '../../identity/personal-data.js';
import { checkRow, packBatch, protectDocuments, type StagedRow } from './check-row.js';
import { transferables } from './packed-rows.js';
import { FileFormatError, readUploadRows } from './read-rows.js';
import type { ToJob, ToWorker, WorkerInput } from './checked-batches.js';

const input = workerData as WorkerInput;
const port = parentPort!;
const send = (m: ToJob) => port.postMessage(m);
const AHEAD = 1;

let unacked = 0;
let acked: (() => void) | undefined;
const source = new Readable({ read: () => send({ type: 'bytes' }) });
port.on('message', (m: ToWorker) => {
  if (m.type === 'bytes') source.push(m.chunk ? Buffer.from(m.chunk) : null);
  else {
    unacked--;
    acked?.();
  }
});

async function post(rows: StagedRow[], lastRow: number): Promise<void> {
  protectDocuments(rows, (numbers) => protectManyWith(input.key, numbers));
  const { packed, refused } = packBatch(rows, input);
  port.postMessage({ type: 'batch', packed, refused, lastRow } satisfies ToJob, transferables(packed));
  unacked++;
  while (unacked >= AHEAD) await new Promise<void>((r) => (acked = r));
}

try {
  const ctx = { issuerPrefixes: new Set(input.issuerPrefixes), today: input.today };
  let batch: StagedRow[] = [];
  let lastRow = input.skipThrough;
  for await (const run of readUploadRows(source, input.format, input.skipThrough)) {
    for (const row of run) {
      batch.push(checkRow(row.rowNo, row.cells, ctx));
      lastRow = row.rowNo;
      if (batch.length >= input.batchRows) {
        await post(batch, lastRow);
        batch = [];
      }
    }
  }
  if (batch.length > 0) await post(batch, lastRow);
  send({ type: 'end' });
} catch (err) {
  send({
    type: 'error',
    fileFormat: err instanceof FileFormatError,
    message: err instanceof Error ? err.message : String(err),
  });
}
