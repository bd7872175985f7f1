// Issue 9 point 8: a case is the applicant's alone until it is submitted. The deciding authority
// (province A for institution X), the supervising national centre and everyone else get exactly what a
// random id gets — on the case page, its events, its materials and their files — and the draft is in
// none of their lists (待办, 已办, supervised). A draft withdrawn before submission stays the
// applicant's; a submitted case is seen as before.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfBytes } from '../../src/materials/sample-files.test-support.js';
import type { Persona } from '../support/personas.js';
import { BASE, answerOf, openCaseApi, type CaseApi } from './case-api-harness.js';

let api: CaseApi;
beforeAll(async () => {
  api = await openCaseApi();
});
afterAll(async () => api?.close());

const OTHERS: Persona[] = ['provinceA', 'national', 'provinceB', 'institutionY', 'expert', 'sysadmin'];
const pdf = { name: '申请表.pdf', type: 'application/pdf', bytes: pdfBytes() };

async function listed(persona: Persona, view: string): Promise<string[]> {
  const res = await api.clients[persona].inject('GET', `${BASE}/cases?view=${view}&pageSize=100`);
  return res.statusCode === 200 ? res.json<{ items: { id: string }[] }>().items.map((i) => i.id) : [];
}

/** Every read and act on the case answers each persona what a random id answers. */
async function expectHiddenFrom(caseId: string, materialId: string) {
  const random = randomUUID();
  for (const p of OTHERS) {
    const c = api.clients[p];
    const pairs = [
      [c.inject('GET', `${BASE}/cases/${caseId}`), c.inject('GET', `${BASE}/cases/${random}`)],
      [
        c.inject('POST', `${BASE}/cases/${caseId}/events/request_correction`, {
          version: await api.version(caseId),
          payload: { items: ['application_form'] },
        }),
        c.inject('POST', `${BASE}/cases/${random}/events/request_correction`, {
          version: 1,
          payload: { items: ['application_form'] },
        }),
      ],
      [
        c.inject('GET', `${BASE}/cases/${caseId}/materials/${materialId}/file`),
        c.inject('GET', `${BASE}/cases/${random}/materials/${materialId}/file`),
      ],
    ] as const;
    for (const [own, rnd] of pairs) {
      const [a, b] = [await own, await rnd];
      expect(answerOf(a), `${p}: ${a.body.slice(0, 120)}`).toEqual(answerOf(b));
      expect(a.statusCode, p).toBe(404);
    }
    const upload = await api.upload(p, caseId, { checklistItem: 'application_form' }, pdf);
    const uploadRandom = await api.upload(p, random, { checklistItem: 'application_form' }, pdf);
    expect(answerOf(upload), p).toEqual(answerOf(uploadRandom));
    for (const view of ['todo', 'done', 'supervised', 'mine', 'assigned'])
      expect(await listed(p, view), `${p} ${view}`).not.toContain(caseId);
  }
}

describe('a draft is the applicant’s alone (issue 9 point 8)', () => {
  let draft: string;
  let material: string;

  it('the applicant opens a draft, uploads and reads it, and finds it in 我的申请', async () => {
    draft = await api.open();
    const up = await api.upload('institutionX', draft, { checklistItem: 'application_form' }, pdf);
    expect(up.statusCode).toBe(201);
    material = up.json<{ id: string }>().id;
    expect((await api.clients.institutionX.inject('GET', `${BASE}/cases/${draft}`)).statusCode).toBe(200);
    expect(await listed('institutionX', 'mine')).toContain(draft);
  });

  it('the deciding authority, the supervising centre and everyone else get what a random id gets', async () => {
    await expectHiddenFrom(draft, material);
  });

  it('a draft withdrawn before submission stays the applicant’s alone', async () => {
    const withdrawn = await api.open();
    const up = await api.upload('institutionX', withdrawn, { checklistItem: 'application_form' }, pdf);
    const res = await api.send('institutionX', withdrawn, 'withdraw');
    expect(res.statusCode).toBe(200);
    const row = await api.handle.db
      .selectFrom('cases')
      .select(['state', 'submitted_at'])
      .where('id', '=', withdrawn)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ state: 'withdrawn', submitted_at: null });
    await expectHiddenFrom(withdrawn, up.json<{ id: string }>().id);
    expect((await api.clients.institutionX.inject('GET', `${BASE}/cases/${withdrawn}`)).statusCode).toBe(200);
  });

  it('once submitted, the deciding authority acts on it and the centre supervises it', async () => {
    expect((await api.send('institutionX', draft, 'submit')).statusCode).toBe(200);
    expect(await listed('provinceA', 'todo')).toContain(draft);
    expect(await listed('national', 'supervised')).toContain(draft);
    expect(await listed('provinceA', 'supervised')).toContain(draft);
    expect((await api.clients.provinceA.inject('GET', `${BASE}/cases/${draft}`)).statusCode).toBe(200);
    const file = await api.clients.national.inject(
      'GET',
      `${BASE}/cases/${draft}/materials/${material}/file`,
    );
    expect(file.statusCode).toBe(200);
    // Still nobody else's.
    for (const p of ['provinceB', 'institutionY', 'sysadmin'] as const)
      expect((await api.clients[p].inject('GET', `${BASE}/cases/${draft}`)).statusCode, p).toBe(404);
  });
});
