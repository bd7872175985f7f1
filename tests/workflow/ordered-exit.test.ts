// Ordered termination and revocation through the API (issue 15 point 4; decision 0045): 1x-exit §7 —
// the opinion served, the appeal within 15 working days of receipt on the Chinese calendar (2026: 中秋
// 9/25–27, 国庆 10/1–7, swapped working Saturday 10/10), the review, §7(4) measures that end the case
// without an exit, consultation (§7(5)), the notice (§7(6)) and the revocation with 1x-exit §2's scope
// and §10's 5-year bar; gz-rules §15–16 — termination ordered with the wrap-up time set, the notice and
// the report to the ministry; mohrss-violations §14 termination recorded as an exit and undone on review
// (§19). The transitions run on a test clock set to the day each step is dated.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import { loadConfig } from '../../src/config.js';
import { caseRoutes } from '../../src/http/routes/cases.routes.js';
import { databaseFileStore } from '../../src/persistence/file-store.js';
import { createSession } from '../../src/persistence/sessions.repository.js';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import { publishDirectoryEntry } from '../../src/use-cases/directory/publish-directory-entry.js';
import { reentryFindingsFor } from '../../src/use-cases/exits/reentry-bars.js';
import { openTestDatabase } from '../support/test-database.js';
import { TEST_DATA_KEY } from '../support/test-app.js';
import { makeUscc, seedPersonas, type Fixture } from '../support/personas.js';
import { OCC } from '../support/session-fixture.js';

const BASE = '/api/v1/t';
let clock = new Date('2026-09-10T02:00:00Z');
const at = (day: string) => {
  clock = new Date(`${day}T02:00:00Z`);
};

let handle: DatabaseHandle;
let app: FastifyInstance;
let f: Fixture;
type Client = (method: 'GET' | 'POST', url: string, body?: unknown) => Promise<LightMyRequestResponse>;
let jco: Client;
let guizhou: Client;
let instSingle: Client;
let instY: Client;
let jcoId: string;

interface CaseView {
  id: string;
  version: number;
  state: string;
}

async function clientFor(userId: string): Promise<Client> {
  const s = await createSession(handle.db, { userId, absoluteExpiresAt: new Date(Date.now() + 3_600_000) });
  return (method, url, body) =>
    app.inject({
      method,
      url: `${BASE}${url}`,
      headers: { cookie: `sid=${s.token}`, ...(method === 'GET' ? {} : { 'x-csrf-token': s.csrfToken }) },
      ...(body === undefined ? {} : { payload: body as object }),
    });
}

async function user(values: {
  role: 'authority_staff' | 'institution_staff';
  authority?: string;
  institution?: string;
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
      institution_id: values.institution ?? null,
      expert_id: null,
    })
    .execute();
  return clientFor(id);
}

/** A 1+X organisation selected by the office, with its certificate programmes. */
async function selectedOrganisation(name: string, programmes: string[]) {
  const id = randomUUID();
  await handle.db
    .insertInto('institutions')
    .values({
      id, name, kind: 'training_org', uscc: makeUscc('110000'), legal_representative: `${name.slice(0, 1)}代表`,
      address: '北京市', jurisdiction_code: '110000', authority_id: jcoId, status: 'active', contact_phone: null, established_on: '2015-01-01',
    })
    .execute(); // prettier-ignore
  await listed(id, '1x-selection', { programmes });
  return id;
}

async function listed(
  institutionId: string,
  regime: '1x-selection' | 'mohrss-filing',
  what: { programmes?: string[]; scopes?: { occupationCode: string; level: number }[] },
) {
  const caseId = randomUUID();
  await handle.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('cases')
      .values({
        id: caseId, procedure: 'exit-test-listing', reference_no: `退出测试〔2026〕${caseId.slice(0, 6)}号`, institution_id: institutionId,
        branch_id: null, authority_id: regime === '1x-selection' ? jcoId : f.authorities.guizhou, jurisdiction_code: regime === '1x-selection' ? '000000' : '520100',
        parent_case_id: null, state: 'filed', awaiting: null, snapshot: '{}', submitted_at: new Date(), closed_at: null, valid_from: null, valid_to: null, created_by: null,
      })
      .execute(); // prettier-ignore
    await publishDirectoryEntry(trx, { caller: null }, {
      institutionId, caseId, procedure: 'exit-test-listing', regime, filingCode: `退出测试编码${caseId.slice(0, 8)}`,
      validFrom: '2024-01-01', validTo: null, scopes: what.scopes ?? [], authorityId: regime === '1x-selection' ? jcoId : f.authorities.guizhou,
      citations: [{ source: regime, article: regime === '1x-selection' ? 16 : '二', ...(regime === 'mohrss-filing' ? { item: '十' } : {}) }],
      certificateProgrammes: (what.programmes ?? []).map((name) => ({ name, levels: ['junior'] })), publishedOn: '2024-01-01',
    }); // prettier-ignore
  });
}

