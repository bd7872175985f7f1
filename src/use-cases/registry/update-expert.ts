// Updates an expert record (its keeper only: expert.policy.ts). Optimistic: a stale version is a 409.
import { versionConflict } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import {
  findExpert,
  findExpertIdByDocument,
  updateExpert as updateRow,
  type ExpertValues,
} from '../../persistence/experts.repository.js';
import {
  allow,
  auditContext,
  expectVersion,
  given,
  isUniqueViolation,
  requireActor,
  type RegistryContext,
} from './registry-context.js';
import { checkOccupations, checkUscc } from './validate.js';
import { auditedExpert, expertView, loadExpert, type ExpertView } from './expert-view.js';
import { duplicateExpert, expertDocument, type CreateExpertInput } from './create-expert.js';

export type UpdateExpertInput = Partial<CreateExpertInput> & { version: number };

export async function updateExpert(
  ctx: RegistryContext,
  id: string,
  input: UpdateExpertInput,
): Promise<ExpertView> {
  const actor = requireActor(ctx);
  const current = await loadExpert(ctx.db, actor, id);
  allow(current.abilities.update, '专家信息由登记该专家的监管部门维护');
  expectVersion(current.version, input.version);

  const patch: Partial<ExpertValues> = given({
    name: input.name,
    employerName: input.employerName,
    employerUscc: input.employerUscc,
    title: input.title,
    phone: input.phone,
    active: input.active,
  });
  if (patch.employerUscc) patch.employerUscc = checkUscc(patch.employerUscc, 'body.employerUscc');
  if (input.specialties !== undefined) {
    patch.specialties = [...new Set(input.specialties)];
    await checkOccupations(ctx.db, patch.specialties, 'body.specialties');
  }
  const document = expertDocument(ctx, input);
  if (document) {
    if (await findExpertIdByDocument(ctx.db, document.lookup ?? document.hmac, id)) throw duplicateExpert();
    patch.document = document;
  }

  try {
    return await ctx.db.transaction().execute(async (trx) => {
      if (!(await updateRow(trx, id, input.version, patch))) throw versionConflict();
      const after = (await findExpert(trx, { kind: 'all' }, id))!;
      await writeAudit(trx, auditContext(ctx), {
        entity: 'expert',
        entityId: id,
        action: 'update',
        before: auditedExpert(current),
        after: auditedExpert(after),
      });
      return expertView(actor, after);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicateExpert();
    throw err;
  }
}
