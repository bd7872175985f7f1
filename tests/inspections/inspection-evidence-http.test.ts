// 1x-selection §25 (审查材料、实地考察、走访座谈): an inspection's evidence files through the API. The round's
// authority uploads (multipart, the shared upload check: a disguised file or more than 5 files refuse the
// whole upload and store nothing), lists and downloads them; another province, the institution inspected
// and the public get 404/401 as for a random id; once the inspection is concluded no file can be added
// (409 INSPECTION_CONCLUDED).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { openTestApp, type TestApp } from '../support/test-app.js';
import { loginPersonas, seedPersonas, type Client, type Fixture, type Persona } from '../support/personas.js';
import { createSession } from '../../src/persistence/sessions.repository.js';
import { publishDirectoryEntry } from '../../src/use-cases/directory/publish-directory-entry.js';
import { pdfBytes, pngBytes } from '../../src/materials/sample-files.test-support.js';

let t: TestApp;
let f: Fixture;
let as: Record<Persona, Client>;
let inspectionId: string;

type Part = { name: string; type: string; bytes: Uint8Array };

/** A multipart upload with the persona's session (the persona clients send JSON only). */
async function upload(persona: Exclude<Persona, 'anonymous'>, id: string, parts: Part[]) {
  const { token, csrfToken } = await createSession(t.handle.db, { userId: f.userIds[persona], absoluteExpiresAt: new Date(Date.now() + 3_600_000) }); // prettier-ignore
  const boundary = '----inspection-evidence';
  const payload = Buffer.concat([
    ...parts.flatMap((p) => [
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${p.name}"\r\nContent-Type: ${p.type}\r\n\r\n`),
      Buffer.from(p.bytes), Buffer.from('\r\n'),
    ]),
    Buffer.from(`--${boundary}--\r\n`),
  ]); // prettier-ignore
  return t.app.inject({
    method: 'POST', url: `/api/v1/inspections/${id}/evidence`, payload,
    headers: { cookie: `sid=${token}`, 'x-csrf-token': csrfToken, 'content-type': `multipart/form-data; boundary=${boundary}` },
  }); // prettier-ignore
}
const png = (name = '现场照片.png'): Part => ({ name, type: 'image/png', bytes: pngBytes() });
const evidenceCount = async () =>
  (await t.handle.db.selectFrom('inspection_evidence').select('id').execute()).length;

beforeAll(async () => {
  t = await openTestApp();
  f = await seedPersonas(t.handle.db);
  as = await loginPersonas(t.app, f);
  await t.handle.db.transaction().execute(async (trx) => {
    const caseId = randomUUID();
    await trx.insertInto('cases').values({ id: caseId, procedure: 'test-filing', reference_no: '证据测试〔2026〕1号', institution_id: f.institutions.x, branch_id: null, authority_id: f.authorities.guizhou, jurisdiction_code: '520100', parent_case_id: null, state: 'filed', awaiting: null, snapshot: '{}', submitted_at: null, closed_at: null, valid_from: null, valid_to: null, created_by: null }).execute(); // prettier-ignore
    await publishDirectoryEntry(trx, { caller: null }, {
      institutionId: f.institutions.x, caseId, procedure: 'test-filing', regime: 'mohrss-filing', filingCode: '证据测试备案码1',
      validFrom: '2020-01-01', validTo: null, scopes: [{ occupationCode: '4-04-05-01', level: 3 }],
      authorityId: f.authorities.guizhou, citations: [{ source: 'mohrss-filing', article: '二', item: '十' }],
    }); // prettier-ignore
  });
  const plan = await as.provinceA.inject('POST', '/api/v1/inspection-rounds', {
    title: '证据上传测试抽查', institutionKinds: ['social_org'], targetCount: 1, expertsPerTarget: 1,
    methods: ['materials', 'site_visit'], plannedStart: '2026-06-01', plannedEnd: '2026-06-30', poolId: f.pools.guizhou,
  }); // prettier-ignore
  if (plan.statusCode !== 201) throw new Error(plan.body);
  const roundId = plan.json<{ id: string }>().id;
  const drawn = await as.provinceA.inject('POST', `/api/v1/inspection-rounds/${roundId}/draw`);
  if (drawn.statusCode !== 200) throw new Error(drawn.body);
  const round = (await as.provinceA.inject('GET', `/api/v1/inspection-rounds/${roundId}`)).json<{ inspections: { id: string }[] }>(); // prettier-ignore
  inspectionId = round.inspections[0]!.id;
}, 120_000);
afterAll(async () => t?.close());

