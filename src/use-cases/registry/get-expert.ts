// One expert in the caller's scope (404 otherwise).
import { requireActor, type RegistryContext } from './registry-context.js';
import { loadExpert, type ExpertView } from './expert-view.js';

export async function getExpert(ctx: RegistryContext, id: string): Promise<ExpertView> {
  return loadExpert(ctx.db, requireActor(ctx), id);
}
