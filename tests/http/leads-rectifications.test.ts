// Complaints, the lead ledger and rectification orders (issue 14 points 2 and 6; docs/decisions/0039):
// 1x-selection §26 (complaints accepted, the institution urged to respond and rectify), 1x-exit §7(1)
// (the ledger of leads), dept-pilot 四(三) (routing), mohrss-violations §13(5) (overdue rectification).
// Every transition, bad input that changes nothing, scoping (another province: 404 like a random id),
// a tracking code that never leaks the contact details, and the overdue boundary.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTestApp, type TestApp } from '../support/test-app.js';
import { loginPersonas, seedPersonas, type Client, type Fixture, type Persona } from '../support/personas.js';
import { solvedChallenge } from '../support/challenge.js';
import { pngBytes } from '../../src/materials/sample-files.test-support.js';
import { isOverdue, daysOverdue } from '../../src/use-cases/rectifications/rectification-steps.js';
import { createSession } from '../../src/persistence/sessions.repository.js';
import {
  normaliseTrackingCode,
  newTrackingCode,
  trackingHash,
} from '../../src/use-cases/leads/complaints.js';
import { todayInChina } from '../../src/use-cases/registry/registry-context.js';

let t: TestApp;
let f: Fixture;
let c: Record<Persona, Client>;
const PHONE = '13912345678';
const today = todayInChina();
const plusDays = (d: string, n: number) => {
  const x = new Date(`${d}T00:00:00Z`);
  x.setUTCDate(x.getUTCDate() + n);
  return x.toISOString().slice(0, 10);
};

async function complain(
  what = '该机构在考核中收取高于公布标准的费用，并代考。',
  extra: Record<string, unknown> = {},
) {
  const altcha = await solvedChallenge((url) => c.anonymous.inject('GET', url));
  return c.anonymous.inject('POST', '/api/v1/public/complaints', {
    subjectText: '贵阳机构X', provinceCode: '520000', what, contactName: '张三', contactPhone: PHONE, altcha, ...extra,
  }); // prettier-ignore
}
const leadCount = async () =>
  Number((await sql<{ n: number }>`select count(*)::int as n from leads`.execute(t.handle.db)).rows[0]!.n);
const leadOfCode = async (code: string) =>
  (
    await sql<{ id: string }>`select id from leads where tracking_hash = ${trackingHash(code)}`.execute(
      t.handle.db,
    )
  ).rows[0]!.id;

