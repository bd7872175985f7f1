// The sites a Guizhou applicant may offer for the evaluation (gz-rules §4(5), §5(3), §6(7)): its own
// registered sites, so that the application form offers a choice instead of asking for a site number.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import { listInstitutionSites } from '../../persistence/gz-selection.repository.js';

export interface FormOption {
  id: string;
  label: string;
}

/** The caller's institution's sites (a branch's sites marked); anyone else has none to offer. */
export async function listOwnSites(db: Kysely<DB>, caller: Caller): Promise<FormOption[]> {
  if (caller?.role !== 'institution_staff' || !caller.institutionId) return [];
  const sites = await listInstitutionSites(db, caller.institutionId);
  return sites.map((s) => ({ id: s.id, label: s.branchId ? `${s.name}（分支机构场地）` : s.name }));
}
