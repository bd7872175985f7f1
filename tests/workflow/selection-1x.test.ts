// 1x-selection §12–16 end to end through the API, with the demo data: the joint-conference office (jco)
// publishes a recruitment call for two fields (§12, §14); 北京智联未来 (inst_tx, a training_org) applies
// — outside the call's window the submission is refused with the finding, inside it goes in; at 49 999
// person-times the acceptance is refused (§10: 5 万人次以上), corrected to 50 000 it is accepted; a
// panel is drawn from the office's selection pool (§13), a site visit recorded and the experts' majority
// shortlists it (§15); without the credit record the notice — and so the publication — is refused
// (§16); the NDRC, SAMR and tax results are entered with source and date; the notice draws an objection
// that must be answered before the notice can end; two officers record the joint conference's approval
// at once (one 200, one 409); publication lists the organisation and its certificate programmes in the
// public directory with the validity. Every transition has its event, citations and audit row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import { loadConfig } from '../../src/config.js';
import { caseRoutes } from '../../src/http/routes/cases.routes.js';
import { reviewRoutes } from '../../src/http/routes/review.routes.js';
import { publicNoticeRoutes } from '../../src/http/routes/public-notices.routes.js';
import { databaseFileStore } from '../../src/persistence/file-store.js';
import { createSession } from '../../src/persistence/sessions.repository.js';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { seedAll } from '../../src/persistence/seed/seed-all.js';
import { demoId } from '../../src/persistence/seed/demo/ids.js';
import { institutionId } from '../../src/persistence/seed/demo/load-registry.js';
import { pdfBytes } from '../../src/materials/sample-files.test-support.js';
import { addCalendarDays } from '../../src/calendar/calendar-days.js';
import { chinaDate } from '../../src/workflows/deadline.js';
import { SELECTION_1X_CHECKLIST } from '../../src/use-cases/selection-1x/checklist.js';
import { listCreditChecks } from '../../src/persistence/credit-checks.repository.js';
import { ALL_MET, exampleApplication } from '../../src/workflows/selection-1x/example.test-support.js';
import { openTestDatabase } from '../support/test-database.js';
import { TEST_DATA_KEY } from '../support/test-app.js';
import { solvedChallenge } from '../support/challenge.js';

const BASE = '/api/v1/t';
const TX = institutionId('tx-zhilian');
const POOL = demoId('expert_pool', 'jco-1x');

// Opening and objecting run on the real date (the call's window and the notice are checked against
// it); the transitions run on `clock`, moved past a date where a test needs it.
const TODAY = chinaDate(new Date());
let clock = new Date();
const at = (day: string) => {
  clock = new Date(`${day}T02:00:00Z`);
};
const OPEN_ON = addCalendarDays(TODAY, -3);
const CLOSE_ON = addCalendarDays(TODAY, 10);

let handle: DatabaseHandle;
let app: FastifyInstance;
type Client = (
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  body?: unknown,
) => Promise<LightMyRequestResponse>;

async function clientFor(userId: string): Promise<Client> {
  const s = await createSession(handle.db, { userId, absoluteExpiresAt: new Date(Date.now() + 3_600_000) });
  return (method, url, body) =>
    app.inject({
      method,
      url,
      headers: { cookie: `sid=${s.token}`, ...(method === 'GET' ? {} : { 'x-csrf-token': s.csrfToken }) },
      ...(body === undefined ? {} : { payload: body as object }),
    });
}
async function userClient(values: {
  role: 'authority_staff' | 'expert';
  authority?: string;
  expert?: string;
}) {
  const id = randomUUID();
  await handle.db
    .insertInto('users')
    .values({
      id,
      username: `u${id.slice(0, 8)}`,
      display_name: '测试用户',
      password_hash: 'not-used',
      role: values.role,
      authority_id: values.authority ?? null,
      institution_id: null,
      expert_id: values.expert ?? null,
    })
    .execute();
  return clientFor(id);
}

let jco: Client;
let jco2: Client;
let inst: Client;
let osta: Client;
let anonymous: Client;

