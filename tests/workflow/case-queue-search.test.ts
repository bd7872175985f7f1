// 待办/已办/辖区 search, filters and export (issue 10 point 7): cases of two provinces written straight
// into the database with their running clocks; the queue narrows by text, state, institution and
// overdue, sorts by due date either way, and the Excel export holds exactly the rows the same list
// shows — 贵州's file never holds 浙江's cases — with Chinese headers and no document numbers.
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import { loadConfig } from '../../src/config.js';
import { caseRoutes } from '../../src/http/routes/cases.routes.js';
import { directoryRoutes } from '../../src/http/routes/directory.routes.js';
import { databaseFileStore } from '../../src/persistence/file-store.js';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import { openTestDatabase } from '../support/test-database.js';
import { TEST_DATA_KEY } from '../support/test-app.js';
import {
  ID_NUMBER_PATTERN,
  loginPersonas,
  seedPersonas,
  type Client,
  type Fixture,
  type Persona,
} from '../support/personas.js';
import { testProcedure } from './cases-test-procedure.js';
import { publishDirectoryEntry } from '../../src/use-cases/directory/publish-directory-entry.js';

const BASE = '/api/v1/t';
let handle: DatabaseHandle;
let app: FastifyInstance;
let f: Fixture;
let clients: Record<Persona, Client>;
// Wednesday 18 March 2026, 10:00 in Beijing.
const clock = new Date('2026-03-18T02:00:00Z');

interface Item {
  id: string;
  referenceNo: string;
  institutionId: string;
  state: string;
  dueDate: string | null;
  overdue: boolean;
}
interface ListPage {
  items: Item[];
  total: number;
}

let n = 0;
/** A test-filing case with one running clock due on `due` (or none). */
async function insertCase(o: {
  institution: string;
  authority: string;
  jurisdiction: string;
  state: 'submitted' | 'correction' | 'review' | 'filed';
  due: string | null;
}): Promise<{ id: string; ref: string }> {
  const id = randomUUID();
  const ref = `测试备申〔2026〕${++n}号`;
  const awaiting = {
    submitted: 'authority',
    correction: 'applicant',
    review: 'experts',
    filed: null,
  } as const;
  await handle.db
    .insertInto('cases')
    .values({
      id,
      procedure: 'test-filing',
      reference_no: ref,
      institution_id: o.institution,
      branch_id: null,
      authority_id: o.authority,
      jurisdiction_code: o.jurisdiction,
      parent_case_id: null,
      state: o.state,
      awaiting: awaiting[o.state],
      snapshot: JSON.stringify({ scopes: [{ occupationCode: '4-04-05-01', level: 3 }] }),
      submitted_at: new Date('2026-03-02T02:00:00Z'),
      closed_at: o.state === 'filed' ? new Date('2026-03-10T02:00:00Z') : null,
      valid_from: null,
      valid_to: null,
      created_by: null,
    })
    .execute();
  if (o.due)
    await handle.db
      .insertInto('case_deadlines')
      .values({
        id: randomUUID(),
        case_id: id,
        kind: 'acceptance',
        label_zh: '受理答复期限',
        awaiting: 'authority',
        unit: 'working_days',
        n: 10,
        parameter_id: 'test.acceptance_days',
        citation: JSON.stringify({ source: 'mohrss-filing', article: '二' }),
        start_date: '2026-03-02',
        due_date: o.due,
        pauses: JSON.stringify([]),
        paused_from: null,
        status: 'running',
        met_on: null,
        explanation_zh: '测试',
        updated_at: new Date(),
      })
      .execute();
  return { id, ref };
}

let gz: Record<'lateX' | 'soonY' | 'laterX' | 'correctingX' | 'filedY', { id: string; ref: string }>;
let zj: { id: string; ref: string };

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
  await app.register(directoryRoutes, { prefix: BASE, now: () => clock });
  await app.ready();
  clients = await loginPersonas(app, f);
  const g = { authority: f.authorities.guizhou, jurisdiction: '520100' };
  gz = {
    lateX: await insertCase({ ...g, institution: f.institutions.x, state: 'submitted', due: '2026-03-16' }),
    soonY: await insertCase({ ...g, institution: f.institutions.y, state: 'submitted', due: '2026-03-20' }),
    laterX: await insertCase({ ...g, institution: f.institutions.x, state: 'submitted', due: '2026-03-30' }),
    correctingX: await insertCase({ ...g, institution: f.institutions.x, state: 'correction', due: null }),
    filedY: await insertCase({ ...g, institution: f.institutions.y, state: 'filed', due: null }),
  };
  zj = await insertCase({
    authority: f.authorities.zhejiang,
    jurisdiction: '330100',
    institution: f.institutions.z,
    state: 'submitted',
    due: '2026-03-10',
  });
});
afterAll(async () => {
  await app?.close();
  await handle?.close();
});

