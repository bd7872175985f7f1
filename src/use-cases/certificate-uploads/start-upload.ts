// Receives a certificate-data file (证书数据上报) and queues its job (decision 0031): the file is
// streamed into 1 MiB pieces in the database while its SHA-256 is computed — never held whole — and
// once it is all stored the upload row, its job and the audit row commit together. The job runs in the
// background (run-upload.ts); the answer is the upload with its progress, at once.
//
// Who: the staff of an institution, for their own institution. mohrss-violations §15 holds the
// institution answerable for the data it uploads; an authority uploading on its behalf would blur who
// answers for an error, so authorities read uploads in their territory but do not make them.
import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { sql } from 'kysely';
import { AppError, forbidden } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { enqueueJob } from '../../jobs/job-queue.js';
import { CHUNK_BYTES, putChunk } from '../../persistence/certificate-uploads/uploads.repository.js';
import { auditContext, requireActor, type RegistryContext } from '../registry/registry-context.js';
import { uploadScope } from '../../rules/mohrss-violations/certificate-upload.js';
import { getUpload } from './get-upload.js';
import type { UploadView } from './upload-view.js';

/** A million rows of the template as CSV is about 110 MB; as XLSX about 45 MB. */
export const MAX_UPLOAD_BYTES = 256 * 1024 * 1024;

export function uploadFormatOf(fileName: string): 'csv' | 'xlsx' {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  throw new AppError(422, 'UPLOAD_FORMAT', '文件格式不支持', '请上传 CSV（.csv）或 Excel（.xlsx）文件');
}

export async function startUpload(
  ctx: RegistryContext,
  file: { fileName: string; stream: Readable; truncated?: () => boolean },
): Promise<UploadView> {
  const actor = requireActor(ctx);
  if (actor.role !== 'institution_staff' || !actor.institutionId)
    throw forbidden('只有评价机构可以上报本机构的证书数据');
  const format = uploadFormatOf(file.fileName);
  const id = randomUUID();
  const hash = createHash('sha256');
  let size = 0;
  let seq = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    if (pendingBytes === 0) return;
    const piece = Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    await putChunk(ctx.db, id, seq++, piece);
  };
  try {
    for await (const data of file.stream as AsyncIterable<Buffer>) {
      hash.update(data);
      size += data.length;
      pending.push(data);
      pendingBytes += data.length;
      if (pendingBytes >= CHUNK_BYTES) await flush();
    }
    await flush();
    if (file.truncated?.())
      throw new AppError(
        413,
        'UPLOAD_TOO_LARGE',
        '文件过大',
        `文件不能超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`,
      );
    if (size === 0) throw new AppError(422, 'UPLOAD_EMPTY', '文件为空', '上传的文件没有内容');
  } catch (err) {
    await sql`delete from certificate_upload_chunks where upload_id = ${id}`.execute(ctx.db);
    throw err;
  }
  const sha256 = hash.digest('hex');
  await ctx.db.transaction().execute(async (trx) => {
    await enqueueJob(trx, id, 'certificate_upload');
    await trx
      .insertInto('certificate_uploads')
      .values({
        id,
        institution_id: actor.institutionId!,
        file_name: file.fileName.slice(0, 255),
        file_format: format,
        file_sha256: sha256,
        file_size: size,
        chunk_count: seq,
        uploaded_by: actor.userId,
      })
      .execute();
    await writeAudit(trx, auditContext(ctx), {
      entity: 'certificate_upload',
      entityId: id,
      action: 'create',
      after: { fileName: file.fileName, fileSha256: sha256, fileSize: size, format },
      citations: [uploadScope.citation],
    });
  });
  return getUpload(ctx, id);
}
