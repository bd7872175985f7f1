// What a concluded inspection can lead to: a rectification order (责令限期整改, opened through the
// rectifications feature's openRectification in this transaction), or a violation case (mohrss-violations
// §16; opened through the case API with origin 'inspection', then linked here). Only an inspection whose
// outcome found problems; one of each at most.
import type { Kysely } from 'kysely';
import type { DB } from '../../persistence/schema.js';
import type { Caller } from '../../policies/actor.js';
import { AppError, notFound } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { openRectification } from '../rectifications/open-rectification.js';
import { ART_25 } from '../../workflows/draw/inspection-terms.js';
import { managedInspection } from './inspection-access.js';

const notWithProblems = () =>
  new AppError(
    409,
    'NO_PROBLEM_FOUND',
    '检查未发现问题',
    '只有办结且发现问题的检查才能责令整改或立案',
    undefined,
    {
      title_en: 'No problem found',
      detail_en: 'Only a concluded inspection that found problems leads to a rectification or a case',
    },
  );

export async function openInspectionRectification(
  db: Kysely<DB>,
  caller: Caller,
  id: string,
  input: { subject: string; deadline: string },
  requestId?: string,
): Promise<{ rectificationId: string }> {
  return db.transaction().execute(async (trx) => {
    const { inspection, round } = await managedInspection(trx, caller, id);
    if (inspection.status !== 'concluded' || inspection.outcome === 'no_problems') throw notWithProblems();
    if (inspection.rectification_id)
      throw new AppError(409, 'RECTIFICATION_OPEN', '已责令整改', '该检查已经责令整改', undefined, { title_en: 'Already ordered', detail_en: 'This inspection has a rectification order already' }); // prettier-ignore
    const audit = { caller, requestId };
    const { id: rectificationId } = await openRectification(trx, audit, {
      authorityId: round.authority_id,
      institutionId: inspection.institution_id,
      source: 'inspection',
      sourceId: inspection.id,
      subject: input.subject,
      deadline: input.deadline,
      citations: [ART_25],
    });
    await trx
      .updateTable('inspections')
      .set({ rectification_id: rectificationId })
      .where('id', '=', id)
      .execute();
    await writeAudit(trx, audit, { entity: 'inspection', entityId: id, action: 'open_rectification', after: { rectificationId }, citations: [ART_25] }); // prettier-ignore
    return { rectificationId };
  });
}

export async function linkInspectionCase(
  db: Kysely<DB>,
  caller: Caller,
  id: string,
  caseId: string,
  requestId?: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { inspection, round } = await managedInspection(trx, caller, id);
    if (inspection.status !== 'concluded' || inspection.outcome === 'no_problems') throw notWithProblems();
    const c = await trx.selectFrom('cases').select(['id', 'procedure', 'institution_id', 'authority_id']).where('id', '=', caseId).executeTakeFirst(); // prettier-ignore
    if (
      !c ||
      c.procedure !== 'violation-case' ||
      c.institution_id !== inspection.institution_id ||
      c.authority_id !== round.authority_id
    )
      throw notFound('违纪违规案件');
    await trx.updateTable('inspections').set({ violation_case_id: caseId }).where('id', '=', id).execute();
    await writeAudit(trx, { caller, requestId }, { entity: 'inspection', entityId: id, action: 'link_violation_case', after: { caseId }, citations: [ART_25, { source: 'mohrss-violations', article: 16 }] }); // prettier-ignore
  });
}
