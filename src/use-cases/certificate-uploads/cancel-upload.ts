// Cancelling an upload: a queued one ends at once; a running one stops before its next batch (the job
// sees the request inside that batch's transaction). Batches already committed stay in the register:
// they are certificates checked like any other, and the upload states how far it got (decision 0031).
import { AppError, forbidden, notFound } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { requestCancel } from '../../jobs/job-queue.js';
import { institutionScope } from '../../policies/scope.js';
import { findUpload } from '../../persistence/certificate-uploads/uploads.repository.js';
import { auditContext, requireActor, type RegistryContext } from '../registry/registry-context.js';
import { getUpload } from './get-upload.js';
import type { UploadView } from './upload-view.js';

export async function cancelUpload(ctx: RegistryContext, id: string): Promise<UploadView> {
  const actor = requireActor(ctx);
  const row = await findUpload(ctx.db, institutionScope(actor), id);
  if (!row) throw notFound('上报任务');
  if (actor.role !== 'institution_staff' || actor.institutionId !== row.institution_id)
    throw forbidden('只有上报的评价机构可以取消上报');
  await ctx.db.transaction().execute(async (trx) => {
    const outcome = await requestCancel(trx, id);
    if (outcome === 'ended')
      throw new AppError(409, 'UPLOAD_ENDED', '上报已结束', '该上报已处理完毕（或已失败、已取消），不能取消');
    await writeAudit(trx, auditContext(ctx), {
      entity: 'certificate_upload',
      entityId: id,
      action: 'cancel_request',
      after: { outcome },
    });
  });
  return getUpload(ctx, id);
}
