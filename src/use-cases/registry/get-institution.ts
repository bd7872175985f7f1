// One institution in the caller's scope (404 otherwise), with its counts and abilities.
import { requireActor, type RegistryContext } from './registry-context.js';
import { institutionDetail, loadInstitution, type InstitutionDetail } from './institution-view.js';

export async function getInstitution(ctx: RegistryContext, id: string): Promise<InstitutionDetail> {
  const actor = requireActor(ctx);
  const inst = await loadInstitution(ctx.db, actor, id);
  return institutionDetail(ctx.db, actor, inst);
}