/** A multipart report with one PNG, sent with the persona's session (the clients send JSON only). */
async function reportWithEvidence(persona: Persona, rid: string, text: string) {
  const { token, csrfToken } = await createSession(t.handle.db, {
    userId: f.userIds[persona as 'institutionX'],
    absoluteExpiresAt: new Date(Date.now() + 3_600_000),
  });
  const boundary = '----leads-test';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="text"\r\n\r\n${text}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="evidence.png"\r\nContent-Type: image/png\r\n\r\n`),
    Buffer.from(pngBytes()), Buffer.from(`\r\n--${boundary}--\r\n`),
  ]); // prettier-ignore
  return t.app.inject({
    method: 'POST', url: `/api/v1/rectifications/${rid}/report`, payload,
    headers: { cookie: `sid=${token}`, 'x-csrf-token': csrfToken, 'content-type': `multipart/form-data; boundary=${boundary}` },
  }); // prettier-ignore
}

beforeAll(async () => {
  t = await openTestApp();
  f = await seedPersonas(t.handle.db);
  c = await loginPersonas(t.app, f);
}, 180_000);
afterAll(async () => t?.close());

describe('tracking code', () => {
  it('is 16 Crockford base32 characters (80 bits), read whatever the case and dashes', () => {
    const code = newTrackingCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(normaliseTrackingCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code.replace(/-/g, ''));
  });
});

describe('1x-selection §26: a public complaint', () => {
  it('without the proof of work is refused, and bad input changes nothing', async () => {
    const before = await leadCount();
    const noPow = await c.anonymous.inject('POST', '/api/v1/public/complaints', {
      subjectText: 'X',
      provinceCode: '520000',
      what: '太短',
    });
    expect(noPow.statusCode).toBe(400);
    const short = await complain('太短');
    expect(short.statusCode).toBe(400);
    const noProvince = await complain(undefined, { provinceCode: undefined });
    expect(noProvince.statusCode).toBe(422);
    expect(noProvince.json().type ?? noProvince.json().code).toBeTruthy();
    expect(await leadCount()).toBe(before);
  });

  it('arrives as a lead of the province; tracking shows the state and never the contact; another province gets 404', async () => {
    const res = await complain();
    expect(res.statusCode).toBe(201);
    const { trackingCode } = res.json<{ trackingCode: string }>();
    const track = await c.anonymous.inject('POST', '/api/v1/public/complaints/track', {
      code: trackingCode.toLowerCase(),
    });
    expect(track.statusCode).toBe(200);
    expect(track.json()).toMatchObject({ status: 'received', answer: null });
    expect(track.body).not.toContain(PHONE);
    expect(track.body).not.toContain('张三');
    const wrong = await c.anonymous.inject('POST', '/api/v1/public/complaints/track', {
      code: newTrackingCode(),
    });
    expect(wrong.statusCode).toBe(404);

    const id = await leadOfCode(trackingCode);
    const mine = await c.provinceA.inject('GET', `/api/v1/leads/${id}`);
    expect(mine.json()).toMatchObject({
      status: 'received',
      handles: true,
      contact: { name: '张三', phone: PHONE },
    });
    // The contact is stored encrypted: the plain phone is nowhere in the table.
    const raw = await sql<{ contact_enc: string }>`select contact_enc from leads where id = ${id}`.execute(
      t.handle.db,
    );
    expect(raw.rows[0]!.contact_enc).not.toContain(PHONE);
    // A superior reads the lead, never the contact, and cannot act.
    const national = await c.national.inject('GET', `/api/v1/leads/${id}`);
    expect(national.statusCode).toBe(200);
    expect(national.json()).toMatchObject({ handles: false, contact: null });
    expect(
      (await c.national.inject('POST', `/api/v1/leads/${id}/triage`, { note: '上级分办' })).statusCode,
    ).toBe(403);
    // Another province, an institution, the public: exactly like a random id.
    const random = await c.provinceB.inject('GET', `/api/v1/leads/${randomUUID()}`);
    for (const who of ['provinceB', 'institutionX', 'expert'] as const) {
      const r = await c[who].inject('GET', `/api/v1/leads/${id}`);
      expect([r.statusCode, who]).toEqual([who === 'provinceB' ? random.statusCode : r.statusCode, who]);
      expect(r.statusCode === 404 || r.statusCode === 403).toBe(true);
    }
    expect(random.statusCode).toBe(404);
    expect(
      (await c.provinceB.inject('POST', `/api/v1/leads/${id}/triage`, { note: '越权' })).statusCode,
    ).toBe(404);
  });
});

describe('the ledger: every step', () => {
  it('received → triaged → response requested and answered → investigating → answered → closed; tracking shows the answer', async () => {
    const { trackingCode } = (await complain()).json<{ trackingCode: string }>();
    const id = await leadOfCode(trackingCode);
    const post = (who: Persona, path: string, body: unknown) =>
      c[who].inject('POST', `/api/v1/leads/${id}/${path}`, body);

    expect((await post('provinceA', 'investigate', { note: '核查' })).statusCode).toBe(409); // not triaged yet
    expect(
      (await post('provinceA', 'triage', { note: '交稽查处', institutionId: f.institutions.x })).statusCode,
    ).toBe(200);
    expect((await post('provinceA', 'triage', { note: '再次分办' })).statusCode).toBe(409);

    // §26 督促…回应: the date is the authority's, never before today; the institution answers in the app.
    const past = await post('provinceA', 'response-requests', {
      question: '请说明收费情况',
      dueOn: plusDays(today, -1),
      dueReason: '事项简单',
    });
    expect(past.statusCode).toBe(422);
    const asked = await post('provinceA', 'response-requests', {
      question: '请说明收费情况',
      dueOn: plusDays(today, 10),
      dueReason: '需调取财务凭证',
    });
    expect(asked.statusCode).toBe(200);
    const reqId = asked.json<{ id: string }>().id;
    const xList = await c.institutionX.inject('GET', '/api/v1/response-requests');
    expect(xList.json().items.some((r: { id: string }) => r.id === reqId)).toBe(true);
    expect(xList.body).not.toContain(PHONE);
    expect(xList.body).not.toContain('张三');
    expect((await c.institutionY.inject('GET', '/api/v1/response-requests')).json().items).toHaveLength(0);
    expect(
      (
        await c.institutionY.inject('POST', `/api/v1/response-requests/${reqId}/respond`, {
          response: '与我无关',
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await c.institutionX.inject('POST', `/api/v1/response-requests/${reqId}/respond`, {
          response: '已按公布标准收费，附票据',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await c.institutionX.inject('POST', `/api/v1/response-requests/${reqId}/respond`, {
          response: '再答',
        })
      ).statusCode,
    ).toBe(409);

    expect((await post('provinceA', 'close', { outcome: 'substantiated', note: '属实' })).statusCode).toBe(
      409,
    ); // not answered
    expect((await post('provinceA', 'investigate', { note: '调取票据' })).statusCode).toBe(200);
    expect((await post('provinceA', 'answer', { answer: 'x' })).statusCode).toBe(400);
    expect(
      (await post('provinceA', 'answer', { answer: '经核查，该机构超标准收费属实，已责令退还。' }))
        .statusCode,
    ).toBe(200);
    const tracked = await c.anonymous.inject('POST', '/api/v1/public/complaints/track', {
      code: trackingCode,
    });
    expect(tracked.json()).toMatchObject({
      status: 'answered',
      answer: '经核查，该机构超标准收费属实，已责令退还。',
    });
    expect(tracked.body).not.toContain('调取票据'); // internal notes stay inside
    expect(
      (await post('provinceA', 'close', { outcome: 'substantiated', note: '属实，已责令整改' })).statusCode,
    ).toBe(200);
    expect((await post('provinceA', 'answer', { answer: '再答复' })).statusCode).toBe(409);

    const detail = (await c.provinceA.inject('GET', `/api/v1/leads/${id}`)).json();
    expect(detail.history.map((h: { action: string }) => h.action)).toEqual([
      'raise', 'triage', 'request_response', 'institution_response', 'investigate', 'answer', 'close',
    ]); // prettier-ignore
    expect(detail.responseRequests[0]).toMatchObject({ response: '已按公布标准收费，附票据' });
    const audits = await sql<{
      n: number;
    }>`select count(*)::int as n from audit_log where entity_id = ${id}`.execute(t.handle.db);
    expect(audits.rows[0]!.n).toBeGreaterThanOrEqual(6);
  });

  it('a duplicate is closed and linked to its original, shown on both, never deleted', async () => {
    const first = await leadOfCode((await complain()).json().trackingCode);
    const second = await leadOfCode((await complain('同一机构代考问题，再次投诉反映。')).json().trackingCode);
    expect(
      (await c.provinceA.inject('POST', `/api/v1/leads/${second}/merge`, { duplicateOf: second })).statusCode,
    ).toBe(422);
    expect(
      (await c.provinceA.inject('POST', `/api/v1/leads/${second}/merge`, { duplicateOf: randomUUID() }))
        .statusCode,
    ).toBe(422);
    expect(
      (
        await c.provinceA.inject('POST', `/api/v1/leads/${second}/merge`, {
          duplicateOf: first,
          note: '同一事项',
        })
      ).statusCode,
    ).toBe(200);
    const dup = (await c.provinceA.inject('GET', `/api/v1/leads/${second}`)).json();
    expect(dup).toMatchObject({ status: 'closed', outcome: 'duplicate', duplicateOf: { id: first } });
    const orig = (await c.provinceA.inject('GET', `/api/v1/leads/${first}`)).json();
    expect(orig.duplicates.map((d: { id: string }) => d.id)).toContain(second);
  });

  it('dept-pilot 四(三): routed to another authority, the lead leaves this ledger with its history', async () => {
    const entered = await c.provinceA.inject('POST', '/api/v1/leads', {
      source: 'hotline', subjectText: '杭州某培训机构', summary: '来电反映杭州某机构违规发证', receivedOn: today,
    }); // prettier-ignore
    expect(entered.statusCode).toBe(201);
    const id = entered.json<{ id: string }>().id;
    const future = await c.provinceA.inject('POST', '/api/v1/leads', {
      source: 'letter',
      subjectText: 'X',
      summary: '未来的信',
      receivedOn: plusDays(today, 1),
    });
    expect(future.statusCode).toBe(422);
    expect(
      (
        await c.provinceA.inject('POST', `/api/v1/leads/${id}/route`, {
          toAuthorityId: f.authorities.guizhou,
          reason: '本部门',
        })
      ).statusCode,
    ).toBe(422);
    expect(
      (
        await c.provinceA.inject('POST', `/api/v1/leads/${id}/route`, {
          toAuthorityId: f.authorities.zhejiang,
          reason: '属浙江管辖',
        })
      ).statusCode,
    ).toBe(200);
    expect((await c.provinceA.inject('GET', `/api/v1/leads/${id}`)).statusCode).toBe(404);
    const there = (await c.provinceB.inject('GET', `/api/v1/leads/${id}`)).json();
    expect(there).toMatchObject({ status: 'routed', handles: true });
    expect(there.history.map((h: { action: string }) => h.action)).toEqual(['raise', 'route']);
    expect(
      (await c.provinceB.inject('POST', `/api/v1/leads/${id}/triage`, { note: '接收' })).statusCode,
    ).toBe(200);
  });
});

describe('rectification orders', () => {
  it('opened from a lead; the institution reports with evidence; rejected with a new deadline; accepted', async () => {
    const entered = await c.provinceA.inject('POST', '/api/v1/leads', {
      source: 'inspection', institutionId: f.institutions.x, summary: '检查发现考务档案不全', receivedOn: today,
    }); // prettier-ignore
    const id = entered.json<{ id: string }>().id;
    expect(
      (
        await c.provinceA.inject('POST', `/api/v1/leads/${id}/rectification`, {
          subject: '补齐档案',
          deadline: today,
        })
      ).statusCode,
    ).toBe(409); // not triaged
    await c.provinceA.inject('POST', `/api/v1/leads/${id}/triage`, { note: '责令整改' });
    expect(
      (
        await c.provinceA.inject('POST', `/api/v1/leads/${id}/rectification`, {
          subject: '补齐档案',
          deadline: plusDays(today, -1),
        })
      ).statusCode,
    ).toBe(422);
    const opened = await c.provinceA.inject('POST', `/api/v1/leads/${id}/rectification`, {
      subject: '补齐考务档案',
      deadline: today,
    });
    expect(opened.statusCode).toBe(200);
    const rid = opened.json<{ rectificationId: string }>().rectificationId;

    expect((await c.institutionY.inject('GET', `/api/v1/rectifications/${rid}`)).statusCode).toBe(404);
    expect((await c.provinceB.inject('GET', `/api/v1/rectifications/${rid}`)).statusCode).toBe(404);
    // multipart through the client: the persona client sends JSON bodies, so inject directly with its cookie.
    const detailBefore = await c.institutionX.inject('GET', `/api/v1/rectifications/${rid}`);
    expect(detailBefore.json()).toMatchObject({ status: 'open', overdue: false, as: 'institution' });
    expect(
      (
        await c.provinceA.inject('POST', `/api/v1/rectifications/${rid}/verify`, {
          verdict: 'accepted',
          reason: '未报告',
        })
      ).statusCode,
    ).toBe(409);
    expect((await reportWithEvidence('institutionY', rid, '不是我们的')).statusCode).toBe(404);
    expect((await reportWithEvidence('institutionX', rid, 'x')).statusCode).toBe(422);
    expect((await reportWithEvidence('institutionX', rid, '已补齐档案，附照片')).statusCode).toBe(200);
    expect((await reportWithEvidence('institutionX', rid, '再报')).statusCode).toBe(409);
    const reported = (await c.provinceA.inject('GET', `/api/v1/rectifications/${rid}`)).json();
    expect(reported).toMatchObject({ status: 'reported', as: 'authority' });
    const sha = reported.reports[0].files[0].sha256 as string;
    expect((await c.provinceA.inject('GET', `/api/v1/rectifications/${rid}/files/${sha}`)).statusCode).toBe(
      200,
    );
    expect(
      (await c.institutionY.inject('GET', `/api/v1/rectifications/${rid}/files/${sha}`)).statusCode,
    ).toBe(404);
    expect(
      (
        await c.institutionX.inject('POST', `/api/v1/rectifications/${rid}/verify`, {
          verdict: 'accepted',
          reason: '自己核验',
        })
      ).statusCode,
    ).toBe(403);
    const bad = await c.provinceA.inject('POST', `/api/v1/rectifications/${rid}/verify`, {
      verdict: 'rejected',
      reason: '照片不清',
      newDeadline: plusDays(today, -1),
    });
    expect(bad.statusCode).toBe(422);
    expect((await c.provinceA.inject('GET', `/api/v1/rectifications/${rid}`)).json().status).toBe('reported');
    expect(
      (
        await c.provinceA.inject('POST', `/api/v1/rectifications/${rid}/verify`, {
          verdict: 'rejected',
          reason: '照片不清',
          newDeadline: plusDays(today, 7),
        })
      ).statusCode,
    ).toBe(200);
    expect((await c.provinceA.inject('GET', `/api/v1/rectifications/${rid}`)).json()).toMatchObject({
      status: 'rejected',
      deadline: plusDays(today, 7),
    });
    expect((await reportWithEvidence('institutionX', rid, '重新拍照，档案已齐')).statusCode).toBe(200);
    expect(
      (
        await c.provinceA.inject('POST', `/api/v1/rectifications/${rid}/verify`, {
          verdict: 'accepted',
          reason: '已整改',
        })
      ).statusCode,
    ).toBe(200);
    expect((await c.provinceA.inject('GET', `/api/v1/rectifications/${rid}`)).json()).toMatchObject({
      status: 'accepted',
      overdue: false,
    });
  });

  it('overdue: the deadline day itself is in time, the next day is overdue (docs/decisions/0039)', () => {
    expect(isOverdue({ status: 'open', deadline: '2026-03-10' }, '2026-03-10')).toBe(false);
    expect(isOverdue({ status: 'open', deadline: '2026-03-10' }, '2026-03-11')).toBe(true);
    expect(isOverdue({ status: 'rejected', deadline: '2026-03-10' }, '2026-03-11')).toBe(true);
    expect(isOverdue({ status: 'reported', deadline: '2026-03-10' }, '2026-03-11')).toBe(true);
    expect(isOverdue({ status: 'accepted', deadline: '2026-03-10' }, '2026-04-11')).toBe(false);
    expect(daysOverdue('2026-03-10', '2026-03-11')).toBe(1);
  });

  it('the list shows an order whose deadline passed yesterday as 1 day overdue; §13(5) opens a case from it', async () => {
    const entered = await c.provinceA.inject('POST', '/api/v1/leads', {
      source: 'letter',
      institutionId: f.institutions.x,
      summary: '信访反映场地不符',
      receivedOn: today,
    });
    const id = entered.json<{ id: string }>().id;
    await c.provinceA.inject('POST', `/api/v1/leads/${id}/triage`, { note: '整改' });
    const rid = (
      await c.provinceA.inject('POST', `/api/v1/leads/${id}/rectification`, {
        subject: '场地整改',
        deadline: today,
      })
    ).json().rectificationId as string;
    const inTime = (await c.provinceA.inject('GET', '/api/v1/rectifications?overdue=true')).json();
    expect(inTime.items.some((r: { id: string }) => r.id === rid)).toBe(false);
    await sql`update rectifications set opened_on = ${plusDays(today, -5)}, deadline = ${plusDays(today, -1)} where id = ${rid}`.execute(
      t.handle.db,
    );
    const late = (await c.provinceA.inject('GET', '/api/v1/rectifications?overdue=true')).json();
    expect(late.items.find((r: { id: string }) => r.id === rid)).toMatchObject({
      overdue: true,
      daysOverdue: 1,
    });
    const xView = (await c.institutionX.inject('GET', '/api/v1/rectifications')).json();
    expect(xView.items.some((r: { id: string }) => r.id === rid)).toBe(true);
    expect((await c.institutionY.inject('GET', '/api/v1/rectifications')).json().items).toHaveLength(0);
    const opened = await c.provinceA.inject('POST', `/api/v1/rectifications/${rid}/violation-case`);
    expect(opened.statusCode).toBe(200);
    expect(opened.json().referenceNo).toBeTruthy();
  });
});

describe('1x-exit §7(1): the ledger is worked by age', () => {
  it('lists the oldest open lead first, closed ones after; olderThanDays keeps open leads at least that old', async () => {
    const enter = async (summary: string, daysAgo: number) =>
      (await c.provinceA.inject('POST', '/api/v1/leads', {
          source: 'letter', subjectText: '排序机构', summary, receivedOn: plusDays(today, -daysAgo),
        })) // prettier-ignore
        .json<{ id: string }>().id;
    const newest = await enter('排序测试：今天收到的信', 0);
    const oldest = await enter('排序测试：四十天前收到的信', 40);
    const middle = await enter('排序测试：十天前收到的信', 10);
    const list = await c.provinceA.inject('GET', `/api/v1/leads?q=${encodeURIComponent('排序测试')}`);
    const items = list.json<{ items: { id: string; ageDays: number }[] }>().items;
    expect(items.map((i) => i.id)).toEqual([oldest, middle, newest]);
    expect(items.map((i) => i.ageDays)).toEqual([40, 10, 0]);
    // The boundary: a lead received exactly 10 days ago is "at least 10 days old"; 11 leaves it out.
    const ten = await c.provinceA.inject(
      'GET',
      `/api/v1/leads?q=${encodeURIComponent('排序测试')}&olderThanDays=10`,
    );
    expect(ten.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([oldest, middle]);
    const eleven = await c.provinceA.inject(
      'GET',
      `/api/v1/leads?q=${encodeURIComponent('排序测试')}&olderThanDays=11`,
    );
    expect(eleven.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([oldest]);
  });
});
