import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import {
  loadCalendar,
  lockCalendarYear,
  saveCalendarYear,
} from '../../src/persistence/calendar.repository.js';
import { openAppWithAdminAndStaff, type Session, type TestApp } from '../support/test-app.js';

/** A plausible 2027 arrangement: only what the validation requires plus the New Year weekend. */
const year2027 = {
  source: '测试：国务院办公厅关于2027年部分节假日安排的通知',
  holidays: ['01-01', '01-02', '01-03', '05-01', '10-01', '10-02', '10-03'].map((md) => ({
    date: `2027-${md}`,
    name: md.startsWith('01') ? '元旦' : md.startsWith('05') ? '劳动节' : '国庆节',
  })),
  workdays: [{ date: '2027-09-26', name: '国庆节' }],
};

let t: TestApp;
let admin: Session;
let staff: Session;
beforeAll(async () => {
  ({ t, admin, staff } = await openAppWithAdminAndStaff());
});
afterAll(async () => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('GET /calendar/working-days (public)', () => {
  it('15 working days after 2025-09-28 is 2025-10-24, with the skipped days and their reasons', async () => {
    const res = await get('/api/v1/calendar/working-days?from=2025-09-28&days=15');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      start: '2025-09-28',
      n: 15,
      due: '2025-10-24',
      unit: 'working_days',
      calendarKnown: true,
    });
    expect(body.skipped).toHaveLength(11);
    expect(body.skipped[0]).toEqual({
      date: '2025-10-01',
      reason_zh: '法定节假日（国庆节）',
      reason_en: 'Public holiday (National Day)',
    });
    expect(body.explanation_zh).toContain('《民法典》第二百零一条');
  });

  it('reports calendarKnown: false for a span into a year without data', async () => {
    const res = await get('/api/v1/calendar/working-days?from=2026-12-25&days=10');
    expect(res.json()).toMatchObject({ due: '2027-01-08', calendarKnown: false });
  });

  it.each([
    ['from=2025-02-30&days=5', 'from'],
    ['from=20250101&days=5', 'from'],
    ['from=2025-01-01&days=-1', 'days'],
    ['from=2025-01-01&days=3651', 'days'],
    ['from=2025-01-01&days=1.5', 'days'],
    ['from=2025-01-01', 'days'],
    ['from=2025-01-01&days=5&extra=1', ''],
  ])('answers 400 problem+json for %s', async (query, field) => {
    const res = await get(`/api/v1/calendar/working-days?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.detail).toMatch(/[\u4e00-\u9fff]/);
    if (field) expect(body.errors.map((e: { path: string }) => e.path)).toContain(`querystring.${field}`);
  });
});

describe('GET /calendar/calendar-days and /calendar/is-working-day (public)', () => {
  it('30 days after 2025-09-01 falls on National Day and rolls to 2025-10-09 (民法典 第二百零三条)', async () => {
    const res = await get('/api/v1/calendar/calendar-days?from=2025-09-01&days=30');
    expect(res.json()).toMatchObject({ unit: 'calendar_days', due: '2025-10-09', rolledFrom: '2025-10-01' });
    const plain = await get('/api/v1/calendar/calendar-days?from=2025-09-01&days=30&rollToWorkingDay=false');
    expect(plain.json()).toMatchObject({ due: '2025-10-01', skipped: [] });
    expect(
      (await get('/api/v1/calendar/calendar-days?from=2025-09-01&days=30&rollToWorkingDay=yes')).statusCode,
    ).toBe(400);
  });

  it('says a swapped Sunday is a working day and National Day is not', async () => {
    expect((await get('/api/v1/calendar/is-working-day?date=2025-09-28')).json()).toEqual({
      date: '2025-09-28',
      workingDay: true,
      holiday: null,
      swappedWorkday: '国庆节',
      calendarKnown: true,
    });
    expect((await get('/api/v1/calendar/is-working-day?date=2025-10-01')).json()).toMatchObject({
      workingDay: false,
      holiday: '国庆节',
    });
    expect((await get('/api/v1/calendar/is-working-day?date=2025-10-12')).json()).toMatchObject({
      workingDay: false,
    });
    expect((await get('/api/v1/calendar/is-working-day?date=2025-13-01')).statusCode).toBe(400);
  });
});

describe('GET /calendar/years', () => {
  it('lists the built-in years 2020–2026 with their source', async () => {
    const res = await get('/api/v1/calendar/years');
    const body = res.json();
    expect(body.items.map((y: { year: number }) => y.year)).toEqual([
      2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    expect(body.items[5]).toMatchObject({
      year: 2025,
      version: 0,
      replaced: false,
      holidayCount: 28,
      workdayCount: 5,
    });
    expect(body.items[5].source).toContain('国务院办公厅关于2025年部分节假日安排的通知');
    expect(body.abilities).toEqual({ read: true, replace: false });
  });

  it('shows one year’s days; an unknown year is 404 and a malformed one 400', async () => {
    const res = await get('/api/v1/calendar/years/2025');
    expect(res.json().workdays).toEqual([
      { date: '2025-01-26', name: '春节' },
      { date: '2025-02-08', name: '春节' },
      { date: '2025-04-27', name: '劳动节' },
      { date: '2025-09-28', name: '国庆节' },
      { date: '2025-10-11', name: '国庆节' },
    ]);
    expect((await get('/api/v1/calendar/years/2030')).json()).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    });
    expect((await get('/api/v1/calendar/years/20x5')).statusCode).toBe(400);
  });

  it('tells a sysadmin that they may replace a year', async () => {
    expect((await admin.inject('GET', '/api/v1/calendar/years')).json().abilities).toEqual({
      read: true,
      replace: true,
    });
  });
});

describe('PUT /calendar/years/:year (sysadmin only)', () => {
  it('refuses the public (401) and an authority’s staff (403)', async () => {
    const anon = await t.app.inject({ method: 'PUT', url: '/api/v1/calendar/years/2027', payload: year2027 });
    expect(anon.statusCode).toBe(401);
    const res = await staff.inject('PUT', '/api/v1/calendar/years/2027', year2027);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'FORBIDDEN' });
    expect((await get('/api/v1/calendar/years/2027')).statusCode).toBe(404);
  });

  it('refuses an invalid year with 422 and a Chinese message, and unknown fields with 400', async () => {
    const weekday = await admin.inject('PUT', '/api/v1/calendar/years/2027', {
      ...year2027,
      workdays: [{ date: '2027-09-27', name: '国庆节' }],
    });
    expect(weekday.statusCode).toBe(422);
    expect(weekday.json()).toMatchObject({
      code: 'INVALID_CALENDAR_YEAR',
      detail: '调休上班日 2027-09-27 应为周六或周日',
    });
    const missing = await admin.inject('PUT', '/api/v1/calendar/years/2027', { ...year2027, holidays: [] });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().detail).toContain('2027-01-01 是法定节假日');
    const extra = await admin.inject('PUT', '/api/v1/calendar/years/2027', { ...year2027, year: 2027 });
    expect(extra.statusCode).toBe(400);
  });

  it('adding 2027 makes the span known and moves the due date past New Year’s Day', async () => {
    const res = await admin.inject('PUT', '/api/v1/calendar/years/2027', year2027);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      year: 2027,
      version: 1,
      replaced: true,
      holidayCount: 7,
      workdayCount: 1,
    });
    const due = await get('/api/v1/calendar/working-days?from=2026-12-25&days=10');
    // 1–4: 12-28…12-31; 01-01…01-03 off; 5–9: 01-04…01-08; 10: 01-11
    expect(due.json()).toMatchObject({ due: '2027-01-11', calendarKnown: true });
    const audit = await sql<{ action: string; actor_role: string }>`
      select action, actor_role from audit_log where entity = 'calendar_year' and entity_id = '2027'`.execute(
      t.handle.db,
    );
    expect(audit.rows).toEqual([{ action: 'create', actor_role: 'sysadmin' }]);
  });

  it('replacing 2025 changes the 15-working-day due date computed over HTTP', async () => {
    const slim = {
      source: '测试：只放 10 月 1 日至 3 日',
      holidays: ['01-01', '05-01', '10-01', '10-02', '10-03'].map((md) => ({
        date: `2025-${md}`,
        name: '节日',
      })),
      workdays: [],
    };
    const res = await admin.inject('PUT', '/api/v1/calendar/years/2025', slim);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: 1, replaced: true });
    // 1: 09-29, 2: 09-30; 10-01…10-05 off; 3–7: 10-06…10-10; 10-11, 10-12 off; 8–12: 10-13…10-17;
    // 10-18, 10-19 off; 13–15: 10-20…10-22
    const due = await get('/api/v1/calendar/working-days?from=2025-09-28&days=15');
    expect(due.json()).toMatchObject({ due: '2025-10-22' });
    const years = (await get('/api/v1/calendar/years')).json();
    expect(years.items.find((y: { year: number }) => y.year === 2025)).toMatchObject({
      replaced: true,
      version: 1,
    });
    const again = await admin.inject('PUT', '/api/v1/calendar/years/2025', {
      ...slim,
      source: '测试：第二次替换',
    });
    expect(again.json()).toMatchObject({ version: 2, source: '测试：第二次替换' });
    const audit = await sql<{ action: string; before_data: { source: string } }>`
      select action, before_data from audit_log where entity = 'calendar_year' and entity_id = '2025' order by id`.execute(
      t.handle.db,
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['replace', 'replace']);
    expect(audit.rows[0]!.before_data.source).toContain('chinese-days@');
    expect(audit.rows[1]!.before_data.source).toBe('测试：只放 10 月 1 日至 3 日');
  });
  it('two first replacements of the same year at once take turns: versions 1 and 2, create then replace', async () => {
    const body = (source: string) => ({
      source,
      holidays: ['01-01', '05-01', '10-01', '10-02', '10-03'].map((md) => ({
        date: `2028-${md}`,
        name: '节日',
      })),
      workdays: [],
    });
    const [a, b] = await Promise.all([
      admin.inject('PUT', '/api/v1/calendar/years/2028', body('甲')),
      admin.inject('PUT', '/api/v1/calendar/years/2028', body('乙')),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect([a.json().version, b.json().version].sort()).toEqual([1, 2]);
    const audit = await sql<{ action: string }>`
      select action from audit_log where entity = 'calendar_year' and entity_id = '2028' order by id`.execute(
      t.handle.db,
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['create', 'replace']);
  });
});

describe('loadCalendar', () => {
  it('sees a year written by another process on its next load (cache revalidated by version)', async () => {
    const db = t.handle.db;
    const before = await loadCalendar(db);
    expect(await loadCalendar(db)).toBe(before); // cached
    // Another server process replaces 2026 directly in the database.
    await db.transaction().execute(async (trx) => {
      await lockCalendarYear(trx, 2026);
      await saveCalendarYear(trx, {
        year: 2026,
        source: 'other process',
        holidays: ['01-01', '05-01', '10-01', '10-02', '10-03'].map((md) => ({
          date: `2026-${md}`,
          name: '节日',
        })),
        workdays: [],
      });
    });
    const after = await loadCalendar(db);
    expect(after).not.toBe(before);
    expect(after.years.get(2026)?.source).toBe('other process');
    expect(after.holidays.has('2026-02-17')).toBe(false);
    expect(after.replaced.get(2026)?.version).toBe(1);
  });
});
