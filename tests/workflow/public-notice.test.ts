// The public-notice component (公示, mohrss-filing 二(十)4; 1x-selection §16): the period and how it is
// computed (民法典 §201: the day of publication does not count; a notice period is not moved off a rest
// day), the objection states and the conditions of the decision after a notice — and the public routes:
// the list and detail without an account, objections only during the period (strict input, Chinese
// errors, rate-limited), answers only by the deciding authority, once.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInCalendar } from '../../src/calendar/calendar-data.js';
import { addCalendarDays } from '../../src/calendar/calendar-days.js';
import { mf } from '../../src/parameters/mohrss-filing.js';
import { chinaDate } from '../../src/workflows/deadline.js';
import {
  acceptsObjections,
  computeNoticePeriod,
  noticeStanding,
} from '../../src/workflows/public-notice/notice-period.js';
import { allObjectionsAnswered, noticeFindings } from '../../src/workflows/public-notice/objections.js';
import { openTestApp, type TestApp } from '../support/test-app.js';
import { solvedChallenge } from '../support/challenge.js';
import { loginPersonas, seedPersonas, type Client, type Fixture, type Persona } from '../support/personas.js';

const cal = builtInCalendar();
const NOTICE = mf('二', '十', 4);
const authoritySet = { kind: 'authority' as const, reason: '征集通告规定公示 5 个工作日', citation: NOTICE };

describe('notice period (民法典 §201, §203; mohrss-filing 二(十)4 sets no length)', () => {
  it('5 working days from Wednesday 2026-09-30 skip the National Day holidays and count the swapped Saturday: ends Tuesday 2026-10-13', () => {
    const p = computeNoticePeriod(
      { publishedOn: '2026-09-30', days: 5, unit: 'working_days', basis: authoritySet },
      cal,
    );
    expect([p.startsOn, p.endsOn]).toEqual(['2026-10-01', '2026-10-13']);
    expect(p.explanation_zh).toContain('2026-09-30 当日不计入');
    expect(p.explanation_zh).toContain(
      '未规定公示期，公示期由受理部门确定，理由：征集通告规定公示 5 个工作日',
    );
  });

  it('7 calendar days from 2026-09-30 end on 2026-10-07, a holiday, and are not moved to the next working day', () => {
    const p = computeNoticePeriod(
      { publishedOn: '2026-09-30', days: 7, unit: 'calendar_days', basis: authoritySet },
      cal,
    );
    expect(p.endsOn).toBe('2026-10-07');
    expect(p.explanation_zh).toContain('不因节假日顺延');
  });

  it('a length set by a governing text names its parameter as the basis', () => {
    const p = computeNoticePeriod(
      {
        publishedOn: '2026-03-02',
        days: 7,
        unit: 'calendar_days',
        basis: { kind: 'parameter', parameterId: 'example.notice_days', citation: NOTICE },
      },
      cal,
    );
    expect(p.endsOn).toBe('2026-03-09');
    expect(p.explanation_zh).toContain('参数 example.notice_days');
  });

  it('refuses a length outside 1..90 days', () => {
    for (const days of [0, 91, 2.5])
      expect(() =>
        computeNoticePeriod(
          { publishedOn: '2026-03-02', days, unit: 'calendar_days', basis: authoritySet },
          cal,
        ),
      ).toThrow(RangeError);
  });

  it('takes objections from publication to the last day inclusive, not the day after, nor once closed', () => {
    const n = { publishedOn: '2026-03-03', endsOn: '2026-03-10', closedOn: null };
    expect(acceptsObjections(n, '2026-03-03')).toBe(true);
    expect(acceptsObjections(n, '2026-03-10')).toBe(true);
    expect(acceptsObjections(n, '2026-03-11')).toBe(false);
    expect(acceptsObjections({ ...n, closedOn: '2026-03-09' }, '2026-03-09')).toBe(false);
    expect([noticeStanding(n, '2026-03-10'), noticeStanding(n, '2026-03-11')]).toEqual(['open', 'ended']);
  });
});

