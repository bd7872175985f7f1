// Concluding an inspection: the outcome must follow from the findings (no problem ⇔ 未发现问题), and the
// round is complete when its last inspection is concluded. Publication is a separate act (一公开), so the
// authority can check the wording before it reaches the public site.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import { AppError } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { listFindings } from '../../persistence/inspections.repository.js';
import {
  ART_25,
  outcomeFollowsFindings,
  type InspectionOutcomeCode,
} from '../../workflows/draw/inspection-terms.js';
import { todayInChina } from '../registry/registry-context.js';
import { concludedAlready, managedInspection } from './inspection-access.js';

export async function concludeInspection(
  db: Kysely<DB>,
  caller: Caller,
  id: string,
  input: { outcome: InspectionOutcomeCode; conclusion: string },
  requestId?: string,
): Promise<void> {
  const today = todayInChina();
  await db.transaction().execute(async (trx) => {
    const { inspection, round } = await managedInspection(trx, caller, id);
    if (inspection.status === 'concluded') throw concludedAlready();
    const findings = await listFindings(trx, [id]);
    if (!outcomeFollowsFindings(input.outcome, findings))
      throw new AppError(422, 'OUTCOME_NOT_SUPPORTED', '检查结论与检查记录不符',
        findings.length === 0 ? '尚未记录检查事项，不能办结' : input.outcome === 'no_problems' ? '检查记录中有发现问题的事项，结论不能为“未发现问题”' : '检查记录中没有发现问题的事项，结论只能为“未发现问题”',
        undefined, { title_en: 'The outcome does not follow from the findings', detail_en: findings.length === 0 ? 'No finding recorded yet' : 'The outcome must match whether any item found a problem' }); // prettier-ignore
    await trx
      .updateTable('inspections')
      .set((eb) => ({ status: 'concluded', outcome: input.outcome, conclusion: input.conclusion, concluded_on: today, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .execute(); // prettier-ignore
    const open = await trx.selectFrom('inspections').select('id').where('round_id', '=', round.id).where('status', '!=', 'concluded').executeTakeFirst(); // prettier-ignore
    await trx
      .updateTable('inspection_rounds')
      .set(open ? { status: 'in_progress' } : { status: 'completed', completed_on: today })
      .where('id', '=', round.id)
      .execute();
    await writeAudit(trx, { caller, requestId }, {
      entity: 'inspection', entityId: id, action: 'conclude',
      after: { outcome: input.outcome, conclusion: input.conclusion, concludedOn: today },
      citations: [ART_25],
    }); // prettier-ignore
  });
}
