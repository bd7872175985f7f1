// Whether an uploaded file may be filed under a checklist item: not empty, within the size limit, a
// kind we accept as sniffed from its bytes, matching both the type the browser declared and the
// file's extension (a mismatch is how a disguised file shows itself), and a kind the item accepts.
import { rejected, valid, type Validation } from '../domain/validation.js';
import type { ChecklistItem } from './checklist.js';
import { extensionOf, sanitiseFileName } from './file-name.js';
import { MEDIA, kindOfMediaType, kindsOf, normaliseMediaType, type MediaKind } from './media-types.js';
import { sniffMediaType } from './sniff.js';

/** Per-file limit (not set by the texts: an operational limit, like the platform's 20 MB). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export interface UploadCandidate {
  bytes: Uint8Array;
  fileName: string;
  /** The Content-Type the client sent for the part. */
  declaredType: string;
}

export interface AcceptedUpload {
  kind: MediaKind;
  mediaType: string;
  fileName: string;
  size: number;
}

// Clients that do not know a type send one of these; the bytes and the extension then decide alone.
const UNKNOWN_DECLARED = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

const PROBLEM_TEXT = {
  unknown: ['无法识别的文件类型，仅接受 PDF、图片（PNG/JPEG）、Excel、Word 文件', 'file type not recognised'],
  macro_enabled: ['文件包含宏，请另存为不含宏的文件后上传', 'macro-enabled Office file'],
  encrypted: ['文件设有密码保护，请取消密码后上传', 'password-protected file'],
  active_content: [
    'PDF 含有脚本、启动程序或嵌入文件，请另存为普通 PDF 后上传',
    'PDF with scripts or embedded files',
  ],
} as const;

export function checkUpload(
  upload: UploadCandidate,
  item: Pick<ChecklistItem, 'accepts' | 'title_zh'>,
  maxBytes = MAX_UPLOAD_BYTES,
): Validation<AcceptedUpload> {
  const fileName = sanitiseFileName(upload.fileName);
  const size = upload.bytes.length;
  if (size === 0) return rejected('UPLOAD_EMPTY', '文件为空', 'empty file');
  if (size > maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    return rejected(
      'UPLOAD_TOO_LARGE',
      `文件大小 ${mb(size)} MB，超过 ${mb(maxBytes)} MB 的上限`,
      `file of ${size} bytes exceeds ${maxBytes}`,
    );
  }
  const sniffed = sniffMediaType(upload.bytes);
  if (!sniffed.ok) {
    const [zh, en] = PROBLEM_TEXT[sniffed.problem];
    return rejected(`UPLOAD_${sniffed.problem.toUpperCase()}`, zh, en);
  }
  const info = MEDIA[sniffed.kind];
  const declared = normaliseMediaType(upload.declaredType);
  if (!UNKNOWN_DECLARED.has(declared) && kindOfMediaType(declared) !== sniffed.kind) {
    return rejected(
      'UPLOAD_TYPE_MISMATCH',
      `文件声明的类型（${declared}）与内容（${info.name_zh}）不符`,
      `declared ${declared} but content is ${info.mediaType}`,
    );
  }
  if (!info.extensions.includes(extensionOf(fileName))) {
    return rejected(
      'UPLOAD_EXTENSION_MISMATCH',
      `文件扩展名与内容（${info.name_zh}）不符，应为 .${info.extensions.join(' 或 .')}`,
      `extension does not match ${info.mediaType}`,
    );
  }
  const accepted = kindsOf(item.accepts);
  if (!accepted.includes(sniffed.kind)) {
    return rejected(
      'UPLOAD_TYPE_NOT_ACCEPTED',
      `“${item.title_zh}”只接受${accepted.map((k) => MEDIA[k].name_zh).join('、')}`,
      `item accepts ${accepted.join(', ')}`,
    );
  }
  return valid({ kind: sniffed.kind, mediaType: info.mediaType, fileName, size });
}
