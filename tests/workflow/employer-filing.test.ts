// mohrss-filing 一 end to end through the API, with the demo data: the national employer 中联能源
// (inst_nat) applies with the 14 materials of 一(八); the national centre (osta) asks for a correction
// (the 10-working-day clock of 一(十)2 stops, then runs on with the days left) and accepts (two officers
// at once: one 200, one 409); a branch may not file before the ministry receipt (一(十)5); the centre
// draws a panel from the national pool (the employer's own engineer and an expert who declared a
// conflict left out, the draw re-runnable from its seed); the experts write opinions and the panel's
// majority decides (一(十)3); the filing code and receipt (一(十)4), the publication with its scope
// (一(十)6); then Guizhou files the employer's branch against that receipt with its own code and
// receipt, and a failure in the middle of a publication leaves nothing behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import { loadConfig } from '../../src/config.js';
import { caseRoutes } from '../../src/http/routes/cases.routes.js';
import { reviewRoutes } from '../../src/http/routes/review.routes.js';
import { databaseFileStore } from '../../src/persistence/file-store.js';
import { createSession } from '../../src/persistence/sessions.repository.js';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { seedAll } from '../../src/persistence/seed/seed-all.js';
import { demoId } from '../../src/persistence/seed/demo/ids.js';
import { branchId, expertId } from '../../src/persistence/seed/demo/load-registry.js';
import { pdfBytes } from '../../src/materials/sample-files.test-support.js';
import { listEntryIds } from '../../src/parameters/parameter.js';
import { employerMaterials } from '../../src/parameters/mohrss-filing.js';
import { drawPanel } from '../../src/workflows/review/draw.js';
import { openTestDatabase } from '../support/test-database.js';
import { TEST_DATA_KEY } from '../support/test-app.js';

const BASE = '/api/v1/t';
const EMPLOYER = 'mohrss-employer-filing';
const BRANCH = 'mohrss-branch-filing';
const GZ_BRANCH = branchId('nat-zhonglian-guizhou');
const POOL = demoId('expert_pool', 'osta-national');
const GAO = expertId('gao-zhiyuan'); // works for the applicant
const XIE = expertId('xie-yuhang'); // declared a conflict with it (demo/employer-filing)

let handle: DatabaseHandle;
let app: FastifyInstance;
// Monday 2 March 2026, 10:00 in Beijing.
let clock = new Date('2026-03-02T02:00:00Z');
const at = (day: string) => {
  clock = new Date(`${day}T02:00:00Z`);
};

type Client = (method: 'GET' | 'POST', url: string, body?: unknown) => Promise<LightMyRequestResponse>;

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
const demoUser = (username: string) => clientFor(demoId('user', username));

/** An account for an expert of the pool (the demo has one expert account only). */
async function expertClient(expert: string): Promise<Client> {
  const id = randomUUID();
  await handle.db
    .insertInto('users')
    .values({
      id,
      username: `e${id.slice(0, 8)}`,
      display_name: '专家',
      password_hash: 'not-used',
      role: 'expert',
      authority_id: null,
      institution_id: null,
      expert_id: expert,
    })
    .execute();
  return clientFor(id);
}

let inst: Client;
let osta: Client;
let osta2: Client;
let guizhou: Client;
let zhejiang: Client;
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
    },
    { prefix: BASE },
  );
  await app.ready();
  inst = await demoUser('inst_nat');
  osta = await demoUser('osta');
  guizhou = await demoUser('guizhou');
  zhejiang = await demoUser('zhejiang');
  // A second officer of the national centre, for the concurrent acceptance.
  const other = randomUUID();
  await handle.db
    .insertInto('users')
    .values({
      id: other,
      username: 'osta2',
      display_name: '李卫东',
      password_hash: 'not-used',
      role: 'authority_staff',
      authority_id: demoId('authority', 'osta'),
      institution_id: null,
      expert_id: null,
    })
    .execute();
  osta2 = await clientFor(other);
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