async function list(persona: Persona, qs: string): Promise<ListPage> {
  const res = await clients[persona].inject('GET', `${BASE}/cases?${qs}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ListPage>();
}

async function exportRows(persona: Persona, qs: string): Promise<string[][]> {
  const res = await clients[persona].inject('GET', `${BASE}/cases/export.xlsx?${qs}`);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  expect(res.headers['content-disposition']).toMatch(/^attachment;/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const rows: string[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

const ids = (p: ListPage) => p.items.map((i) => i.id);

describe('queue search and filters', () => {
  it("sorts 待办 by due date, earliest first by default and latest first on request; no other province's cases", async () => {
    const todo = await list('provinceA', 'view=todo');
    expect(ids(todo)).toEqual([gz.lateX.id, gz.soonY.id, gz.laterX.id]);
    const reversed = await list('provinceA', 'view=todo&sort=-due');
    expect(ids(reversed)).toEqual([gz.laterX.id, gz.soonY.id, gz.lateX.id]);
    expect(ids(await list('provinceB', 'view=todo'))).toEqual([zj.id]);
  });

  it('filters by overdue, state, institution and search text, combined with the view', async () => {
    const overdue = await list('provinceA', 'view=todo&overdue=true');
    expect(ids(overdue)).toEqual([gz.lateX.id]);
    expect(overdue.items[0]!.overdue).toBe(true);
    expect(ids(await list('provinceA', 'view=done&state=correction'))).toEqual([gz.correctingX.id]);
    const ofY = await list('provinceA', `view=supervised&institutionId=${f.institutions.y}`);
    expect(ids(ofY).sort()).toEqual([gz.soonY.id, gz.filedY.id].sort());
    expect(ids(await list('provinceA', `view=supervised&q=${encodeURIComponent(gz.laterX.ref)}`))).toEqual([
      gz.laterX.id,
    ]);
    const byName = await list('provinceA', `view=supervised&q=${encodeURIComponent('机构Y')}`);
    expect(byName.total).toBe(2);
    // A LIKE wildcard is searched for literally.
    expect((await list('provinceA', 'view=supervised&q=%25')).total).toBe(0);
    // Another province's institution or state filter never widens the view.
    expect((await list('provinceA', `view=supervised&institutionId=${f.institutions.z}`)).total).toBe(0);
    const national = await list('national', 'view=supervised&overdue=true');
    expect(ids(national).sort()).toEqual([gz.lateX.id, zj.id].sort());
  });

  it('refuses malformed filters with problem+json in Chinese', async () => {
    for (const qs of ['view=todo&overdue=yes', 'view=todo&sort=due_date', 'view=todo&institutionId=x1']) {
      const res = await clients.provinceA.inject('GET', `${BASE}/cases?${qs}`);
      expect(res.statusCode, qs).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json<{ title: string }>().title).toMatch(/[\u4e00-\u9fff]/);
    }
    const bad = await clients.provinceA.inject(
      'GET',
      `${BASE}/cases/export.xlsx?view=todo&state=Robert'); --`,
    );
    expect(bad.statusCode).toBe(400);
  });
});

