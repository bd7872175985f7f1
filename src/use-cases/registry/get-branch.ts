// One branch in the caller's scope (404 otherwise).
import { requireActor, type RegistryContext } from './registry-context.js';
import { loadBranch, type BranchView } from './branch-view.js';

export async function getBranch(ctx: RegistryContext, id: string): Promise<BranchView> {
  return loadBranch(ctx.db, requireActor(ctx), id);
}
