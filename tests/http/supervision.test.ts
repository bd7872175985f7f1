// 1+X programme operations, the grounds queue and monitoring ratings over HTTP (issue 14 points 3–5,
// docs/decisions/0040): the organisation keeps its records, its office reads them, anyone else gets 404;
// bad details answer problem+json naming the field; grounds are acted on once (409 after); a D is
// confirmed only with a deadline and opens a rectification order the organisation then sees.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, login, type Session, type TestApp } from '../support/test-app.js';
import { createAuthorityUser, FIXTURE_PASSWORD } from '../support/fixtures.js';
import { hashPassword } from '../../src/identity/password.js';
import { chinaDate } from '../../src/workflows/deadline.js';
import { addCalendarDays } from '../../src/calendar/calendar-days.js';

let t: TestApp;
let office: Session;
let other: Session;
let org: Session;
let orgId: string;

beforeAll(async () => {
  t = await openTestApp(async (h) => {
    const db = h.db;
    const { authorityId } = await createAuthorityUser(db, 'office');
    await createAuthorityUser(db, 'other');
    await db.insertInto('jurisdictions').values({ code: '000000', name: '全国', level: 'national', parent_code: null, source: 'GB/T 2260' }).onConflict((oc) => oc.doNothing()).execute(); // prettier-ignore
    await db.updateTable('authorities').set({ kind: 'joint_conference_office', jurisdiction_code: '000000' }).where('id', '=', authorityId).execute(); // prettier-ignore
    orgId = randomUUID();
    await db.insertInto('institutions').values({ id: orgId, name: '测试培训评价组织', kind: 'training_org', uscc: '91110108MA01TEST01', legal_representative: '王某', address: '北京', jurisdiction_code: '520000', authority_id: authorityId, status: 'active' }).execute(); // prettier-ignore
    const batch = randomUUID();
    await db.insertInto('filing_import_batches').values({ id: batch, file_name: 'x.csv', file_sha256: '0'.repeat(64), imported_on: '2020-01-01', rows_total: 1, inserted: 1, updated: 0, unchanged: 0 }).execute(); // prettier-ignore
    const entry = randomUUID();
    await db.insertInto('directory_entries').values({ id: entry, institution_id: orgId, branch_id: null, case_id: null, import_batch_id: batch, procedure: '1x-selection', regime: '1x-selection', filing_code: 'T-1', institution_name: '测试培训评价组织', institution_kind: 'training_org', jurisdiction_code: '520000', authority_id: authorityId, valid_from: '2021-03-01', valid_to: null, citations: '[]', published_on: '2021-03-01' } as never).execute(); // prettier-ignore
    await db.insertInto('directory_entry_programmes').values({ entry_id: entry, seq: 1, name: '测试证书', code: null } as never).execute(); // prettier-ignore
    await db.insertInto('users').values({ id: randomUUID(), username: 'orgstaff', display_name: 'orgstaff', password_hash: await hashPassword(FIXTURE_PASSWORD), role: 'institution_staff', authority_id: null, institution_id: orgId, expert_id: null }).execute(); // prettier-ignore
  });
  office = await login(t.app, 'office', FIXTURE_PASSWORD);
  other = await login(t.app, 'other', FIXTURE_PASSWORD);
  org = await login(t.app, 'orgstaff', FIXTURE_PASSWORD);
}, 60_000);
afterAll(async () => t?.close());

describe('1x-selection §17–24, §28: programme operations', () => {
  it('the organisation records; bad details are refused naming the field; nothing else changes', async () => {
    const ok = await org.inject('POST', `/api/v1/programme-operations/${orgId}`, { kind: 'evaluation', programmeSeq: 1, occurredOn: '2025-06-01', details: { candidates: 10, passed: 8, site: null } }); // prettier-ignore
    expect(ok.statusCode).toBe(201);
    const bad = await org.inject('POST', `/api/v1/programme-operations/${orgId}`, { kind: 'evaluation', programmeSeq: 1, occurredOn: '2025-06-02', details: { candidates: -1 } }); // prettier-ignore
    expect(bad.statusCode).toBe(422);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json()).toMatchObject({ code: 'DETAILS_INVALID' });
    const noProgramme = await org.inject('POST', `/api/v1/programme-operations/${orgId}`, { kind: 'evaluation', programmeSeq: null, occurredOn: '2025-06-02', details: { candidates: 1, passed: null, site: null } }); // prettier-ignore
    expect(noProgramme.statusCode).toBe(422);
    const list = (await org.inject('GET', `/api/v1/programme-operations/${orgId}`)).json();
    expect(list.items).toHaveLength(1);
  });
  it('the office reads but does not record; another authority gets what a random id gets', async () => {
    const read = await office.inject('GET', `/api/v1/programme-operations/${orgId}`);
    expect(read.json()).toMatchObject({ mayRecord: false, organisation: { approvedOn: '2021-03-01' } });
    const write = await office.inject('POST', `/api/v1/programme-operations/${orgId}`, { kind: 'evaluation', programmeSeq: 1, occurredOn: '2025-06-01', details: { candidates: 1, passed: null, site: null } }); // prettier-ignore
    expect(write.statusCode).toBe(403);
    const foreign = await other.inject('GET', `/api/v1/programme-operations/${orgId}`);
    const random = await other.inject('GET', `/api/v1/programme-operations/${randomUUID()}`);
    expect([foreign.statusCode, random.statusCode]).toEqual([404, 404]);
    expect(foreign.json().code).toBe(random.json().code);
  });
});