beforeAll(async () => {
  handle = await openTestDatabase();
  await seedAll(handle.db, { demo: true, personalData: createPersonalDataProtector(TEST_DATA_KEY) });
  app = await buildApp({
    db: handle.db,
    config: { ...loadConfig({}), cookieSecure: false },
    dataKey: TEST_DATA_KEY,
  });
  await app.register(
    async (scoped) => {
      await scoped.register(caseRoutes, { store: databaseFileStore(), now: () => clock });
      await scoped.register(reviewRoutes);
      await scoped.register(publicNoticeRoutes);
    },
    { prefix: BASE },
  );
  await app.ready();
  jco = await clientFor(demoId('user', 'jco'));
  inst = await clientFor(demoId('user', 'inst_tx'));
  osta = await clientFor(demoId('user', 'osta'));
  // A second officer of the office, for the concurrent approval.
  jco2 = await userClient({ role: 'authority_staff', authority: demoId('authority', 'jco') });
  anonymous = (method, url, body) =>
    app.inject({ method, url, ...(body === undefined ? {} : { payload: body as object }) });
});
afterAll(async () => {
  await app?.close();
  await handle?.close();
});

function multipart(fields: Record<string, string>, file: { name: string; type: string; bytes: Uint8Array }) {
  const boundary = `----skillreg${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = Object.entries(fields).map(([k, v]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
  );
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
    ),
    Buffer.from(file.bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

async function upload(caseId: string, item: string) {
  const s = await createSession(handle.db, {
    userId: demoId('user', 'inst_tx'),
    absoluteExpiresAt: new Date(Date.now() + 3_600_000),
  });
  const body = multipart(
    { checklistItem: item },
    { name: `${item}.pdf`, type: 'application/pdf', bytes: pdfBytes() },
  );
  return app.inject({
    method: 'POST',
    url: `${BASE}/cases/${caseId}/materials`,
    headers: { cookie: `sid=${s.token}`, 'x-csrf-token': s.csrfToken, 'content-type': body.contentType },
    payload: body.payload,
  });
}

interface Finding {
  ruleId: string;
  passed: boolean | 'needs_judgement';
  message_zh: string;
  values: Record<string, unknown>;
}
interface Detail {
  case: { id: string; state: string; version: number; validFrom: string | null; validTo: string | null };
  documents: { kind: string; number: string }[];
  available: { event: string; initialPayload: Record<string, unknown> | null }[];
}

const detail = async (c: Client, id: string) => {
  const res = await c('GET', `${BASE}/cases/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Detail>();
};
const send = async (c: Client, id: string, event: string, payload?: unknown) => {
  const { version } = (await detail(c, id)).case;
  return c('POST', `${BASE}/cases/${id}/events/${event}`, { version, ...(payload ? { payload } : {}) });
};
const ok = async (c: Client, id: string, event: string, payload?: unknown) => {
  const res = await send(c, id, event, payload);
  expect(res.statusCode, `${event}: ${res.body}`).toBe(200);
  return res.json<{
    case: { state: string; version: number };
    findings: Finding[];
    documents: { kind: string; number: string }[];
  }>();
};
const refused = async (c: Client, id: string, event: string, payload?: unknown) => {
  const res = await send(c, id, event, payload);
  expect(res.statusCode, `${event}: ${res.body}`).toBe(422);
  return res.json<{ code: string; findings: Finding[] }>();
};
const failedIds = (findings: Finding[]) => findings.filter((f) => f.passed === false).map((f) => f.ruleId);

let callId = '';
let caseId = '';