describe('queue export', () => {
  it('holds exactly the rows of the same list, with Chinese headers, for each province', async () => {
    for (const [persona, qs] of [
      ['provinceA', 'view=supervised'],
      ['provinceA', 'view=todo&overdue=true'],
      ['provinceA', `view=done&institutionId=${f.institutions.y}`],
      ['provinceB', 'view=supervised'],
      ['national', 'view=supervised&sort=due'],
    ] as const) {
      const shown = await list(persona, `${qs}&pageSize=100`);
      const [header, ...rows] = await exportRows(persona, qs);
      expect(header!.slice(0, 3)).toEqual(['申请编号', '事项', '申请单位']);
      expect(header).toContain('办理期限');
      expect(
        rows.map((r) => r[0]),
        `${persona} ${qs}`,
      ).toEqual(shown.items.map((i) => i.referenceNo));
    }
    const zjRows = (await exportRows('provinceB', 'view=supervised')).slice(1);
    expect(zjRows.map((r) => r[0])).toEqual([zj.ref]);
    const gzRows = (await exportRows('provinceA', 'view=supervised')).slice(1);
    expect(gzRows).toHaveLength(5);
    expect(gzRows.map((r) => r[0])).not.toContain(zj.ref);
    const lateRow = gzRows.find((r) => r[0] === gz.lateX.ref)!;
    expect(lateRow).toContain('已逾期');
    expect(lateRow).toContain('测试备案');
  });

  it('writes no personal document number and no raw identifiers', async () => {
    const rows = await exportRows('national', 'view=supervised');
    const text = rows.flat().join('\n');
    expect(text).not.toMatch(ID_NUMBER_PATTERN);
    for (const number of f.documentNumbers) expect(text).not.toContain(number);
    expect(text).not.toMatch(/\b(submitted|correction|authority|test-filing)\b/);
  });

  it('is refused to those without the view, as the list is', async () => {
    expect((await clients.institutionX.inject('GET', `${BASE}/cases/export.xlsx?view=todo`)).statusCode).toBe(
      403,
    );
    const mine = await exportRows('institutionX', 'view=mine');
    expect(
      mine
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual([gz.lateX.ref, gz.laterX.ref, gz.correctingX.ref].sort());
    expect((await clients.anonymous.inject('GET', `${BASE}/cases/export.xlsx?view=todo`)).statusCode).toBe(
      401,
    );
  });
});

/** A directory entry published for a case, valid until `validTo`. */
async function entry(caseRef: { id: string }, institution: string, authority: string, validTo: string) {
  await handle.db.transaction().execute((trx) =>
    publishDirectoryEntry(
      trx,
      { caller: null },
      {
        institutionId: institution,
        caseId: caseRef.id,
        procedure: 'test-filing',
        regime: 'mohrss-filing',
        filingCode: `测试备案码〔2026〕${++n}号`,
        validFrom: '2023-06-01',
        validTo,
        scopes: [{ occupationCode: '4-04-05-01', level: 3 }],
        authorityId: authority,
        citations: [{ source: 'mohrss-filing', article: '二', item: '十' }],
      },
    ),
  );
}

/** A running 公示 of a case ending on `endsOn`. */
async function notice(caseRef: { id: string }, authority: string, jurisdiction: string, endsOn: string) {
  await handle.db
    .insertInto('public_notices')
    .values({
      id: randomUUID(),
      case_id: caseRef.id,
      procedure: 'test-filing',
      authority_id: authority,
      jurisdiction_code: jurisdiction,
      title: '测试公示',
      body: '测试',
      subject_name: '测试机构',
      published_on: '2026-03-11',
      starts_on: '2026-03-12',
      ends_on: endsOn,
      period_days: 5,
      period_unit: 'working_days',
      basis_kind: 'parameter',
      basis_parameter_id: 'test.acceptance_days',
      basis_reason: null,
      explanation_zh: '测试',
      citations: JSON.stringify([]),
      document_id: null,
      published_by: null,
      closed_on: null,
      outcome: null,
    })
    .execute();
}

describe("a supervisor's attention counts", () => {
  it('counts what needs action now in its own scope, matching the filtered queue', async () => {
    const g = f.authorities.guizhou;
    await entry(gz.filedY, f.institutions.y, g, '2026-05-01'); // within 90 days
    await entry(gz.correctingX, f.institutions.x, g, '2029-03-01'); // not yet
    await entry(zj, f.institutions.z, f.authorities.zhejiang, '2026-04-01'); // another province
    await notice(gz.soonY, g, '520100', '2026-03-20'); // ends this week (Sunday 22 March)
    await notice(gz.laterX, g, '520100', '2026-03-27'); // next week
    await notice(zj, f.authorities.zhejiang, '330100', '2026-03-19'); // another province
    const res = await clients.provinceA.inject('GET', `${BASE}/cases/attention`);
    expect(res.statusCode, res.body).toBe(200);
    const counts = res.json<{ validityUntil: string; validityFilter: Record<string, string> }>();
    expect(counts).toEqual({
      today: '2026-03-18',
      awaitingAcceptance: 3,
      overdue: 1,
      objectionsToAnswer: 0, // no objection lodged (tests/workflow/objection-queue.test.ts)
      noticesEndingThisWeek: 1,
      weekEnds: '2026-03-22',
      validityEnding: 1,
      validityUntil: '2026-06-16',
      validityFilter: { jurisdictionCode: '520000' },
    });
    // The links' lists agree with the counts: the directory filtered as the card's link does lists the
    // one entry ending within 90 days, not the one ending in 2029 nor Zhejiang's.
    const ending = await app.inject({
      method: 'GET',
      url: `${BASE}/directory?${new URLSearchParams({ validUntil: counts.validityUntil, ...counts.validityFilter })}`,
    });
    expect(ending.statusCode, ending.body).toBe(200);
    expect(ending.json<{ items: { filingCode: string }[]; total: number }>().total).toBe(1);
    // The boundary: the entry ending on 1 May is listed when the window ends on 1 May, not on 30 April.
    const until = async (day: string) =>
      (
        await app.inject({
          method: 'GET',
          url: `${BASE}/directory?validUntil=${day}&jurisdictionCode=520000`,
        })
      ).json<{ total: number }>().total;
    expect(await until('2026-05-01')).toBe(1);
    expect(await until('2026-04-30')).toBe(0);
    expect((await list('provinceA', 'view=todo&state=submitted')).total).toBe(3);
    expect((await list('provinceA', 'view=todo&overdue=true')).total).toBe(1);
    const zjCounts = (await clients.provinceB.inject('GET', `${BASE}/cases/attention`)).json<{
      noticesEndingThisWeek: number;
      validityEnding: number;
      overdue: number;
    }>();
    expect(zjCounts).toMatchObject({ noticesEndingThisWeek: 1, validityEnding: 1, overdue: 1 });
    const national = (await clients.national.inject('GET', `${BASE}/cases/attention`)).json<{
      noticesEndingThisWeek: number;
      validityEnding: number;
    }>();
    expect(national).toMatchObject({ noticesEndingThisWeek: 2, validityEnding: 2 });
    expect((await clients.institutionX.inject('GET', `${BASE}/cases/attention`)).statusCode).toBe(403);
    expect((await clients.expert.inject('GET', `${BASE}/cases/attention`)).statusCode).toBe(403);
  });
});
