// An institution as the API shows it: the record, the caller's abilities on it, and (for the detail)
// counts of what it holds.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import { institutionPolicy, type InstitutionAbilities } from '../../policies/institution.policy.js';
import {
  countInstitutionHoldings,
  findInstitution,
  type InstitutionCounts,
  type InstitutionRecord,
} from '../../persistence/institutions.repository.js';
import { notFound } from '../../domain/errors.js';

export type InstitutionView = InstitutionRecord & { abilities: InstitutionAbilities };
export type InstitutionDetail = InstitutionView & { counts: InstitutionCounts };

export const institutionAbilities = (
  caller: Caller,
  r: Pick<InstitutionRecord, 'id' | 'jurisdictionCode' | 'authorityId'>,
) =>
  institutionPolicy.abilities(caller, {
    id: r.id,
    jurisdictionCode: r.jurisdictionCode,
    authorityId: r.authorityId,
  });

export const institutionView = (caller: Caller, r: InstitutionRecord): InstitutionView => ({
  ...r,
  abilities: institutionAbilities(caller, r),
});

/** The institution in the caller's scope, or 404 — the first step of everything under /institutions/:id. */
export async function loadInstitution(db: Kysely<DB>, caller: Caller, id: string): Promise<InstitutionView> {
  const r = await findInstitution(db, institutionPolicy.scope(caller), id);
  if (!r) throw notFound('评价机构');
  return institutionView(caller, r);
}

export async function institutionDetail(
  db: Kysely<DB>,
  caller: Caller,
  r: InstitutionRecord,
): Promise<InstitutionDetail> {
  return { ...institutionView(caller, r), counts: await countInstitutionHoldings(db, r.id) };
}
