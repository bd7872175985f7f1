// Sites as the API shows them, loading one in the caller's scope, and the consistency checks shared
// by adding and updating a site (a lease has its term; dates in order; full CCTV includes the exam rooms).
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import { institutionPolicy, type InstitutionAbilities } from '../../policies/institution.policy.js';
import { siteAbilities, type RecordAbilities } from '../../policies/registry-record.policy.js';
import { findSite, type SiteRecord, type SiteValues } from '../../persistence/sites.repository.js';
import { notFound } from '../../domain/errors.js';
import { checkDateOrder, invalidField } from './validate.js';
import { holderAbilities } from './branch-view.js';

export type SiteView = SiteRecord & { abilities: RecordAbilities };

export const siteView = (r: SiteRecord, inst: InstitutionAbilities): SiteView => ({
  ...r,
  abilities: siteAbilities(inst),
});

export async function loadSite(db: Kysely<DB>, caller: Caller, id: string): Promise<SiteView> {
  const r = await findSite(db, institutionPolicy.scope(caller), id);
  if (!r) throw notFound('场地');
  return siteView(r, await holderAbilities(db, caller, r.institutionId));
}

/** Room names trimmed, empty ones dropped, each once, in the order given. */
export const normaliseRooms = (rooms: string[]): string[] => [
  ...new Set(rooms.map((r) => r.trim()).filter(Boolean)),
];

/** Checks the site as it will be stored (for an update: the current record with the patch applied). */
export function checkSite(s: SiteValues): void {
  if (s.tenure === 'leased' && (!s.leaseStart || !s.leaseEnd)) {
    // gz-rules §6(7) accepts a leased site only with a lease term of at least 3 years: the term must be known.
    throw invalidField(
      'LEASE_TERM_REQUIRED',
      s.leaseStart ? 'body.leaseEnd' : 'body.leaseStart',
      '租赁场地须填写租赁起止日期',
    );
  }
  if (s.tenure === 'owned' && (s.leaseStart || s.leaseEnd)) {
    throw invalidField('LEASE_DATES_FOR_OWNED_SITE', 'body.tenure', '自有场地不填写租赁起止日期');
  }
  checkDateOrder(s.leaseStart, s.leaseEnd, 'body.leaseStart', '租赁期');
  if (s.cctvFullCoverage && !s.cctvExamRooms) {
    throw invalidField('INCONSISTENT_CCTV', 'body.cctvExamRooms', '视频监控全覆盖时考场也应有视频监控');
  }
}
