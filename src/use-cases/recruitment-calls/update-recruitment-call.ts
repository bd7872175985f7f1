// Edits a draft recruitment call (its issuer only; a published call is the public's record and is not
// edited). Optimistic: a stale version is a 409.
import { AppError, forbidden, versionConflict } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import {
  findCall,
  replaceCallFields,
  updateDraftCall,
  type CallField,
} from '../../persistence/recruitment-calls.repository.js';
import { chinaDate } from '../../workflows/deadline.js';
import { RECRUITMENT } from '../../workflows/selection-1x/citations.js';
import { auditContext, isIssuer, requireActor, type CallContext } from './call-context.js';
import { checkFields, checkWindow } from './validate-call.js';
import { loadCall, recruitmentCallView, type RecruitmentCallView } from './recruitment-call-view.js';

export interface UpdateRecruitmentCallInput {
  version: number;
  title?: string | undefined;
  batch?: string | undefined;
  description?: string | null | undefined;
  openOn?: string | undefined;
  closeOn?: string | undefined;
  fields?: { name: string; description?: string | null | undefined }[] | undefined;
}

export async function updateRecruitmentCall(
  ctx: CallContext,
  id: string,
  input: UpdateRecruitmentCallInput,
): Promise<RecruitmentCallView> {
  const actor = requireActor(ctx);
  const current = await loadCall(ctx.db, actor, id);
  if (!isIssuer(actor) || actor.authorityId !== current.authorityId)
    throw forbidden('只有发布该招募公告的机构可以修改');
  if (current.status !== 'draft')
    throw new AppError(
      409,
      'CALL_NOT_DRAFT',
      '招募公告已发布',
      '已发布的招募公告不能修改，如需变更请另行发布',
    );
  if (current.version !== input.version) throw versionConflict();
  checkWindow(input.openOn ?? current.openOn, input.closeOn ?? current.closeOn);
  const fields: CallField[] | undefined = input.fields?.map((f) => ({
    name: f.name,
    description: f.description ?? null,
  }));
  if (fields) checkFields(fields);

  return ctx.db.transaction().execute(async (trx) => {
    const ok = await updateDraftCall(trx, id, input.version, {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.batch !== undefined ? { batch: input.batch } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.openOn !== undefined ? { openOn: input.openOn } : {}),
      ...(input.closeOn !== undefined ? { closeOn: input.closeOn } : {}),
    });
    if (!ok) throw versionConflict();
    if (fields) await replaceCallFields(trx, id, fields);
    const after = (await findCall(trx, { kind: 'all' }, id))!;
    await writeAudit(trx, auditContext(ctx), {
      entity: 'recruitment_call',
      entityId: id,
      action: 'update',
      before: current,
      after,
      citations: [RECRUITMENT],
    });
    return recruitmentCallView(actor, after, chinaDate(ctx.now ?? new Date()));
  });
}
