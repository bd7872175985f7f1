// Experts as the API shows them (masked document number; the policy's pool facts stay inside), and
// loading one in the caller's scope; the checks shared by creating and updating an expert.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import { expertPolicy, type ExpertAbilities } from '../../policies/expert.policy.js';
import { findExpert, type ExpertRecord } from '../../persistence/experts.repository.js';
import { notFound } from '../../domain/errors.js';

export type ExpertView = Omit<ExpertRecord, 'poolAuthorityIds' | 'inNationalPool'> & {
  abilities: ExpertAbilities;
};

export function expertView(caller: Caller, r: ExpertRecord): ExpertView {
  const { poolAuthorityIds: _p, inNationalPool: _n, ...shown } = r;
  return { ...shown, abilities: expertPolicy.abilities(caller, r) };
}

export async function loadExpert(db: Kysely<DB>, caller: Caller, id: string): Promise<ExpertView> {
  const r = await findExpert(db, expertPolicy.scope(caller), id);
  if (!r) throw notFound('专家');
  return expertView(caller, r);
}

/** The record as audited: what the API shows, without the caller-specific abilities. */
export const auditedExpert = (v: ExpertView | ExpertRecord) => {
  const {
    abilities: _a,
    poolAuthorityIds: _p,
    inNationalPool: _n,
    ...rest
  } = v as ExpertView & Partial<Pick<ExpertRecord, 'poolAuthorityIds' | 'inNationalPool'>>;
  return rest;
};
