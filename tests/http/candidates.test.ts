// Candidates 考生 (issue 11 point 2) through the API on the test database: registration with the document
// validated, encrypted and masked; refused with the article by the national evaluation-ban register
// (mohrss-violations §6–7, a ban recorded by another province) and, for a Guizhou school, by its student
// register (gz-rules §5(1)); withdrawal; fees (refunds never more than collected: 1x-selection §24);
// roster template, import (per row, idempotent) and export; scoping — another institution's session
// answers exactly what a random id answers; bad input → problem+json, nothing changed.
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../support/test-app.js';
import {
  ID_NUMBER_PATTERN,
  loginPersonas,
  makeIdNumber,
  seedPersonas,
  type Client,
  type Fixture,
  type Persona,
} from '../support/personas.js';
import type { Database } from '../../src/persistence/database.js';
import { insertEvaluationSession } from '../../src/persistence/evaluation-sessions.repository.js';
import { createSession } from '../../src/persistence/sessions.repository.js';
import { chinaDate } from '../../src/workflows/deadline.js';
import { addCalendarDays } from '../../src/calendar/calendar-days.js';

let t: TestApp;
let f: Fixture;
let as: Record<Persona, Client>;
let db: Database;
let xSession: string;
let ySession: string;
let closedSession: string;
const today = chinaDate(new Date());
const thisYear = Number(today.slice(0, 4));

async function session(institutionId: string, status: 'planned' | 'closed' = 'planned'): Promise<string> {
  const site = await db
    .selectFrom('sites')
    .select('id')
    .where('institution_id', '=', institutionId)
    .executeTakeFirstOrThrow();
  const id = randomUUID();
  // Later this year (or today when it is late December): within the year, so the graduation-year rule
  // compares with `thisYear`.
  const startsOn = addCalendarDays(today, 0) < `${thisYear}-12-30` ? addCalendarDays(today, 1) : today;
  await db.transaction().execute(async (trx) => {
    await insertEvaluationSession(trx, {
      id,
      institutionId,
      branchId: null,
      siteId: site.id,
      occupationCode: '4-04-05-01',
      level: 3,
      startsOn,
      endsOn: startsOn,
      subjects: ['theory', 'skills'],
      standardId: f.standard,
      findings: { check: 'test', asOf: today, outcome: 'pass', findings: [] },
      createdBy: null,
    });
    if (status === 'closed')
      await trx
        .updateTable('evaluation_sessions')
        .set({ status: 'closed', closed_at: new Date() })
        .where('id', '=', id)
        .execute();
  });
  return id;
}

const register = (client: Client, sessionId: string, body: Record<string, unknown>) =>
  client.inject('POST', `/api/v1/evaluation-sessions/${sessionId}/candidates`, body);

interface Candidate {
  id: string;
  version: number;
  status: string;
  docMasked: string;
  studentStatus: string | null;
  registration: { findings: { ruleId: string; passed: boolean; citationZh: string }[] };
  abilities: { register: boolean; withdraw: boolean; fees: boolean };
}

async function upload(persona: Persona, url: string, bytes: Buffer) {
  const { token, csrfToken } = await createSession(db, {
    userId: f.userIds[persona as Exclude<Persona, 'anonymous'>],
    absoluteExpiresAt: new Date(Date.now() + 3_600_000),
  });
  const boundary = '----skillreg-candidates';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="roster.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url,
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      cookie: `sid=${token}`,
      'x-csrf-token': csrfToken,
    },
    payload,
  });
}

async function sheet(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('s');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  t = await openTestApp();
  db = t.handle.db;
  f = await seedPersonas(db);
  as = await loginPersonas(t.app, f);
  // Y is a Guizhou school for the gz-rules §5(1) cases.
  await db.updateTable('institutions').set({ kind: 'school' }).where('id', '=', f.institutions.y).execute();
  xSession = await session(f.institutions.x);
  ySession = await session(f.institutions.y);
  closedSession = await session(f.institutions.x, 'closed');
});
afterAll(async () => t?.close());

