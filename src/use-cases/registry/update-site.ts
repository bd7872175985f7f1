// Updates a site; the result is checked as a whole (a lease keeps its end date). Optimistic: a stale
// version is a 409.
import { versionConflict } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { findSite, updateSite as updateRow, type SiteValues } from '../../persistence/sites.repository.js';
import {
  allow,
  auditContext,
  expectVersion,
  given,
  requireActor,
  type RegistryContext,
} from './registry-context.js';
import { checkBranch } from './staff-view.js';
import { checkSite, loadSite, normaliseRooms, type SiteView } from './site-view.js';
import type { AddSiteInput } from './add-site.js';

export type UpdateSiteInput = Partial<AddSiteInput> & { version: number };

export async function updateSite(
  ctx: RegistryContext,
  id: string,
  input: UpdateSiteInput,
): Promise<SiteView> {
  const actor = requireActor(ctx);
  const current = await loadSite(ctx.db, actor, id);
  allow(current.abilities.update);
  expectVersion(current.version, input.version);
  const { version: _v, ...fields } = input;
  const patch: Partial<SiteValues> = given(fields);
  if (patch.functionalRooms) patch.functionalRooms = normaliseRooms(patch.functionalRooms);
  // Switching to owned clears the lease term unless the request states it.
  if (patch.tenure === 'owned') {
    patch.leaseStart ??= null;
    patch.leaseEnd ??= null;
  }
  const { abilities, ...before } = current;
  checkSite({ ...before, ...patch });
  await checkBranch(ctx.db, patch.branchId, current.institutionId);

  return ctx.db.transaction().execute(async (trx) => {
    if (!(await updateRow(trx, id, input.version, patch))) throw versionConflict();
    const after = (await findSite(trx, { kind: 'all' }, id))!;
    await writeAudit(trx, auditContext(ctx), {
      entity: 'site',
      entityId: id,
      action: 'update',
      before,
      after,
    });
    return { ...after, abilities };
  });
}
