// One site in the caller's scope (404 otherwise).
import { requireActor, type RegistryContext } from './registry-context.js';
import { loadSite, type SiteView } from './site-view.js';

export async function getSite(ctx: RegistryContext, id: string): Promise<SiteView> {
  return loadSite(ctx.db, requireActor(ctx), id);
}
