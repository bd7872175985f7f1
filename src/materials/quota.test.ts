import { describe, expect, it } from 'vitest';
import { checkUploadQuota, DEFAULT_UPLOAD_QUOTA } from './quota.js';

const quota = { maxVersionsPerItem: 3, maxBytesPerCase: 10_000 };
const upload = { size: 1_000, itemTitle_zh: '备案申请表' };

describe('checkUploadQuota', () => {
  it('lets a file in below both limits, and up to the byte limit exactly', () => {
    expect(checkUploadQuota(quota, { itemVersions: 2, caseBytes: 0 }, upload)).toEqual({ ok: true });
    expect(checkUploadQuota(quota, { itemVersions: 0, caseBytes: 9_000 }, upload)).toEqual({ ok: true });
  });
  it('refuses the version after the last one allowed with 422 and the item named', () => {
    const v = checkUploadQuota(quota, { itemVersions: 3, caseBytes: 0 }, upload);
    expect(v).toMatchObject({ ok: false, status: 422, code: 'MATERIAL_VERSIONS_EXCEEDED' });
    expect(v.ok === false && v.detail_zh).toContain('“备案申请表”已上传 3 个版本');
  });
  it('refuses a file that would take the case past its bytes with 413', () => {
    const v = checkUploadQuota(quota, { itemVersions: 0, caseBytes: 9_001 }, upload);
    expect(v).toMatchObject({ ok: false, status: 413, code: 'CASE_UPLOAD_QUOTA_EXCEEDED' });
  });
  it('has defaults that a full employer filing (14 items, a correction each) fits', () => {
    expect(DEFAULT_UPLOAD_QUOTA.maxVersionsPerItem).toBeGreaterThanOrEqual(2);
    expect(DEFAULT_UPLOAD_QUOTA.maxBytesPerCase).toBeGreaterThanOrEqual(14 * 2 * 5 * 1024 * 1024);
  });
});