async function open(who: Client, input: Record<string, unknown>): Promise<CaseView> {
  const res = await who('POST', '/cases', { procedure: 'ordered-exit', input });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<CaseView>();
}
const send = (who: Client, c: CaseView, event: string, payload?: unknown) =>
  who('POST', `/cases/${c.id}/events/${event}`, { version: c.version, ...(payload ? { payload } : {}) });
async function act(who: Client, c: CaseView, event: string, payload?: unknown): Promise<CaseView> {
  const res = await send(who, c, event, payload);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ case: CaseView }>().case;
}
const detail = (res: LightMyRequestResponse) => res.json<{ detail: string }>().detail;

const programmeSeqs = async (institutionId: string) =>
  (
    await handle.db
      .selectFrom('directory_entry_programmes as p')
      .innerJoin('directory_entries as e', 'e.id', 'p.entry_id')
      .select(['p.seq', 'p.name', 'p.withdrawn_on'])
      .where('e.institution_id', '=', institutionId)
      .orderBy('p.seq')
      .execute()
  ).map((p) => ({ seq: p.seq, name: p.name, withdrawnOn: p.withdrawn_on }));
const status = async (id: string) =>
  (await handle.db.selectFrom('institutions').select('status').where('id', '=', id).executeTakeFirstOrThrow())
    .status;
const exitsOf = (institutionId: string) =>
  handle.db.selectFrom('institution_exits').selectAll().where('institution_id', '=', institutionId).execute();
const documentsOf = async (caseId: string) =>
  (await handle.db.selectFrom('documents').select('kind').where('case_id', '=', caseId).execute()).map(
    (d) => d.kind,
  );

const opinion = (extra: Record<string, unknown> = {}) => ({
  experts: '张专家、李专家（部际联席会议推荐专家库）',
  facts: '自批准后一年内未启动开展相关工作，经问询属实',
  grounds: ['5(2)'],
  proposal: 'revoke',
  scope: 'institution',
  ...extra,
});

/** Opinion formed, served on 9/22 and received on Thursday 24 September 2026 (before 中秋 and 国庆). */
async function servedAndReceived(c: CaseView, who = jco): Promise<CaseView> {
  at('2026-09-21');
  c = await act(who, c, 'record_opinion', opinion());
  at('2026-09-22');
  c = await act(who, c, 'serve_opinion', { servedOn: '2026-09-22', means: 'post' });
  at('2026-09-28');
  return act(who, c, 'record_receipt', { receivedOn: '2026-09-24' });
}

beforeAll(async () => {
  handle = await openTestDatabase();
  f = await seedPersonas(handle.db);
  jcoId = randomUUID();
  await handle.db.insertInto('jurisdictions').values({ code: '110000', name: '北京市', level: 'province', parent_code: null, source: 'test' }).onConflict((oc) => oc.doNothing()).execute(); // prettier-ignore
  await handle.db
    .insertInto('authorities')
    .values({ id: jcoId, name: '国务院职业教育工作部际联席会议办公室', kind: 'joint_conference_office', jurisdiction_code: '000000', industry: null })
    .execute(); // prettier-ignore
  app = await buildApp({
    db: handle.db,
    config: { ...loadConfig({}), cookieSecure: false },
    dataKey: TEST_DATA_KEY,
  });
  await app.register(
    async (scoped) => {
      await scoped.register(caseRoutes, { store: databaseFileStore(), now: () => clock });
    },
    { prefix: BASE },
  );
  await app.ready();
  jco = await user({ role: 'authority_staff', authority: jcoId });
  guizhou = await user({ role: 'authority_staff', authority: f.authorities.guizhou });
  instY = await user({ role: 'institution_staff', institution: f.institutions.y });
}, 120_000);
afterAll(async () => {
  await app?.close();
  await handle?.close();
});

