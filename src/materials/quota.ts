// Upload quotas (issue 9 point 6): how many versions one checklist item of a case may hold and how many
// bytes all the files of a case may take, superseded versions included. Not set by the texts: an
// operational limit against upload floods, from the configuration (README "Configuration"). Nothing is
// deleted to make room — every version is named by its audit row and a correction's history must stay
// readable — so the limits are what bound the storage of a case (docs/decisions/0020-upload-quotas-drafts-foreign-ids.md).

export interface UploadQuota {
  /** Files one checklist item of a case may ever hold: current, superseded and removed ones together. */
  maxVersionsPerItem: number;
  /** Bytes all the files of a case may take together, superseded and removed ones included. */
  maxBytesPerCase: number;
}

export const DEFAULT_UPLOAD_QUOTA: UploadQuota = {
  maxVersionsPerItem: 10,
  maxBytesPerCase: 200 * 1024 * 1024,
};

/** What the case already holds: the item's versions and the bytes of every file of the case. */
export interface UploadUsage {
  itemVersions: number;
  caseBytes: number;
}

export type QuotaVerdict =
  { ok: true } | { ok: false; status: 413 | 422; code: string; title_zh: string; detail_zh: string };

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Whether one more file of `size` bytes fits the quota; the refusal says which limit and by how much. */
export function checkUploadQuota(
  quota: UploadQuota,
  usage: UploadUsage,
  upload: { size: number; itemTitle_zh: string },
): QuotaVerdict {
  if (usage.itemVersions >= quota.maxVersionsPerItem)
    return {
      ok: false,
      status: 422,
      code: 'MATERIAL_VERSIONS_EXCEEDED',
      title_zh: '材料版本已达上限',
      detail_zh: `“${upload.itemTitle_zh}”已上传 ${usage.itemVersions} 个版本，达到每个材料项目 ${quota.maxVersionsPerItem} 个版本的上限；已替换的版本作为申请记录保留，不能再上传新版本。如需更正，请与受理部门联系。`,
    };
  if (usage.caseBytes + upload.size > quota.maxBytesPerCase)
    return {
      ok: false,
      status: 413,
      code: 'CASE_UPLOAD_QUOTA_EXCEEDED',
      title_zh: '申请材料总量超出上限',
      detail_zh: `本申请已保存材料 ${mb(usage.caseBytes)}（含已替换的版本），再上传该文件（${mb(upload.size)}）将超过每个申请 ${mb(quota.maxBytesPerCase)} 的上限。`,
    };
  return { ok: true };
}
