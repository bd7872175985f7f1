// One occupation standard or evaluation norm: public reference data.
import { findOccupationStandard } from '../../persistence/reference.repository.js';
import { referencePolicy } from '../../policies/reference.policy.js';
import { notFound } from '../../domain/errors.js';
import type { RegistryContext } from './registry-context.js';
import type { OccupationStandardView } from './list-occupation-standards.js';

export async function getOccupationStandard(
  ctx: Pick<RegistryContext, 'db' | 'caller'>,
  id: string,
): Promise<OccupationStandardView> {
  const s = await findOccupationStandard(ctx.db, id);
  if (!s) throw notFound('职业标准');
  return { ...s, abilities: referencePolicy.occupationStandardAbilities(ctx.caller) };
}