describe('1x-exit §7(3): the appeal within 15 working days of receipt, across 中秋 and 国庆 2026', () => {
  let single: string;
  let c: CaseView;

  beforeAll(async () => {
    single = await selectedOrganisation('单证书培训评价组织', ['智能制造单元运维']);
    const staff = await user({ role: 'institution_staff', institution: single });
    instSingle = staff;
    at('2026-09-10');
    c = await open(jco, { institutionId: single, origin: 'lead', summary: '监督咨询电话反映批准一年未启动' });
    c = await servedAndReceived(c);
  });

  it('the clock runs from the receipt recorded, not the day it was recorded: day 15 is 22 October (9/25–27 and 10/1–7 off, 10/10 worked)', async () => {
    expect(c.state).toBe('appeal_period');
    const d = await handle.db.selectFrom('case_deadlines').select(['start_date', 'due_date', 'n', 'unit']).where('case_id', '=', c.id).executeTakeFirstOrThrow();
    expect(d).toEqual({ start_date: '2026-09-24', due_date: '2026-10-22', n: 15, unit: 'working_days' });
    expect(await documentsOf(c.id)).toContain('exit_opinion');
  }); // prettier-ignore

  it('§7(3) boundary: the period is not over on day 15, so the office cannot conclude it', async () => {
    at('2026-10-22');
    const early = await send(jco, c, 'conclude_appeal_period');
    expect(early.statusCode).toBe(422);
    expect(detail(early)).toContain('申诉期至 2026-10-22 止');
  });

  it('§7(3) boundary: an appeal lodged on day 16 (23 October) is refused; on day 15 (22 October) accepted', async () => {
    at('2026-10-23');
    const late = await send(instSingle, c, 'lodge_appeal', { lodgedOn: '2026-10-23', lodgedWith: 'delegated_unit', grounds: '已于 2025 年启动工作，有合同为证' });
    expect(late.statusCode).toBe(422);
    expect(detail(late)).toContain('2026-10-22');
    c = await act(instSingle, c, 'lodge_appeal', { lodgedOn: '2026-10-22', lodgedWith: 'delegated_unit', grounds: '已于 2025 年启动工作，有合同为证' });
    expect(c.state).toBe('appeal_review');
  }); // prettier-ignore

  it('the review upholds the opinion (申诉复核决定书); no notice before consultation and the report (§7(5))', async () => {
    at('2026-10-28');
    c = await act(jco, c, 'decide_appeal', { outcome: 'upheld', reason: '合同系批准一年后签订' });
    expect(c.state).toBe('verified');
    expect(await documentsOf(c.id)).toContain('appeal_review_decision');
    const early = await send(jco, c, 'start_notice', { days: 5, unit: 'working_days', basisReason: '参照遴选结果公示期' });
    expect(early.statusCode).toBe(422);
    expect(detail(early)).toContain('第七条第（五）项');
    c = await act(jco, c, 'record_consultation', { department: '国家发展改革委', opinion: '无不同意见', receivedOn: '2026-10-28' });
    c = await act(jco, c, 'report_conference', { reportedOn: '2026-10-28', reference: '教职联办〔2026〕9号' });
    c = await act(jco, c, 'start_notice', { days: 5, unit: 'working_days', basisReason: '参照遴选结果公示期' });
    expect(c.state).toBe('public_notice');
    const notice = await handle.db.selectFrom('public_notices').select(['ends_on', 'subject_name', 'basis_kind']).where('case_id', '=', c.id).executeTakeFirstOrThrow();
    // 10/29 Thu, 10/30 Fri, 11/2, 11/3, 11/4: five working days after publication.
    expect(notice).toEqual({ ends_on: '2026-11-04', subject_name: '单证书培训评价组织', basis_kind: 'authority' });
  }); // prettier-ignore

  it('§7(6) and §2 ¶1: no revocation during the notice; after it, its only programme takes the organisation with it; §10 bars it to the 5th anniversary', async () => {
    const [programme] = await programmeSeqs(single);
    const revoke = { scope: 'programmes', programmeSeqs: [programme!.seq], wrapUpDue: '2026-12-31', wrapUpReason: '处理已收费未考核事项', reason: '公示无异议' };
    at('2026-11-04');
    const during = await send(jco, c, 'revoke', revoke);
    expect(during.statusCode).toBe(422);
    expect(detail(during)).toContain('公示期至 2026-11-04 止');
    at('2026-11-05');
    c = await act(jco, c, 'revoke', revoke);
    expect(c.state).toBe('exited');
    const [exit] = await exitsOf(single);
    expect(exit).toMatchObject({ regime: '1x-exit', route: 'ordered', scope: 'programmes', institution_exited: true, terminated_on: '2026-11-05', wrap_up_due: '2026-12-31', case_id: c.id });
    expect(await status(single)).toBe('exited');
    expect((await programmeSeqs(single))[0]!.withdrawnOn).toBe('2026-11-05');
    const bar = await handle.db.selectFrom('reentry_bars').select(['kind', 'last_barred_day']).where('institution_id', '=', single).executeTakeFirstOrThrow();
    expect(bar).toEqual({ kind: 'revocation', last_barred_day: '2031-11-05' });
    const barred = async (day: string) => (await reentryFindingsFor(handle.db, single, day)).some((x) => x.passed === false);
    expect(await barred('2031-11-05')).toBe(true);
    expect(await barred('2031-11-06')).toBe(false);
    expect(await documentsOf(c.id)).toContain('termination_notice');
    const closed = await handle.db.selectFrom('public_notices').select('closed_on').where('case_id', '=', c.id).executeTakeFirstOrThrow();
    expect(closed.closed_on).toBe('2026-11-05');
    c = await act(jco, c, 'close');
    expect(c.state).toBe('closed');
  }); // prettier-ignore
});

