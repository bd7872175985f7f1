// 一公开 (1x-selection §25 检查结果及时…公布): a concluded inspection's result goes on the public site —
// the institution (public in the directory), the outcome, the items and their results; notes are
// published too (they concern the institution's conduct, not a person); experts by code only.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import { AppError } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { ART_25 } from '../../workflows/draw/inspection-terms.js';
import { todayInChina } from '../registry/registry-context.js';
import { managedInspection } from './inspection-access.js';

export async function publishInspection(
  db: Kysely<DB>,
  caller: Caller,
  id: string,
  requestId?: string,
): Promise<void> {
  const today = todayInChina();
  await db.transaction().execute(async (trx) => {
    const { inspection } = await managedInspection(trx, caller, id);
    if (inspection.status !== 'concluded')
      throw new AppError(409, 'INSPECTION_OPEN', '检查尚未办结', '检查办结后才能公布结果', undefined, { title_en: 'Not concluded', detail_en: 'Only a concluded inspection is published' }); // prettier-ignore
    if (inspection.published_on) return;
    await trx.updateTable('inspections').set({ published_on: today }).where('id', '=', id).execute();
    await writeAudit(trx, { caller, requestId }, {
      entity: 'inspection', entityId: id, action: 'publish', after: { publishedOn: today }, citations: [ART_25],
    }); // prettier-ignore
  });
}
