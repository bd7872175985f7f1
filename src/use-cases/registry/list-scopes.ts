// Lists the scopes (occupation × level) of an institution in the caller's scope.
import { institutionPolicy } from '../../policies/institution.policy.js';
import { listScopes as query, type ScopeStatus } from '../../persistence/scopes.repository.js';
import type { Page, PageRequest } from '../../persistence/paging.js';
import { requireActor, type RegistryContext } from './registry-context.js';
import { loadInstitution } from './institution-view.js';
import { scopeView, type ScopeView } from './scope-view.js';

export async function listScopes(
  ctx: RegistryContext,
  institutionId: string,
  filters: {
    status?: ScopeStatus | undefined;
    occupationCode?: string | undefined;
    level?: number | undefined;
  },
  page: PageRequest,
): Promise<Page<ScopeView>> {
  const actor = requireActor(ctx);
  const inst = await loadInstitution(ctx.db, actor, institutionId);
  const r = await query(ctx.db, institutionPolicy.scope(actor), institutionId, filters, page);
  return { items: r.items.map((s) => scopeView(s, inst.abilities)), total: r.total, ...page };
}