describe('1x-exit §2 ¶2: one programme of several exits; the organisation and the others stay', () => {
  it('the period ends without an appeal; the revoked programme is withdrawn, the other stays, no bar', async () => {
    const multi = await selectedOrganisation('多证书培训评价组织', ['工业机器人应用编程', '数字孪生应用']);
    const [first, second] = await programmeSeqs(multi);
    at('2026-09-10');
    let c = await open(jco, { institutionId: multi, origin: 'lead', summary: '两年内未更新标准' });
    at('2026-09-21');
    c = await act(jco, c, 'record_opinion', opinion({ grounds: ['5(3)'], scope: 'programmes', programmeSeqs: [first!.seq] }));
    at('2026-09-22');
    c = await act(jco, c, 'serve_opinion', { servedOn: '2026-09-22', means: 'electronic' });
    c = await act(jco, c, 'record_receipt', { receivedOn: '2026-09-22' });
    at('2026-10-23');
    c = await act(jco, c, 'conclude_appeal_period');
    c = await act(jco, c, 'record_consultation', { department: '市场监管总局', opinion: '同意', receivedOn: '2026-10-23' });
    c = await act(jco, c, 'report_conference', { reportedOn: '2026-10-23', reference: '教职联办〔2026〕10号' });
    c = await act(jco, c, 'start_notice', { days: 3, unit: 'calendar_days', basisReason: '一定范围内公示，三日' });
    at('2026-11-02');
    c = await act(jco, c, 'revoke', { scope: 'programmes', programmeSeqs: [first!.seq], wrapUpDue: null, wrapUpReason: '收尾在证书层面完成', reason: '公示无异议' });
    expect(c.state).toBe('exited');
    const [exit] = await exitsOf(multi);
    expect(exit).toMatchObject({ scope: 'programmes', institution_exited: false, programme_seqs: [first!.seq] });
    expect(await status(multi)).toBe('active');
    const after = await programmeSeqs(multi);
    expect(after.find((p) => p.seq === first!.seq)?.withdrawnOn).toBe('2026-11-02');
    expect(after.find((p) => p.seq === second!.seq)?.withdrawnOn).toBeNull();
    expect(await handle.db.selectFrom('reentry_bars').select('id').where('institution_id', '=', multi).execute()).toEqual([]);
  }); // prettier-ignore
});

