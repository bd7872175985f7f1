// Publishes a draft call (then institutions may apply between its open and close dates) or closes a
// published one (no further applications; those already made run on). Issuer only; optimistic.
import { AppError, forbidden, invalid, versionConflict } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { findCall, setCallStatus } from '../../persistence/recruitment-calls.repository.js';
import { chinaDate } from '../../workflows/deadline.js';
import { APPLICATION, RECRUITMENT } from '../../workflows/selection-1x/citations.js';
import { auditContext, isIssuer, requireActor, type CallContext } from './call-context.js';
import { loadCall, recruitmentCallView, type RecruitmentCallView } from './recruitment-call-view.js';

async function change(
  ctx: CallContext,
  id: string,
  version: number,
  to: 'published' | 'closed',
): Promise<RecruitmentCallView> {
  const actor = requireActor(ctx);
  const current = await loadCall(ctx.db, actor, id);
  if (!isIssuer(actor) || actor.authorityId !== current.authorityId)
    throw forbidden('只有发布该招募公告的机构可以办理');
  if (current.version !== version) throw versionConflict();
  const from = to === 'published' ? 'draft' : 'published';
  if (current.status !== from)
    throw new AppError(
      409,
      'CALL_STATUS',
      '招募公告状态不符',
      to === 'published' ? '招募公告已发布过' : '只有已发布的招募公告可以截止',
    );
  const today = chinaDate(ctx.now ?? new Date());
  if (to === 'published') {
    if (current.fields.length === 0)
      throw invalid('CALL_FIELDS_REQUIRED', '招募公告须列明招募的职业技能领域（第十二条：分领域分批次招募）');
    if (current.closeOn < today)
      throw invalid('CALL_WINDOW_PAST', `申报截止日（${current.closeOn}）已过，不能发布`);
  }

  return ctx.db.transaction().execute(async (trx) => {
    if (!(await setCallStatus(trx, id, version, { to, on: today, by: actor.userId })))
      throw versionConflict();
    const after = (await findCall(trx, { kind: 'all' }, id))!;
    await writeAudit(trx, auditContext(ctx), {
      entity: 'recruitment_call',
      entityId: id,
      action: to === 'published' ? 'publish' : 'close',
      before: { status: current.status, version: current.version },
      after: {
        status: after.status,
        version: after.version,
        publishedOn: after.publishedOn,
        closedOn: after.closedOn,
      },
      citations: [RECRUITMENT, APPLICATION],
    });
    return recruitmentCallView(actor, after, today);
  });
}

export const publishRecruitmentCall = (ctx: CallContext, id: string, version: number) =>
  change(ctx, id, version, 'published');

export const closeRecruitmentCall = (ctx: CallContext, id: string, version: number) =>
  change(ctx, id, version, 'closed');
