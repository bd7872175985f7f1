// Creates an expert pool (专家库) owned by an authority: an authority's staff for their own authority,
// or an administrator for any.
import { randomUUID } from 'node:crypto';
import { writeAudit } from '../../audit/write-audit.js';
import { expertPoolPolicy } from '../../policies/expert-pool.policy.js';
import { findExpertPool, insertExpertPool } from '../../persistence/experts.repository.js';
import { findAuthority } from '../../persistence/authorities.repository.js';
import { allow, auditContext, requireActor, type RegistryContext } from './registry-context.js';
import { invalidField } from './validate.js';
import { expertPoolView, type ExpertPoolView } from './expert-pool-view.js';

export interface CreateExpertPoolInput {
  /** The owning authority; defaults to the caller's own. */
  authorityId?: string | undefined;
  name: string;
  description?: string | null | undefined;
}

export async function createExpertPool(
  ctx: RegistryContext,
  input: CreateExpertPoolInput,
): Promise<ExpertPoolView> {
  const actor = requireActor(ctx);
  const authorityId = input.authorityId ?? actor.authorityId;
  if (!authorityId) {
    allow(actor.role === 'sysadmin', '专家库由监管部门建立');
    throw invalidField('AUTHORITY_REQUIRED', 'body.authorityId', '须指定专家库所属的监管部门');
  }
  allow(expertPoolPolicy.canCreate(actor, authorityId), '只能为本部门建立专家库');
  if (!(await findAuthority(ctx.db, { kind: 'all' }, authorityId))) {
    throw invalidField('UNKNOWN_AUTHORITY', 'body.authorityId', '监管部门不存在');
  }

  const id = randomUUID();
  return ctx.db.transaction().execute(async (trx) => {
    await insertExpertPool(trx, id, {
      authorityId,
      name: input.name,
      description: input.description ?? null,
    });
    const created = (await findExpertPool(trx, { kind: 'all' }, id))!;
    await writeAudit(trx, auditContext(ctx), {
      entity: 'expert_pool',
      entityId: id,
      action: 'create',
      after: created,
    });
    return expertPoolView(actor, created);
  });
}
