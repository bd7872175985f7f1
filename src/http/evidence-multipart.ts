// Reading an evidence upload (multipart/form-data: a few files and short text fields), shared by every
// route that takes evidence files (整改证明材料, 检查证据). The framework's limits and errors are turned into
// the one problem the clients know (422 UPLOAD_INVALID, Chinese first), so a too-large or too-many upload
// never surfaces as a 413/500 and nothing is stored. The files' contents are checked afterwards by
// checkEvidenceFiles (src/materials/evidence-files.ts), in the use case.
import type { FastifyMultipartOptions } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../domain/errors.js';
import { MAX_UPLOAD_BYTES } from '../materials/check-upload.js';
import type { EvidenceUpload } from '../materials/evidence-files.js';

export const uploadRejected = (detail: string) =>
  new AppError(422, 'UPLOAD_INVALID', '文件不符合要求', detail);

/** The multipart plugin's limits for an evidence form of at most `maxFiles` files and `fields` text fields. */
export const evidenceMultipartOptions = (maxFiles: number, fields: number): FastifyMultipartOptions => ({
  limits: {
    fileSize: MAX_UPLOAD_BYTES,
    files: maxFiles,
    fields,
    fieldSize: 20_000,
    parts: maxFiles + fields,
  },
});

export interface EvidenceForm {
  files: EvidenceUpload[];
  /** The text fields named in `fieldNames` that were sent. */
  fields: Record<string, string>;
}

export async function readEvidenceForm(
  request: FastifyRequest,
  maxFiles: number,
  fieldNames: readonly string[] = [],
): Promise<EvidenceForm> {
  if (!request.isMultipart()) throw uploadRejected('请以 multipart/form-data 方式上传');
  const files: EvidenceUpload[] = [];
  const fields: Record<string, string> = {};
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file')
        files.push({ bytes: await part.toBuffer(), fileName: part.filename, declaredType: part.mimetype });
      else if (fieldNames.includes(part.fieldname) && typeof part.value === 'string')
        fields[part.fieldname] = part.value;
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE')
      throw uploadRejected(`文件超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB 的大小限制`);
    if (code?.startsWith('FST_')) throw uploadRejected(`上传内容不符合要求（最多 ${maxFiles} 个文件）`);
    throw err;
  }
  return { files, fields };
}