describe('objections: open → answered; the decision waits for every answer and no founded objection', () => {
  const notice = (objections: { answeredAt: string | null; finding: 'founded' | 'unfounded' | null }[]) => ({
    publishedOn: '2026-03-03',
    endsOn: '2026-03-10',
    objections: objections.map((o, i) => ({ id: `o${i}`, seq: i + 1, ...o })),
  });
  const failedOn = (n: ReturnType<typeof notice> | null, today: string) =>
    noticeFindings(n, today, NOTICE)
      .filter((f) => f.passed === false)
      .map((f) => f.ruleId);

  it('no notice held: the decision is blocked', () => {
    expect(failedOn(null, '2026-03-11')).toEqual(['public-notice/held']);
  });
  it('on the last day of the period the decision is still blocked; the day after it is not', () => {
    expect(failedOn(notice([]), '2026-03-10')).toEqual(['public-notice/period-ended']);
    expect(failedOn(notice([]), '2026-03-11')).toEqual([]);
  });
  it('an open objection blocks; answered as unfounded it does not; founded it does', () => {
    expect(allObjectionsAnswered(notice([{ answeredAt: null, finding: null }]).objections)).toBe(false);
    expect(failedOn(notice([{ answeredAt: null, finding: null }]), '2026-03-11')).toEqual([
      'public-notice/objections-answered',
    ]);
    expect(failedOn(notice([{ answeredAt: '2026-03-11', finding: 'unfounded' }]), '2026-03-11')).toEqual([]);
    expect(failedOn(notice([{ answeredAt: '2026-03-11', finding: 'founded' }]), '2026-03-11')).toEqual([
      'public-notice/no-founded-objection',
    ]);
  });
});

