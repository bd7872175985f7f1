// Lists the branches of an institution in the caller's scope (404 for an institution outside it).
import { institutionPolicy } from '../../policies/institution.policy.js';
import { listBranches as query } from '../../persistence/branches.repository.js';
import type { Page, PageRequest } from '../../persistence/paging.js';
import type { RegistryStatus } from '../../persistence/schema.js';
import { requireActor, type RegistryContext } from './registry-context.js';
import { loadInstitution } from './institution-view.js';
import { branchView, type BranchView } from './branch-view.js';

export async function listBranches(
  ctx: RegistryContext,
  institutionId: string,
  filters: { q?: string | undefined; status?: RegistryStatus | undefined },
  page: PageRequest,
): Promise<Page<BranchView>> {
  const actor = requireActor(ctx);
  const inst = await loadInstitution(ctx.db, actor, institutionId);
  const r = await query(ctx.db, institutionPolicy.scope(actor), institutionId, filters, page);
  return { items: r.items.map((b) => branchView(b, inst.abilities)), total: r.total, ...page };
}
