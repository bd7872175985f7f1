// The signed revocation status list of one issuer code and year (issue 12 point 3, decision 0033): the
// bits of its certificates that no longer stand, signed now, valid for a day. Made on request and kept
// ten seconds in the process, so a revocation reaches the published list within ten seconds; a verifier
// who relies on a copy offline sees it at its next refresh (validUntil says when at the latest).
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import { issuerOfList, revokedNumbersOfList } from '../../persistence/certificate-verification.repository.js';
import {
  signStatusList,
  STATUS_LIST_BITS,
  statusIndexOf,
  type StatusListDocument,
} from '../../verification/status-list.js';
import type { PublishedKeys } from './published-keys.js';

const CACHE_MS = 10_000;
/** How long an offline verifier may rely on a list before it must refresh it. */
export const STATUS_LIST_VALIDITY_MS = 24 * 60 * 60 * 1000;
/** How long a browser or proxy may keep it (the HTTP cache, shorter than the validity). */
export const STATUS_LIST_MAX_AGE_SECONDS = 300;

export interface StatusLists {
  /** The list, or null when no issuer holds that code (a random id answers the same). */
  get(statusListId: string): Promise<StatusListDocument | null>;
}

export function createStatusLists(db: Kysely<DB>, keys: PublishedKeys): StatusLists {
  const cache = new Map<string, { at: number; doc: StatusListDocument | null }>();
  return {
    async get(id) {
      const hit = cache.get(id);
      if (hit && Date.now() - hit.at < CACHE_MS) return hit.doc;
      const issuer = await issuerOfList(db, id);
      let doc: StatusListDocument | null = null;
      if (issuer) {
        await keys.publish();
        const revoked = (await revokedNumbersOfList(db, id)).map(statusIndexOf);
        const validFrom = new Date();
        doc = signStatusList(
          {
            statusListId: id,
            issuer,
            revoked,
            bits: STATUS_LIST_BITS,
            validFrom,
            validUntil: new Date(validFrom.getTime() + STATUS_LIST_VALIDITY_MS),
          },
          keys.signingKey,
        );
      }
      if (cache.size > 10_000) cache.clear();
      cache.set(id, { at: Date.now(), doc });
      return doc;
    },
  };
}
