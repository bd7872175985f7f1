// The upload's worker thread (decision 0032): reads the file as the job's thread hands it over, piece
// by piece, checks every row (check-row.ts), protects the document numbers a group of rows at a time in
// one protectManyWith, packs each group into the batch, and posts the batch. It runs at most one batch
// ahead of the batch the job has taken, so the memory of a million-row file stays that of a few
// batches. A batch crosses packed (packed-rows.ts).
import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { protectManyWith } from '../../identity/personal-data.js';
import { checkRow, PackedBatchBuilder, protectDocuments, type StagedRow } from './check-row.js';
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

// Rows are checked, protected and packed this many at a time, so that they die young (check-row.ts).
const GROUP_ROWS = 500;

const newBatch = () => new PackedBatchBuilder(input.batchRows, input);

async function post(batch: PackedBatchBuilder, lastRow: number): Promise<void> {
  const { packed, refused } = batch.finish();
  port.postMessage({ type: 'batch', packed, refused, lastRow } satisfies ToJob, transferables(packed));
  unacked++;
  while (unacked >= AHEAD) await new Promise<void>((r) => (acked = r));
}

try {
  const ctx = { issuerPrefixes: new Set(input.issuerPrefixes), today: input.today };
  let batch = newBatch();
  let group: StagedRow[] = [];
  const addGroup = () => {
    protectDocuments(group, (numbers) => protectManyWith(input.key, numbers));
    batch.add(group);
    group = [];
  };
  let lastRow = input.skipThrough;
  for await (const run of readUploadRows(source, input.format, input.skipThrough)) {
    for (const row of run) {
      group.push(checkRow(row.rowNo, row.cells, ctx));
      lastRow = row.rowNo;
      if (batch.rows + group.length >= input.batchRows) {
        addGroup();
        await post(batch, lastRow);
        batch = newBatch();
      } else if (group.length === GROUP_ROWS) addGroup();
    }
  }
  if (group.length > 0) addGroup();
  if (batch.rows > 0) await post(batch, lastRow);
  send({ type: 'end' });
} catch (err) {
  send({
    type: 'error',
    fileFormat: err instanceof FileFormatError,
    message: err instanceof Error ? err.message : String(err),
  });
}
