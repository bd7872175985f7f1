// One expert pool in the caller's scope (404 otherwise).
import { requireActor, type RegistryContext } from './registry-context.js';
import { loadExpertPool, type ExpertPoolView } from './expert-pool-view.js';

export async function getExpertPool(ctx: RegistryContext, id: string): Promise<ExpertPoolView> {
  return loadExpertPool(ctx.db, requireActor(ctx), id);
}
