// Loads an inspection with its round under lock for the round's authority: another authority, an
// institution or the public get exactly what a random id gets (404).
import type { Transaction } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import { AppError, notFound } from '../../domain/errors.js';
import { inspectionPolicy } from '../../policies/inspection.policy.js';
import {
  findRound,
  lockInspection,
  type InspectionRow,
  type RoundRow,
} from '../../persistence/inspections.repository.js';

export async function managedInspection(
  trx: Transaction<DB>,
  caller: Caller,
  id: string,
): Promise<{ inspection: InspectionRow; round: RoundRow }> {
  const inspection = await lockInspection(trx, id);
  const round = inspection && (await findRound(trx, inspection.round_id));
  if (!inspection || !round || !inspectionPolicy.canRead(caller, { authorityId: round.authority_id }))
    throw notFound('检查记录');
  if (!inspectionPolicy.canManage(caller, { authorityId: round.authority_id }))
    throw new AppError(403, 'FORBIDDEN', '无权操作', '只有组织抽查的部门可以办理检查');
  return { inspection, round };
}

export const concludedAlready = () =>
  new AppError(409, 'INSPECTION_CONCLUDED', '检查已办结', '该检查已办结，检查记录不能再修改', undefined, {
    title_en: 'Inspection concluded',
    detail_en: 'This inspection is concluded; its record can no longer change',
  });
