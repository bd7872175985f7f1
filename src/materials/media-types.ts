// The kinds of file an applicant may upload as application materials (申请材料): PDF, images, Excel
// and Word. Each kind has one canonical media type, the extensions it may carry, and a Chinese name.

export const MEDIA_KINDS = ['pdf', 'png', 'jpeg', 'gif', 'xlsx', 'docx', 'xls', 'doc'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

export interface MediaKindInfo {
  mediaType: string;
  extensions: readonly string[];
  name_zh: string;
}

export const MEDIA: Record<MediaKind, MediaKindInfo> = {
  pdf: { mediaType: 'application/pdf', extensions: ['pdf'], name_zh: 'PDF 文件' },
  png: { mediaType: 'image/png', extensions: ['png'], name_zh: 'PNG 图片' },
  jpeg: { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'], name_zh: 'JPEG 图片' },
  gif: { mediaType: 'image/gif', extensions: ['gif'], name_zh: 'GIF 图片' },
  xlsx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    name_zh: 'Excel 工作簿',
  },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    name_zh: 'Word 文档',
  },
  xls: { mediaType: 'application/vnd.ms-excel', extensions: ['xls'], name_zh: 'Excel 97-2003 工作簿' },
  doc: { mediaType: 'application/msword', extensions: ['doc'], name_zh: 'Word 97-2003 文档' },
};

/** Groups a checklist item names in `accepts`. */
export const ACCEPT_GROUPS = {
  pdf: ['pdf'],
  image: ['png', 'jpeg'],
  excel: ['xlsx', 'xls'],
  word: ['docx', 'doc'],
} as const satisfies Record<string, readonly MediaKind[]>;
export type AcceptGroup = keyof typeof ACCEPT_GROUPS;

/** Media types browsers send under other names. */
const ALIASES: Record<string, string> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'application/x-pdf': 'application/pdf',
  'application/vnd.ms-office': 'application/vnd.ms-excel',
};

export function normaliseMediaType(declared: string): string {
  const bare = declared.split(';')[0]!.trim().toLowerCase();
  return ALIASES[bare] ?? bare;
}

export function kindOfMediaType(mediaType: string): MediaKind | undefined {
  const t = normaliseMediaType(mediaType);
  return MEDIA_KINDS.find((k) => MEDIA[k].mediaType === t);
}

export function kindsOf(groups: readonly AcceptGroup[]): MediaKind[] {
  return [...new Set(groups.flatMap((g) => ACCEPT_GROUPS[g]))];
}
