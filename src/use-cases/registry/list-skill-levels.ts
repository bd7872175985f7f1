// The five skill levels (一级/高级技师 … 五级/初级工): public reference data.
import { listSkillLevels as query, type SkillLevelRecord } from '../../persistence/reference.repository.js';
import type { RegistryContext } from './registry-context.js';

export async function listSkillLevels(
  ctx: Pick<RegistryContext, 'db'>,
): Promise<{ items: SkillLevelRecord[]; total: number }> {
  const items = await query(ctx.db);
  return { items, total: items.length };
}
