// Reading uploads in the caller's scope: an institution its own, an authority those of the institutions
// it supervises; outside scope an upload answers exactly as a random id (404).
import { notFound } from '../../domain/errors.js';
import { institutionScope } from '../../policies/scope.js';
import {
  findUpload,
  listUploads as listRows,
  rejectionsOf,
} from '../../persistence/certificate-uploads/uploads.repository.js';
import { requireActor, type RegistryContext } from '../registry/registry-context.js';
import { uploadView, type UploadView } from './upload-view.js';

export async function getUpload(ctx: RegistryContext, id: string): Promise<UploadView> {
  const actor = requireActor(ctx);
  const row = await findUpload(ctx.db, institutionScope(actor), id);
  if (!row) throw notFound('上报任务');
  return uploadView(actor, row, ctx.now);
}

export async function listUploads(ctx: RegistryContext): Promise<UploadView[]> {
  const actor = requireActor(ctx);
  const rows = await listRows(ctx.db, institutionScope(actor), 100);
  return rows.map((r) => uploadView(actor, r, ctx.now));
}

/** The first rejected rows, for the page (the whole list is the XLSX report). */
export async function firstRejections(ctx: RegistryContext, id: string, limit = 50) {
  await getUpload(ctx, id);
  return (await rejectionsOf(ctx.db, id, limit)).map((r) => ({
    row: r.row_no,
    column: r.column_name,
    code: r.code,
    reason: r.reason,
  }));
}
