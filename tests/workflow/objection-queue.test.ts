// An objection lodged during a 公示 is the deciding authority's to answer (mohrss-filing 二(十)4
// 公示、征求意见; 1x-selection §16 公示无异议后 — the decision's guard waits for every answer): the case
// enters that authority's 待办 when the objection is lodged, with what is to be done (待答复异议), and
// leaves it for 已办 when every objection is answered. The machine keeps the public's move in 公示; the
// queue derives the duty from the objections (case-lists.repository.ts). No other authority's list
// gains the case; counts, the state filter and the Excel export agree with the list.
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../src/calendar/calendar-days.js';
import { mf } from '../../src/parameters/mohrss-filing.js';
import { chinaDate } from '../../src/workflows/deadline.js';
import { openTestApp, type TestApp } from '../support/test-app.js';
import { solvedChallenge } from '../support/challenge.js';
import { loginPersonas, seedPersonas, type Client, type Fixture, type Persona } from '../support/personas.js';

interface Item {
  id: string;
  state: string;
  awaiting: string | null;
  openObjections: number;
  task_zh: string | null;
  task_en: string | null;
}
interface Page {
  items: Item[];
  total: number;
}

let t: TestApp;
let f: Fixture;
let clients: Record<Persona, Client>;
let caseId: string;
let noticeId: string;
let ref: string;
const today = chinaDate(new Date());

/** A social-org filing of 贵阳 institution X in 公示 (today to today + 10) before 贵州, no objection yet. */
async function caseInNotice(): Promise<void> {
  caseId = randomUUID();
  ref = `测异议申〔2026〕${randomUUID().slice(0, 6)}号`;
  await t.handle.db
    .insertInto('cases')
    .values({
      id: caseId,
      procedure: 'social-org-filing',
      reference_no: ref,
      institution_id: f.institutions.x,
      branch_id: null,
      authority_id: f.authorities.guizhou,
      jurisdiction_code: '520100',
      parent_case_id: null,
      state: 'public_notice',
      awaiting: 'public',
      snapshot: JSON.stringify({
        occupations: [{ code: '4-07-03-02', name: '劳动关系协调员', levels: [3] }],
      }),
      submitted_at: new Date(),
      closed_at: null,
      valid_from: null,
      valid_to: null,
      created_by: null,
    })
    .execute();
  noticeId = randomUUID();
  await t.handle.db
    .insertInto('public_notices')
    .values({
      id: noticeId,
      case_id: caseId,
      procedure: 'social-org-filing',
      authority_id: f.authorities.guizhou,
      jurisdiction_code: '520100',
      title: '拟备案社会培训评价组织公示',
      body: '拟予备案，现予公示。',
      subject_name: '贵阳机构X',
      published_on: today,
      starts_on: addCalendarDays(today, 1),
      ends_on: addCalendarDays(today, 10),
      period_days: 5,
      period_unit: 'working_days',
      basis_kind: 'authority',
      basis_parameter_id: null,
      basis_reason: '征集通告规定',
      explanation_zh: '公示期 5 个工作日。',
      citations: JSON.stringify([mf('二', '十', 4)]),
      document_id: null,
      published_by: null,
      closed_on: null,
      outcome: null,
    })
    .execute();
}

beforeAll(async () => {
  t = await openTestApp();
  f = await seedPersonas(t.handle.db);
  clients = await loginPersonas(t.app, f);
  await caseInNotice();
});
afterAll(async () => t?.close());

async function list(persona: Persona, qs: string): Promise<Page> {
  const res = await clients[persona].inject('GET', `/api/v1/cases?${qs}&pageSize=100`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Page>();
}
const has = (p: Page) => p.items.some((i) => i.id === caseId);
const row = (p: Page) => p.items.find((i) => i.id === caseId);

async function attention(): Promise<number> {
  const res = await clients.provinceA.inject('GET', '/api/v1/cases/attention');
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ objectionsToAnswer: number }>().objectionsToAnswer;
}

