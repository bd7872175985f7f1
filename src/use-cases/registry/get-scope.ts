// One scope in the caller's scope (404 otherwise).
import { requireActor, type RegistryContext } from './registry-context.js';
import { loadScope, type ScopeView } from './scope-view.js';

export async function getScope(ctx: RegistryContext, id: string): Promise<ScopeView> {
  return loadScope(ctx.db, requireActor(ctx), id);
}