async function upload(caseId: string, item: string, body = item) {
  const s = await createSession(handle.db, {
    userId: demoId('user', 'inst_nat'),
    absoluteExpiresAt: new Date(Date.now() + 3_600_000),
  });
  const m = multipart(
    { checklistItem: item },
    { name: `${item}.pdf`, type: 'application/pdf', bytes: pdfBytes(body) },
  );
  const res = await app.inject({
    method: 'POST',
    url: `${BASE}/cases/${caseId}/materials`,
    headers: { cookie: `sid=${s.token}`, 'x-csrf-token': s.csrfToken, 'content-type': m.contentType },
    payload: m.payload,
  });
  expect(res.statusCode, res.body).toBe(201);
}

interface Finding {
  ruleId: string;
  passed: unknown;
  message_zh: string;
  citationText: string;
}
interface Detail {
  case: {
    id: string;
    state: string;
    version: number;
    referenceNo: string;
    validFrom: string | null;
    validTo: string | null;
    data: Record<string, unknown>;
  };
  awaiting: { party: string; dueDate: string | null; explanation_zh: string | null } | null;
  deadlines: { name: string; status: string; dueDate: string; n: number }[];
  events: { event: string; findings: Finding[] }[];
  documents: { id: string; kind: string; number: string; title: string }[];
  available: { event: string; enabled: boolean | null; findings: Finding[] }[];
  directoryEntry: {
    filingCode: string;
    validFrom: string;
    validTo: string | null;
    branchName: string | null;
    scopes: { occupationCode: string; level: number }[];
  } | null;
}
const detail = async (c: Client, id: string) => {
  const res = await c('GET', `${BASE}/cases/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Detail>();
};
const send = (c: Client, id: string, event: string, body: Record<string, unknown>) =>
  c('POST', `${BASE}/cases/${id}/events/${event}`, body);
async function sendOk(c: Client, id: string, event: string, body: Record<string, unknown>) {
  const res = await send(c, id, event, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{
    case: { state: string; version: number };
    documents: { kind: string; number: string; id: string }[];
  }>();
}
const refusal = (res: LightMyRequestResponse) => res.json<{ code: string; findings?: Finding[] }>();

const SCOPES = [
  { occupationCode: '6-31-01-03', level: 3 },
  { occupationCode: '6-28-01-14', level: 4 },
];

describe('mohrss-filing 一: a national employer files with the national centre, its branch with the province', () => {
  let caseId = '';
  let version = 0;
  let drawn: string[] = [];
  let experts: Record<string, Client> = {};

  it('一(一)(三): the employer opens the filing with the national centre; another employer’s staff may open but not for a non-national employer', async () => {
    const procedures = await inst('GET', `${BASE}/procedures`);
    expect(procedures.json<{ items: { id: string }[] }>().items.map((p) => p.id)).toEqual(
      expect.arrayContaining([EMPLOYER, BRANCH]),
    );
    const opened = await inst('POST', `${BASE}/cases`, {
      procedure: EMPLOYER,
      input: {
        nationalEmployer: true,
        enterpriseCategory: 'central_soe',
        acceptsSupervision: true,
        scopes: SCOPES,
      },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const c = opened.json<{ id: string; referenceNo: string; state: string; version: number }>();
    expect(c.referenceNo).toMatch(/^中就培备申〔2026〕\d{4}号$/);
    expect(c.state).toBe('draft');
    caseId = c.id;
    version = c.version;
    const again = await inst('POST', `${BASE}/cases`, {
      procedure: EMPLOYER,
      input: {
        nationalEmployer: true,
        enterpriseCategory: 'central_soe',
        acceptsSupervision: true,
        scopes: SCOPES,
      },
    });
    expect(again.statusCode).toBe(409);
    expect(refusal(again).code).toBe('CASE_ALREADY_OPEN');
    // The centre, not the employer's province, receives it: Zhejiang does not even see it; and until
    // it is submitted the draft is the employer's alone (issue 9 point 8), the centre's too.
    expect((await zhejiang('GET', `${BASE}/cases/${caseId}`)).statusCode).toBe(404);
    expect((await osta('GET', `${BASE}/cases/${caseId}`)).statusCode).toBe(404);
  });

  it('一(八): the form to change the application starts from what was filed, and sent back unchanged it is accepted', async () => {
    const detail = (await inst('GET', `${BASE}/cases/${caseId}`)).json<{
      available: { event: string; initialPayload: Record<string, unknown> | null }[];
    }>();
    const form = detail.available.find((a) => a.event === 'update_application')!;
    expect(form.initialPayload).toEqual({
      nationalEmployer: true,
      enterpriseCategory: 'central_soe',
      acceptsSupervision: true,
      scopes: SCOPES,
    });
    const res = await send(inst, caseId, 'update_application', { version, payload: form.initialPayload });
    expect(res.statusCode, res.body).toBe(200);
    version = res.json<{ case: { version: number } }>().case.version;
  });

  it('一(八): submitting without the 14 materials is refused with one finding per missing material', async () => {
    const res = await send(inst, caseId, 'submit', { version, payload: { truthful: true } });
    expect(res.statusCode).toBe(422);
    const body = refusal(res);
    expect(body.code).toBe('GUARD_FAILED');
    const missing = body.findings!.filter((f) => f.ruleId === 'mohrss-filing/1/8' && f.passed === false);
    expect(missing).toHaveLength(14);
    expect(missing[0]!.citationText).toBe('mohrss-filing 一(八)');
    expect(missing[0]!.message_zh).toBe('1. 职业技能等级评价机构备案申请表：未提交');
  });

  it('一(八)(十)1: with the 14 materials the employer submits, and the 10-working-day answer clock starts (due 2026-03-16)', async () => {
    const items = listEntryIds(employerMaterials);
    for (const item of items) await upload(caseId, item);
    const before = await detail(inst, caseId);
    const submit = before.available.find((a) => a.event === 'submit')!;
    expect(submit.enabled).toBe(true);
    // The conditions left to judgement (一(六)2–4) are shown, not blocking, until the review.
    expect(submit.findings.filter((f) => f.passed === 'needs_judgement').map((f) => f.ruleId)).toEqual([
      'mohrss-filing/1/6/2',
      'mohrss-filing/1/6/3',
      'mohrss-filing/1/6/4',
    ]);
    const untruthful = await send(inst, caseId, 'submit', { version: before.case.version, payload: {} });
    expect(untruthful.statusCode).toBe(422);
    const r = await sendOk(inst, caseId, 'submit', {
      version: before.case.version,
      payload: { truthful: true },
    });
    expect(r.case.state).toBe('submitted');
    version = r.case.version;
    const d = await detail(osta, caseId);
    expect(d.awaiting).toMatchObject({ party: 'authority', dueDate: '2026-03-16' });
    expect(d.awaiting!.explanation_zh).toContain('10 个工作日');
    expect(d.awaiting!.explanation_zh).toContain('mohrss-filing 一(十).2');
  });

  it('一(十)2: the centre asks for a correction listing the items; the clock stops while the employer corrects', async () => {
    at('2026-03-05');
    const noItems = await send(osta, caseId, 'request_correction', { version, payload: { items: [] } });
    expect(noItems.statusCode).toBe(422);
    const r = await sendOk(osta, caseId, 'request_correction', {
      version,
      payload: { items: [{ item: 'assessor_roster', reason: '考评人员名册缺少职业（工种）及等级栏目' }] },
    });
    expect(r.case.state).toBe('correction_requested');
    expect(r.documents).toEqual([
      expect.objectContaining({
        kind: 'correction_request',
        number: expect.stringMatching(/^中就培备补〔2026〕\d+号$/),
      }),
    ]);
    version = r.case.version;
    const d = await detail(inst, caseId);
    expect(d.awaiting).toMatchObject({ party: 'applicant' });
    expect(d.deadlines.find((x) => x.name === 'acceptance_answer')).toMatchObject({ status: 'paused' });
    const pdf = await inst('GET', `${BASE}/cases/${caseId}/documents/${r.documents[0]!.id}/file`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('一(十)2: resubmitting without replacing the item asked for is refused; after replacing it the clock runs on with the 7 days left (due 2026-03-19)', async () => {
    at('2026-03-10');
    const early = await send(inst, caseId, 'resubmit', { version });
    expect(early.statusCode).toBe(422);
    expect(refusal(early).findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ruleId: 'workflow/employer-filing/corrected', passed: false }),
      ]),
    );
    await upload(caseId, 'assessor_roster', '考评人员名册（补正）');
    const r = await sendOk(inst, caseId, 'resubmit', { version });
    expect(r.case.state).toBe('submitted');
    version = r.case.version;
    const d = await detail(osta, caseId);
    // 3 of the 10 days were used (03-03 … 03-05); the 3 working days of the correction do not count.
    expect(d.awaiting).toMatchObject({ party: 'authority', dueDate: '2026-03-19' });
    expect(d.awaiting!.explanation_zh).toContain('暂停计算');
  });

  it('一(十)5: no branch filing before the ministry receipt — neither the employer nor the province may open one', async () => {
    for (const who of [inst, guizhou]) {
      const res = await who('POST', `${BASE}/cases`, { procedure: BRANCH, input: { branchId: GZ_BRANCH } });
      expect(res.statusCode).toBe(422);
      const body = res.json<{ code: string; detail: string }>();
      expect(body.code).toBe('BRANCH_BEFORE_RECEIPT');
      expect(body.detail).toBe('用人单位尚未取得部级备案回执：分支机构须根据部级备案回执办理省级备案');
    }
  });

  it('一(十)2: two officers accept at once — exactly one succeeds, the other gets 409 VERSION_CONFLICT', async () => {
    at('2026-03-11');
    const [a, b] = await Promise.all([
      send(osta, caseId, 'accept', { version }),
      send(osta2, caseId, 'accept', { version }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect(refusal(a.statusCode === 409 ? a : b).code).toBe('VERSION_CONFLICT');
    const d = await detail(osta, caseId);
    expect(d.case.state).toBe('accepted');
    expect(d.documents.filter((x) => x.kind === 'acceptance_notice')).toHaveLength(1);
    expect(d.deadlines.find((x) => x.name === 'acceptance_answer')).toMatchObject({ status: 'met' });
    // The first answer (the correction on 03-05) was measured by the rule against the 10 days.
    const correction = d.events.find((e) => e.event === 'request_correction')!;
    expect(correction.findings).toEqual([
      expect.objectContaining({
        ruleId: 'mohrss-filing/1/10/2',
        passed: true,
        citationText: 'mohrss-filing 一(十).2',
      }),
    ]);
    expect(d.events.find((e) => e.event === 'accept')!.findings.map((f) => f.ruleId)).not.toContain(
      'mohrss-filing/1/10/2',
    );
    version = d.case.version;
  });

  it('一(十)3: the draw screen shows who is left out and why: the employer’s own engineer and the declared conflict', async () => {
    const res = await osta('GET', `${BASE}/cases/${caseId}/panel/candidates?poolId=${POOL}`);
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json<{
      eligible: { expertId: string }[];
      excluded: { expertId: string; reasons: { code: string }[] }[];
    }>();
    expect(c.excluded.map((x) => [x.expertId, x.reasons.map((r) => r.code)])).toEqual(
      expect.arrayContaining([
        [GAO, ['employee']],
        [XIE, ['declared_conflict']],
      ]),
    );
    expect(c.excluded).toHaveLength(2);
    expect(c.eligible).toHaveLength(7);
    expect((await inst('GET', `${BASE}/cases/${caseId}/panel/candidates?poolId=${POOL}`)).statusCode).toBe(
      403,
    );
  });

  it('一(十)3: a panel larger than the eligible experts is refused; a panel of 3 is drawn, reproducibly, without the excluded', async () => {
    const big = await send(osta, caseId, 'draw_panel', { version, payload: { poolId: POOL, size: 8 } });
    expect(big.statusCode).toBe(422);
    expect(refusal(big).findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ ruleId: 'review/panel-size', passed: false })]),
    );
    const r = await sendOk(osta, caseId, 'draw_panel', { version, payload: { poolId: POOL, size: 3 } });
    expect(r.case.state).toBe('under_review');
    version = r.case.version;
    const panel = (await osta('GET', `${BASE}/cases/${caseId}/panel`)).json<{
      panel: { seed: string; reproducible: boolean; size: number };
      members: { expertId: string; status: string; drawRank: number | null }[];
    }>();
    expect(panel.panel).toMatchObject({ size: 3, reproducible: true });
    drawn = panel.members.filter((m) => m.status === 'drawn').map((m) => m.expertId);
    expect(drawn).toHaveLength(3);
    expect(drawn).not.toContain(GAO);
    expect(drawn).not.toContain(XIE);
    // Anyone with the seed and the eligible list re-runs the draw and gets the same panel.
    const eligible = panel.members.filter((m) => m.status !== 'excluded').map((m) => m.expertId);
    expect(drawPanel(panel.panel.seed, eligible, 3).members).toEqual(drawn);
    // The applicant sees that a panel sits, not who.
    const seen = (await inst('GET', `${BASE}/cases/${caseId}/panel`)).json<{
      members: unknown[];
      panel: { seed: unknown };
    }>();
    expect(seen).toMatchObject({ members: [], panel: { seed: null } });
  });

  it('一(十)3: only the drawn experts see the case and write opinions; the panel cannot decide before all are in', async () => {
    experts = Object.fromEntries(
      await Promise.all(drawn.map(async (id) => [id, await expertClient(id)] as const)),
    );
    const excluded = await expertClient(GAO);
    expect((await excluded('GET', `${BASE}/cases/${caseId}`)).statusCode).toBe(404);
    expect(
      (
        await excluded('POST', `${BASE}/cases/${caseId}/panel/opinions`, {
          recommendation: 'approve',
          opinion: '同意',
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await inst('POST', `${BASE}/cases/${caseId}/panel/opinions`, {
          recommendation: 'approve',
          opinion: '同意',
        })
      ).statusCode,
    ).toBe(403);
    const [e1, e2, e3] = drawn.map((id) => experts[id]!);
    expect((await e1!('GET', `${BASE}/cases/${caseId}`)).statusCode).toBe(200);
    const mine = (await e1!('GET', `${BASE}/reviews`)).json<{
      items: { caseId: string; opinionGiven: boolean }[];
    }>();
    expect(mine.items).toEqual([expect.objectContaining({ caseId, opinionGiven: false })]);
    const first = await e1!('POST', `${BASE}/cases/${caseId}/panel/opinions`, {
      recommendation: 'approve',
      opinion: '人才队伍建设制度健全，职业（工种）范围与企业主业相符，同意通过。',
    });
    expect(first.statusCode, first.body).toBe(201);
    const twice = await e1!('POST', `${BASE}/cases/${caseId}/panel/opinions`, {
      recommendation: 'reject',
      opinion: '改变主意',
    });
    expect(twice.statusCode).toBe(409);
    const early = await send(osta, caseId, 'approve_review', {
      version,
      payload: {
        assessment: {
          skilledWorkersImportantPart: true,
          trainingEvaluationFoundation: true,
          talentMechanism: true,
        },
      },
    });
    expect(early.statusCode).toBe(422);
    expect(refusal(early).findings![0]).toMatchObject({ ruleId: 'review/opinions-complete', passed: false });
    expect(
      (
        await e2!('POST', `${BASE}/cases/${caseId}/panel/opinions`, {
          recommendation: 'approve',
          opinion: '评价工作基础良好，同意。',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await e3!('POST', `${BASE}/cases/${caseId}/panel/opinions`, {
          recommendation: 'reject',
          opinion: '题库建设不足。',
        })
      ).statusCode,
    ).toBe(201);
  });

  it('一(十)3: the majority (2 of 3) approves — the centre may not record a rejection against it, and records the approval with its assessment of 一(六)', async () => {
    const against = await send(osta, caseId, 'reject_review', { version, payload: {} });
    expect(against.statusCode).toBe(422);
    expect(refusal(against).findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ ruleId: 'review/majority', passed: false })]),
    );
    const notMet = await send(osta, caseId, 'approve_review', {
      version,
      payload: {
        assessment: {
          skilledWorkersImportantPart: false,
          trainingEvaluationFoundation: true,
          talentMechanism: true,
        },
      },
    });
    expect(notMet.statusCode).toBe(422);
    expect(refusal(notMet).findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ ruleId: 'mohrss-filing/1/6/2', passed: false })]),
    );
    const r = await sendOk(osta, caseId, 'approve_review', {
      version,
      payload: {
        assessment: {
          skilledWorkersImportantPart: true,
          trainingEvaluationFoundation: true,
          talentMechanism: true,
        },
      },
    });
    expect(r.case.state).toBe('approved');
    expect(r.documents.map((x) => x.kind)).toEqual(['panel_decision']);
    version = r.case.version;
    const late = await experts[drawn[0]!]!('POST', `${BASE}/cases/${caseId}/panel/opinions`, {
      recommendation: 'approve',
      opinion: '补充',
    });
    expect(late.statusCode).toBe(409);
    const d = await detail(inst, caseId);
    const decisions = d.case.data.panelDecisions as {
      outcome: string;
      byMajority: boolean;
      opinions: object[];
    }[];
    expect(decisions[0]).toMatchObject({ outcome: 'approve', byMajority: true });
    // The applicant reads the opinions without the experts' names.
    expect(JSON.stringify(decisions[0]!.opinions)).not.toMatch(/expert/i);
  });

  it('一(十)4 一(十二): the centre assigns the filing code and issues the numbered receipt (PDF); validity from the filing date, no end date', async () => {
    at('2026-03-20');
    const r = await sendOk(osta, caseId, 'file', { version });
    expect(r.case.state).toBe('filed');
    version = r.case.version;
    const receipt = r.documents.find((x) => x.kind === 'filing_receipt')!;
    expect(receipt.number).toMatch(/^中就培备字〔2026〕\d+号$/);
    const d = await detail(inst, caseId);
    const code = (d.case.data.filing as { code: string }).code;
    expect(code).toMatch(/^Y2026\d{6}$/);
    expect(d.case).toMatchObject({ validFrom: '2026-03-20', validTo: null });
    const pdf = await inst('GET', `${BASE}/cases/${caseId}/documents/${receipt.id}/file`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const title = d.documents.find((x) => x.kind === 'filing_receipt')!.title;
    expect(title).toBe('关于同意中联能源建设集团有限公司开展职业技能等级认定工作备案的函');
  });

  it('一(十)6: publication puts the employer in the public directory with its scope (occupation × level) and validity', async () => {
    const r = await sendOk(osta, caseId, 'publish', { version });
    expect(r.case.state).toBe('published');
    expect(r.documents.map((x) => x.kind)).toEqual(['publication_record']);
    const list = await anonymous('GET', `/api/v1/directory?q=${encodeURIComponent('中联能源')}`);
    expect(list.statusCode).toBe(200);
    const items = list.json<{
      items: {
        filingCode: string;
        branchName: string | null;
        validFrom: string;
        validTo: string | null;
        scopes: { occupationCode: string; level: number }[];
      }[];
    }>().items;
    expect(items).toEqual([
      expect.objectContaining({
        filingCode: expect.stringMatching(/^Y2026\d{6}$/),
        branchName: null,
        validFrom: '2026-03-20',
        validTo: null,
        scopes: expect.arrayContaining([
          expect.objectContaining({ occupationCode: '6-31-01-03', level: 3 }),
          expect.objectContaining({ occupationCode: '6-28-01-14', level: 4 }),
        ]),
      }),
    ]);
  });

  describe('一(十)5: the branch in Guizhou files with the province against the ministry receipt', () => {
    let branchCase = '';
    let v = 0;

    it('the branch picker lists the employer’s own branches, and a province’s branches with the receipt', async () => {
      type Options = { items: { id: string; name: string; parentReceipt: string | null }[] };
      const own = (await inst('GET', `${BASE}/employer-filing/branches`)).json<Options>().items;
      expect(own.map((b) => b.name).sort()).toEqual([
        '中联能源建设集团有限公司宁波分公司',
        '中联能源建设集团有限公司贵州分公司',
      ]);
      const gz = (await guizhou('GET', `${BASE}/employer-filing/branches`)).json<Options>().items;
      expect(gz).toEqual([
        expect.objectContaining({
          id: GZ_BRANCH,
          parentReceipt: expect.stringMatching(/^中就培备字〔2026〕\d+号$/),
        }),
      ]);
      expect((await osta('GET', `${BASE}/employer-filing/branches`)).json<Options>().items).toEqual([]);
    });

    it('is opened by the Guizhou department — not by Zhejiang’s — and not with a scope beyond the employer’s', async () => {
      const foreign = await zhejiang('POST', `${BASE}/cases`, {
        procedure: BRANCH,
        input: { branchId: GZ_BRANCH },
      });
      // Another province's branch answers what an unknown branch answers (issue 9 point 7).
      expect(foreign.statusCode).toBe(404);
      const beyond = await guizhou('POST', `${BASE}/cases`, {
        procedure: BRANCH,
        input: { branchId: GZ_BRANCH, scopes: [{ occupationCode: '6-18-02-04', level: 3 }] },
      });
      expect(beyond.statusCode).toBe(422);
      expect(refusal(beyond).code).toBe('BRANCH_SCOPE_OUTSIDE');
      const res = await guizhou('POST', `${BASE}/cases`, {
        procedure: BRANCH,
        input: { branchId: GZ_BRANCH, scopes: [{ occupationCode: '6-31-01-03', level: 3 }] },
      });
      expect(res.statusCode, res.body).toBe(201);
      const c = res.json<{ id: string; referenceNo: string; version: number }>();
      expect(c.referenceNo).toMatch(/^黔人社分备申〔2026〕\d{4}号$/);
      branchCase = c.id;
      v = c.version;
      // The employer sees its branch's case.
      expect((await inst('GET', `${BASE}/cases/${branchCase}`)).statusCode).toBe(200);
    });

    it('is reviewed by the province and filed with its own code (parent code + 52 + serial) and receipt', async () => {
      at('2026-03-23');
      v = (await sendOk(guizhou, branchCase, 'submit', { version: v })).case.version;
      const noOpinion = await send(guizhou, branchCase, 'file', { version: v, payload: {} });
      expect(noOpinion.statusCode).toBe(422);
      expect(
        (await send(inst, branchCase, 'file', { version: v, payload: { opinion: '自行备案' } })).statusCode,
      ).toBe(403);
      const r = await sendOk(guizhou, branchCase, 'file', {
        version: v,
        payload: { opinion: '分支机构考评人员、场地设施满足电工三级认定要求。' },
      });
      expect(r.case.state).toBe('filed');
      v = r.case.version;
      expect(r.documents).toEqual([
        expect.objectContaining({
          kind: 'branch_filing_receipt',
          number: expect.stringMatching(/^黔人社分备字〔2026〕\d+号$/),
        }),
      ]);
      const parent = await detail(osta, caseId);
      const parentCode = (parent.case.data.filing as { code: string }).code;
      const d = await detail(guizhou, branchCase);
      expect((d.case.data.filing as { code: string }).code).toBe(`${parentCode}-52001`);
      expect(d.case).toMatchObject({ validFrom: '2026-03-23', validTo: null });
    });

    it('a failure in the middle of the publication leaves nothing half-done: no state, event, number, document or entry', async () => {
      const before = await detail(guizhou, branchCase);
      const counter = () =>
        handle.db
          .selectFrom('document_counters')
          .select('next')
          .where('scope', '=', '黔人社分备公')
          .executeTakeFirst();
      const audits = async () =>
        Number(
          (await sql<{ n: number }>`select count(*)::int as n from audit_log`.execute(handle.db)).rows[0]!.n,
        );
      const [counterBefore, auditBefore] = [await counter(), await audits()];
      await sql`create function refuse_entry() returns trigger language plpgsql as $$ begin raise exception 'directory offline'; end; $$`.execute(
        handle.db,
      );
      await sql`create trigger refuse_entry before insert on directory_entries for each row execute function refuse_entry()`.execute(
        handle.db,
      );
      try {
        const res = await send(guizhou, branchCase, 'publish', { version: v });
        expect(res.statusCode).toBe(500);
      } finally {
        await sql`drop trigger refuse_entry on directory_entries`.execute(handle.db);
        await sql`drop function refuse_entry()`.execute(handle.db);
      }
      const after = await detail(guizhou, branchCase);
      expect(after.case).toMatchObject({ state: 'filed', version: before.case.version });
      expect(after.documents).toEqual(before.documents);
      expect(after.directoryEntry).toBeNull();
      expect(await counter()).toEqual(counterBefore);
      expect(await audits()).toBe(auditBefore);
    });

    it('is published in the directory as the employer’s branch with its own code', async () => {
      const r = await sendOk(guizhou, branchCase, 'publish', { version: v });
      expect(r.case.state).toBe('published');
      expect(r.documents).toEqual([
        expect.objectContaining({
          kind: 'publication_record',
          number: expect.stringMatching(/^黔人社分备公〔2026〕\d+号$/),
        }),
      ]);
      const d = await detail(inst, branchCase);
      expect(d.directoryEntry).toMatchObject({
        filingCode: expect.stringMatching(/^Y2026\d{6}-52001$/),
        branchName: '中联能源建设集团有限公司贵州分公司',
        scopes: [expect.objectContaining({ occupationCode: '6-31-01-03', level: 3 })],
      });
      const branch = await handle.db
        .selectFrom('branches')
        .select('status')
        .where('id', '=', GZ_BRANCH)
        .executeTakeFirstOrThrow();
      expect(branch.status).toBe('active');
    });
  });
});

describe('mohrss-filing 一(一): an employer that is not a national employer', () => {
  it('may draft but not submit: the finding says the guide does not apply', async () => {
    const zj = await demoUser('inst_zj');
    const opened = await zj('POST', `${BASE}/cases`, {
      procedure: EMPLOYER,
      input: {
        nationalEmployer: false,
        enterpriseCategory: 'large_private',
        acceptsSupervision: true,
        scopes: SCOPES,
      },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const { id, version: v } = opened.json<{ id: string; version: number }>();
    const res = await send(zj, id, 'submit', { version: v, payload: { truthful: true } });
    expect(res.statusCode).toBe(422);
    expect(refusal(res).findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          ruleId: 'mohrss-filing/1/1',
          passed: false,
          citationText: 'mohrss-filing 一(一)',
        }),
      ]),
    );
    const withdrawn = await sendOk(zj, id, 'withdraw', {
      version: v,
      payload: { reason: '按本省用人单位备案指南办理' },
    });
    expect(withdrawn.case.state).toBe('withdrawn');
  });
});
