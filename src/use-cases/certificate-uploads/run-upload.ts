// The background job of one certificate upload (decisions 0031, 0032): a worker thread reads the stored
// file and checks each row (checked-batches.ts, check-row.ts); this thread commits the batches
// (apply-batch.ts), each in one transaction with the job's progress (job-queue.ts commitStep). While the
// database takes one batch, the worker checks the next: the two cores are used together. A resumed job
// skips the rows its committed batches covered. At the end one audit row records the file hash, the
// counts, who uploaded it and the rules applied — not one row per certificate
// (shared/design/certificates.md).
import type { Transaction } from 'kysely';
import type { Database } from '../../persistence/database.js';
import type { DB } from '../../persistence/schema.js';
import type { PersonalDataProtector } from '../../identity/personal-data.js';
import type { Caller } from '../../policies/actor.js';
import { writeAudit } from '../../audit/write-audit.js';
import { commitStep, finishJob, type ClaimedJob } from '../../jobs/job-queue.js';
import type { JobHandler } from '../../jobs/job-runner.js';
import {
  applyBatch,
  registerWriteOf,
  type BatchCounts,
  type BatchRows,
} from '../../persistence/certificate-uploads/apply-batch.js';
import {
  chunkStream,
  dropChunks,
  issuerPrefixes,
  loadUploadForRun,
  mayBeHeldNow,
  recordProgress,
} from '../../persistence/certificate-uploads/uploads.repository.js';
import { uploadAccuracy, uploadScope } from '../../rules/mohrss-violations/certificate-upload.js';
import { todayInChina } from '../registry/registry-context.js';
import { checkedBatches } from './checked-batches.js';
import { FileFormatError } from './read-rows.js';

export const DEFAULT_BATCH_ROWS = 10_000;

export interface UploadJobOptions {
  db: Database;
  personalData: PersonalDataProtector;
  batchRows?: number;
  /** Tests: runs inside a batch's transaction after its writes — throwing there is a crash mid-batch. */
  duringBatch?: (batchNo: number, trx: Transaction<DB>) => Promise<void> | void;
}

class Cancelled extends Error {}

export const RULES_APPLIED = {
  rules: [uploadScope.id, uploadAccuracy.id],
  numberRule: 'certificate-number (decision 0024)',
};

async function uploaderCaller(db: Database, userId: string | null): Promise<Caller> {
  if (!userId) return null;
  const u = await db
    .selectFrom('users')
    .select(['id', 'username', 'role', 'institution_id', 'authority_id'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!u) return null;
  return {
    userId: u.id,
    username: u.username,
    role: u.role,
    ...(u.institution_id ? { institutionId: u.institution_id } : {}),
    ...(u.authority_id ? { authorityId: u.authority_id } : {}),
  };
}

type Totals = {
  rowsDone: number;
  accepted: number;
  rejected: number;
  alreadyPresent: number;
  batches: number;
};

/** What the job has committed, in the words its failure and the page state. */
export function committedStatement(t: Totals): string {
  if (t.batches === 0) return '尚未提交任何一批：登记册未作任何更改';
  return `已提交至文件第 ${t.rowsDone} 行（共 ${t.batches} 批）：登记 ${t.accepted} 张、拒绝 ${t.rejected} 行、已存在 ${t.alreadyPresent} 行；其后的行未处理`;
}

async function totalsOf(
  db: Database,
  id: string,
): Promise<Totals & { uploadedBy: string | null; sha: string }> {
  const u = await loadUploadForRun(db, id);
  return {
    rowsDone: u.rows_done,
    accepted: u.accepted,
    rejected: u.rejected,
    alreadyPresent: u.already_present,
    batches: u.batches_done,
    uploadedBy: u.uploaded_by,
    sha: u.file_sha256,
  };
}

async function end(
  opts: UploadJobOptions,
  job: ClaimedJob,
  status: 'succeeded' | 'failed' | 'cancelled',
  reason?: string,
): Promise<void> {
  const { db } = opts;
  const t = await totalsOf(db, job.id);
  const caller = await uploaderCaller(db, t.uploadedBy);
  const failure = status === 'failed' ? `${reason ?? '处理失败'}。${committedStatement(t)}` : null;
  await db.transaction().execute(async (trx) => {
    if (!(await finishJob(trx, job, status, failure))) return;
    await dropChunks(trx, job.id);
    await writeAudit(
      trx,
      { caller },
      {
        entity: 'certificate_upload',
        entityId: job.id,
        action: status === 'succeeded' ? 'complete' : status === 'failed' ? 'fail' : 'cancel',
        after: {
          fileSha256: t.sha,
          rowsDone: t.rowsDone,
          accepted: t.accepted,
          rejected: t.rejected,
          alreadyPresent: t.alreadyPresent,
          batches: t.batches,
          rulesApplied: RULES_APPLIED,
          ...(failure ? { failure } : {}),
        },
        citations: [uploadScope.citation],
      },
    );
  });
}

export function certificateUploadHandler(opts: UploadJobOptions): JobHandler {
  const { db } = opts;
  const batchRows = opts.batchRows ?? DEFAULT_BATCH_ROWS;
  return {
    async run(job) {
      const up = await loadUploadForRun(db, job.id);
      const write = await registerWriteOf(db);
      const ctx = {
        issuerPrefixes: await issuerPrefixes(db, up.institution_id),
        today: todayInChina(),
      };
      const mayBeHeld = await mayBeHeldNow(db, ctx.issuerPrefixes);
      let bytesRead = 0;
      const source = chunkStream(db, job.id, (n) => (bytesRead += n));
      let batchNo = up.batches_done;
      const commit = async (rows: BatchRows, lastRow: number, bytesDone: number): Promise<void> => {
        const no = ++batchNo;
        const r = await commitStep(db, job, async (trx) => {
          const counts: BatchCounts = await applyBatch(
            trx,
            { uploadId: job.id, institutionId: up.institution_id },
            rows,
            write,
            mayBeHeld,
          );
          await opts.duringBatch?.(no, trx);
          await recordProgress(trx, job.id, { rowsDone: lastRow, bytesDone, ...counts });
        });
        if (r.cancelled) throw new Cancelled();
      };
      let pending: Promise<void> | undefined;
      try {
        const batches = checkedBatches(source, {
          institutionId: up.institution_id,
          uploadId: job.id,
          format: up.file_format,
          skipThrough: up.rows_done,
          issuerPrefixes: ctx.issuerPrefixes,
          today: ctx.today,
          batchRows,
          personalData: opts.personalData,
        });
        // The worker checks the next batch while the database takes this one.
        for await (const b of batches) {
          if (pending) await pending;
          const p = commit(b, b.lastRow, Math.min(bytesRead, up.file_size));
          p.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
          pending = p;
        }
        if (pending) await pending;
      } catch (err) {
        source.destroy();
        if (pending) await pending.catch(() => undefined);
        if (err instanceof Cancelled) return end(opts, job, 'cancelled');
        if (err instanceof FileFormatError) return end(opts, job, 'failed', err.message);
        throw err;
      }
      await end(opts, job, 'succeeded');
    },
    async fail(job, error) {
      const detail = error instanceof Error ? error.message.slice(0, 200) : '未知错误';
      await end(opts, job, 'failed', `处理失败（已重试 ${job.attempts} 次）：${detail}`);
    },
  };
}
