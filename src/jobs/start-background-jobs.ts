// The server's background jobs: one runner per process over background_jobs (decision 0030), with the
// handler of every kind. Embedded PGlite is one process: leases of a previous run are released at once.
import type { DatabaseHandle } from '../persistence/database.js';
import type { PersonalDataProtector } from '../identity/personal-data.js';
import { certificateUploadHandler } from '../use-cases/certificate-uploads/run-upload.js';
import { startJobRunner, type JobRunner } from './job-runner.js';
import { registerJobKicker } from './kick.js';

type Log = Parameters<typeof startJobRunner>[2] extends infer O
  ? O extends { log?: infer L }
    ? L
    : never
  : never;

export function jobHandlers(handle: DatabaseHandle, personalData: PersonalDataProtector) {
  // PGlite is one connection: a batch holds it for its whole transaction and every request waits behind
  // it, so the embedded database takes small batches (about a second each) and requests get their turn.
  const batchRows = handle.kind === 'pglite' ? 2_000 : 10_000;
  return { certificate_upload: certificateUploadHandler({ db: handle.db, personalData, batchRows }) };
}

export function startBackgroundJobs(
  handle: DatabaseHandle,
  personalData: PersonalDataProtector,
  log?: Log,
): JobRunner {
  const runner = startJobRunner(handle.db, jobHandlers(handle, personalData), {
    embedded: handle.kind === 'pglite',
    ...(log ? { log } : {}),
  });
  registerJobKicker(() => runner.kick());
  return runner;
}