describe('§12, §14 the recruitment call', () => {
  it('is drafted by the joint-conference office, hidden until published, then public', async () => {
    const body = {
      title: '职业教育培训评价组织和职业技能等级证书招募公告',
      batch: '2026年第一批',
      description: '申报材料按附件清单提交，逾期不予受理。',
      openOn: OPEN_ON,
      closeOn: CLOSE_ON,
      fields: [{ name: '现代信息技术' }, { name: '智能制造', description: '含工业机器人、智能产线' }],
    };
    expect((await inst('POST', '/api/v1/recruitment-calls', body)).statusCode).toBe(403);
    expect((await osta('POST', '/api/v1/recruitment-calls', body)).statusCode).toBe(403);
    const created = await jco('POST', '/api/v1/recruitment-calls', body);
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json<{
      id: string;
      status: string;
      version: number;
      abilities: { publish: boolean };
    }>();
    callId = draft.id;
    expect(draft).toMatchObject({ status: 'draft', abilities: { publish: true } });
    expect((await anonymous('GET', `/api/v1/recruitment-calls/${callId}`)).statusCode).toBe(404);

    // A stale version is refused (optimistic concurrency).
    expect(
      (await jco('POST', `/api/v1/recruitment-calls/${callId}/publish`, { version: 99 })).statusCode,
    ).toBe(409);
    const published = await jco('POST', `/api/v1/recruitment-calls/${callId}/publish`, {
      version: draft.version,
    });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', publishedOn: TODAY, window: 'open' });
    // A published call is the public's record: not edited.
    expect(
      (await jco('PATCH', `/api/v1/recruitment-calls/${callId}`, { version: 2, title: '改' })).statusCode,
    ).toBe(409);

    const open = await anonymous('GET', '/api/v1/recruitment-calls?open=true');
    const items = open.json<{ items: { id: string; fields: { name: string }[] }[] }>().items;
    expect(items.map((i) => i.id)).toContain(callId);
    expect(items.find((i) => i.id === callId)!.fields.map((f) => f.name)).toEqual([
      '现代信息技术',
      '智能制造',
    ]);
    const seen = await inst('GET', `/api/v1/recruitment-calls/${callId}`);
    expect(seen.json()).toMatchObject({ abilities: { apply: true, publish: false } });
  });
});

describe('§14 application within the call’s window', () => {
  it('opens an application to the call, one per institution', async () => {
    const input = { callId, ...exampleApplication(TODAY, { personTimes: 49_999 }) };
    const res = await inst('POST', `${BASE}/cases`, { procedure: '1x-selection', input });
    expect(res.statusCode, res.body).toBe(201);
    caseId = res.json<{ id: string }>().id;
    const again = await inst('POST', `${BASE}/cases`, { procedure: '1x-selection', input });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'CASE_ALREADY_OPEN' });
    // A draft is the applicant's alone (issue 9 point 8): the office sees it among the call's
    // applications only once it has been submitted (next test).
    const apps = await jco('GET', `/api/v1/recruitment-calls/${callId}/applications`);
    expect(apps.json<{ items: unknown[] }>().items).toEqual([]);
    expect((await inst('GET', `/api/v1/recruitment-calls/${callId}/applications`)).statusCode).toBe(403);
  });

  it('refuses submission with missing materials, then after the window closed, and takes it inside', async () => {
    const missing = await refused(inst, caseId, 'submit');
    expect(failedIds(missing.findings)).toEqual(['entry/1x-selection/materials']);
    for (const i of SELECTION_1X_CHECKLIST.items.filter((x) => x.required)) {
      const r = await upload(caseId, i.id);
      expect(r.statusCode, r.body).toBe(201);
    }
    at(addCalendarDays(CLOSE_ON, 1));
    const late = await refused(inst, caseId, 'submit');
    expect(failedIds(late.findings)).toEqual(['entry/1x-selection/call-window']);
    expect(late.findings[0]!.message_zh).toContain('申报已截止');
    at(TODAY);
    const r = await ok(inst, caseId, 'submit');
    expect(r.case.state).toBe('submitted');
    const apps = await jco('GET', `/api/v1/recruitment-calls/${callId}/applications`);
    expect(apps.json<{ items: { caseId: string; field: string }[] }>().items).toEqual([
      expect.objectContaining({ caseId, field: '现代信息技术', state: 'submitted' }),
    ]);
  });
});