describe('1x-exit §5: the grounds queue', () => {
  it('raises §5(2) (started 2025, approved 2021), §5(3) and §5(4) schools for the office only', async () => {
    const g = (await office.inject('GET', '/api/v1/supervision-grounds?state=open')).json();
    const rules = g.items.map((i: { ruleId: string }) => i.ruleId).sort();
    // and mohrss-violations §13(3)/§14(7): the last evaluation record (2025-06-01) is more than a year old.
    expect(rules).toEqual(['1x-exit/5/2', '1x-exit/5/3', '1x-exit/5/4/schools', 'mohrss-violations/14/7']);
    // The province sees the §13(3)/§14(7) ground of an institution in its territory, never the office's §5.
    const theirs = (await other.inject('GET', '/api/v1/supervision-grounds')).json().items;
    expect(theirs.map((i: { ruleId: string }) => i.ruleId)).toEqual(['mohrss-violations/14/7']);
  });
  it('a ground is acted on once: dismissed with a reason, then 409; a rectification needs its deadline', async () => {
    const items = (await office.inject('GET', '/api/v1/supervision-grounds')).json().items as { key: string; ruleId: string }[];
    const start = items.find((i) => i.ruleId === '1x-exit/5/2')!;
    const first = await office.inject('POST', '/api/v1/supervision-grounds/act', { key: start.key, action: 'dismiss', reason: '已核实系试点推迟' });
    expect(first.statusCode).toBe(200);
    const again = await office.inject('POST', '/api/v1/supervision-grounds/act', { key: start.key, action: 'dismiss', reason: '重复' });
    expect(again.statusCode).toBe(409);
    const upd = items.find((i) => i.ruleId === '1x-exit/5/3')!;
    const noDeadline = await office.inject('POST', '/api/v1/supervision-grounds/act', { key: upd.key, action: 'rectification', reason: '限期更新' });
    expect(noDeadline.statusCode).toBe(422);
    const rect = await office.inject('POST', '/api/v1/supervision-grounds/act', { key: upd.key, action: 'rectification', reason: '限期更新', deadline: addCalendarDays(chinaDate(new Date()), 30) });
    expect(rect.statusCode).toBe(200);
    const states = (await office.inject('GET', '/api/v1/supervision-grounds')).json().items.map((i: { ruleId: string; state: string; action: string | null }) => `${i.ruleId}:${i.state}:${i.action}`).sort();
    expect(states).toEqual(['1x-exit/5/2:dismissed:null', '1x-exit/5/3:acted:rectification', '1x-exit/5/4/schools:open:null', 'mohrss-violations/14/7:open:null']);
    const byOther = await other.inject('POST', '/api/v1/supervision-grounds/act', { key: items.find((i) => i.ruleId === '1x-exit/5/4/schools')!.key, action: 'dismiss', reason: '他人' });
    expect(byOther.statusCode).toBe(404);
  }); // prettier-ignore
});

describe('1x-selection §27, 1x-exit §5(6): monitoring ratings', () => {
  it('a versioned indicator set, a run with inputs, a D confirmed only with a deadline; the organisation sees it', async () => {
    const set = { effectiveFrom: '2024-01-01', indicators: [{ name: '考核人数', source: 'candidates', weight: 1, target: 500, penalty: null }], bands: { A: 90, B: 75, C: 60 }, reason: '测试' }; // prettier-ignore
    expect((await office.inject('POST', '/api/v1/rating-indicator-sets', set)).statusCode).toBe(201);
    expect((await office.inject('POST', '/api/v1/rating-indicator-sets', set)).statusCode).toBe(422); // not after v1
    const badBands = await office.inject('POST', '/api/v1/rating-indicator-sets', { ...set, effectiveFrom: '2025-01-01', bands: { A: 50, B: 75, C: 60 } });
    expect(badBands.statusCode).toBe(422);
    expect((await office.inject('POST', '/api/v1/rating-runs', { periodFrom: '2025-01-01', periodTo: '2025-12-31' })).statusCode).toBe(201);
    const run = (await office.inject('GET', '/api/v1/ratings')).json().runs[0];
    const d = run.ratings.find((r: { programmeSeq: number | null }) => r.programmeSeq === 1);
    expect(d).toMatchObject({ grade: 'D', score: 2, inputs: [{ source: 'candidates', raw: 10, score: 2 }] });
    expect((await org.inject('GET', '/api/v1/ratings')).json().runs).toEqual([]); // not confirmed yet
    expect((await office.inject('POST', `/api/v1/ratings/${d.id}/confirm`, {})).statusCode).toBe(422);
    const deadline = addCalendarDays(chinaDate(new Date()), 30);
    const ok = await office.inject('POST', `/api/v1/ratings/${d.id}/confirm`, { deadline });
    expect(ok.json().rectificationId).toBeTruthy();
    const mine = (await org.inject('GET', '/api/v1/ratings')).json().runs[0].ratings;
    expect(mine.find((r: { id: string }) => r.id === d.id)).toMatchObject({ rectificationDeadline: deadline, rectificationStatus: 'open' });
    expect((await other.inject('GET', '/api/v1/ratings')).json().runs).toEqual([]);
  }); // prettier-ignore
});
