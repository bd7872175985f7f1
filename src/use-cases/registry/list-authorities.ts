// The supervising authorities the caller works with (authority.policy.ts), scoped in the query.
import { authorityPolicy, type AuthorityAbilities } from '../../policies/authority.policy.js';
import { listAuthorities as query, type AuthorityRecord } from '../../persistence/authorities.repository.js';
import type { AuthorityKind } from '../../persistence/schema.js';
import type { Page, PageRequest } from '../../persistence/paging.js';
import { requireActor, type RegistryContext } from './registry-context.js';

export type AuthorityView = AuthorityRecord & { abilities: AuthorityAbilities };

export async function listAuthorities(
  ctx: RegistryContext,
  filters: {
    q?: string | undefined;
    kind?: AuthorityKind | undefined;
    jurisdictionCode?: string | undefined;
  },
  page: PageRequest,
): Promise<Page<AuthorityView>> {
  const actor = requireActor(ctx);
  const r = await query(ctx.db, authorityPolicy.scope(actor), filters, page);
  return {
    items: r.items.map((a) => ({ ...a, abilities: authorityPolicy.abilities(actor, a) })),
    total: r.total,
    ...page,
  };
}