describe('§6–10 eligibility on acceptance (1x-selection.eligibility)', () => {
  it('refuses 49 999 person-times with the §10 finding, then accepts the corrected 50 000', async () => {
    const low = await refused(jco, caseId, 'accept');
    expect(low.code).toBe('GUARD_FAILED');
    expect(failedIds(low.findings)).toEqual(['1x-selection/10/scale']);
    expect(low.findings.find((f) => f.ruleId === '1x-selection/10/scale')!.values).toMatchObject({
      actual: 49_999,
      minimum: 50_000,
    });

    const corr = await ok(jco, caseId, 'request_correction', {
      items: ['第十条：培训和考核规模（人次）与证明材料不一致'],
    });
    expect(corr.documents.map((d) => d.kind)).toEqual(['correction_request']);
    // §14 补正: the amendment form starts from the application as filed (49 999 person-times), the
    // other buttons from an empty form.
    const available = (await detail(inst, caseId)).available;
    expect(available.find((a) => a.event === 'amend')!.initialPayload).toEqual(
      exampleApplication(TODAY, { personTimes: 49_999 }),
    );
    expect(available.find((a) => a.event === 'resubmit')!.initialPayload).toBeNull();
    await ok(inst, caseId, 'amend', exampleApplication(TODAY, { personTimes: 50_000 }));
    await ok(inst, caseId, 'resubmit');

    const accepted = await ok(jco, caseId, 'accept');
    expect(accepted.case.state).toBe('eligible');
    expect(accepted.findings.find((f) => f.ruleId === '1x-selection/10/scale')).toMatchObject({
      passed: true,
      values: expect.objectContaining({ actual: 50_000 }),
    });
    // The appraisals of §6–10 wait for the experts (needs judgement, not refused).
    expect(accepted.findings.filter((f) => f.passed === 'needs_judgement').length).toBeGreaterThan(5);
    expect(accepted.documents.map((d) => d.kind)).toEqual(['acceptance_notice']);
    expect(accepted.documents[0]!.number).toMatch(/^教职联办遴受〔\d{4}〕1号$/);
  });
});

