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
  return { certificate_upload: certificateUploadHandler({ db: handle.db, personalData }) };
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
