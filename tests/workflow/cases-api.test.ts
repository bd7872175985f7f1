// The generic case API (src/http/routes/cases.routes.ts) driven end to end with a test procedure
// (tests/workflow/cases-test-procedure.ts) and the access personas: applying with the generated form,
// materials checklist and upload, the guard's findings shown before and on refusal, the authority's
// 待办 queue with the due date and the working days left (overdue flagged), correction pausing the
// clock, optimistic versions (409), expert assignment, filing with receipt and directory entry, and
// downloads scoped to the case's parties.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import { loadConfig } from '../../src/config.js';
import { caseRoutes } from '../../src/http/routes/cases.routes.js';
import { databaseFileStore } from '../../src/persistence/file-store.js';
import { createSession } from '../../src/persistence/sessions.repository.js';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import { openTestDatabase } from '../support/test-database.js';
import { TEST_DATA_KEY } from '../support/test-app.js';
import { loginPersonas, seedPersonas, type Client, type Fixture, type Persona } from '../support/personas.js';
import { pdfBytes, pngBytes } from '../../src/materials/sample-files.test-support.js';
import { testProcedure } from './cases-test-procedure.js';
import { multipart } from './case-api-harness.js';
import type { FastifyInstance } from 'fastify';

const BASE = '/api/v1/t';
let handle: DatabaseHandle;
let app: FastifyInstance;
let f: Fixture;
let clients: Record<Persona, Client>;
// Monday 2 March 2026, 10:00 in Beijing.
let clock = new Date('2026-03-02T02:00:00Z');

beforeAll(async () => {
  handle = await openTestDatabase();
  f = await seedPersonas(handle.db);
  app = await buildApp({
    db: handle.db,
    config: { ...loadConfig({}), cookieSecure: false },
    dataKey: TEST_DATA_KEY,
  });
  await app.register(caseRoutes, {
    prefix: BASE,
    procedures: [testProcedure],
    store: databaseFileStore(),
    now: () => clock,
  });
  await app.ready();
  clients = await loginPersonas(app, f);
});
afterAll(async () => {
  await app?.close();
  await handle?.close();
});

async function upload(
  persona: Persona,
  caseId: string,
  fields: Record<string, string>,
  file?: Parameters<typeof multipart>[1],
) {
  const body = multipart(fields, file);
  const session = await createSession(app.db, {
    userId: f.userIds[persona as Exclude<Persona, 'anonymous'>],
    absoluteExpiresAt: new Date(Date.now() + 3_600_000),
  });
  return app.inject({
    method: 'POST',
    url: `${BASE}/cases/${caseId}/materials`,
    headers: {
      cookie: `sid=${session.token}`,
      'x-csrf-token': session.csrfToken,
      'content-type': body.contentType,
    },
    payload: body.payload,
  });
}

interface Detail {
  case: {
    id: string;
    state: string;
    version: number;
    referenceNo: string;
    summary: string | null;
    validFrom: string | null;
    validTo: string | null;
  };
  awaiting: {
    party: string;
    dueDate: string | null;
    explanation_zh: string | null;
    remaining: number | null;
  } | null;
  deadlines: { name: string; status: string; dueDate: string; pauses: unknown[] }[];
  events: {
    event: string;
    citations: { citationText: string; citationZh: string }[];
    findings: unknown[];
    comment: string | null;
  }[];
  documents: { id: string; kind: string; number: string }[];
  materials: {
    canUpload: boolean;
    complete: boolean;
    missing: string[];
    items: { id: string; files: { id: string; version: number; current: boolean }[] }[];
  };
  available: {
    event: string;
    enabled: boolean | null;
    findings: { passed: unknown; message_zh: string }[];
    payloadSchema: Record<string, unknown> | null;
  }[];
  directoryEntry: {
    filingCode: string;
    validTo: string | null;
    scopes: { occupationCode: string; level: number }[];
  } | null;
}
const detail = async (p: Persona, id: string) =>
  (await clients[p].inject('GET', `${BASE}/cases/${id}`)).json<Detail>();
const send = (p: Persona, id: string, event: string, body: Record<string, unknown>) =>
  clients[p].inject('POST', `${BASE}/cases/${id}/events/${event}`, body);