describe('§13, §15 expert selection and the optional site visit', () => {
  let members: string[] = [];

  it('draws a panel of three from the office’s selection pool', async () => {
    const r = await ok(jco, caseId, 'draw_panel', { poolId: POOL, size: 3 });
    expect(r.case.state).toBe('expert_review');
    const row = await handle.db
      .selectFrom('cases')
      .select('snapshot')
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    members = (row.snapshot as { expertIds: string[] }).expertIds;
    expect(members).toHaveLength(3);
  });

  it('records a site visit with its findings, then the panel shortlists on its majority', async () => {
    await ok(jco, caseId, 'arrange_site_visit');
    const visit = await ok(jco, caseId, 'record_site_visit', {
      visitedOn: TODAY,
      visitors: '遴选专家 2 人、办公室工作人员 1 人',
      findings_zh: '考核站点、题库和师资情况与申报材料一致',
      conclusion: 'confirmed',
    });
    expect(visit.case.state).toBe('expert_review');

    const early = await refused(jco, caseId, 'select', { assessments: ALL_MET });
    expect(failedIds(early.findings)).toEqual(['review/opinions-complete']);
    for (const [i, expert] of members.entries()) {
      const c = await userClient({ role: 'expert', expert });
      const r = await c('POST', `${BASE}/cases/${caseId}/panel/opinions`, {
        recommendation: i === 2 ? 'reject' : 'approve',
        opinion: i === 2 ? '题库规模偏小' : '符合条件，建议入围',
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    const shortlisted = await ok(jco, caseId, 'select', { assessments: ALL_MET });
    expect(shortlisted.case.state).toBe('shortlisted');
    expect(shortlisted.documents.map((d) => d.kind)).toEqual(['selection_result']);
  });
});

describe('§16 credit check, public notice, approval and publication', () => {
  const notice = { days: 5, unit: 'working_days', basisReason: '遴选工作方案规定公示 5 个工作日' };
  let noticeId = '';
  let endsOn = '';

  it('refuses the notice (and so the publication) while the credit record is missing', async () => {
    const r = await refused(jco, caseId, 'start_notice', notice);
    expect(failedIds(r.findings)).toEqual([
      'entry/1x-selection/credit-record/ndrc',
      'entry/1x-selection/credit-record/samr',
      'entry/1x-selection/credit-record/tax',
      '1x-selection/16/credit',
      '1x-selection/16/tax',
    ]);
  });

  it('records the NDRC, SAMR and tax results with source and date, then starts the notice', async () => {
    const sources = {
      ndrc: '信用中国 www.creditchina.gov.cn',
      samr: '国家企业信用信息公示系统 www.gsxt.gov.cn',
      tax: '国家税务总局纳税服务司复函',
    };
    for (const [platform, source] of Object.entries(sources)) {
      await ok(jco, caseId, 'record_credit_check', {
        platform,
        source,
        checkedOn: TODAY,
        result: 'clear',
        reference: `查询 ${platform}`,
      });
    }
    // Each result is kept as a record of its own, with the case event that entered it.
    const rows = await listCreditChecks(handle.db, caseId);
    expect(rows.map((r) => [r.platform, r.source, r.checkedOn, r.result, r.reference])).toEqual(
      Object.entries(sources).map(([p, s]) => [p, s, TODAY, 'clear', `查询 ${p}`]),
    );
    expect(new Set(rows.map((r) => r.caseEventSeq)).size).toBe(3);

    const started = await ok(jco, caseId, 'start_notice', notice);
    expect(started.case.state).toBe('public_notice');
    expect(started.documents.map((d) => d.kind)).toEqual(['public_notice']);
    const list = await anonymous('GET', `${BASE}/public-notices?procedure=1x-selection`);
    const n = list
      .json<{ items: { id: string; subjectName: string; endsOn: string; acceptsObjections: boolean }[] }>()
      .items.find((x) => x.subjectName === '北京智联未来教育科技有限公司')!;
    expect(n.acceptsObjections).toBe(true);
    noticeId = n.id;
    endsOn = n.endsOn;
    expect(endsOn > TODAY).toBe(true);
  });

  it('ends the notice only after its period, with the objection answered and found groundless', async () => {
    const objection = await anonymous('POST', `${BASE}/public-notices/${noticeId}/objections`, {
      name: '王明',
      contact: '13800001111',
      text: '该公司申报的培训人次中包含未实际开展的线上课程，请核实。',
      altcha: await solvedChallenge((url) => anonymous('GET', url)),
    });
    expect(objection.statusCode, objection.body).toBe(201);
    const early = await refused(jco, caseId, 'end_notice');
    expect(failedIds(early.findings)).toContain('public-notice/period-ended');

    at(addCalendarDays(endsOn, 1));
    const unanswered = await refused(jco, caseId, 'end_notice');
    expect(failedIds(unanswered.findings)).toEqual(['public-notice/objections-answered']);
    const oid = objection.json<{ id: string }>().id;
    const answer = await jco('POST', `${BASE}/public-notices/${noticeId}/objections/${oid}/answer`, {
      answer: '经核查线上课程均有考核记录，异议不成立。',
      finding: 'unfounded',
    });
    expect(answer.statusCode, answer.body).toBe(200);
    const ended = await ok(jco, caseId, 'end_notice');
    expect(ended.case.state).toBe('awaiting_approval');
    expect(ended.findings.find((f) => f.ruleId === '1x-selection/16/public-notice')?.passed).toBe(true);
  });

  it('records the joint conference’s approval once when two officers act at once (one 409)', async () => {
    const day = chinaDate(clock);
    const { version } = (await detail(jco, caseId)).case;
    const payload = { decidedOn: day, form: 'written', reference: '部际联席会议书面审议〔2026〕1号' };
    const [a, b] = await Promise.all([
      jco('POST', `${BASE}/cases/${caseId}/events/approve`, { version, payload }),
      jco2('POST', `${BASE}/cases/${caseId}/events/approve`, { version, payload }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.statusCode === 409)!.json()).toMatchObject({ code: 'VERSION_CONFLICT' });
    expect((await detail(jco, caseId)).case.state).toBe('approved');
  });

  it('publishes the organisation and its certificate programmes with the validity', async () => {
    const day = chinaDate(clock);
    const r = await ok(jco, caseId, 'publish', {});
    expect(r.case.state).toBe('published');
    const record = r.documents.find((d) => d.kind === 'publication_record')!;
    expect(record.number).toMatch(/^教职联办遴发〔\d{4}〕1号$/);

    const d = await detail(inst, caseId);
    expect(d.case).toMatchObject({ validFrom: day, validTo: null });
    expect(d.documents.map((x) => x.kind)).toEqual([
      'correction_request',
      'acceptance_notice',
      'selection_result',
      'public_notice',
      'publication_record',
    ]);

    const dir = await anonymous('GET', '/api/v1/directory?q=智联未来&pageSize=100');
    const entries = dir.json<{
      items: {
        institutionName: string;
        regime: string;
        filingCode: string;
        validFrom: string;
        programmes: { name: string; levels: string[] }[];
      }[];
    }>().items;
    expect(entries).toEqual([
      expect.objectContaining({
        institutionName: '北京智联未来教育科技有限公司',
        regime: '1x-selection',
        filingCode: record.number,
        validFrom: day,
        // §16 证书清单: the certificate by its name, its levels in their own column.
        programmes: [
          expect.objectContaining({ name: 'Web 前端开发', levels: ['junior', 'intermediate', 'senior'] }),
        ],
      }),
    ]);
  });

  it('kept every transition with its event, its articles and its audit row', async () => {
    const events = await handle.db
      .selectFrom('case_events')
      .select(['seq', 'event', 'citations'])
      .where('case_id', '=', caseId)
      .orderBy('seq')
      .execute();
    const audit = await handle.db
      .selectFrom('audit_log')
      .select(['action', 'citations'])
      .where('entity', '=', 'case')
      .where('entity_id', '=', caseId)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'open',
      ...events.slice(1).map((e) => `transition:${e.event}`),
    ]);
    for (const e of events.slice(1)) {
      const cited = (e.citations as { source: string; article: number }[]).filter(
        (c) => c.source === '1x-selection',
      );
      expect(
        cited.some((c) => c.article >= 12 && c.article <= 16),
        e.event,
      ).toBe(true);
    }
    const institution = await handle.db
      .selectFrom('institutions')
      .select('status')
      .where('id', '=', TX)
      .executeTakeFirstOrThrow();
    expect(institution.status).toBe('active');
  });
});

describe('§14 a call is edited only as a draft, and closing it ends the applications', () => {
  it('edits the draft (stale version 409), publishes, closes; a new application is then refused', async () => {
    const created = await jco('POST', '/api/v1/recruitment-calls', {
      title: '智能制造领域补充招募公告',
      batch: '2026年第二批',
      openOn: OPEN_ON,
      closeOn: CLOSE_ON,
      fields: [{ name: '智能制造' }],
    });
    const draft = created.json<{ id: string; version: number }>();
    const edited = await jco('PATCH', `/api/v1/recruitment-calls/${draft.id}`, {
      version: draft.version,
      fields: [{ name: '智能制造' }, { name: '现代信息技术' }],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      version: draft.version + 1,
      fields: [{ name: '智能制造' }, { name: '现代信息技术' }],
    });
    const stale = await jco('PATCH', `/api/v1/recruitment-calls/${draft.id}`, {
      version: draft.version,
      title: '旧',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT' });

    const published = await jco('POST', `/api/v1/recruitment-calls/${draft.id}/publish`, {
      version: draft.version + 1,
    });
    expect(published.statusCode).toBe(200);
    const closed = await jco('POST', `/api/v1/recruitment-calls/${draft.id}/close`, {
      version: draft.version + 2,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', closedOn: TODAY, window: 'closed' });

    const late = await inst('POST', `${BASE}/cases`, {
      procedure: '1x-selection',
      input: { callId: draft.id, ...exampleApplication(TODAY, { field: '智能制造' }) },
    });
    expect(late.statusCode).toBe(422);
    expect(late.json()).toMatchObject({ code: 'CALL_NOT_OPEN' });
    expect(late.json<{ detail: string }>().detail).toContain('已截止');
  });
});
