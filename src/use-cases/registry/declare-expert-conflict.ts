// An expert (or the authority keeping the record) declares a conflict of interest with an institution
// (former employer, part-time work, relatives, money, training given), so that a later draw of
// reviewers or inspectors leaves the expert out of that institution's cases. The institution is named
// by its USCC; when it is registered, the row is linked to it.
import { randomUUID } from 'node:crypto';
import { writeAudit } from '../../audit/write-audit.js';
import { findInstitutionIdByUscc } from '../../persistence/institutions.repository.js';
import { insertExpertConflict, listExpertConflicts } from '../../persistence/experts.repository.js';
import type { ExpertConflictRelation } from '../../persistence/schema.js';
import { allow, auditContext, requireActor, type RegistryContext } from './registry-context.js';
import { checkUscc } from './validate.js';
import { loadExpert } from './expert-view.js';
import { conflictViews, type ExpertConflictView } from './list-expert-conflicts.js';

export interface DeclareExpertConflictInput {
  institutionUscc: string;
  institutionName: string;
  relation: ExpertConflictRelation;
  reason?: string | null | undefined;
}

export async function declareExpertConflict(
  ctx: RegistryContext,
  expertId: string,
  input: DeclareExpertConflictInput,
): Promise<ExpertConflictView> {
  const actor = requireActor(ctx);
  const expert = await loadExpert(ctx.db, actor, expertId);
  allow(expert.abilities.declareConflict);
  const uscc = checkUscc(input.institutionUscc, 'body.institutionUscc');
  const institutionId = (await findInstitutionIdByUscc(ctx.db, uscc)) ?? null;

  const id = randomUUID();
  return ctx.db.transaction().execute(async (trx) => {
    await insertExpertConflict(trx, id, {
      expertId,
      institutionId,
      institutionUscc: uscc,
      institutionName: input.institutionName,
      relation: input.relation,
      reason: input.reason ?? null,
      declaredBy: actor.userId,
    });
    const created = (await listExpertConflicts(trx, expertId)).find((c) => c.id === id)!;
    await writeAudit(trx, auditContext(ctx), {
      entity: 'expert',
      entityId: expertId,
      action: 'declare_conflict',
      after: created,
    });
    // Shaped like the list: whether the code matched a registered institution is shown only to a
    // caller who may open that institution (issue 9 point 7).
    return (await conflictViews(trx, actor, [created]))[0]!;
  });
}
