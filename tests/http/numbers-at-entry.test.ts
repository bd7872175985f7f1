// Issue 10 point 4: bad numbers are caught at entry. A negative count, a negative area or a fraction of
// a person is refused by the API with a Chinese message that names the field by its label (never its
// identifier) and states the bound in words — never coerced to 0, and nothing is stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { openTestApp, TEST_DATA_KEY, type TestApp } from '../support/test-app.js';
import { createSession } from '../../src/persistence/sessions.repository.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { seedAll } from '../../src/persistence/seed/seed-all.js';
import { demoId } from '../../src/persistence/seed/demo/ids.js';
import { institutionId } from '../../src/persistence/seed/demo/load-registry.js';

type Call = (method: 'GET' | 'POST', url: string, body?: unknown) => Promise<LightMyRequestResponse>;
interface Problem {
  status: number;
  code: string;
  title: string;
  detail: string;
  errors?: { path: string; message: string; label?: string; label_en?: string; message_en?: string }[];
  title_en?: string;
  detail_en?: string;
}

const APPLICATION = {
  occupations: [{ code: '4-10-01-05', levels: [5, 4], trainingVolume: 1800 }],
  trainingHistorySince: '2019-06-01',
  managementSystems: ['exam_affairs'],
};

describe('numbers refused at entry (API)', () => {
  let t: TestApp;
  const as: Record<string, Call> = {};

  beforeAll(async () => {
    t = await openTestApp((h) =>
      seedAll(h.db, { demo: true, personalData: createPersonalDataProtector(TEST_DATA_KEY) }).then(() => {}),
    );
    for (const u of ['inst_gz']) {
      const s = await createSession(t.handle.db, {
        userId: demoId('user', u),
        absoluteExpiresAt: new Date(Date.now() + 3_600_000),
      });
      as[u] = (method, url, body) =>
        t.app.inject({
          method,
          url,
          headers: { cookie: `sid=${s.token}`, ...(method === 'GET' ? {} : { 'x-csrf-token': s.csrfToken }) },
          ...(body === undefined ? {} : { payload: body as object }),
        });
    }
  }, 120_000);
  afterAll(async () => t?.close());

  const casesOf = async () =>
    (await t.handle.db.selectFrom('cases').select('id').execute()).map((c) => c.id).sort();

  it('a training volume of −5 is refused with 不能为负数, named by its label, and no case is opened', async () => {
    const before = await casesOf();
    const res = await as.inst_gz!('POST', '/api/v1/cases', {
      procedure: 'social-org-filing',
      input: { ...APPLICATION, occupations: [{ ...APPLICATION.occupations[0], trainingVolume: -5 }] },
    });
    expect(res.statusCode).toBe(422);
    const p = res.json<Problem>();
    expect(p.errors).toEqual([
      {
        path: 'input.occupations.0.trainingVolume',
        message: '不能为负数',
        label: expect.stringContaining('培训规模（人次）'),
        // English beside the Chinese (issue 10 point 3): the field's name and what is wrong.
        label_en: expect.stringContaining('Training volume'),
        message_en: 'Must not be negative',
      },
    ]);
    expect(p.errors![0]!.label).toContain('第 1 项');
    expect(p.errors![0]!.label_en).toContain('item 1');
    expect(p.detail_en).toContain('Training volume in this occupation (person-times): Must not be negative');
    expect(`${p.title_en} ${p.detail_en}`).not.toMatch(/[\u3400-\u9fff]|trainingVolume/);
    // The detail reads as Chinese words: the field's label and what is wrong, no path, no type name.
    expect(p.detail).toContain('培训规模（人次）：不能为负数');
    expect(p.detail).not.toMatch(/trainingVolume|occupations\.0|number|>=/);
    expect(await casesOf()).toEqual(before);
  });

  it('a fraction of a person-time is refused as 应为整数, not rounded', async () => {
    const res = await as.inst_gz!('POST', '/api/v1/cases', {
      procedure: 'social-org-filing',
      input: { ...APPLICATION, occupations: [{ ...APPLICATION.occupations[0], trainingVolume: 12.5 }] },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().errors?.map((e) => e.message)).toEqual(['应为整数']);
  });

  it('a site with a negative floor area or a fraction of an exam room is refused, nothing stored', async () => {
    const inst = institutionId('gz-qiancheng');
    const sites = async () =>
      (await t.handle.db.selectFrom('sites').select('id').where('institution_id', '=', inst).execute())
        .length;
    const before = await sites();
    const site = { name: '负面积考点', address: '贵阳市观山湖区', tenure: 'owned', floorAreaM2: 500 };
    const negative = await as.inst_gz!('POST', `/api/v1/institutions/${inst}/sites`, {
      ...site,
      floorAreaM2: -1,
    });
    expect(negative.statusCode).toBe(400);
    const p = negative.json<Problem>();
    expect(p.code).toBe('VALIDATION_FAILED');
    expect(p.errors).toEqual([
      {
        path: 'body.floorAreaM2',
        message: '不能为负数',
        // Named by the route's description and its English (tests/http/request-descriptions.test.ts).
        label: '面积（平方米）',
        label_en: 'Area (square metres)',
        message_en: 'Must not be negative',
      },
    ]);
    const fraction = await as.inst_gz!('POST', `/api/v1/institutions/${inst}/sites`, {
      ...site,
      examRooms: 2.5,
      computerSeats: -3,
    });
    expect(fraction.statusCode).toBe(400);
    expect(
      fraction
        .json<Problem>()
        .errors?.map((e) => `${e.path} ${e.message}`)
        .sort(),
    ).toEqual(['body.computerSeats 不能为负数', 'body.examRooms 应为整数']);
    expect(
      fraction
        .json<Problem>()
        .errors?.map((e) => e.message_en)
        .sort(),
    ).toEqual(['Must be a whole number', 'Must not be negative']);
    expect(await sites()).toBe(before);
  });
});
