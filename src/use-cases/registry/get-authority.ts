// One supervising authority the caller works with (404 otherwise).
import { authorityPolicy } from '../../policies/authority.policy.js';
import { findAuthority } from '../../persistence/authorities.repository.js';
import { notFound } from '../../domain/errors.js';
import { requireActor, type RegistryContext } from './registry-context.js';
import type { AuthorityView } from './list-authorities.js';

export async function getAuthority(ctx: RegistryContext, id: string): Promise<AuthorityView> {
  const actor = requireActor(ctx);
  const a = await findAuthority(ctx.db, authorityPolicy.scope(actor), id);
  if (!a) throw notFound('监管部门');
  return { ...a, abilities: authorityPolicy.abilities(actor, a) };
}
