// Drafts a recruitment call (招募公告, 1x-selection §12 分领域分批次, §14 有关机构按照工作方案发布): the
// issuing office's staff, for their own office. A draft is visible only to its issuer until published.
import { randomUUID } from 'node:crypto';
import { forbidden } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import {
  insertCall,
  replaceCallFields,
  findCall,
  type CallField,
} from '../../persistence/recruitment-calls.repository.js';
import { chinaDate } from '../../workflows/deadline.js';
import { RECRUITMENT, APPLICATION } from '../../workflows/selection-1x/citations.js';
import { auditContext, isIssuer, requireActor, type CallContext } from './call-context.js';
import { checkFields, checkWindow } from './validate-call.js';
import { recruitmentCallView, type RecruitmentCallView } from './recruitment-call-view.js';

export interface CreateRecruitmentCallInput {
  title: string;
  batch: string;
  description?: string | null | undefined;
  openOn: string;
  closeOn: string;
  fields: { name: string; description?: string | null | undefined }[];
}

export async function createRecruitmentCall(
  ctx: CallContext,
  input: CreateRecruitmentCallInput,
): Promise<RecruitmentCallView> {
  const actor = requireActor(ctx);
  if (!isIssuer(actor)) throw forbidden('招募公告由部际联席会议办公室或其委托的机构发布');
  checkWindow(input.openOn, input.closeOn);
  const fields: CallField[] = input.fields.map((f) => ({ name: f.name, description: f.description ?? null }));
  checkFields(fields);

  const id = randomUUID();
  return ctx.db.transaction().execute(async (trx) => {
    await insertCall(trx, id, {
      authorityId: actor.authorityId,
      title: input.title,
      batch: input.batch,
      description: input.description ?? null,
      openOn: input.openOn,
      closeOn: input.closeOn,
      createdBy: actor.userId,
    });
    await replaceCallFields(trx, id, fields);
    const created = (await findCall(trx, { kind: 'all' }, id))!;
    await writeAudit(trx, auditContext(ctx), {
      entity: 'recruitment_call',
      entityId: id,
      action: 'create',
      after: created,
      citations: [RECRUITMENT, APPLICATION],
    });
    return recruitmentCallView(actor, created, chinaDate(ctx.now ?? new Date()));
  });
}
