// Staff on a session 批次工作人员 (issue 11 point 3) through the API: an assessor qualified for the session's
// occupation and exactly its level (mohrss-violations §12(2)); a person barred from evaluation work on a day
// of the session refused with the article and the end date (§9: a bar ending on the session's first day
// still refuses, one ending the day before does not); a revoked card refuses the assessor duty only (§10);
// the same person once per session; removal while planned; the register kept by authorities; another
// institution's session answers like a random id; bad input → problem+json.
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../support/test-app.js';
import { loginPersonas, seedPersonas, type Client, type Fixture, type Persona } from '../support/personas.js';
import type { Database } from '../../src/persistence/database.js';
import { addCalendarDays } from '../../src/calendar/calendar-days.js';
import { addStaff, fileX, OCC, openSession, type HeldSession } from '../support/session-fixture.js';

let t: TestApp;
let f: Fixture;
let as: Record<Persona, Client>;
let db: Database;
let session: HeldSession;
const START = '2027-05-10';
const END = '2027-05-11';

interface Problem {
  code: string;
  detail: string;
  findings?: { ruleId: string; passed: boolean; citationZh: string }[];
}

const assign = (c: Client, staffId: string, duty: string, s = session.id) =>
  c.inject('POST', `/api/v1/evaluation-sessions/${s}/staff`, { staffId, duty });

async function sanction(kind: string, number: string, fromOn: string, toOn: string | null, article: string) {
  const res = await as.provinceA.inject('POST', '/api/v1/staff-sanctions', {
    kind,
    name: '被处理人员',
    docType: 'resident_id',
    docNumber: number,
    fromOn,
    toOn,
    article,
    reason: '未认真履行职责，对考场内作弊现象未及时制止（测试）',
    decisionRef: '黔人社处〔2027〕1号',
  });
  expect(res.statusCode, res.body).toBe(201);
}

beforeAll(async () => {
  t = await openTestApp();
  db = t.handle.db;
  f = await seedPersonas(db);
  as = await loginPersonas(t.app, f);
  await fileX(db, f);
  session = await openSession(as.institutionX, f, { startsOn: START, endsOn: END });
});
afterAll(async () => t?.close());

describe('mohrss-violations §12(2): the role of the duty and, for an assessor, the exact occupation and level', () => {
  it('an assessor of the session’s occupation and level is put on it, with the check kept', async () => {
    const a = await addStaff(db, f.institutions.x, '王考评', [
      { role: 'assessor', occupationCode: OCC, level: 3 },
    ]);
    const res = await assign(as.institutionX, a.id, 'assessor');
    expect(res.statusCode, res.body).toBe(201);
    const item = res.json<{ duty: string; check: { findings: { passed: boolean }[] } }>();
    expect(item.duty).toBe('assessor');
    expect(item.check.findings.every((x) => x.passed)).toBe(true);
    const list = await as.provinceA.inject('GET', `/api/v1/evaluation-sessions/${session.id}/staff`);
    expect(list.statusCode).toBe(200);
    expect(list.json<{ items: { name: string }[] }>().items.map((i) => i.name)).toContain('王考评');
  });

  it('an assessor of a higher level is refused for a lower-level session (no text says it covers it)', async () => {
    const a = await addStaff(db, f.institutions.x, '高考评', [
      { role: 'assessor', occupationCode: OCC, level: 2 },
    ]);
    const res = await assign(as.institutionX, a.id, 'assessor');
    expect(res.statusCode).toBe(422);
    const p = res.json<Problem>();
    expect(p.code).toBe('STAFF_REFUSED');
    expect(p.detail).toContain('不具有 4-04-05-01 × 3 级的考评资格');
    expect(p.detail).toContain('第十二条第（二）项');
  });

  it('a person without the role of the duty is refused', async () => {
    const a = await addStaff(db, f.institutions.x, '只是专职', [{ role: 'full_time_staff' }]);
    const res = await assign(as.institutionX, a.id, 'quality_supervisor');
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().detail).toContain('未登记为质量督导员');
  });

  it('the same person is not put on a session twice, whatever the duty', async () => {
    const a = await addStaff(db, f.institutions.x, '双职', [
      { role: 'exam_admin' },
      { role: 'quality_supervisor' },
    ]);
    expect((await assign(as.institutionX, a.id, 'exam_admin')).statusCode).toBe(201);
    const again = await assign(as.institutionX, a.id, 'quality_supervisor');
    expect(again.statusCode).toBe(409);
    expect(again.json<Problem>().code).toBe('STAFF_ALREADY_ON_SESSION');
  });
});

describe('mohrss-violations §9: barred from evaluation work on any day of the session', () => {
  it('a bar ending on the session’s first day refuses, naming the article and the end date', async () => {
    const a = await addStaff(db, f.institutions.x, '被取消资格', [{ role: 'exam_admin' }]);
    await sanction('work_ban', a.number, '2027-01-01', START, '第九条第（三）项');
    const res = await assign(as.institutionX, a.id, 'exam_admin');
    expect(res.statusCode).toBe(422);
    const p = res.json<Problem>();
    expect(p.detail).toContain('第九条第（三）项');
    expect(p.detail).toContain(`至 ${START}`);
    expect(p.findings!.some((x) => x.passed === false)).toBe(true);
  });

  it('a bar ending the day before the session does not', async () => {
    const a = await addStaff(db, f.institutions.x, '处理已满', [{ role: 'exam_admin' }]);
    await sanction('work_ban', a.number, '2027-01-01', addCalendarDays(START, -1), '第九条第（一）项');
    expect((await assign(as.institutionX, a.id, 'exam_admin')).statusCode).toBe(201);
  });
});

