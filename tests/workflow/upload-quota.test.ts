// Issue 9 point 6: uploads have a quota. Ten files into one single-file checklist item are the most
// one item holds (SKILLREG_UPLOAD_MAX_VERSIONS, default 10): the eleventh answers 422 in Chinese,
// and the ten stay in the case's history (nine superseded), as the history names them. The bytes of a
// case (SKILLREG_UPLOAD_MAX_CASE_MB, default 200) superseded versions included: past them 413.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { DEFAULT_UPLOAD_QUOTA } from '../../src/materials/quota.js';
import { pdfBytes } from '../../src/materials/sample-files.test-support.js';
import { BASE, openCaseApi, type CaseApi } from './case-api-harness.js';

const MB = 1024 * 1024;
/** A PDF of about `mb` megabytes (a long dictionary value pads it). */
const pdfOf = (mb: number, n: number) => ({
  name: `申请表-${n}.pdf`,
  type: 'application/pdf',
  bytes: pdfBytes(`/Pad (${'x'.repeat(Math.round(mb * MB))}) /N ${n} `),
});

interface Problem {
  status: number;
  code: string;
  title: string;
  detail: string;
}

describe('upload quotas (issue 9 point 6)', { timeout: 120_000 }, () => {
  it('reads its limits from the configuration, with the defaults README names', () => {
    expect(loadConfig({}).uploadQuota).toEqual(DEFAULT_UPLOAD_QUOTA);
    expect(DEFAULT_UPLOAD_QUOTA).toEqual({ maxVersionsPerItem: 10, maxBytesPerCase: 200 * MB });
    expect(
      loadConfig({ SKILLREG_UPLOAD_MAX_VERSIONS: '4', SKILLREG_UPLOAD_MAX_CASE_MB: '50' }).uploadQuota,
    ).toEqual({ maxVersionsPerItem: 4, maxBytesPerCase: 50 * MB });
  });

  describe('with the default quota', () => {
    let api: CaseApi;
    let caseId: string;
    beforeAll(async () => {
      api = await openCaseApi();
      caseId = await api.open();
    });
    afterAll(async () => api?.close());

    it('takes ten versions of a single-file item, refuses the eleventh with 422, keeps all ten', async () => {
      for (let n = 1; n <= 10; n++) {
        const res = await api.upload(
          'institutionX',
          caseId,
          { checklistItem: 'application_form' },
          pdfOf(0.1, n),
        );
        expect(res.statusCode, `version ${n}: ${res.body.slice(0, 200)}`).toBe(201);
      }
      const eleventh = await api.upload(
        'institutionX',
        caseId,
        { checklistItem: 'application_form' },
        pdfOf(0.1, 11),
      );
      expect(eleventh.statusCode).toBe(422);
      const p = eleventh.json<Problem>();
      expect(p.code).toBe('MATERIAL_VERSIONS_EXCEEDED');
      expect(p.detail).toContain('已上传 10 个版本');
      expect(eleventh.headers['content-type']).toContain('application/problem+json');

      const d = (await api.clients.institutionX.inject('GET', `${BASE}/cases/${caseId}`)).json<{
        materials: { items: { id: string; files: { version: number; current: boolean }[] }[] };
      }>();
      const files = d.materials.items.find((i) => i.id === 'application_form')!.files;
      expect(files.map((f) => f.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(files.filter((f) => f.current).map((f) => f.version)).toEqual([10]);
      // Another item of the same case still takes files.
      const photo = await api.upload('institutionX', caseId, { checklistItem: 'site_photos' }, pdfOf(0, 1));
      expect([201, 422]).toContain(photo.statusCode);
      if (photo.statusCode === 422) expect(photo.json<Problem>().code).not.toBe('MATERIAL_VERSIONS_EXCEEDED');
    });
  });

  describe('with a small byte quota per case', () => {
    let api: CaseApi;
    beforeAll(async () => {
      api = await openCaseApi({ uploadQuota: { maxVersionsPerItem: 10, maxBytesPerCase: 0.5 * MB } });
    });
    afterAll(async () => api?.close());

    it('counts superseded versions and answers 413 in Chinese once the case would pass its bytes', async () => {
      const caseId = await api.open();
      const item = { checklistItem: 'application_form' };
      expect((await api.upload('institutionX', caseId, item, pdfOf(0.2, 1))).statusCode).toBe(201);
      expect((await api.upload('institutionX', caseId, item, pdfOf(0.2, 2))).statusCode).toBe(201);
      const third = await api.upload('institutionX', caseId, item, pdfOf(0.2, 3));
      expect(third.statusCode).toBe(413);
      const p = third.json<Problem>();
      expect(p).toMatchObject({ code: 'CASE_UPLOAD_QUOTA_EXCEEDED', title: '申请材料总量超出上限' });
      expect(p.detail).toContain('超过每个申请 0.5 MB 的上限');
      // Nothing was written by the refusal; a smaller file still fits.
      const rows = await api.handle.db
        .selectFrom('case_materials')
        .select('version')
        .where('case_id', '=', caseId)
        .execute();
      expect(rows).toHaveLength(2);
      expect((await api.upload('institutionX', caseId, item, pdfOf(0.05, 4))).statusCode).toBe(201);
      // The quota is per case: another case of the same applicant starts empty.
      await api.send('institutionX', caseId, 'withdraw');
      const other = await api.open();
      expect((await api.upload('institutionX', other, item, pdfOf(0.2, 5))).statusCode).toBe(201);
    });
  });
});
