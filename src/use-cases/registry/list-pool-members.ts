// The experts in a pool the caller may see (404 for a pool outside the caller's scope).
import { expertPolicy } from '../../policies/expert.policy.js';
import { listPoolMembers as query } from '../../persistence/experts.repository.js';
import type { Page, PageRequest } from '../../persistence/paging.js';
import { requireActor, type RegistryContext } from './registry-context.js';
import { loadExpertPool } from './expert-pool-view.js';
import { expertView, type ExpertView } from './expert-view.js';

export type PoolMemberView = ExpertView & { addedAt: string };

export async function listPoolMembers(
  ctx: RegistryContext,
  poolId: string,
  page: PageRequest,
): Promise<Page<PoolMemberView>> {
  const actor = requireActor(ctx);
  await loadExpertPool(ctx.db, actor, poolId);
  const r = await query(ctx.db, expertPolicy.scope(actor), poolId, page);
  return {
    items: r.items.map((m) => ({ ...expertView(actor, m.expert), addedAt: m.addedAt })),
    total: r.total,
    ...page,
  };
}