describe('mohrss-violations §10: a revoked assessor card', () => {
  it('refuses the assessor duty, not another duty the person holds', async () => {
    const a = await addStaff(db, f.institutions.x, '证书吊销', [
      { role: 'assessor', occupationCode: OCC, level: 3 },
      { role: 'quality_supervisor' },
    ]);
    await sanction('assessor_card_revoked', a.number, '2026-01-01', null, '第十条第（二）项');
    const res = await assign(as.institutionX, a.id, 'assessor');
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().detail).toContain('考评人员证书已被吊销');
    expect((await assign(as.institutionX, a.id, 'quality_supervisor')).statusCode).toBe(201);
  });
});

describe('scope, removal and bad input', () => {
  it('another institution’s session and staff answer like random ids', async () => {
    const a = await addStaff(db, f.institutions.x, '外机构看', [{ role: 'exam_admin' }]);
    for (const p of ['institutionY', 'provinceB'] as const) {
      const foreign = await as[p].inject('GET', `/api/v1/evaluation-sessions/${session.id}/staff`);
      const random = await as[p].inject('GET', `/api/v1/evaluation-sessions/${randomUUID()}/staff`);
      expect(foreign.statusCode).toBe(404);
      expect(foreign.json<Problem>().detail).toBe(random.json<Problem>().detail);
    }
    const y = await addStaff(db, f.institutions.y, 'Y 的人', [{ role: 'exam_admin' }]);
    const foreignStaff = await assign(as.institutionX, y.id, 'exam_admin');
    const randomStaff = await assign(as.institutionX, randomUUID(), 'exam_admin');
    expect(foreignStaff.statusCode).toBe(404);
    expect(foreignStaff.json<Problem>().detail).toBe(randomStaff.json<Problem>().detail);
    expect((await assign(as.provinceA, a.id, 'exam_admin')).statusCode).toBe(403);
  });

  it('removes a person while the session is planned; the audit keeps both changes', async () => {
    const a = await addStaff(db, f.institutions.x, '临时调整', [{ role: 'exam_admin' }]);
    const item = (await assign(as.institutionX, a.id, 'exam_admin')).json<{ id: string }>();
    const del = await as.institutionX.inject(
      'DELETE',
      `/api/v1/evaluation-sessions/${session.id}/staff/${item.id}`,
    );
    expect(del.statusCode).toBe(204);
    const actions = await db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', item.id)
      .orderBy('id')
      .execute();
    expect(actions.map((x) => x.action)).toEqual(['assign', 'remove']);
  });

  it('bad input is problem+json with nothing changed', async () => {
    const before = await db
      .selectFrom('session_staff')
      .select(db.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const bad = await as.institutionX.inject('POST', `/api/v1/evaluation-sessions/${session.id}/staff`, {
      staffId: 'not-a-uuid',
      duty: 'janitor',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const sanctionBad = await as.provinceA.inject('POST', '/api/v1/staff-sanctions', {
      kind: 'work_ban',
      name: '某',
      docType: 'resident_id',
      docNumber: '123',
      fromOn: '2027-01-01',
      article: '第九条',
      reason: '测试',
    });
    expect(sanctionBad.statusCode).toBe(422);
    const after = await db
      .selectFrom('session_staff')
      .select(db.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('the register is the authorities’: institutions neither read nor record', async () => {
    expect((await as.institutionX.inject('GET', '/api/v1/staff-sanctions')).statusCode).toBe(403);
    const list = await as.provinceB.inject('GET', '/api/v1/staff-sanctions');
    expect(list.statusCode).toBe(200);
    expect(list.json<{ total: number }>().total).toBeGreaterThan(0);
    expect(JSON.stringify(list.json())).not.toMatch(/\d{17}[\dX]/);
  });

  it('exports the register as Excel by kind, masked document numbers only; not to institutions', async () => {
    expect((await as.institutionX.inject('GET', '/api/v1/staff-sanctions/export.xlsx')).statusCode).toBe(403);
    const list = await as.provinceB.inject('GET', '/api/v1/staff-sanctions?kind=assessor_card_revoked');
    const res = await as.provinceB.inject(
      'GET',
      '/api/v1/staff-sanctions/export.xlsx?kind=assessor_card_revoked',
    );
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('处理类别');
    expect(ws.rowCount).toBe(1 + list.json<{ total: number }>().total);
    expect(ws.getRow(2).getCell(1).value).toBe('吊销考评人员证书（第十条）');
    ws.eachRow((row) => row.eachCell((cell) => expect(String(cell.value)).not.toMatch(/\d{17}[\dX]/)));
  });
});