describe('1x-exit §7(4): problems short of revocation end the case with measures, without an exit', () => {
  it('warning and rectification with a deadline are recorded as x_measure sanctions; the organisation stays listed', async () => {
    const org = await selectedOrganisation('视情节处理组织', ['网络安全运维']);
    at('2026-09-10');
    let c = await open(jco, { institutionId: org, origin: 'lead', summary: '投诉反映收费问题' });
    c = await servedAndReceived(c);
    at('2026-10-23');
    c = await act(jco, c, 'conclude_appeal_period');
    const noDue = await send(jco, c, 'impose_measures', { measures: ['warning', 'rectification'], reason: '情节较轻' });
    expect(noDue.statusCode).toBe(422);
    c = await act(jco, c, 'impose_measures', { measures: ['warning', 'rectification'], dueOn: '2026-12-31', reason: '情节较轻，已部分退费' });
    expect(c.state).toBe('measures_imposed');
    const rows = await handle.db.selectFrom('institution_sanctions').select(['kind', 'measure', 'due_on', 'article']).where('case_id', '=', c.id).orderBy('measure').execute();
    expect(rows).toEqual([
      { kind: 'x_measure', measure: 'rectification', due_on: '2026-12-31', article: '1x-exit 7(4)' },
      { kind: 'x_measure', measure: 'warning', due_on: null, article: '1x-exit 7(4)' },
    ]);
    expect(await exitsOf(org)).toEqual([]);
    expect(await status(org)).toBe('active');
  }); // prettier-ignore
});

describe('who opens it, and from what', () => {
  it('an institution cannot open it; the 1+X office cannot for a Guizhou institution; Guizhou cannot for a 1+X organisation', async () => {
    const byInst = await instY('POST', '/cases', { procedure: 'ordered-exit', input: { institutionId: f.institutions.y, origin: 'lead', summary: '自行申请' } });
    expect(byInst.statusCode).toBe(403);
    const x = await jco('POST', '/cases', { procedure: 'ordered-exit', input: { institutionId: f.institutions.x, origin: 'lead', summary: '越权立案' } });
    expect(x.statusCode).toBe(404);
    const org = await selectedOrganisation('跨部门测试组织', ['测试证书']);
    const gz = await guizhou('POST', '/cases', { procedure: 'ordered-exit', input: { institutionId: org, origin: 'lead', summary: '越权立案' } });
    expect(gz.statusCode).toBe(404);
  }); // prettier-ignore

  it('origin violation_case: a random id answers 404; a case not yet decided is refused', async () => {
    const random = await guizhou('POST', '/cases', { procedure: 'ordered-exit', input: { institutionId: f.institutions.x, origin: 'violation_case', violationCaseId: randomUUID(), summary: '依处理决定' } });
    expect(random.statusCode).toBe(404);
    const v = await guizhou('POST', '/cases', { procedure: 'violation-case', input: { subject: 'institution', origin: 'inspection', institutionId: f.institutions.x, summary: '检查发现问题' } });
    expect(v.statusCode, v.body).toBe(201);
    const undecided = await guizhou('POST', '/cases', { procedure: 'ordered-exit', input: { institutionId: f.institutions.x, origin: 'violation_case', violationCaseId: v.json<CaseView>().id, summary: '依处理决定' } });
    expect(undecided.statusCode).toBe(422);
    expect(undecided.json<{ code: string }>().code).toBe('VIOLATION_CASE_NOT_DECIDED');
  }); // prettier-ignore
});

describe('gz-rules §15–16: ordered termination, wrap-up within the time set, notice and report', () => {
  it('one occupation of two: the filing stays with the other; the termination notice and the ministry report are issued', async () => {
    const inst = randomUUID();
    await handle.db
      .insertInto('institutions')
      .values({ id: inst, name: '贵阳责令终止机构', kind: 'social_org', uscc: makeUscc('520100'), legal_representative: '王五', address: '贵阳市', jurisdiction_code: '520100', authority_id: f.authorities.guizhou, status: 'active', contact_phone: null, established_on: '2015-01-01' })
      .execute(); // prettier-ignore
    await listed(inst, 'mohrss-filing', { scopes: [{ occupationCode: OCC, level: 3 }, { occupationCode: '4-03-02-01', level: 4 }] });
    at('2026-11-02');
    let c = await open(guizhou, { institutionId: inst, origin: 'lead', summary: '群众举报组织虚假评价' });
    const bad = await send(guizhou, c, 'record_opinion', opinion());
    expect(bad.statusCode, bad.body).toBe(422);
    const order = { facts: '组织虚假评价', seriousnessReason: '涉及人数众多', scope: 'occupations', occupations: [{ occupationCode: OCC, level: 3 }], wrapUpDue: '2026-11-30', wrapUpReason: '收尾事项较少，四周可完成', reason: '情节严重' };
    const past = await send(guizhou, c, 'order_termination', { ...order, wrapUpDue: '2026-11-01' });
    expect(past.statusCode).toBe(422);
    c = await act(guizhou, c, 'order_termination', order);
    expect(c.state).toBe('exited');
    const [exit] = await exitsOf(inst);
    expect(exit).toMatchObject({ regime: 'gz-rules', route: 'ordered', scope: 'occupations', institution_exited: false, wrap_up_due: '2026-11-30' });
    expect(await status(inst)).toBe('active');
    const scopes = await handle.db.selectFrom('institution_scopes').select(['occupation_code', 'status']).where('institution_id', '=', inst).orderBy('occupation_code').execute();
    expect(scopes.map((s) => `${s.occupation_code}:${s.status}`)).toEqual(['4-03-02-01:active', `${OCC}:ended`]);
    const future = await send(guizhou, c, 'report_ministry', { sentOn: '2026-11-03', reference: '黔人社函〔2026〕1号' });
    expect(future.statusCode).toBe(422);
    c = await act(guizhou, c, 'report_ministry', { sentOn: '2026-11-02', reference: '黔人社函〔2026〕1号' });
    expect(c.state).toBe('closed');
    expect((await documentsOf(c.id)).sort()).toEqual(['ministry_report', 'termination_notice']);
  }); // prettier-ignore
});

