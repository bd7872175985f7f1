// Scopes (认定范围) as the API shows them, and loading one in the caller's scope.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import { institutionPolicy, type InstitutionAbilities } from '../../policies/institution.policy.js';
import { scopeAbilities, type RecordAbilities } from '../../policies/registry-record.policy.js';
import { findScope, type ScopeRecord } from '../../persistence/scopes.repository.js';
import { notFound } from '../../domain/errors.js';
import { holderAbilities } from './branch-view.js';

export type ScopeView = ScopeRecord & { abilities: RecordAbilities };

export const scopeView = (r: ScopeRecord, inst: InstitutionAbilities): ScopeView => ({
  ...r,
  abilities: scopeAbilities(inst),
});

export async function loadScope(db: Kysely<DB>, caller: Caller, id: string): Promise<ScopeView> {
  const r = await findScope(db, institutionPolicy.scope(caller), id);
  if (!r) throw notFound('认定范围');
  return scopeView(r, await holderAbilities(db, caller, r.institutionId));
}
