// Renames or describes an expert pool (its owner only). Optimistic: a stale version is a 409.
import { versionConflict } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { findExpertPool, updateExpertPool as updateRow } from '../../persistence/experts.repository.js';
import {
  allow,
  auditContext,
  expectVersion,
  given,
  requireActor,
  type RegistryContext,
} from './registry-context.js';
import { expertPoolView, loadExpertPool, type ExpertPoolView } from './expert-pool-view.js';

export interface UpdateExpertPoolInput {
  version: number;
  name?: string | undefined;
  description?: string | null | undefined;
}

export async function updateExpertPool(
  ctx: RegistryContext,
  id: string,
  input: UpdateExpertPoolInput,
): Promise<ExpertPoolView> {
  const actor = requireActor(ctx);
  const current = await loadExpertPool(ctx.db, actor, id);
  allow(current.abilities.update, '只有专家库所属部门可以修改专家库');
  expectVersion(current.version, input.version);
  const patch = given({ name: input.name, description: input.description });
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await updateRow(trx, id, input.version, patch))) throw versionConflict();
    const after = (await findExpertPool(trx, { kind: 'all' }, id))!;
    const { abilities: _a, ...before } = current;
    await writeAudit(trx, auditContext(ctx), {
      entity: 'expert_pool',
      entityId: id,
      action: 'update',
      before,
      after,
    });
    return expertPoolView(actor, after);
  });
}