describe('§25 inspection evidence', () => {
  it('bad uploads store nothing: a PNG named .pdf (disguised), six files, no file, not multipart', async () => {
    const disguised = await upload('provinceA', inspectionId, [{ name: '笔录.pdf', type: 'application/pdf', bytes: pngBytes() }]); // prettier-ignore
    expect(disguised.statusCode).toBe(422);
    expect(disguised.json()).toMatchObject({ code: 'INSPECTION_EVIDENCE_INVALID' });
    const six = await upload(
      'provinceA',
      inspectionId,
      Array.from({ length: 6 }, (_, i) => png(`照片${i}.png`)),
    );
    expect(six.statusCode).toBe(422);
    expect(six.json()).toMatchObject({ code: 'UPLOAD_INVALID' });
    const none = await upload('provinceA', inspectionId, []);
    expect(none.statusCode).toBe(422);
    const json = await as.provinceA.inject('POST', `/api/v1/inspections/${inspectionId}/evidence`, {});
    expect(json.statusCode).toBe(422);
    expect(await evidenceCount()).toBe(0);
  });

  it('another province, the institution inspected and the public cannot upload or read (404/401)', async () => {
    expect((await upload('provinceB', inspectionId, [png()])).statusCode).toBe(404);
    expect((await upload('institutionX', inspectionId, [png()])).statusCode).toBe(404);
    expect((await upload('provinceA', randomUUID(), [png()])).statusCode).toBe(404);
    expect((await as.provinceB.inject('GET', `/api/v1/inspections/${inspectionId}/evidence`)).statusCode).toBe(404); // prettier-ignore
    expect((await as.institutionX.inject('GET', `/api/v1/inspections/${inspectionId}/evidence`)).statusCode).toBe(404); // prettier-ignore
    expect((await as.anonymous.inject('GET', `/api/v1/inspections/${inspectionId}/evidence`)).statusCode).toBe(401); // prettier-ignore
    expect(await evidenceCount()).toBe(0);
  });

  it('the round’s authority uploads two files, lists and downloads them; the round page lists them too', async () => {
    const res = await upload('provinceA', inspectionId, [png(), { name: '座谈记录.pdf', type: 'application/pdf', bytes: pdfBytes() }]); // prettier-ignore
    expect(res.statusCode, res.body).toBe(201);
    const { items } = res.json<{ items: { id: string; name: string; mediaType: string; size: number }[] }>();
    expect(items.map((i) => i.name)).toEqual(['现场照片.png', '座谈记录.pdf']);
    const list = (await as.provinceA.inject('GET', `/api/v1/inspections/${inspectionId}/evidence`)).json<{ items: { id: string }[] }>(); // prettier-ignore
    expect(list.items).toHaveLength(2);
    const dl = await as.provinceA.inject(
      'GET',
      `/api/v1/inspections/${inspectionId}/evidence/${items[0]!.id}`,
    );
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toContain('image/png');
    expect(Buffer.compare(dl.rawPayload, Buffer.from(pngBytes()))).toBe(0);
    expect((await as.provinceB.inject('GET', `/api/v1/inspections/${inspectionId}/evidence/${items[0]!.id}`)).statusCode).toBe(404); // prettier-ignore
    expect((await as.provinceA.inject('GET', `/api/v1/inspections/${inspectionId}/evidence/${randomUUID()}`)).statusCode).toBe(404); // prettier-ignore
    const audit = await t.handle.db.selectFrom('audit_log').select('action').where('entity_id', '=', inspectionId).where('action', '=', 'add_evidence').execute(); // prettier-ignore
    expect(audit).toHaveLength(1);
  });

  it('once the inspection is concluded, no evidence can be added (409 INSPECTION_CONCLUDED)', async () => {
    await as.provinceA.inject('PUT', `/api/v1/inspections/${inspectionId}/findings`, { findings: [{ item: '培训评价场地', method: 'site_visit', result: 'ok' }] }); // prettier-ignore
    const done = await as.provinceA.inject('POST', `/api/v1/inspections/${inspectionId}/conclude`, { outcome: 'no_problems', conclusion: '未发现问题' }); // prettier-ignore
    expect(done.statusCode, done.body).toBe(200);
    const late = await upload('provinceA', inspectionId, [png('补充.png')]);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'INSPECTION_CONCLUDED' });
    expect(await evidenceCount()).toBe(2);
  });
});
