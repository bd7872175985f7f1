// Runs queued background jobs inside the server process (decision 0030): polls background_jobs,
// claims one job at a time (job-queue.ts claimJob: FOR UPDATE SKIP LOCKED, so any number of server
// processes on one PostgreSQL share the queue safely), and hands it to the handler of its kind. A job
// that throws is retried by the next claim until its attempts are used up; then the handler states in
// its failure what was committed, and the job is marked failed.
import { sql } from 'kysely';
import type { Database } from '../persistence/database.js';
import {
  claimJob,
  LeaseLostError,
  newWorkerId,
  releaseOrphanedLeases,
  type ClaimedJob,
  type JobKind,
} from './job-queue.js';

export interface JobHandler {
  /** Runs (or resumes) the job to its end; the handler ends it with finishJob. */
  run(job: ClaimedJob): Promise<void>;
  /** Marks the job failed after its last attempt, stating what was committed. */
  fail(job: ClaimedJob, error: unknown): Promise<void>;
}

export interface JobRunner {
  readonly workerId: string;
  /** Look for work now (after a job was queued) instead of at the next poll. */
  kick(): void;
  /** Runs until no job is ready (tests, the demo loader). */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

interface Log {
  warn(obj: unknown, msg?: string): void;
  error(obj: unknown, msg?: string): void;
}

export function startJobRunner(
  db: Database,
  handlers: Record<JobKind, JobHandler>,
  opts: { pollMs?: number; log?: Log; embedded?: boolean; autoStart?: boolean; workerId?: string } = {},
): JobRunner {
  const workerId = opts.workerId ?? newWorkerId();
  const pollMs = opts.pollMs ?? 1000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let busy: Promise<void> | undefined;
  let ready: Promise<void> = opts.embedded ? releaseOrphanedLeases(db) : Promise.resolve();

  const runOne = async (): Promise<boolean> => {
    const job = await claimJob(db, workerId);
    if (!job) return false;
    const handler = handlers[job.kind];
    try {
      await handler.run(job);
    } catch (err) {
      if (err instanceof LeaseLostError) {
        opts.log?.warn({ jobId: job.id }, 'background job taken over by another process');
        return true;
      }
      opts.log?.error({ err, jobId: job.id, attempt: job.attempts }, 'background job failed');
      if (job.attempts >= job.maxAttempts) await handler.fail(job, err).catch(() => undefined);
      else
        // Let the next claim retry it now rather than after the lease.
        await sql`update background_jobs set locked_until = now() - interval '1 second'
                   where id = ${job.id} and locked_by = ${workerId} and status = 'running'`.execute(db);
    }
    return true;
  };

  const loop = async (): Promise<void> => {
    await ready;
    while (!stopped && (await runOne().catch(() => false))) {
      /* keep going while there is work */
    }
  };

  const tick = (): void => {
    if (stopped || busy) return;
    busy = loop().finally(() => {
      busy = undefined;
      if (!stopped) timer = setTimeout(tick, pollMs);
    });
  };

  if (opts.autoStart !== false) timer = setTimeout(tick, 0);

  return {
    workerId,
    kick() {
      if (timer) clearTimeout(timer);
      tick();
    },
    async drain() {
      await ready;
      ready = Promise.resolve();
      if (busy) await busy;
      while (await runOne()) {
        /* until no job is ready */
      }
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (busy) await busy;
    },
  };
}
