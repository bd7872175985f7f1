// Loads the registry facts of a Guizhou selection (staff by role, assessors per occupation, the site
// offered) — inside the transition's transaction under the case lock, so the guard judges the
// registry as it is at the instant of the decision. Without a site named, the institution's only own
// site (not a branch's) is the one offered.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import {
  countStaffByRole,
  findInstitutionSite,
  findSelectionInstitution,
  listActiveAssessors,
  listInstitutionSites,
} from '../../persistence/gz-selection.repository.js';
import type { RegistryFacts } from '../../workflows/gz-selection/registry-facts.js';

export async function loadRegistryFacts(
  db: Kysely<DB>,
  institutionId: string,
  siteId: string | null | undefined,
): Promise<RegistryFacts> {
  const institution = await findSelectionInstitution(db, institutionId);
  if (!institution) throw new Error(`gz-selection: institution ${institutionId} not found`);
  const counts = await countStaffByRole(db, institutionId);
  const assessors = await listActiveAssessors(db, institutionId);
  const sites = await listInstitutionSites(db, institutionId);
  const own = sites.filter((s) => s.branchId === null);
  const chosen = siteId ?? (own.length === 1 ? own[0]!.id : null);
  const site = chosen ? ((await findInstitutionSite(db, institutionId, chosen)) ?? null) : null;
  return { institution, ...counts, assessors, site, siteCount: sites.length };
}
