// Updates a branch. Optimistic: a stale version is a 409.
import { versionConflict } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import {
  findBranch,
  updateBranch as updateRow,
  type BranchValues,
} from '../../persistence/branches.repository.js';
import type { RegistryStatus } from '../../persistence/schema.js';
import {
  allow,
  auditContext,
  expectVersion,
  given,
  requireActor,
  type RegistryContext,
} from './registry-context.js';
import { checkJurisdiction, checkUscc } from './validate.js';
import { loadBranch, type BranchView } from './branch-view.js';

export interface UpdateBranchInput {
  version: number;
  name?: string | undefined;
  uscc?: string | null | undefined;
  address?: string | undefined;
  jurisdictionCode?: string | undefined;
  status?: RegistryStatus | undefined;
}

export async function updateBranch(
  ctx: RegistryContext,
  id: string,
  input: UpdateBranchInput,
): Promise<BranchView> {
  const actor = requireActor(ctx);
  const current = await loadBranch(ctx.db, actor, id);
  allow(current.abilities.update);
  expectVersion(current.version, input.version);
  const { version: _v, ...fields } = input;
  const patch: Partial<BranchValues> = given(fields);
  if (patch.uscc) patch.uscc = checkUscc(patch.uscc, 'body.uscc');
  if (patch.jurisdictionCode !== undefined) {
    patch.jurisdictionCode = await checkJurisdiction(ctx.db, patch.jurisdictionCode, 'body.jurisdictionCode');
  }
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await updateRow(trx, id, input.version, patch))) throw versionConflict();
    const after = (await findBranch(trx, { kind: 'all' }, id))!;
    const { abilities, ...before } = current;
    await writeAudit(trx, auditContext(ctx), {
      entity: 'branch',
      entityId: id,
      action: 'update',
      before,
      after,
    });
    return { ...after, abilities };
  });
}
