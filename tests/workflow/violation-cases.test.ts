// Violation cases through the API (issue 13; mohrss-violations §5–20, 1x-exit §7(3)): the procedure
// enforced (§16 ¶1 two signatures and the room head's confirmation, §17 ¶1 notice before decision and
// the period the deciding body set, §17 ¶2 service, §19 one review by the deciding body), sanctions
// proposed by the rules with the text's judgements left to the deciding body, and their effects where
// they bite: results cancelled, the ban refusing registration in another province, a certificate found
// invalid by public verification (§8), a suspended institution refused a session (§13), a review that
// revokes the decision undoing exactly its effects (§19); the archive PDF (§20); scoping.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../support/test-app.js';
import {
  loginPersonas,
  makeIdNumber,
  seedPersonas,
  type Client,
  type Fixture,
  type Persona,
} from '../support/personas.js';
import type { Database } from '../../src/persistence/database.js';
import { fileX, OCC, openSession, pd, readyToClose } from '../support/session-fixture.js';
import { solvedChallenge } from '../support/challenge.js';
import { chinaDate } from '../../src/workflows/deadline.js';
import { createSession } from '../../src/persistence/sessions.repository.js';
import { addCalendarDays, addYears } from '../../src/calendar/calendar-days.js';

let t: TestApp;
let f: Fixture;
let as: Record<Persona, Client>;
let db: Database;
const today = chinaDate(new Date());
const year = today.slice(0, 4);

interface CaseView {
  id: string;
  version: number;
  state: string;
}
interface Problem {
  code: string;
  detail: string;
  findings?: { ruleId: string; passed: boolean | string; message_zh: string }[];
}

const open = async (who: Client, input: Record<string, unknown>) => {
  const res = await who.inject('POST', '/api/v1/cases', { procedure: 'violation-case', input });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<CaseView>();
};
const send = (who: Client, c: CaseView, event: string, payload?: unknown) =>
  who.inject('POST', `/api/v1/cases/${c.id}/events/${event}`, {
    version: c.version,
    ...(payload ? { payload } : {}),
  });
const act = async (who: Client, c: CaseView, event: string, payload?: unknown): Promise<CaseView> => {
  const res = await send(who, c, event, payload);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ case: CaseView }>().case;
};
const notice = (extra: Record<string, unknown> = {}) => ({
  servedOn: today,
  means: 'in_person',
  statementDueOn: addCalendarDays(today, 5),
  periodReason: '给予五日陈述申辩时间（本机构考务规则）',
  reasons: '考场监控录像与两名工作人员签字的现场记录相互印证',
  choiceReason: '依规则建议',
  ...extra,
});

beforeAll(async () => {
  t = await openTestApp();
  db = t.handle.db;
  f = await seedPersonas(db);
  as = await loginPersonas(t.app, f);
  await fileX(db, f);
});
afterAll(async () => t?.close());

