// Lists the experts in the caller's scope: an authority's own registrations, its pools and the national
// pools; an expert sees only their own record; institutions have no expert list (403).
import { expertPolicy } from '../../policies/expert.policy.js';
import { listExperts as query, type ExpertFilters } from '../../persistence/experts.repository.js';
import type { Page, PageRequest } from '../../persistence/paging.js';
import { allow, requireActor, type RegistryContext } from './registry-context.js';
import { expertView, type ExpertView } from './expert-view.js';

export async function listExperts(
  ctx: RegistryContext,
  filters: ExpertFilters,
  page: PageRequest,
): Promise<Page<ExpertView>> {
  const actor = requireActor(ctx);
  allow(expertPolicy.canList(actor), '当前账号无权查看专家库');
  const r = await query(ctx.db, expertPolicy.scope(actor), filters, page);
  return { items: r.items.map((e) => expertView(actor, e)), total: r.total, ...page };
}
