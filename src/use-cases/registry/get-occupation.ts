// One occupation of the catalogue with its recorded standards and norms: public reference data.
import { notFound } from '../../domain/errors.js';
import {
  findOccupation,
  listOccupationStandards,
  type OccupationRecord,
} from '../../persistence/reference.repository.js';
import { referencePolicy } from '../../policies/reference.policy.js';
import type { RegistryContext } from './registry-context.js';
import type { OccupationStandardView } from './list-occupation-standards.js';

export async function getOccupation(
  ctx: Pick<RegistryContext, 'db' | 'caller'>,
  code: string,
): Promise<OccupationRecord & { standards: OccupationStandardView[] }> {
  const o = await findOccupation(ctx.db, code);
  if (!o) throw notFound('职业');
  const standards = await listOccupationStandards(
    ctx.db,
    { occupationCode: code },
    { page: 1, pageSize: 100 },
  );
  const abilities = referencePolicy.occupationStandardAbilities(ctx.caller);
  return { ...o, standards: standards.items.map((s) => ({ ...s, abilities })) };
}
