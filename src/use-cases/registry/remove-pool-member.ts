// Takes an expert out of a pool the caller owns (the expert record itself stays).
import { notFound } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { deletePoolMember, touchExpertPool } from '../../persistence/experts.repository.js';
import { allow, auditContext, requireActor, type RegistryContext } from './registry-context.js';
import { loadExpertPool } from './expert-pool-view.js';

export async function removePoolMember(
  ctx: RegistryContext,
  poolId: string,
  expertId: string,
): Promise<void> {
  const actor = requireActor(ctx);
  const pool = await loadExpertPool(ctx.db, actor, poolId);
  allow(pool.abilities.manageMembers, '只有专家库所属部门可以调整成员');
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await deletePoolMember(trx, poolId, expertId))) throw notFound('专家库成员');
    await touchExpertPool(trx, poolId);
    await writeAudit(trx, auditContext(ctx), {
      entity: 'expert_pool',
      entityId: poolId,
      action: 'remove_member',
      before: { expertId },
    });
  });
}
