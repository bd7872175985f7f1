// Expert pools as the API shows them, and loading one in the caller's scope.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import { expertPoolPolicy, type ExpertPoolAbilities } from '../../policies/expert-pool.policy.js';
import { findExpertPool, type ExpertPoolRecord } from '../../persistence/experts.repository.js';
import { notFound } from '../../domain/errors.js';

export type ExpertPoolView = ExpertPoolRecord & { abilities: ExpertPoolAbilities };

export const expertPoolView = (caller: Caller, r: ExpertPoolRecord): ExpertPoolView => ({
  ...r,
  abilities: expertPoolPolicy.abilities(caller, r),
});

export async function loadExpertPool(db: Kysely<DB>, caller: Caller, id: string): Promise<ExpertPoolView> {
  const r = await findExpertPool(db, expertPoolPolicy.scope(caller), id);
  if (!r) throw notFound('专家库');
  return expertPoolView(caller, r);
}