describe('registering a candidate', () => {
  it('registers with the ban register checked (§6, §7), the document masked and encrypted, audited', async () => {
    const number = makeIdNumber(701);
    const res = await register(as.institutionX, xSession, {
      name: '张三',
      docType: 'resident_id',
      docNumber: number,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.body).not.toMatch(ID_NUMBER_PATTERN);
    const c = res.json<Candidate>();
    expect(c.docMasked).not.toBe(number);
    expect(c.registration.findings.map((x) => [x.ruleId, x.passed])).toEqual([
      ['mohrss-violations/6/ban', true],
      ['mohrss-violations/7/ban', true],
    ]);
    const row = await db
      .selectFrom('candidates')
      .selectAll()
      .where('id', '=', c.id)
      .executeTakeFirstOrThrow();
    expect(row.doc_enc).not.toContain(number);
    const audit = await db.selectFrom('audit_log').select('action').where('entity_id', '=', c.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['register']);
  });

  it('the same person twice on one session is a 409, nothing added', async () => {
    const res = await register(as.institutionX, xSession, {
      name: '张三',
      docType: 'resident_id',
      docNumber: makeIdNumber(701),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json<{ code: string }>().code).toBe('CANDIDATE_DUPLICATE');
  });

  it('bad input is problem+json with a Chinese message and a stable code, never echoing the number', async () => {
    const bad = '520102198001010000';
    const res = await register(as.institutionX, xSession, {
      name: '李四',
      docType: 'resident_id',
      docNumber: bad,
    });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).not.toContain(bad);
    const unknownField = await register(as.institutionX, xSession, {
      name: '李四',
      docType: 'resident_id',
      docNumber: makeIdNumber(702),
      extra: 1,
    });
    expect(unknownField.statusCode).toBe(400);
    const badType = await register(as.institutionX, xSession, {
      name: '李四',
      docType: 'card',
      docNumber: '1',
    });
    expect(badType.statusCode).toBe(400);
    const n = await db.selectFrom('candidates').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
  });

  it('a closed session takes no candidates (409)', async () => {
    const res = await register(as.institutionX, closedSession, {
      name: '王五',
      docType: 'resident_id',
      docNumber: makeIdNumber(703),
    });
    expect(res.statusCode).toBe(409);
  });
});

describe('scoping: another institution’s session answers exactly as a random id', () => {
  it('institution X on Y’s session and on a random id: the same 404', async () => {
    const body = { name: '赵六', docType: 'resident_id', docNumber: makeIdNumber(704) };
    const foreign = await register(as.institutionX, ySession, body);
    const random = await register(as.institutionX, randomUUID(), body);
    expect(foreign.statusCode).toBe(404);
    const pick = (r: typeof foreign) => {
      const { code, title, detail, status } = r.json<Record<string, unknown>>();
      return { code, title, detail, status };
    };
    expect(pick(foreign)).toEqual(pick(random));
    expect(
      (await as.institutionX.inject('GET', `/api/v1/evaluation-sessions/${ySession}/candidates`)).statusCode,
    ).toBe(404);
    expect(
      (await as.provinceB.inject('GET', `/api/v1/evaluation-sessions/${xSession}/candidates`)).statusCode,
    ).toBe(404);
  });
  it('the supervising province reads the list (masked) but may not register', async () => {
    const list = await as.provinceA.inject('GET', `/api/v1/evaluation-sessions/${xSession}/candidates`);
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toMatch(ID_NUMBER_PATTERN);
    expect(list.json<{ abilities: { register: boolean } }>().abilities.register).toBe(false);
    const res = await register(as.provinceA, xSession, {
      name: '孙七',
      docType: 'resident_id',
      docNumber: makeIdNumber(705),
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('mohrss-violations §6–7: the evaluation-ban register, national', () => {
  const banned = makeIdNumber(710);
  it('only authority staff record and list bans', async () => {
    const body = {
      name: '禁考人',
      docType: 'resident_id',
      docNumber: banned,
      article: '7(4)',
      startsOn: addCalendarDays(today, -300),
      endsOn: addCalendarDays(today, 30),
      reason: '由他人冒名顶替参加评价',
      decisionRef: '浙人社职〔2026〕1号',
    };
    expect((await as.institutionX.inject('POST', '/api/v1/evaluation-bans', body)).statusCode).toBe(403);
    const res = await as.provinceB.inject('POST', '/api/v1/evaluation-bans', body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.body).not.toMatch(ID_NUMBER_PATTERN);
    expect((await as.institutionX.inject('GET', '/api/v1/evaluation-bans')).statusCode).toBe(403);
    const list = await as.provinceA.inject('GET', '/api/v1/evaluation-bans');
    expect(list.json<{ total: number }>().total).toBe(1);
    const bad = await as.provinceB.inject('POST', '/api/v1/evaluation-bans', { ...body, article: '9' });
    expect(bad.statusCode).toBe(400);
    const order = await as.provinceB.inject('POST', '/api/v1/evaluation-bans', {
      ...body,
      endsOn: addCalendarDays(today, -400),
    });
    expect(order.statusCode).toBe(422);
  });
  it('a person banned by Zhejiang is refused in Guizhou with the ban’s last day and article, not who banned', async () => {
    const res = await register(as.institutionX, xSession, {
      name: '禁考人',
      docType: 'resident_id',
      docNumber: banned,
    });
    expect(res.statusCode).toBe(422);
    const p = res.json<{
      code: string;
      detail: string;
      findings: { ruleId: string; citationZh: string }[];
    }>();
    expect(p.code).toBe('CANDIDATE_REFUSED');
    expect(p.detail).toContain(`禁止参加评价至 ${addCalendarDays(today, 30)}`);
    expect(p.detail).toContain('第七条第（四）项');
    expect(p.detail).not.toContain('浙江');
    expect(p.detail).not.toContain(banned);
    expect(p.findings.map((x) => x.ruleId)).toEqual(['mohrss-violations/7/ban']);
  });
  it('a ban that ended yesterday no longer refuses', async () => {
    const n = makeIdNumber(711);
    await as.provinceB.inject('POST', '/api/v1/evaluation-bans', {
      name: '已期满',
      docType: 'resident_id',
      docNumber: n,
      article: '6',
      startsOn: addCalendarDays(today, -100),
      endsOn: addCalendarDays(today, -1),
      reason: '使用规定以外的电子设备',
    });
    const res = await register(as.institutionX, xSession, {
      name: '已期满',
      docType: 'resident_id',
      docNumber: n,
    });
    expect(res.statusCode, res.body).toBe(201);
  });
});

describe('gz-rules §5(1): a Guizhou school registers only its own full-time students in time', () => {
  const own = makeIdNumber(720);
  const partTime = makeIdNumber(721);
  const later = makeIdNumber(722);
  it('the school imports its student register, per row, with a report; re-importing changes nothing', async () => {
    const rows = [
      ['姓名', '证件类型', '证件号码', '全日制', '预计毕业年度', '全课程已结课'],
      ['本校生', '居民身份证', own, '是', String(thisYear), '否'],
      ['非全日制', '居民身份证', partTime, '否', String(thisYear), '否'],
      ['明年毕业', '居民身份证', later, '是', String(thisYear + 1), '否'],
      ['坏号码', '居民身份证', '520102198001010000', '是', String(thisYear), '否'],
    ];
    const res = await upload('institutionY', '/api/v1/school-students/import', await sheet(rows));
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json<{ inserted: number; refused: number; report: { row: number; column: string }[] }>();
    expect(r.inserted).toBe(3);
    expect(r.report).toEqual([expect.objectContaining({ row: 5, column: '证件号码' })]);
    const again = await upload('institutionY', '/api/v1/school-students/import', await sheet(rows));
    expect(again.json<{ unchanged: number; inserted: number }>()).toMatchObject({
      unchanged: 3,
      inserted: 0,
    });
    expect(
      (await upload('institutionX', '/api/v1/school-students/import', await sheet(rows))).statusCode,
    ).toBe(403);
  });
  it('own full-time student in the graduation year: registered as such', async () => {
    const res = await register(as.institutionY, ySession, {
      name: '本校生',
      docType: 'resident_id',
      docNumber: own,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Candidate>().studentStatus).toBe('graduation_year');
  });
  it('a student of another school, a part-time one, one not in the graduation year: refused citing §5(1)', async () => {
    for (const [docNumber, text] of [
      [makeIdNumber(723), '不在本校学籍名册中'],
      [partTime, '非全日制'],
      [later, '不在毕业年度内'],
    ] as const) {
      const res = await register(as.institutionY, ySession, {
        name: '某生',
        docType: 'resident_id',
        docNumber,
      });
      expect(res.statusCode).toBe(422);
      const p = res.json<{ detail: string }>();
      expect(p.detail).toContain(text);
      expect(p.detail).toContain('第五条第（一）项');
    }
  });
});

describe('withdrawal and fees', () => {
  let c: Candidate;
  beforeAll(async () => {
    const res = await register(as.institutionX, xSession, {
      name: '钱八',
      docType: 'resident_id',
      docNumber: makeIdNumber(730),
    });
    c = res.json<Candidate>();
  });
  const fees = (client: Client, body: Record<string, unknown>) =>
    client.inject('POST', `/api/v1/evaluation-sessions/${xSession}/candidates/${c.id}/fees`, body);

  it('collects and refunds in fen; a refund beyond what was collected is refused, nothing recorded', async () => {
    expect(
      (await fees(as.institutionX, { kind: 'collected', amountFen: 30000, onDate: today })).statusCode,
    ).toBe(201);
    expect(
      (await fees(as.institutionX, { kind: 'refunded', amountFen: 10000, onDate: today })).statusCode,
    ).toBe(201);
    const over = await fees(as.institutionX, { kind: 'refunded', amountFen: 20001, onDate: today });
    expect(over.statusCode).toBe(422);
    expect(over.json<{ code: string }>().code).toBe('REFUND_EXCEEDS_COLLECTED');
    const exact = await fees(as.institutionX, {
      kind: 'refunded',
      amountFen: 20000,
      onDate: today,
      note: '撤回退费',
    });
    expect(exact.json<{ collectedFen: number; refundedFen: number }>()).toMatchObject({
      collectedFen: 30000,
      refundedFen: 30000,
    });
    expect(
      (await fees(as.institutionX, { kind: 'collected', amountFen: -1, onDate: today })).statusCode,
    ).toBe(400);
    expect(
      (await fees(as.institutionX, { kind: 'collected', amountFen: 1.5, onDate: today })).statusCode,
    ).toBe(400);
    expect((await fees(as.provinceA, { kind: 'collected', amountFen: 1, onDate: today })).statusCode).toBe(
      403,
    );
  });
  it('withdraws with a reason; a second withdrawal is a 409; a stale version is a 409', async () => {
    const url = `/api/v1/evaluation-sessions/${xSession}/candidates/${c.id}/withdraw`;
    expect((await as.institutionX.inject('POST', url, { version: c.version, reason: '' })).statusCode).toBe(
      400,
    );
    expect(
      (await as.institutionX.inject('POST', url, { version: c.version + 5, reason: '本人申请' })).statusCode,
    ).toBe(409);
    const ok = await as.institutionX.inject('POST', url, { version: c.version, reason: '本人申请' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<Candidate>().status).toBe('withdrawn');
    expect(
      (await as.institutionX.inject('POST', url, { version: c.version + 1, reason: '本人申请' })).statusCode,
    ).toBe(409);
  });
});

describe('the roster: template, import per row (idempotent), export', () => {
  it('the template is an Excel workbook with the Chinese columns and notes', async () => {
    const res = await as.institutionX.inject('GET', '/api/v1/candidates/roster-template');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const head = wb.worksheets[0]!.getRow(1);
    expect([1, 2, 3].map((i) => head.getCell(i).value)).toEqual(['姓名', '证件类型', '证件号码']);
    expect(String(head.getCell(3).note)).toContain('文本');
  });
  it('imports row by row with a report of row, column and reason; the same file again registers nobody twice', async () => {
    const rows = [
      ['姓名', '证件类型', '证件号码'],
      ['甲', '居民身份证', makeIdNumber(740)],
      ['乙', '居民身份证', '123'],
      ['丙', '驾驶证', makeIdNumber(741)],
      ['禁考人', '居民身份证', makeIdNumber(710)],
      ['', '居民身份证', makeIdNumber(742)],
    ];
    const url = `/api/v1/evaluation-sessions/${xSession}/candidates/import`;
    const res = await upload('institutionX', url, await sheet(rows));
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json<{
      registered: number;
      refused: number;
      report: { row: number; column: string | null; outcome: string; reason: string }[];
    }>();
    expect(r.registered).toBe(1);
    expect(r.report.filter((x) => x.outcome === 'refused').map((x) => [x.row, x.column])).toEqual([
      [3, '证件号码'],
      [4, '证件类型'],
      [5, null],
      [6, '姓名'],
    ]);
    expect(r.report.find((x) => x.row === 5)!.reason).toContain('禁止参加评价');
    expect(res.body).not.toMatch(ID_NUMBER_PATTERN);
    const again = await upload('institutionX', url, await sheet(rows));
    expect(again.json<{ registered: number; alreadyRegistered: number }>()).toMatchObject({
      registered: 0,
      alreadyRegistered: 1,
    });
    const notExcel = await upload('institutionX', url, Buffer.from('not a workbook'));
    expect(notExcel.statusCode).toBe(422);
    expect((await upload('institutionY', url, await sheet(rows))).statusCode).toBe(404);
  });
  it('exports the list as Excel with masked numbers', async () => {
    const res = await as.institutionX.inject(
      'GET',
      `/api/v1/evaluation-sessions/${xSession}/candidates/export`,
    );
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(2).getCell(2).value).toBe('姓名');
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts.join(' ')).not.toMatch(ID_NUMBER_PATTERN);
    expect(texts).toContain('已撤回');
  });
});
