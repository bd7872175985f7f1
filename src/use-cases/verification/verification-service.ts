// What public verification holds for the life of the server: the signing key and the published key
// set, the status lists, the throttles and the lookup log (decisions 0033, 0034). Built once per app.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Config } from '../../config.js';
import { certificateSigningKey } from '../../verification/certificate-signing-key.js';
import { createPublishedKeys, type PublishedKeys } from './published-keys.js';
import { createStatusLists, type StatusLists } from './status-lists.js';
import { createLookupThrottle, type LookupThrottle } from './lookup-throttle.js';
import { createLookupLog, type LookupLog } from './lookup-log.js';

export interface VerificationService {
  /** Where lookups and status lists read: the replica of DATABASE_READ_URL, or the database itself. */
  reads: Kysely<DB>;
  keys: PublishedKeys;
  statusLists: StatusLists;
  throttle: LookupThrottle;
  log: LookupLog;
}

export function createVerificationService(
  db: Kysely<DB>,
  config: Pick<Config, 'certificateSigningKey' | 'verification'>,
  dataKey: string,
  onError?: (err: unknown) => void,
  reads: Kysely<DB> = db,
): VerificationService {
  // Keys are published and read on the primary: a process must see its own key at once.
  const keys = createPublishedKeys(db, certificateSigningKey(dataKey, config.certificateSigningKey));
  return {
    reads,
    keys,
    statusLists: createStatusLists(reads, keys),
    throttle: createLookupThrottle(config.verification),
    log: createLookupLog(db, dataKey, onError ? { onError } : {}),
  };
}