describe('/api/v1/public-notices', () => {
  let t: TestApp;
  let f: Fixture;
  let clients: Record<Persona, Client>;
  let open: string;
  let ended: string;
  const today = chinaDate(new Date());

  async function notice(publishedOn: string, endsOn: string, title: string): Promise<string> {
    const caseId = randomUUID();
    await t.handle.db
      .insertInto('cases')
      .values({
        id: caseId,
        procedure: 'social-org-filing',
        reference_no: `测公示申〔2026〕${randomUUID().slice(0, 6)}号`,
        institution_id: f.institutions.x,
        branch_id: null,
        authority_id: f.authorities.guizhou,
        jurisdiction_code: '520100',
        parent_case_id: null,
        state: 'public_notice',
        awaiting: 'public',
        snapshot: '{}',
        submitted_at: new Date(),
        closed_at: null,
        valid_from: null,
        valid_to: null,
        created_by: null,
      })
      .execute();
    const id = randomUUID();
    await t.handle.db
      .insertInto('public_notices')
      .values({
        id,
        case_id: caseId,
        procedure: 'social-org-filing',
        authority_id: f.authorities.guizhou,
        jurisdiction_code: '520100',
        title,
        body: '拟予备案，现予公示。',
        subject_name: '贵阳机构X',
        published_on: publishedOn,
        starts_on: addCalendarDays(publishedOn, 1),
        ends_on: endsOn,
        period_days: 5,
        period_unit: 'working_days',
        basis_kind: 'authority',
        basis_parameter_id: null,
        basis_reason: '征集通告规定',
        explanation_zh: '公示期 5 个工作日。',
        citations: JSON.stringify([NOTICE]),
        document_id: null,
        published_by: null,
        closed_on: null,
        outcome: null,
      })
      .execute();
    return id;
  }

  beforeAll(async () => {
    t = await openTestApp();
    f = await seedPersonas(t.handle.db);
    clients = await loginPersonas(t.app, f);
    open = await notice(today, addCalendarDays(today, 10), '公示中的公示');
    ended = await notice(addCalendarDays(today, -12), addCalendarDays(today, -1), '已结束的公示');
  });
  afterAll(async () => t?.close());

  const objection = {
    name: '王小明',
    contact: '13800001234',
    text: '该机构的考场视频监控未全覆盖，请核查。',
  };
  // Each objection carries a freshly solved proof-of-work challenge (src/http/challenge.ts).
  const solved = async () => ({
    ...objection,
    altcha: await solvedChallenge((url) => clients.anonymous.inject('GET', url)),
  });

  it('lists current and past notices to anyone, without an account', async () => {
    const current = await clients.anonymous.inject('GET', '/api/v1/public-notices?status=current');
    expect(current.statusCode).toBe(200);
    expect(current.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([open]);
    const past = await clients.anonymous.inject('GET', '/api/v1/public-notices?status=past');
    expect(past.json<{ items: { id: string; standing: string }[] }>().items).toEqual([
      expect.objectContaining({ id: ended, standing: 'ended' }),
    ]);
    const bad = await clients.anonymous.inject('GET', '/api/v1/public-notices?status=soon');
    expect(bad.statusCode).toBe(400);
  });

  it('takes an objection from the public during the period and answers 201 with its number', async () => {
    const res = await clients.anonymous.inject(
      'POST',
      `/api/v1/public-notices/${open}/objections`,
      await solved(),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ seq: 1, nameMasked: '王**' });
  });

  it('refuses an objection with unknown fields, a bad contact or too short a text — 400 with Chinese messages per field', async () => {
    const res = await clients.anonymous.inject('POST', `/api/v1/public-notices/${open}/objections`, {
      ...objection,
      contact: 'nobody',
      text: '太短',
      extra: 1,
    });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ code: string; errors: { path: string; message: string }[] }>();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['body.contact', 'body.text']));
    expect(body.errors.every((e) => /[\u4e00-\u9fff]/.test(e.message))).toBe(true);
  });

  it('refuses an objection after the period (409 NOTICE_NOT_OPEN) and to an unknown notice (404)', async () => {
    const late = await clients.anonymous.inject(
      'POST',
      `/api/v1/public-notices/${ended}/objections`,
      await solved(),
    );
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'NOTICE_NOT_OPEN' });
    const none = await clients.anonymous.inject(
      'POST',
      `/api/v1/public-notices/${randomUUID()}/objections`,
      await solved(),
    );
    expect(none.statusCode).toBe(404);
  });

  it('shows the public the counts only, the applicant the objection with the name masked, the deciding authority the contact', async () => {
    const pub = (await clients.anonymous.inject('GET', `/api/v1/public-notices/${open}`)).json<
      Record<string, unknown>
    >();
    expect(pub).toMatchObject({
      viewer: 'public',
      objectionCount: 1,
      answeredCount: 0,
      acceptsObjections: true,
    });
    expect(pub).not.toHaveProperty('objections');
    expect(JSON.stringify(pub)).not.toContain('13800001234');
    const applicant = (await clients.institutionX.inject('GET', `/api/v1/public-notices/${open}`)).json<{
      viewer: string;
      objections: Record<string, unknown>[];
    }>();
    expect(applicant.viewer).toBe('applicant');
    expect(applicant.objections[0]).toMatchObject({ submitter: '王**', state: 'open' });
    expect(JSON.stringify(applicant)).not.toContain('13800001234');
    const authority = (await clients.provinceA.inject('GET', `/api/v1/public-notices/${open}`)).json<{
      viewer: string;
      mayAnswer: boolean;
      objections: { contact: string; submitter: string }[];
    }>();
    expect(authority).toMatchObject({ viewer: 'authority', mayAnswer: true });
    expect(authority.objections[0]).toMatchObject({ submitter: '王小明', contact: '13800001234' });
    const reveal = await t.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'public_notice')
      .where('entity_id', '=', open)
      .execute();
    expect(reveal.map((r) => r.action)).toContain('reveal_objectors');
  });

  it('lets only the deciding authority answer, once: anonymous 401, another authority 403, the applicant 403, a second answer 409', async () => {
    const detail = (await clients.provinceA.inject('GET', `/api/v1/public-notices/${open}`)).json<{
      objections: { id: string }[];
    }>();
    const url = `/api/v1/public-notices/${open}/objections/${detail.objections[0]!.id}/answer`;
    const answer = { answer: '经现场核查，考场视频监控已全覆盖，异议不成立。', finding: 'unfounded' };
    expect((await clients.anonymous.inject('POST', url, answer)).statusCode).toBe(401);
    expect((await clients.provinceB.inject('POST', url, answer)).statusCode).toBe(403);
    expect((await clients.institutionX.inject('POST', url, answer)).statusCode).toBe(403);
    const ok = await clients.provinceA.inject('POST', url, answer);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ seq: 1, finding: 'unfounded' });
    const again = await clients.provinceA.inject('POST', url, answer);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'OBJECTION_ALREADY_ANSWERED' });
    const applicant = (await clients.institutionX.inject('GET', `/api/v1/public-notices/${open}`)).json<{
      objections: { state: string; answer: string }[];
    }>();
    expect(applicant.objections[0]).toMatchObject({ state: 'answered', answer: answer.answer });
  });

  it('rate-limits objections per client: the 11th within 10 minutes gets 429', async () => {
    const answers: { statusCode: number; body: string }[] = [];
    for (let i = 0; i < 11; i++)
      answers.push(
        await clients.anonymous.inject('POST', `/api/v1/public-notices/${open}/objections`, await solved()),
      );
    const codes = answers.map((a) => a.statusCode);
    // The four posts of the tests above count too (the limit is per route and client, before validation).
    expect(codes.slice(0, 6).every((c) => c === 201)).toBe(true);
    expect(codes.slice(6).every((c) => c === 429)).toBe(true);
    expect(JSON.parse(answers[6]!.body)).toMatchObject({ code: 'RATE_LIMITED', title: '请求过于频繁' });
  });
});
