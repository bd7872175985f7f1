// Adds a branch (分支机构) to an institution. Branches of national employers are filed with the
// province they sit in (mohrss-filing 一), so a branch carries its own jurisdiction code.
import { randomUUID } from 'node:crypto';
import { writeAudit } from '../../audit/write-audit.js';
import { findBranch, insertBranch } from '../../persistence/branches.repository.js';
import type { RegistryStatus } from '../../persistence/schema.js';
import { allow, auditContext, requireActor, type RegistryContext } from './registry-context.js';
import { checkJurisdiction, checkUscc } from './validate.js';
import { loadInstitution } from './institution-view.js';
import { branchView, type BranchView } from './branch-view.js';

export interface AddBranchInput {
  name: string;
  uscc?: string | null | undefined;
  address: string;
  jurisdictionCode: string;
  status?: RegistryStatus | undefined;
}

export async function addBranch(
  ctx: RegistryContext,
  institutionId: string,
  input: AddBranchInput,
): Promise<BranchView> {
  const actor = requireActor(ctx);
  const inst = await loadInstitution(ctx.db, actor, institutionId);
  allow(inst.abilities.manageBranches);
  const uscc = input.uscc ? checkUscc(input.uscc, 'body.uscc') : null;
  const jurisdictionCode = await checkJurisdiction(ctx.db, input.jurisdictionCode, 'body.jurisdictionCode');

  const id = randomUUID();
  return ctx.db.transaction().execute(async (trx) => {
    await insertBranch(trx, id, institutionId, {
      name: input.name,
      uscc,
      address: input.address,
      jurisdictionCode,
      status: input.status ?? 'registered',
    });
    const created = (await findBranch(trx, { kind: 'all' }, id))!;
    await writeAudit(trx, auditContext(ctx), {
      entity: 'branch',
      entityId: id,
      action: 'create',
      after: created,
    });
    return branchView(created, inst.abilities);
  });
}