async function exported(persona: Persona, qs: string): Promise<string[][]> {
  const res = await clients[persona].inject('GET', `/api/v1/cases/export.xlsx?${qs}`);
  expect(res.statusCode, res.body).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

describe('an unanswered objection is the deciding authority’s 待办 (mohrss-filing 二(十)4; 1x-selection §16)', () => {
  it('a case in 公示 without objection awaits the public: in 已办, not in 待办', async () => {
    expect(has(await list('provinceA', 'view=todo'))).toBe(false);
    const done = row(await list('provinceA', 'view=done'));
    expect(done).toMatchObject({ awaiting: 'public', openObjections: 0, task_zh: null });
    expect(await attention()).toBe(0);
  });

  it('enters the authority’s 待办 when an objection is lodged, shown as 待答复异议, and leaves its 已办', async () => {
    const lodged = await clients.anonymous.inject('POST', `/api/v1/public-notices/${noticeId}/objections`, {
      name: '王小明',
      contact: '13800001234',
      text: '该机构的考场视频监控未全覆盖，请核查。',
      altcha: await solvedChallenge((url) => clients.anonymous.inject('GET', url)),
    });
    expect(lodged.statusCode, lodged.body).toBe(201);

    const todo = row(await list('provinceA', 'view=todo'));
    expect(todo).toMatchObject({
      state: 'public_notice',
      awaiting: 'public', // the machine's word is unchanged: the duty is derived from the objection
      openObjections: 1,
      task_zh: '待答复异议（1件）',
      task_en: 'Objection to answer (1)',
    });
    expect(has(await list('provinceA', 'view=done'))).toBe(false);
    // The filters agree: the state filter finds it, the others narrow as before.
    expect(has(await list('provinceA', 'view=todo&state=public_notice'))).toBe(true);
    expect(has(await list('provinceA', 'view=todo&state=submitted'))).toBe(false);
    expect(has(await list('provinceA', `view=todo&q=${encodeURIComponent(ref)}`))).toBe(true);
    expect(has(await list('provinceA', 'view=todo&overdue=true'))).toBe(false);
    expect(has(await list('provinceA', 'view=todo&procedure=social-org-filing&sort=-due'))).toBe(true);
    // The home count links to exactly that list (todo, state 公示).
    expect(await attention()).toBe(1);
    const rows = await exported('provinceA', 'view=todo');
    expect(rows[0]).toContain('待办事项');
    expect(rows.find((r) => r[0] === ref)).toContain('待答复异议（1件）');
    // The applicant sees what the authority has to do in 我的申请.
    expect(row(await list('institutionX', 'view=mine'))).toMatchObject({ task_zh: '待答复异议（1件）' });
  });

  it('stays out of other authorities’ 待办/已办 and out of the supervised lists outside the territory', async () => {
    for (const view of ['todo', 'done', 'supervised']) {
      expect(has(await list('provinceB', `view=${view}`)), view).toBe(false);
      expect((await exported('provinceB', `view=${view}`)).some((r) => r[0] === ref)).toBe(false);
    }
    expect(has(await list('national', 'view=todo'))).toBe(false);
    // The national centre supervises it (all of China) without having to answer it.
    expect(has(await list('national', 'view=supervised'))).toBe(true);
    const other = await clients.provinceB.inject('GET', '/api/v1/cases/attention');
    expect(other.json<{ objectionsToAnswer: number }>().objectionsToAnswer).toBe(0);
  });

  it('the case page shows the deciding authority the open objection it may answer', async () => {
    const res = await clients.provinceA.inject('GET', `/api/v1/cases/${caseId}`);
    expect(res.statusCode, res.body).toBe(200);
    const notice = res.json<{
      notice: { id: string; viewer: string; closedOn: string | null; objections: { state: string }[] };
    }>().notice;
    expect(notice).toMatchObject({ id: noticeId, viewer: 'authority', closedOn: null });
    expect(notice.objections).toEqual([expect.objectContaining({ state: 'open', contact: '13800001234' })]);
  });

  it('leaves 待办 for 已办 when every objection is answered', async () => {
    const detail = (await clients.provinceA.inject('GET', `/api/v1/public-notices/${noticeId}`)).json<{
      objections: { id: string }[];
    }>();
    const answered = await clients.provinceA.inject(
      'POST',
      `/api/v1/public-notices/${noticeId}/objections/${detail.objections[0]!.id}/answer`,
      { answer: '经现场核查，考场视频监控已全覆盖，异议不成立。', finding: 'unfounded' },
    );
    expect(answered.statusCode, answered.body).toBe(200);
    expect(has(await list('provinceA', 'view=todo'))).toBe(false);
    expect(row(await list('provinceA', 'view=done'))).toMatchObject({ openObjections: 0, task_zh: null });
    expect(await attention()).toBe(0);
    expect((await exported('provinceA', 'view=todo')).some((r) => r[0] === ref)).toBe(false);
  });

  it('a closed notice puts no case in 待办, even with an objection left unanswered', async () => {
    await t.handle.db
      .insertInto('objections')
      .values({
        id: randomUUID(),
        notice_id: noticeId,
        seq: 2,
        submitter_name_enc: 'x',
        submitter_name_masked: '李*',
        contact_enc: 'x',
        contact_masked: '138****0000',
        text: '公示办结后补写的异议记录。',
        submitted_on: today,
        answer: null,
        finding: null,
        answered_by: null,
        answered_at: null,
      })
      .execute();
    expect(has(await list('provinceA', 'view=todo'))).toBe(true);
    await t.handle.db
      .updateTable('public_notices')
      .set({ closed_on: today, outcome: '不予备案' })
      .where('id', '=', noticeId)
      .execute();
    expect(has(await list('provinceA', 'view=todo'))).toBe(false);
    expect(row(await list('provinceA', 'view=done'))).toMatchObject({ openObjections: 0 });
  });
});
