// A branch as the API shows it, and loading one in the caller's scope.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import { institutionPolicy } from '../../policies/institution.policy.js';
import { branchAbilities, type RecordAbilities } from '../../policies/registry-record.policy.js';
import { findBranch, type BranchRecord } from '../../persistence/branches.repository.js';
import { findInstitutionRef } from '../../persistence/institutions.repository.js';
import { notFound } from '../../domain/errors.js';
import type { InstitutionAbilities } from '../../policies/institution.policy.js';

export type BranchView = BranchRecord & { abilities: RecordAbilities };

export const branchView = (r: BranchRecord, inst: InstitutionAbilities): BranchView => ({
  ...r,
  abilities: branchAbilities(inst),
});

/** The institution abilities of the caller on the institution holding a record already read in scope. */
export async function holderAbilities(
  db: Kysely<DB>,
  caller: Caller,
  institutionId: string,
): Promise<InstitutionAbilities> {
  const ref = await findInstitutionRef(db, institutionId);
  if (!ref) throw notFound('评价机构');
  return institutionPolicy.abilities(caller, ref);
}

export async function loadBranch(db: Kysely<DB>, caller: Caller, id: string): Promise<BranchView> {
  const r = await findBranch(db, institutionPolicy.scope(caller), id);
  if (!r) throw notFound('分支机构');
  return branchView(r, await holderAbilities(db, caller, r.institutionId));
}
