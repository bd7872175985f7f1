// Evidence files (整改证明材料, 检查证据): each file passes the project's upload check (checkUpload: sniffed
// kind, declared type and extension agree, size) before anything is stored, then goes to the
// content-addressed store in the caller's transaction. Shared by rectification reports and inspections.
import type { Transaction } from 'kysely';
import type { DB } from '../persistence/schema.js';
import type { FileStore } from '../persistence/file-store.js';
import type { AppError } from '../domain/errors.js';
import { checkUpload, type AcceptedUpload, type UploadCandidate } from './check-upload.js';
import type { AcceptGroup } from './media-types.js';

export type EvidenceUpload = UploadCandidate;

export interface EvidenceSpec {
  /** What the files are called in messages (e.g. 整改证明材料). */
  title_zh: string;
  accepts: readonly AcceptGroup[];
  maxFiles: number;
  /** The use case's own 422 (its code), with the field path. */
  problem: (path: string, message: string, messageEn: string) => AppError;
}

export interface CheckedEvidence {
  upload: EvidenceUpload;
  accepted: AcceptedUpload;
}

export interface StoredEvidence {
  sha256: string;
  name: string;
  mediaType: string;
  size: number;
}

/** Checks every file before any is stored: one bad file refuses the whole upload. */
export function checkEvidenceFiles(files: readonly EvidenceUpload[], spec: EvidenceSpec): CheckedEvidence[] {
  if (files.length > spec.maxFiles)
    throw spec.problem(
      'files',
      `${spec.title_zh}最多 ${spec.maxFiles} 个文件`,
      `At most ${spec.maxFiles} files`,
    );
  return files.map((upload, i) => {
    const v = checkUpload(upload, spec);
    if (!v.ok)
      throw spec.problem(
        `files.${i}`,
        `${upload.fileName}：${v.message_zh}`,
        `${upload.fileName}: ${v.message_en}`,
      );
    return { upload, accepted: v.value };
  });
}

export async function storeEvidenceFiles(
  trx: Transaction<DB>,
  store: FileStore,
  checked: readonly CheckedEvidence[],
): Promise<StoredEvidence[]> {
  const out: StoredEvidence[] = [];
  for (const { upload, accepted } of checked) {
    const stored = await store.put(trx, upload.bytes, accepted.mediaType);
    out.push({
      sha256: stored.sha256,
      name: accepted.fileName,
      mediaType: accepted.mediaType,
      size: accepted.size,
    });
  }
  return out;
}
