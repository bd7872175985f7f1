// The background-job queue (decision 0030): one table, background_jobs, on either database. A server
// process claims a ready job with SELECT … FOR UPDATE SKIP LOCKED — two processes never claim the same
// job — and holds a lease it renews with every committed step. Each step commits in one transaction
// with the job's progress and re-checks the lease in that transaction (fencing): a process that lost its
// lease (it stalled past the lease and another took the job over) cannot commit a step, so a step is
// applied exactly once. A process killed mid-step leaves nothing of that step (the transaction never
// committed); the job's lease runs out and the next claim resumes after the last committed step.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../persistence/database.js';
import type { DB } from '../persistence/schema.js';

export type JobKind = 'certificate_upload';
export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

/** How long a claim holds without a committed step before another process may take the job over. */
export const LEASE_SECONDS = 30;

export const newWorkerId = (): string => `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export interface ClaimedJob {
  id: string;
  kind: JobKind;
  attempts: number;
  maxAttempts: number;
  workerId: string;
}

/**
 * Job priorities, higher first (migration 0021): what a person started and waits for goes before bulk
 * work the system queued (the demo world's history), first come first served within each.
 */
export const JOB_PRIORITY = { interactive: 0, bulk: -5 } as const;
export type JobPriority = keyof typeof JOB_PRIORITY;

/** Queues a job in the caller's transaction (it runs once that transaction commits). */
export async function enqueueJob(
  trx: Transaction<DB>,
  id: string,
  kind: JobKind,
  priority: JobPriority = 'interactive',
): Promise<void> {
  await trx.insertInto('background_jobs').values({ id, kind, priority: JOB_PRIORITY[priority] }).execute();
}

/** Claims the ready job of highest priority, oldest first: queued, or running under a lease that ran out. */
export async function claimJob(db: Database, workerId: string): Promise<ClaimedJob | undefined> {
  const r = await sql<{ id: string; kind: JobKind; attempts: number; max_attempts: number }>`
    update background_jobs
       set status = 'running', locked_by = ${workerId},
           locked_until = now() + make_interval(secs => ${LEASE_SECONDS}),
           attempts = attempts + 1, started_at = coalesce(started_at, now())
     where id = (select id from background_jobs
                  where status = 'queued' or (status = 'running' and locked_until < now())
                  order by priority desc, created_at
                  for update skip locked
                  limit 1)
    returning id, kind, attempts, max_attempts`.execute(db);
  const row = r.rows[0];
  return row
    ? { id: row.id, kind: row.kind, attempts: row.attempts, maxAttempts: row.max_attempts, workerId }
    : undefined;
}

export class LeaseLostError extends Error {
  constructor(jobId: string) {
    super(`job ${jobId}: lease lost to another process`);
  }
}

export type StepOutcome<T> = { cancelled: true } | { cancelled: false; value: T };

/**
 * Runs one step of a claimed job in one transaction: the job row is locked, the lease checked and
 * renewed, and the step's writes commit together with it — or not at all. A cancel request seen here
 * stops the job before the step.
 */
export async function commitStep<T>(
  db: Database,
  job: ClaimedJob,
  step: (trx: Transaction<DB>) => Promise<T>,
): Promise<StepOutcome<T>> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('background_jobs')
      .select(['status', 'locked_by', 'cancel_requested'])
      .where('id', '=', job.id)
      .forUpdate()
      .executeTakeFirst();
    if (!row || row.status !== 'running' || row.locked_by !== job.workerId) throw new LeaseLostError(job.id);
    if (row.cancel_requested) return { cancelled: true } as const;
    const value = await step(trx);
    await sql`update background_jobs set locked_until = now() + make_interval(secs => ${LEASE_SECONDS})
               where id = ${job.id}`.execute(trx);
    return { cancelled: false, value } as const;
  });
}

/** Ends a claimed job (in the caller's transaction, so with its last writes and audit row). */
export async function finishJob(
  trx: Transaction<DB>,
  job: ClaimedJob,
  status: 'succeeded' | 'failed' | 'cancelled',
  failure: string | null = null,
): Promise<boolean> {
  const r = await trx
    .updateTable('background_jobs')
    .set({ status, failure, locked_by: null, locked_until: null, finished_at: new Date() })
    .where('id', '=', job.id)
    .where('locked_by', '=', job.workerId)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * Asks a job to stop. A queued job is cancelled at once (returns 'cancelled'); a running one stops
 * before its next step ('requested'); an ended one is left as it is ('ended').
 */
export async function requestCancel(
  trx: Transaction<DB>,
  jobId: string,
): Promise<'cancelled' | 'requested' | 'ended'> {
  const row = await trx
    .selectFrom('background_jobs')
    .select(['status'])
    .where('id', '=', jobId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (row.status === 'queued') {
    await trx
      .updateTable('background_jobs')
      .set({ status: 'cancelled', cancel_requested: true, finished_at: new Date() })
      .where('id', '=', jobId)
      .execute();
    return 'cancelled';
  }
  if (row.status === 'running') {
    await trx
      .updateTable('background_jobs')
      .set({ cancel_requested: true })
      .where('id', '=', jobId)
      .execute();
    return 'requested';
  }
  return 'ended';
}

/**
 * The embedded database is opened by one process only: a job still 'running' at start belonged to a
 * process that is gone, and is released at once instead of waiting for its lease to run out.
 */
export async function releaseOrphanedLeases(db: Database): Promise<void> {
  await sql`update background_jobs set locked_until = now() - interval '1 second'
             where status = 'running'`.execute(db);
}
