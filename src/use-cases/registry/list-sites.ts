// Lists the sites of an institution in the caller's scope (404 for an institution outside it).
import { institutionPolicy } from '../../policies/institution.policy.js';
import { listSites as query, type Tenure } from '../../persistence/sites.repository.js';
import type { Page, PageRequest } from '../../persistence/paging.js';
import { requireActor, type RegistryContext } from './registry-context.js';
import { loadInstitution } from './institution-view.js';
import { siteView, type SiteView } from './site-view.js';

export async function listSites(
  ctx: RegistryContext,
  institutionId: string,
  filters: { q?: string | undefined; tenure?: Tenure | undefined; branchId?: string | undefined },
  page: PageRequest,
): Promise<Page<SiteView>> {
  const actor = requireActor(ctx);
  const inst = await loadInstitution(ctx.db, actor, institutionId);
  const r = await query(ctx.db, institutionPolicy.scope(actor), institutionId, filters, page);
  return { items: r.items.map((s) => siteView(s, inst.abilities)), total: r.total, ...page };
}