describe('mohrss-violations §14 termination is an exit, and a review (§19) undoes it', () => {
  it('decided: exit recorded (regime mohrss-violations), entry withdrawn, scope ended; revoked on review: all restored, exit gone', async () => {
    await listed(f.institutions.y, 'mohrss-filing', { scopes: [{ occupationCode: OCC, level: 2 }] });
    const today = '2026-11-10';
    at(today);
    const v = await guizhou('POST', '/cases', { procedure: 'violation-case', input: { subject: 'institution', origin: 'inspection', institutionId: f.institutions.y, summary: '备案材料造假' } });
    expect(v.statusCode, v.body).toBe(201);
    const vsend = (who: Client, c: CaseView, event: string, payload?: unknown) => who('POST', `/cases/${c.id}/events/${event}`, { version: c.version, ...(payload ? { payload } : {}) });
    const vact = async (who: Client, c: CaseView, event: string, payload?: unknown) => {
      const res = await vsend(who, c, event, payload);
      expect(res.statusCode, `${event}: ${res.body}`).toBe(200);
      return res.json<{ case: CaseView }>().case;
    };
    let c = v.json<CaseView>();
    c = await vact(guizhou, c, 'record_charge', { violation: '14(1)', conductOn: today, facts: '备案申请中提供虚假承诺' });
    c = await vact(guizhou, c, 'serve_notice', { servedOn: today, means: 'in_person', statementDueOn: '2026-11-13', periodReason: '给予三日陈述申辩时间', reasons: '材料比对', choiceReason: '依规则建议', creditBlacklist: false });
    c = await vact(instY, c, 'submit_statement', { text: '对事实无异议', receivedOn: today, form: 'online' });
    c = await vact(guizhou, c, 'decide', { statementAnswer: '维持' });
    const [exit] = await exitsOf(f.institutions.y);
    expect(exit).toMatchObject({ regime: 'mohrss-violations', route: 'ordered', scope: 'institution', institution_exited: true, case_id: c.id });
    expect(await status(f.institutions.y)).toBe('exited');
    const scope = () => handle.db.selectFrom('institution_scopes').select('status').where('institution_id', '=', f.institutions.y).where('occupation_code', '=', OCC).where('level', '=', 2).executeTakeFirstOrThrow();
    expect((await scope()).status).toBe('ended');
    c = await vact(guizhou, c, 'serve_decision', { servedOn: today, means: 'in_person' });
    c = await vact(instY, c, 'request_review', { requestedOn: today, grounds: '承诺系笔误', form: 'online' });
    c = await vact(guizhou, c, 'decide_review', { outcome: 'revoked', reason: '经复核，笔误不构成虚假承诺' });
    expect(await exitsOf(f.institutions.y)).toEqual([]);
    expect(await status(f.institutions.y)).toBe('active');
    expect((await scope()).status).toBe('active');
    const live = await handle.db.selectFrom('directory_entries').select('withdrawn_on').where('institution_id', '=', f.institutions.y).execute();
    expect(live.every((e) => e.withdrawn_on === null)).toBe(true);
  }); // prettier-ignore
});
