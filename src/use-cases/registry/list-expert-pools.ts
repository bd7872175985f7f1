// Lists the expert pools the caller may use: the own authority's and the national ones.
import { expertPoolPolicy } from '../../policies/expert-pool.policy.js';
import { listExpertPools as query } from '../../persistence/experts.repository.js';
import type { Page, PageRequest } from '../../persistence/paging.js';
import { allow, requireActor, type RegistryContext } from './registry-context.js';
import { expertPoolView, type ExpertPoolView } from './expert-pool-view.js';

export async function listExpertPools(
  ctx: RegistryContext,
  filters: { q?: string | undefined; authorityId?: string | undefined },
  page: PageRequest,
): Promise<Page<ExpertPoolView>> {
  const actor = requireActor(ctx);
  allow(expertPoolPolicy.canList(actor), '当前账号无权查看专家库');
  const r = await query(ctx.db, expertPoolPolicy.scope(actor), filters, page);
  return { items: r.items.map((p) => expertPoolView(actor, p)), total: r.total, ...page };
}