describe('mohrss-violations §16 ¶1, §17, §6: a candidate caught with a phone at the exam site', () => {
  let session: { id: string; version: number };
  let candidate: string;
  let docNumber: string;
  let c: CaseView;
  const staff: string[] = [];

  beforeAll(async () => {
    session = await openSession(as.institutionX, f);
    docNumber = makeIdNumber(9100);
    const res = await as.institutionX.inject('POST', `/api/v1/evaluation-sessions/${session.id}/candidates`, {
      name: '王手机',
      docType: 'resident_id',
      docNumber,
    });
    expect(res.statusCode, res.body).toBe(201);
    candidate = res.json<{ id: string }>().id;
    await readyToClose(db, session.id, f.institutions.x);
    const rows = await db
      .selectFrom('session_staff')
      .select('staff_id')
      .where('session_id', '=', session.id)
      .execute();
    staff.push(...rows.map((r) => r.staff_id));
  });

  it('the institution opens the on-site case; the authority may not (§16 ¶1)', async () => {
    const input = { subject: 'candidate', origin: 'on_site', sessionId: session.id, candidateId: candidate, summary: '考试开始后 20 分钟发现使用手机' };
    const byAuthority = await as.provinceA.inject('POST', '/api/v1/cases', { procedure: 'violation-case', input });
    expect(byAuthority.statusCode).toBe(403);
    c = await open(as.institutionX, input);
    expect(c.state).toBe('opened');
    // The case page previews the guards it can without a payload (confirm_record), not the others.
    const page = await as.institutionX.inject('GET', `/api/v1/cases/${c.id}`);
    expect(page.statusCode, page.body).toBe(200);
  }); // prettier-ignore

  it('§16 ¶1 boundary: no determination with one signature; two signatures and the room head confirm', async () => {
    const charge = { violation: '6(1)', conductOn: today, facts: '在理论知识考试中使用手机拍摄试题' };
    const early = await send(as.institutionX, c, 'record_charge', charge);
    expect(early.statusCode).toBe(422);
    expect(early.json<Problem>().detail).toContain('0 名工作人员签字，不足 2 名');
    c = await act(as.institutionX, c, 'sign_record', { staffId: staff[0], signedOn: today });
    const one = await send(as.institutionX, c, 'confirm_record', {
      siteHeadName: '赵考场',
      confirmedOn: today,
    });
    expect(one.statusCode).toBe(422);
    expect(one.json<Problem>().detail).toContain('1 名工作人员签字，不足 2 名');
    const twice = await send(as.institutionX, c, 'sign_record', { staffId: staff[0], signedOn: today });
    expect(twice.statusCode).toBe(422);
    c = await act(as.institutionX, c, 'sign_record', { staffId: staff[1], signedOn: today });
    c = await act(as.institutionX, c, 'confirm_record', { siteHeadName: '赵考场', confirmedOn: today });
    c = await act(as.institutionX, c, 'record_charge', charge);
    expect(c.state).toBe('investigating');
  });

  it('§17 ¶1: the notice states a settled decision; the decision waits for the statement or the period', async () => {
    const past = await send(
      as.institutionX,
      c,
      'serve_notice',
      notice({ statementDueOn: addCalendarDays(today, -1) }),
    );
    expect(past.statusCode).toBe(422);
    c = await act(as.institutionX, c, 'serve_notice', notice());
    expect(c.state).toBe('notice_served');
    expect((await as.institutionX.inject('GET', `/api/v1/cases/${c.id}`)).statusCode).toBe(200);
    const tooSoon = await send(as.institutionX, c, 'decide', { statementAnswer: '尚未收到陈述' });
    expect(tooSoon.statusCode).toBe(422);
    expect(tooSoon.json<Problem>().detail).toContain('期限届满前不作决定');
  });

  it('the candidate states online through the party page (name + document); a wrong number is not found', async () => {
    const ref = (await db.selectFrom('cases').select('reference_no').where('id', '=', c.id).executeTakeFirstOrThrow()).reference_no;
    const get = (url: string) => as.anonymous.inject('GET', url);
    const wrong = await as.anonymous.inject('POST', '/api/v1/public/violation-cases/party', { referenceNo: ref, name: '王手机', documentNumber: makeIdNumber(9101), altcha: await solvedChallenge(get) });
    expect(wrong.statusCode).toBe(404);
    const read = await as.anonymous.inject('POST', '/api/v1/public/violation-cases/party', { referenceNo: ref, name: '王手机', documentNumber: docNumber, altcha: await solvedChallenge(get) });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json<{ canState: boolean; notice: { proposed_zh: string } }>()).toMatchObject({ canState: true });
    expect(read.json<{ notice: { proposed_zh: string } }>().notice.proposed_zh).toContain('取消评价成绩');
    const stated = await as.anonymous.inject('POST', '/api/v1/public/violation-cases/party/statement', { referenceNo: ref, name: '王手机', documentNumber: docNumber, text: '手机只是放在口袋里，没有拍摄', altcha: await solvedChallenge(get) });
    expect(stated.statusCode, stated.body).toBe(200);
    c = { ...c, version: stated.json<{ version: number }>().version };
  }); // prettier-ignore

  it('§6: the decision cancels every subject and bans the candidate to 31 December of the year', async () => {
    c = await act(as.institutionX, c, 'decide', { statementAnswer: '监控录像显示其拍摄试题，陈述不予采纳' });
    expect(c.state).toBe('decided');
    const results = await db.selectFrom('subject_results').select(['subject', 'outcome', 'cancel_article']).where('candidate_id', '=', candidate).execute();
    expect(results.map((r) => r.outcome).sort()).toEqual(['cancelled', 'cancelled']);
    expect(results[0]!.cancel_article).toBe('6(1)');
    const ban = await db.selectFrom('evaluation_bans').select(['starts_on', 'ends_on', 'article', 'decision_case_id']).where('decision_case_id', '=', c.id).executeTakeFirstOrThrow();
    expect(ban).toMatchObject({ starts_on: today, ends_on: `${year}-12-31`, article: '6(1)' });
    c = await act(as.institutionX, c, 'serve_decision', { servedOn: today, means: 'in_person' });
    expect(c.state).toBe('in_force');
  }); // prettier-ignore

  it('the ban, national and keyed by the document, refuses the registration for another session', async () => {
    const later = await openSession(as.institutionX, f);
    const res = await as.institutionX.inject('POST', `/api/v1/evaluation-sessions/${later.id}/candidates`, {
      name: '王手机',
      docType: 'resident_id',
      docNumber,
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain(`${year}-12-31`);
  });

  it('the archive exports as one PDF with the documents attached (§20)', async () => {
    const res = await as.institutionX.inject('GET', `/api/v1/violation-cases/${c.id}/archive.pdf`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(res.rawPayload.includes(Buffer.from('/EmbeddedFile'))).toBe(true);
  });

  it('the supervising authority reads it; another province gets what a random id gets', async () => {
    expect((await as.provinceA.inject('GET', `/api/v1/cases/${c.id}`)).statusCode).toBe(200);
    const other = await as.provinceB.inject('GET', `/api/v1/cases/${c.id}`);
    const random = await as.provinceB.inject('GET', `/api/v1/cases/${randomUUID()}`);
    expect(other.statusCode).toBe(404);
    expect(other.json<Problem>().detail).toBe(random.json<Problem>().detail);
    const list = await as.provinceA.inject('GET', '/api/v1/violation-cases?view=supervised');
    expect(list.json<{ items: { id: string }[] }>().items.map((x) => x.id)).toContain(c.id);
    const mine = await as.institutionX.inject('GET', '/api/v1/violation-cases?view=deciding');
    expect(mine.json<{ items: { id: string }[] }>().items.map((x) => x.id)).toContain(c.id);
  });

  it('§19: one review by the deciding body; revoking it lifts the ban and restores the results', async () => {
    c = await act(as.institutionX, c, 'request_review', { grounds: '当事人书面申请复核', requestedOn: today, form: 'paper' });
    c = await act(as.institutionX, c, 'decide_review', { outcome: 'revoked', reason: '复查录像，拍摄者另有其人' });
    const ban = await db.selectFrom('evaluation_bans').select('lifted_on').where('decision_case_id', '=', c.id).executeTakeFirstOrThrow();
    expect(ban.lifted_on).toBe(today);
    const results = await db.selectFrom('subject_results').select('outcome').where('candidate_id', '=', candidate).execute();
    expect(results).toHaveLength(0);
    const again = await send(as.institutionX, c, 'request_review', { grounds: '再次申请', requestedOn: today, form: 'paper' });
    expect(again.statusCode).toBe(422);
  }); // prettier-ignore
});

async function insertSession(institutionId: string, siteId: string) {
  const id = randomUUID();
  await db
    .insertInto('evaluation_sessions')
    .values({ id, institution_id: institutionId, branch_id: null, site_id: siteId, occupation_code: OCC, level: 3, starts_on: '2026-01-10', ends_on: '2026-01-11', subjects: ['theory', 'skills'], standard_id: f.standard, status: 'closed', findings: '{}', created_by: null, closed_at: new Date() })
    .execute(); // prettier-ignore
  return id;
}

describe('mohrss-violations §8, §7: impersonation found after the certificate was issued', () => {
  let c: CaseView;
  let certificateNumber: string;
  let candidateId: string;

  beforeAll(async () => {
    const sessionId = await insertSession(f.institutions.x, f.sites.x);
    candidateId = randomUUID();
    const p = pd.protect(makeIdNumber(9200));
    await db.insertInto('candidates').values({ id: candidateId, session_id: sessionId, institution_id: f.institutions.x, name: '李替考', doc_type: 'resident_id', doc_enc: p.enc, doc_hmac: p.hmac, doc_masked: p.masked, overall_result: 'passed', result_decided_at: new Date() }).execute(); // prettier-ignore
    certificateNumber = `S000052000199263000001`;
    await db.insertInto('certificates').values({ id: randomUUID(), issue_year: 2026, number: certificateNumber, issued_on: '2026-01-20', institution_id: f.institutions.x, branch_id: null, session_id: sessionId, candidate_id: candidateId, upload_id: null, holder_name: '李替考', holder_doc_type: 'resident_id', holder_doc_enc: p.enc, holder_doc_hmac: p.hmac, holder_doc_masked: p.masked, occupation_code: OCC, level: 3 }).execute(); // prettier-ignore
  });

  it('the authority opens the case after the event (§8); §7 leaves the severity to it', async () => {
    c = await open(as.provinceA, { subject: 'candidate', origin: 'after_event', candidateId, summary: '举报称由他人替考' });
    c = await act(as.provinceA, c, 'record_charge', { violation: '7(4)', conductOn: '2026-01-10', facts: '由他人冒名顶替参加评价' });
    const open7 = await send(as.provinceA, c, 'serve_notice', notice());
    expect(open7.statusCode).toBe(422);
    expect(open7.json<Problem>().detail).toContain('情节');
    c = await act(as.provinceA, c, 'record_charge', { violation: '7(4)', conductOn: '2026-01-10', facts: '由他人冒名顶替参加评价', severity: 'minor', severityReason: '初犯，主动承认' });
    c = await act(as.provinceA, c, 'serve_notice', notice());
    c = await act(as.provinceA, c, 'submit_statement', { text: '承认替考，请求从轻', receivedOn: today, form: 'paper' });
    c = await act(as.provinceA, c, 'decide', { statementAnswer: '已按情节轻微处理' });
  }); // prettier-ignore

  it('the certificate is invalid with the decision; public verification answers invalid with the day', async () => {
    const row = await db.selectFrom('certificates').select('status').where('number', '=', certificateNumber).executeTakeFirstOrThrow();
    expect(row.status).toBe('invalidated');
    const ban = await db.selectFrom('evaluation_bans').select(['ends_on', 'article']).where('decision_case_id', '=', c.id).executeTakeFirstOrThrow();
    // §7 情节轻微: 2 years from the decision; the anniversary is the last barred day (民法典 §201–202).
    expect(ban).toMatchObject({ article: '7(4)', ends_on: addYears(today, 2) });
    const res = await as.anonymous.inject('POST', '/api/v1/public/certificates/verify', { certificateNumber });
    expect(res.statusCode, res.body).toBe(200);
    const cert = res.json<{ certificates: { status: string }[] }>().certificates[0]!;
    expect(cert.status).toBe('invalidated');
  }); // prettier-ignore
});

describe('mohrss-violations §9, §16 ¶2: an exam administrator barred by the institution, reported to the authority', () => {
  it('the bar is in the register and refuses the next assignment; the supervising authority sees the decision', async () => {
    const session = await openSession(as.institutionX, f);
    await readyToClose(db, session.id, f.institutions.x);
    const admin = (await db.selectFrom('session_staff').select('staff_id').where('session_id', '=', session.id).where('duty', '=', 'exam_admin').executeTakeFirstOrThrow()).staff_id;
    let c = await open(as.institutionX, { subject: 'staff', origin: 'after_event', staffId: admin, sessionId: session.id, summary: '复查录像发现未按时收回试卷' });
    const wrong = await send(as.institutionX, c, 'record_charge', { violation: '10(1)', conductOn: today, facts: '未按评分标准阅卷' });
    expect(wrong.statusCode).toBe(422);
    c = await act(as.institutionX, c, 'record_charge', { violation: '9(2)', conductOn: today, facts: '未按规定按时收回试卷' });
    c = await act(as.institutionX, c, 'serve_notice', notice());
    c = await act(as.institutionX, c, 'submit_statement', { text: '承认未按时收回', receivedOn: today, form: 'paper' });
    c = await act(as.institutionX, c, 'decide', { statementAnswer: '事实清楚' });
    const bar = await db.selectFrom('staff_sanctions').select(['kind', 'to_on', 'article']).where('decision_case_id', '=', c.id).executeTakeFirstOrThrow();
    expect(bar).toMatchObject({ kind: 'work_ban', to_on: `${year}-12-31`, article: '9(2)' });
    const next = await openSession(as.institutionX, f);
    const assign = await as.institutionX.inject('POST', `/api/v1/evaluation-sessions/${next.id}/staff`, { staffId: admin, duty: 'exam_admin' });
    expect(assign.statusCode).toBe(422);
    const reported = await as.provinceA.inject('GET', '/api/v1/violation-cases?view=supervised');
    expect(reported.json<{ items: { id: string; sanctions_zh: string | null }[] }>().items.find((x) => x.id === c.id)?.sanctions_zh).toContain('取消当年参加评价工作的资格');
    const todo = await as.provinceA.inject('GET', '/api/v1/cases?view=todo');
    expect(todo.json<{ items: { id: string }[] }>().items.map((x) => x.id)).not.toContain(c.id);
  }); // prettier-ignore
});

describe('mohrss-violations §13, §14(6): an institution warned, suspended, rectified, then again', () => {
  let c: CaseView;

  it('§16 ¶3: only the authority handles an institution', async () => {
    const byInstitution = await as.institutionX.inject('POST', '/api/v1/cases', { procedure: 'violation-case', input: { subject: 'institution', origin: 'inspection', institutionId: f.institutions.x, summary: '检查发现' } });
    expect(byInstitution.statusCode).toBe(403);
    c = await open(as.provinceA, { subject: 'institution', origin: 'inspection', institutionId: f.institutions.x, summary: '双随机检查发现在未登记的场地组织评价' });
  }); // prettier-ignore

  it('§13 leaves the bad-credit register to the authority and the rectification deadline is its own', async () => {
    c = await act(as.provinceA, c, 'record_charge', { violation: '13(2)', conductOn: today, facts: '在未备案的场地组织评价' });
    const noChoice = await send(as.provinceA, c, 'serve_notice', notice());
    expect(noChoice.statusCode).toBe(422);
    expect(noChoice.json<Problem>().detail).toContain('诚信不良档案');
    expect(noChoice.json<Problem>().detail).toContain('整改期限');
    c = await act(as.provinceA, c, 'serve_notice', notice({ creditBlacklist: true, rectificationDueOn: addCalendarDays(today, 30) }));
    c = await act(as.institutionX, c, 'submit_statement', { text: '已停止在该场地组织评价', receivedOn: today, form: 'online' });
    c = await act(as.provinceA, c, 'decide', { statementAnswer: '整改态度积极，仍须处理' });
    c = await act(as.provinceA, c, 'serve_decision', { servedOn: today, means: 'electronic' });
  }); // prettier-ignore

  it('suspended: no new session, the public register shows the entry', async () => {
    const inst = await db.selectFrom('institutions').select('status').where('id', '=', f.institutions.x).executeTakeFirstOrThrow();
    expect(inst.status).toBe('suspended');
    const res = await as.institutionX.inject('POST', '/api/v1/evaluation-sessions', { siteId: f.sites.x, occupationCode: OCC, level: 3, startsOn: today, endsOn: today });
    expect(res.statusCode).toBe(422);
    const session = await createSession(db, { userId: f.userIds.institutionX, absoluteExpiresAt: new Date(Date.now() + 3_600_000) });
    const upload = await t.app.inject({
      method: 'POST',
      url: '/api/v1/certificate-uploads',
      headers: { 'content-type': 'multipart/form-data; boundary=x', cookie: `sid=${session.token}`, 'x-csrf-token': session.csrfToken },
      payload: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\nx\r\n--x--\r\n',
    });
    expect(upload.statusCode).toBe(422);
    expect(upload.json<Problem>().code).toBe('CERTIFICATE_UPLOAD_REFUSED');
    const pub = await as.anonymous.inject('GET', '/api/v1/public/violation-decisions?badCredit=true');
    expect(pub.json<{ items: { institutionName: string }[] }>().items.map((x) => x.institutionName)).toContain('贵阳机构X');
    // Issue 14 point 7: published with its period — the suspension runs to the rectification deadline.
    const entry = pub.json<{ items: { institutionName: string; periodFrom: string; periodTo: string | null }[] }>().items.find((x) => x.institutionName === '贵阳机构X');
    expect(entry?.periodFrom).toBe(today);
    expect(entry?.periodTo).toBe(addCalendarDays(today, 30));
  }); // prettier-ignore

  it('the rectification accepted: evaluations resume', async () => {
    c = await act(as.provinceA, c, 'accept_rectification', { completedOn: today, note: '整改到位' });
    const inst = await db
      .selectFrom('institutions')
      .select('status')
      .where('id', '=', f.institutions.x)
      .executeTakeFirstOrThrow();
    expect(inst.status).not.toBe('suspended');
  });

  it('§14(6): a §13 breach after the warning and its rectification is proposed for termination', async () => {
    // The earlier warning and its rectification lie some days back.
    await db.updateTable('institution_sanctions').set({ starts_on: addCalendarDays(today, -20), ended_on: addCalendarDays(today, -3) }).where('institution_id', '=', f.institutions.x).where('kind', 'in', ['warning', 'suspension']).execute();
    const again = await open(as.provinceA, { subject: 'institution', origin: 'complaint', institutionId: f.institutions.x, summary: '再次在未登记场地组织评价' });
    const res = await send(as.provinceA, again, 'record_charge', { violation: '13(2)', conductOn: addCalendarDays(today, 0), facts: '再次在未备案的场地组织评价' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ findings: { ruleId: string; passed: boolean | string }[] }>();
    expect(body.findings.find((x) => x.ruleId === 'mohrss-violations/14/6')?.passed).toBe(true);
  }); // prettier-ignore
});

describe('mohrss-violations §7 and the register (decision 0037): the last barred day and the first free day', () => {
  it('a 2-year ban decided today refuses a session on its anniversary and admits one the day after', async () => {
    const banned = await db
      .selectFrom('evaluation_bans')
      .select(['doc_hmac', 'ends_on', 'starts_on'])
      .where('article', '=', '7(4)')
      .executeTakeFirstOrThrow();
    expect(banned.ends_on).toBe(addYears(banned.starts_on, 2));
    const { registrationBanFindings } = await import('../../src/rules/mohrss-violations/evaluation-bans.js');
    const on = (d: string) =>
      registrationBanFindings(
        { sessionStartsOn: d, sessionEndsOn: d, bans: [{ article: '7(4)', startsOn: banned.starts_on, endsOn: banned.ends_on }] },
        d,
      ).find((f) => f.ruleId === 'mohrss-violations/7/ban')!.passed;
    expect(on(banned.ends_on)).toBe(false);
    expect(on(addCalendarDays(banned.ends_on, 1))).toBe(true);
  }); // prettier-ignore
});

describe('mohrss-violations §15 ¶1: certificate data uploaded out of scope is withdrawn', () => {
  it('a number not of the institution is refused by name; its own is withdrawn by the decision', async () => {
    const sessionId = await insertSession(f.institutions.x, f.sites.x);
    const p = pd.protect(makeIdNumber(9300));
    const number = 'S000052000199263000002';
    await db.insertInto('certificates').values({ id: randomUUID(), issue_year: 2026, number, issued_on: '2026-01-21', institution_id: f.institutions.x, branch_id: null, session_id: null, candidate_id: null, upload_id: randomUUID(), holder_name: '周超范围', holder_doc_type: 'resident_id', holder_doc_enc: p.enc, holder_doc_hmac: p.hmac, holder_doc_masked: p.masked, occupation_code: OCC, level: 3 }).execute(); // prettier-ignore
    expect(sessionId).toBeTruthy();
    let c = await open(as.provinceA, { subject: 'institution', origin: 'inspection', institutionId: f.institutions.x, summary: '证书数据核查发现超范围上传' }); // prettier-ignore
    const charge = (numbers: string[]) => ({ violation: '15p1', conductOn: today, facts: '上传了备案范围以外职业的证书数据', outOfScopeRecords: numbers.length, erroneousRecords: 0, certificateNumbers: numbers }); // prettier-ignore
    const foreign = await send(as.provinceA, c, 'record_charge', charge(['S000052000199263999999']));
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json<Problem>().detail).toContain('S000052000199263999999');
    c = await act(as.provinceA, c, 'record_charge', charge([number]));
    const noLadder = await send(as.provinceA, c, 'serve_notice', notice());
    expect(noLadder.statusCode).toBe(422);
    c = await act(as.provinceA, c, 'serve_notice', notice({ ladder: 'none' }));
    c = await act(as.institutionX, c, 'submit_statement', {
      text: '系操作失误',
      receivedOn: today,
      form: 'online',
    });
    c = await act(as.provinceA, c, 'decide', { statementAnswer: '撤销违规数据，不另行处理' });
    const row = await db
      .selectFrom('certificates')
      .select('status')
      .where('number', '=', number)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('withdrawn');
  });
});
