// Puts an expert the caller may see into a pool the caller owns.
import { duplicate } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { expertPolicy } from '../../policies/expert.policy.js';
import {
  findExpert,
  insertPoolMember,
  isPoolMember,
  touchExpertPool,
} from '../../persistence/experts.repository.js';
import {
  allow,
  auditContext,
  isUniqueViolation,
  requireActor,
  type RegistryContext,
} from './registry-context.js';
import { invalidField } from './validate.js';
import { loadExpertPool } from './expert-pool-view.js';
import { expertView } from './expert-view.js';
import type { PoolMemberView } from './list-pool-members.js';

const alreadyMember = () => duplicate('该专家已在此专家库中');

export async function addPoolMember(
  ctx: RegistryContext,
  poolId: string,
  expertId: string,
): Promise<PoolMemberView> {
  const actor = requireActor(ctx);
  const pool = await loadExpertPool(ctx.db, actor, poolId);
  allow(pool.abilities.manageMembers, '只有专家库所属部门可以调整成员');
  const expert = await findExpert(ctx.db, expertPolicy.scope(actor), expertId);
  if (!expert) throw invalidField('UNKNOWN_EXPERT', 'body.expertId', '专家不存在或无权访问');
  if (await isPoolMember(ctx.db, poolId, expertId)) throw alreadyMember();
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const addedAt = await insertPoolMember(trx, poolId, expertId);
      await touchExpertPool(trx, poolId);
      await writeAudit(trx, auditContext(ctx), {
        entity: 'expert_pool',
        entityId: poolId,
        action: 'add_member',
        after: { expertId },
      });
      const after = (await findExpert(trx, { kind: 'all' }, expertId))!;
      return { ...expertView(actor, after), addedAt };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw alreadyMember();
    throw err;
  }
}
