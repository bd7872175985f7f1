// Recording what an inspection found, item by item (1x-selection §25: 审查材料、实地考察、走访座谈),
// while it is open: the list given replaces the one recorded (a draft kept until the conclusion), the
// inspection is under way, and so is its round.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import { writeAudit } from '../../audit/write-audit.js';
import { ART_25, type InspectionMethod } from '../../workflows/draw/inspection-terms.js';
import { concludedAlready, managedInspection } from './inspection-access.js';

export interface FindingInput {
  item: string;
  method: InspectionMethod;
  result: 'ok' | 'problem';
  note?: string | null | undefined;
}

export async function recordInspectionFindings(
  db: Kysely<DB>,
  caller: Caller,
  id: string,
  findings: FindingInput[],
  requestId?: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { inspection, round } = await managedInspection(trx, caller, id);
    if (inspection.status === 'concluded') throw concludedAlready();
    await trx.deleteFrom('inspection_findings').where('inspection_id', '=', id).execute();
    if (findings.length)
      await trx
        .insertInto('inspection_findings')
        .values(findings.map((f, i) => ({ id: randomUUID(), inspection_id: id, seq: i + 1, item: f.item, method: f.method, result: f.result, note: f.note?.trim() || null, recorded_by: caller?.userId ?? null })))
        .execute(); // prettier-ignore
    await trx.updateTable('inspections').set((eb) => ({ status: 'in_progress', version: eb('version', '+', 1) })).where('id', '=', id).execute(); // prettier-ignore
    if (round.status === 'drawn')
      await trx
        .updateTable('inspection_rounds')
        .set({ status: 'in_progress' })
        .where('id', '=', round.id)
        .execute();
    await writeAudit(trx, { caller, requestId }, {
      entity: 'inspection', entityId: id, action: 'record_findings',
      after: { findings: findings.map((f) => ({ item: f.item, method: f.method, result: f.result })) },
      citations: [ART_25],
    }); // prettier-ignore
  });
}
