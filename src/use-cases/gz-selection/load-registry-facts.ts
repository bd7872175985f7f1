// Loads the registry facts of a Guizhou selection (staff by role, assessors per occupation, the site
// offered) — inside the transition's transaction under the case lock, so the guard judges the
// registry as it is at the instant of the decision. Without a site named, the institution's only own
// site (not a branch's) is the one offered. For a social organisation also what mohrss-filing 二(四)
// and 二(六) judge (docs/decisions/0015): the other Guizhou social organisations holding each
// occupation (counted as the social-organisation filing counts them) and the occupation's standards.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import {
  countStaffByRole,
  findInstitutionSite,
  findSelectionInstitution,
  listActiveAssessors,
  listInstitutionSites,
  listOccupationStandards,
} from '../../persistence/gz-selection.repository.js';
import type { RegistryFacts } from '../../workflows/gz-selection/registry-facts.js';
import { otherHolders } from '../social-org-filing/load-facts.js';

/** 贵州省: the jurisdiction of the deciding provincial department (gz-rules §2). */
export const GUIZHOU_PROVINCE = '520000';

export async function loadRegistryFacts(
  db: Kysely<DB>,
  institutionId: string,
  siteId: string | null | undefined,
  occupations: readonly string[] = [],
  today?: string,
): Promise<RegistryFacts> {
  const institution = await findSelectionInstitution(db, institutionId);
  if (!institution) throw new Error(`gz-selection: institution ${institutionId} not found`);
  const counts = await countStaffByRole(db, institutionId);
  const assessors = await listActiveAssessors(db, institutionId);
  const sites = await listInstitutionSites(db, institutionId);
  const own = sites.filter((s) => s.branchId === null);
  const chosen = siteId ?? (own.length === 1 ? own[0]!.id : null);
  const site = chosen ? ((await findInstitutionSite(db, institutionId, chosen)) ?? null) : null;
  const facts: RegistryFacts = { institution, ...counts, assessors, site, siteCount: sites.length };
  if (institution.kind === 'social_org' && today !== undefined && occupations.length > 0)
    facts.national = {
      jurisdictionCode: GUIZHOU_PROVINCE,
      otherHolders: await otherHolders(db, {
        institutionId,
        prefix: GUIZHOU_PROVINCE.slice(0, 2),
        codes: [...new Set(occupations)],
        today,
      }),
      standards: await listOccupationStandards(db, occupations),
    };
  return facts;
}