describe('generic case API with a test procedure', () => {
  let caseId: string;

  it('lists the procedures a caller may open, each with its form as JSON schema with Chinese labels', async () => {
    const res = await clients.institutionX.inject('GET', `${BASE}/procedures`);
    expect(res.statusCode).toBe(200);
    const { items } = res.json<{
      items: { id: string; openSchema: { properties: Record<string, { description: string }> } }[];
    }>();
    expect(items.map((i) => i.id)).toEqual(['test-filing']);
    expect(items[0]!.openSchema.properties.scopes!.description).toBe('申请备案的职业（工种）及等级');
    const authority = await clients.provinceA.inject('GET', `${BASE}/procedures`);
    expect(authority.json<{ items: unknown[] }>().items).toEqual([]);
    expect((await clients.anonymous.inject('GET', `${BASE}/procedures`)).statusCode).toBe(401);
  });

  it('refuses an application form that does not match the schema (422 with the field paths)', async () => {
    const res = await clients.institutionX.inject('POST', `${BASE}/cases`, {
      procedure: 'test-filing',
      input: { scopes: [{ occupationCode: '4-04-05-01', level: 9 }], extra: 1 },
    });
    expect(res.statusCode).toBe(422);
    const body = res.json<{ code: string; errors: { path: string }[] }>();
    expect(body.code).toBe('APPLICATION_INVALID');
    expect(body.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['input.scopes.0.level', 'input']));
    const unknown = await clients.institutionX.inject('POST', `${BASE}/cases`, {
      procedure: 'nope',
      input: {},
    });
    expect(unknown.statusCode).toBe(404);
    const authority = await clients.provinceA.inject('POST', `${BASE}/cases`, {
      procedure: 'test-filing',
      input: { scopes: [{ occupationCode: '4-04-05-01', level: 3 }] },
    });
    expect(authority.statusCode).toBe(403);
  });

  it('opens a case with a reference number of the procedure prefix and year', async () => {
    const res = await clients.institutionX.inject('POST', `${BASE}/cases`, {
      procedure: 'test-filing',
      input: { scopes: [{ occupationCode: '4-04-05-01', level: 3 }] },
    });
    expect(res.statusCode).toBe(201);
    const opened = res.json<{ id: string; referenceNo: string; state: string; version: number }>();
    expect(opened).toMatchObject({ referenceNo: '测试备申〔2026〕0001号', state: 'draft', version: 1 });
    caseId = opened.id;
    const d = await detail('institutionX', caseId);
    expect(d.case.summary).toBe('申请职业：4-04-05-01/3级');
    expect(d.awaiting).toMatchObject({ party: 'applicant', dueDate: null });
  });

  it('shows the materials checklist as incomplete and the submit button disabled with its finding', async () => {
    const d = await detail('institutionX', caseId);
    expect(d.materials).toMatchObject({ canUpload: true, complete: false, missing: ['application_form'] });
    const submit = d.available.find((a) => a.event === 'submit')!;
    expect(submit.enabled).toBe(false);
    expect(submit.findings[0]).toMatchObject({ passed: false, message_zh: '尚缺申报材料：备案申请表' });
    expect(submit.payloadSchema).toBeNull();
    const refused = await send('institutionX', caseId, 'submit', { version: 1 });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: 'GUARD_FAILED',
      findings: [
        { passed: false, citationText: 'mohrss-filing 二(八)', message_zh: '尚缺申报材料：备案申请表' },
      ],
    });
  });

  it('takes a material by multipart upload and refuses a file that is not what it says', async () => {
    const disguised = await upload(
      'institutionX',
      caseId,
      { checklistItem: 'application_form' },
      {
        name: '申请表.pdf',
        type: 'application/pdf',
        bytes: pngBytes(),
      },
    );
    expect(disguised.statusCode).toBe(422);
    const notApplicant = await upload(
      'provinceA',
      caseId,
      { checklistItem: 'application_form' },
      {
        name: '申请表.pdf',
        type: 'application/pdf',
        bytes: pdfBytes(),
      },
    );
    // A draft is the applicant's alone (issue 9 point 8): the authority gets what a random id gets.
    expect(notApplicant.statusCode).toBe(404);
    const foreign = await upload(
      'institutionY',
      caseId,
      { checklistItem: 'application_form' },
      {
        name: '申请表.pdf',
        type: 'application/pdf',
        bytes: pdfBytes(),
      },
    );
    expect(foreign.statusCode).toBe(404);
    const noFile = await upload('institutionX', caseId, { checklistItem: 'application_form' });
    expect(noFile.statusCode).toBe(422);
    const ok = await upload(
      'institutionX',
      caseId,
      { checklistItem: 'application_form' },
      {
        name: '申请表.pdf',
        type: 'application/pdf',
        bytes: pdfBytes(),
      },
    );
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      checklistItem: 'application_form',
      version: 1,
      originalName: '申请表.pdf',
    });
    const d = await detail('institutionX', caseId);
    expect(d.materials.complete).toBe(true);
    expect(d.available.find((a) => a.event === 'submit')!.enabled).toBe(true);
  });

  it('submits once: a second submission on the same version gets 409 VERSION_CONFLICT', async () => {
    const first = await send('institutionX', caseId, 'submit', { version: 1, comment: '请审核' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ case: { state: 'submitted', version: 2 } });
    const again = await send('institutionX', caseId, 'submit', { version: 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ code: string }>().code).toBe('VERSION_CONFLICT');
  });

  it("puts the case in the authority's 待办 with the due date (10 working days) and days left", async () => {
    const res = await clients.provinceA.inject('GET', `${BASE}/cases?view=todo`);
    expect(res.statusCode).toBe(200);
    const { items, total } = res.json<{
      items: { id: string; dueDate: string; remaining: number; overdue: boolean; awaiting_zh: string }[];
      total: number;
    }>();
    expect(total).toBe(1);
    // 2026-03-02 (Mon) + 10 working days = 2026-03-16 (Mon).
    expect(items[0]).toMatchObject({
      id: caseId,
      dueDate: '2026-03-16',
      remaining: 10,
      overdue: false,
      awaiting_zh: '受理部门',
    });
    const mine = await clients.institutionX.inject('GET', `${BASE}/cases?view=mine`);
    expect(mine.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([caseId]);
    expect(
      (await clients.institutionY.inject('GET', `${BASE}/cases?view=mine`)).json<{ total: number }>().total,
    ).toBe(0);
    expect(
      (await clients.provinceB.inject('GET', `${BASE}/cases?view=todo`)).json<{ total: number }>().total,
    ).toBe(0);
    expect((await clients.institutionX.inject('GET', `${BASE}/cases?view=todo`)).statusCode).toBe(403);
    const supervised = await clients.national.inject('GET', `${BASE}/cases?view=supervised`);
    expect(supervised.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(caseId);
    const d = await detail('provinceA', caseId);
    expect(d.awaiting).toMatchObject({ party: 'authority', dueDate: '2026-03-16', remaining: 10 });
    expect(d.awaiting!.explanation_zh).toContain('受理答复期限');
    expect(d.events.at(-1)).toMatchObject({ event: 'submit', comment: '请审核' });
    expect(d.events.at(-1)!.citations[0]).toMatchObject({ citationText: 'mohrss-filing 二(八)' });
  });

  it('flags the case overdue in 待办 once the due date has passed', async () => {
    const saved = clock;
    clock = new Date('2026-03-18T02:00:00Z');
    try {
      const { items } = (await clients.provinceA.inject('GET', `${BASE}/cases?view=todo`)).json<{
        items: { overdue: boolean; remaining: number; standing: string }[];
      }>();
      expect(items[0]).toMatchObject({ overdue: true, standing: 'overdue', remaining: -2 });
    } finally {
      clock = saved;
    }
  });

  it('lets the supervising authority read but not act, and hides the case from everyone else (404)', async () => {
    expect((await clients.national.inject('GET', `${BASE}/cases/${caseId}`)).statusCode).toBe(200);
    for (const p of ['provinceB', 'institutionY', 'expert', 'sysadmin'] as const)
      expect((await clients[p].inject('GET', `${BASE}/cases/${caseId}`)).statusCode, p).toBe(404);
    expect((await clients.anonymous.inject('GET', `${BASE}/cases/${caseId}`)).statusCode).toBe(401);
    const national = await send('national', caseId, 'request_correction', {
      version: 2,
      payload: { items: ['申请表'] },
    });
    expect(national.statusCode).toBe(403);
    const foreign = await send('provinceB', caseId, 'request_correction', {
      version: 2,
      payload: { items: ['申请表'] },
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('validates the payload of an event against its schema before acting', async () => {
    const empty = await send('provinceA', caseId, 'request_correction', {
      version: 2,
      payload: { items: [] },
    });
    expect(empty.statusCode).toBe(422);
    expect(empty.json<{ code: string }>().code).toBe('PAYLOAD_INVALID');
    const unexpected = await send('institutionX', caseId, 'withdraw', { version: 2, payload: { x: 1 } });
    expect(unexpected.statusCode).toBe(422);
    const unknownEvent = await send('provinceA', caseId, 'explode', { version: 2 });
    expect(unknownEvent.statusCode).toBe(404);
  });

  it('requests a correction (document issued, clock paused), takes the replacement and resumes', async () => {
    clock = new Date('2026-03-04T02:00:00Z');
    // Two officers press the button at once: exactly one succeeds, the other is told to reload.
    const body = { version: 2, payload: { items: ['备案申请表（盖章页）'] } };
    const both = await Promise.all([
      send('provinceA', caseId, 'request_correction', body),
      send('provinceA', caseId, 'request_correction', body),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const res = both.find((r) => r.statusCode === 200)!;
    expect(res.json<{ documents: { kind: string; number: string }[] }>().documents).toEqual([
      expect.objectContaining({ kind: 'correction_request', number: '测试备补〔2026〕1号' }),
    ]);
    let d = await detail('institutionX', caseId);
    expect(d.case.state).toBe('correction');
    expect(d.deadlines[0]).toMatchObject({ name: 'acceptance_answer', status: 'paused' });
    expect(d.materials.canUpload).toBe(true);

    clock = new Date('2026-03-06T02:00:00Z');
    const replaced = await upload(
      'institutionX',
      caseId,
      { checklistItem: 'application_form' },
      {
        name: '申请表-补正.pdf',
        type: 'application/pdf',
        bytes: pdfBytes('/Version 2 '),
      },
    );
    expect(replaced.statusCode).toBe(201);
    expect(replaced.json()).toMatchObject({ version: 2 });
    expect((await send('institutionX', caseId, 'resubmit', { version: 3 })).statusCode).toBe(200);
    d = await detail('provinceA', caseId);
    const files = d.materials.items.find((i) => i.id === 'application_form')!.files;
    expect(files.map((x) => [x.version, x.current])).toEqual([
      [1, false],
      [2, true],
    ]);
    // Paused 03-04 → 03-06: two working days not counted, due 2026-03-18.
    expect(d.deadlines[0]).toMatchObject({ status: 'running', dueDate: '2026-03-18' });
    expect(d.materials.canUpload).toBe(false);
  });

  it('accepts, assigns the expert (who then sees the case in 分配给我), takes the opinion', async () => {
    const res = await send('provinceA', caseId, 'accept', {
      version: 4,
      payload: { expertIds: [f.experts.self] },
    });
    expect(res.statusCode).toBe(200);
    const assigned = await clients.expert.inject('GET', `${BASE}/cases?view=assigned`);
    expect(assigned.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([caseId]);
    const d = await detail('expert', caseId);
    const opinion = d.available.find((a) => a.event === 'give_opinion')!;
    expect(opinion.payloadSchema).toMatchObject({ properties: { conclusion: { enum: ['pass', 'fail'] } } });
    const given = await send('expert', caseId, 'give_opinion', {
      version: 5,
      payload: { conclusion: 'pass', opinion: '符合条件' },
    });
    expect(given.statusCode).toBe(200);
  });

  it('files the case: receipt PDF, directory entry with validity and scope, institution scope active', async () => {
    const res = await send('provinceA', caseId, 'file', { version: 6, payload: { validTo: '2029-03-05' } });
    expect(res.statusCode).toBe(200);
    const d = await detail('institutionX', caseId);
    expect(d.case).toMatchObject({ state: 'filed', validFrom: '2026-03-06', validTo: '2029-03-05' });
    expect(d.documents.map((x) => x.kind)).toEqual([
      'correction_request',
      'acceptance_notice',
      'filing_receipt',
    ]);
    expect(d.directoryEntry).toMatchObject({
      filingCode: '测试备案码〔2026〕0001号',
      validTo: '2029-03-05',
      scopes: [{ occupationCode: '4-04-05-01', level: 3 }],
    });
    const scope = await handle.db
      .selectFrom('institution_scopes')
      .selectAll()
      .where('institution_id', '=', f.institutions.x)
      .where('occupation_code', '=', '4-04-05-01')
      .executeTakeFirstOrThrow();
    expect(scope).toMatchObject({ status: 'active', valid_from: '2026-03-06', valid_to: '2029-03-05' });
    const audit = await handle.db
      .selectFrom('audit_log')
      .select(['entity', 'action'])
      .where('entity', 'in', ['directory_entry', 'institution_scope'])
      .execute();
    expect(audit).toEqual(
      expect.arrayContaining([
        { entity: 'directory_entry', action: 'publish' },
        { entity: 'institution_scope', action: 'renew' },
      ]),
    );
    const done = await clients.provinceA.inject('GET', `${BASE}/cases?view=done`);
    expect(done.json<{ items: { id: string; final: boolean }[] }>().items).toEqual([
      expect.objectContaining({ id: caseId, final: true }),
    ]);
  });

  it('sends documents and materials as attachments to the parties only', async () => {
    const d = await detail('institutionX', caseId);
    const receipt = d.documents.find((x) => x.kind === 'filing_receipt')!;
    const url = `${BASE}/cases/${caseId}/documents/${receipt.id}/file`;
    const got = await clients.institutionX.inject('GET', url);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-disposition']).toMatch(/^attachment;/);
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(got.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await clients.national.inject('GET', url)).statusCode).toBe(200);
    for (const p of ['provinceB', 'institutionY', 'sysadmin'] as const)
      expect((await clients[p].inject('GET', url)).statusCode, p).toBe(404);
    const material = d.materials.items[0]!.files[0]!;
    const murl = `${BASE}/cases/${caseId}/materials/${material.id}/file`;
    expect((await clients.provinceA.inject('GET', murl)).statusCode).toBe(200);
    expect((await clients.institutionY.inject('GET', murl)).statusCode).toBe(404);
    expect((await clients.anonymous.inject('GET', murl)).statusCode).toBe(401);
  });
});
