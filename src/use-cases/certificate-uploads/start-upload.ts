// Receives a certificate-data file (证书数据上报) and queues its job (decision 0031): the file is
// streamed into 1 MiB pieces in the database while its SHA-256 is computed — never held whole — and
// once it is all stored the upload row, its job and the audit row commit together. The job runs in the
// background (run-upload.ts); the answer is the upload with its progress, at once.
//
// Who: the staff of an institution, for their own institution. mohrss-violations §15 holds the
// institution answerable for the data it uploads; an authority uploading on its behalf would blur who
// answers for an error, so authorities read uploads in their territory but do not make them.
import { readStanding } from '../../persistence/standing.repository.js';
import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../persistence/database.js';
import type { DB } from '../../persistence/schema.js';
import type { AuditContext } from '../../audit/write-audit.js';
import { AppError, english, forbidden } from '../../domain/errors.js';
import { writeAudit } from '../../audit/write-audit.js';
import { enqueueJob, type JobPriority } from '../../jobs/job-queue.js';
import { CHUNK_BYTES, putChunk } from '../../persistence/certificate-uploads/uploads.repository.js';
import {
  auditContext,
  requireActor,
  todayInChina,
  type RegistryContext,
} from '../registry/registry-context.js';
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

export interface StoredUpload {
  id: string;
  sha256: string;
  size: number;
  chunks: number;
}

/** Streams a file into 1 MiB pieces under a new upload id, hashing it on the way. */
export async function storeUploadFile(
  db: Database,
  stream: Readable,
  truncated?: () => boolean,
): Promise<StoredUpload> {
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
    await putChunk(db, id, seq++, piece);
  };
  try {
    for await (const data of stream as AsyncIterable<Buffer>) {
      hash.update(data);
      size += data.length;
      pending.push(data);
      pendingBytes += data.length;
      if (pendingBytes >= CHUNK_BYTES) await flush();
    }
    await flush();
    if (truncated?.())
      throw new AppError(
        413,
        'UPLOAD_TOO_LARGE',
        '文件过大',
        `文件不能超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`,
      );
    if (size === 0) throw new AppError(422, 'UPLOAD_EMPTY', '文件为空', '上传的文件没有内容');
  } catch (err) {
    await sql`delete from certificate_upload_chunks where upload_id = ${id}`.execute(db);
    throw err;
  }
  return { id, sha256: hash.digest('hex'), size, chunks: seq };
}

/** Queues the job of a stored file, with its upload row and audit row, in the caller's transaction. */
export async function queueUploadIn(
  trx: Transaction<DB>,
  audit: AuditContext,
  p: StoredUpload & {
    institutionId: string;
    fileName: string;
    uploadedBy: string | null;
    /** 'bulk' for the system's own history loads (the demo world), which wait for people's uploads. */
    priority?: JobPriority;
  },
): Promise<void> {
  const format = uploadFormatOf(p.fileName);
  await enqueueJob(trx, p.id, 'certificate_upload', p.priority);
  await trx
    .insertInto('certificate_uploads')
    .values({
      id: p.id,
      institution_id: p.institutionId,
      file_name: p.fileName.slice(0, 255),
      file_format: format,
      file_sha256: p.sha256,
      file_size: p.size,
      chunk_count: p.chunks,
      uploaded_by: p.uploadedBy,
    })
    .execute();
  await writeAudit(trx, audit, {
    entity: 'certificate_upload',
    entityId: p.id,
    action: 'create',
    after: { fileName: p.fileName, fileSha256: p.sha256, fileSize: p.size, format },
    citations: [uploadScope.citation],
  });
}

/** Whether an exit of the institution has a wrap-up period running on `today` and not yet completed. */
async function openWrapUpOf(db: Database, institutionId: string, today: string): Promise<boolean> {
  const open = await db
    .selectFrom('institution_exits')
    .select('id')
    .where('institution_id', '=', institutionId)
    .where('wrap_up_completed_on', 'is', null)
    .where('wrap_up_due', '>=', today)
    .where('terminated_on', '<=', today)
    .executeTakeFirst();
  return open !== undefined;
}

export async function startUpload(
  ctx: RegistryContext,
  file: { fileName: string; stream: Readable; truncated?: () => boolean },
): Promise<UploadView> {
  const actor = requireActor(ctx);
  if (actor.role !== 'institution_staff' || !actor.institutionId)
    throw forbidden('只有评价机构可以上报本机构的证书数据');
  // mohrss-violations §13 整改期间暂停其评价活动, §14 终止备案: read from the one standing (issue 13).
  const standing = await readStanding(ctx.db, actor.institutionId, null);
  // gz-rules §14 (自动终止 … 应在15日内完成证书数据上报) and §15 (在规定时限内 … 合规上报证书数据): an exited
  // institution reports the data of what it did before the exit while its wrap-up is open, and only then.
  const wrappingUp =
    standing?.status === 'exited' && (await openWrapUpOf(ctx.db, actor.institutionId, todayInChina(ctx.now)));
  if (standing && (standing.status === 'suspended' || standing.status === 'exited') && !wrappingUp) {
    const suspended = standing.status === 'suspended';
    throw new AppError(
      422,
      'CERTIFICATE_UPLOAD_REFUSED',
      '不得上报证书数据',
      suspended
        ? `${standing.institutionName}正处于限期整改、暂停评价活动期间，不得上报证书数据（《技能人才评价违纪违规行为处理工作指引（试行）》第十三条）`
        : `${standing.institutionName}已终止备案或已退出，不得再上报证书数据（《技能人才评价违纪违规行为处理工作指引（试行）》第十四条）`,
      undefined,
      english(
        'Certificate data may not be uploaded',
        suspended
          ? 'The institution’s evaluations are suspended during its rectification (mohrss-violations §13): no certificate data may be uploaded.'
          : 'The institution’s filing is terminated or it has exited (mohrss-violations §14): no certificate data may be uploaded.',
      ),
    );
  }
  uploadFormatOf(file.fileName);
  const stored = await storeUploadFile(ctx.db, file.stream, file.truncated);
  await ctx.db.transaction().execute((trx) =>
    queueUploadIn(trx, auditContext(ctx), {
      ...stored,
      institutionId: actor.institutionId!,
      fileName: file.fileName,
      uploadedBy: actor.userId,
    }),
  );
  return getUpload(ctx, stored.id);
}
