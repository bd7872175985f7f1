// Evaluation sessions 评价批次 (issue 11 point 1) through the API on the test database: opening is
// refused with the article when mohrss-violations §14(2) (scope on every day of the session, the
// validity's last day and the day after it), §13(2) (own site, in the province of filing — for a branch,
// its own province), §13 (suspended) or §14 (exited) says so, and when the occupation's standard does not
// record the level's subjects (missing reference data, named as such); lists and gets are scoped, and a
// foreign session, site or branch answers exactly what a random id answers.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../support/test-app.js';
import { loginPersonas, seedPersonas, type Client, type Fixture, type Persona } from '../support/personas.js';
import { publishDirectoryEntry } from '../../src/use-cases/directory/publish-directory-entry.js';
import type { Database } from '../../src/persistence/database.js';
import { chinaDate } from '../../src/workflows/deadline.js';
import { addCalendarDays } from '../../src/calendar/calendar-days.js';
import { readyToClose } from '../support/session-fixture.js';

let t: TestApp;
let f: Fixture;
let as: Record<Persona, Client>;
let db: Database;
/** X's branch working in 杭州 (330100), filed there with its own directory entry. */
let zjBranch: string;
let zjBranchSite: string;

const OCC = '4-04-05-01';
const VALID_FROM = '2026-03-02';
const VALID_TO = '2029-03-01';

let serial = 0;
/** A filing of institution X (or of its branch) published in the directory through a case row. */
async function file(opts: {
  branchId?: string;
  jurisdiction: string;
  authorityId: string;
  scopes: { occupationCode: string; level: number }[];
}) {
  const caseId = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('cases')
      .values({
        id: caseId,
        procedure: 'session-test-filing',
        reference_no: `批次测试申〔2026〕${++serial}号`,
        institution_id: f.institutions.x,
        branch_id: opts.branchId ?? null,
        authority_id: opts.authorityId,
        jurisdiction_code: opts.jurisdiction,
        parent_case_id: null,
        state: 'filed',
        awaiting: null,
        snapshot: '{}',
        submitted_at: new Date(),
        closed_at: null,
        valid_from: null,
        valid_to: null,
        created_by: null,
      })
      .execute();
    await publishDirectoryEntry(
      trx,
      { caller: null },
      {
        institutionId: f.institutions.x,
        branchId: opts.branchId ?? null,
        caseId,
        procedure: 'session-test-filing',
        regime: 'mohrss-filing',
        filingCode: `批次测试备案码〔2026〕${serial}号`,
        validFrom: VALID_FROM,
        validTo: VALID_TO,
        scopes: opts.scopes,
        authorityId: opts.authorityId,
        citations: [{ source: 'mohrss-filing', article: '二', item: '十' }],
      },
    );
  });
}

const body = (over: Record<string, unknown> = {}) => ({
  siteId: f.sites.x,
  occupationCode: OCC,
  level: 3,
  startsOn: '2027-05-10',
  endsOn: '2027-05-11',
  ...over,
});

interface Problem {
  code: string;
  detail: string;
  findings?: { ruleId: string; passed: boolean; citationZh: string; values: Record<string, unknown> }[];
}
interface SessionView {
  id: string;
  version: number;
  status: string;
  subjects: string[];
  institutionId: string;
  opening: { asOf: string; outcome: string; findings: { ruleId: string; passed: boolean }[] };
  abilities: { close: boolean; cancel: boolean };
}

async function open(client: Client, b: Record<string, unknown>) {
  return client.inject('POST', '/api/v1/evaluation-sessions', b);
}
async function refused(client: Client, b: Record<string, unknown>): Promise<Problem> {
  const res = await open(client, b);
  expect(res.statusCode, res.body).toBe(422);
  return res.json<Problem>();
}

beforeAll(async () => {
  t = await openTestApp();
  db = t.handle.db;
  f = await seedPersonas(db);
  as = await loginPersonas(t.app, f);
  await db
    .updateTable('occupation_standards')
    .set({
      subjects_by_level: JSON.stringify({
        '3': ['theory', 'skills'],
        '2': ['theory', 'skills', 'comprehensive_review'],
      }),
    })
    .where('id', '=', f.standard)
    .execute();
  await file({
    jurisdiction: '520100',
    authorityId: f.authorities.guizhou,
    scopes: [
      { occupationCode: OCC, level: 3 },
      { occupationCode: OCC, level: 2 },
      { occupationCode: '4-03-02-01', level: 4 },
    ],
  });
  zjBranch = randomUUID();
  await db
    .insertInto('branches')
    .values({
      id: zjBranch,
      institution_id: f.institutions.x,
      name: '杭州分支',
      uscc: null,
      address: '杭州市西湖区某路 3 号',
      jurisdiction_code: '330100',
      status: 'active',
    })
    .execute();
  zjBranchSite = randomUUID();
  await db
    .insertInto('sites')
    .values({
      id: zjBranchSite,
      institution_id: f.institutions.x,
      branch_id: zjBranch,
      name: '杭州考点',
      address: '杭州市西湖区某路 5 号',
      tenure: 'owned',
      lease_start: null,
      lease_end: null,
      floor_area_m2: 200,
      functional_rooms: ['考务室'],
      desk_spacing_cm: 80,
    })
    .execute();
  await file({
    branchId: zjBranch,
    jurisdiction: '330100',
    authorityId: f.authorities.zhejiang,
    scopes: [{ occupationCode: OCC, level: 3 }],
  });
});
afterAll(async () => t?.close());

describe('opening a session within the filed scope', () => {
  it('opens it with the subjects of the standard and stores the findings of the check as of today', async () => {
    const res = await open(as.institutionX, body());
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json<SessionView>();
    expect(s.status).toBe('planned');
    expect(s.subjects).toEqual(['theory', 'skills']);
    expect(s.opening.asOf).toBe(chinaDate(new Date()));
    expect(s.opening.outcome).toBe('pass');
    expect(s.opening.findings.map((x) => x.ruleId)).toEqual([
      'mohrss-violations/14/2/session-scope',
      'mohrss-violations/13/2/session-site',
      'mohrss-violations/13/session-suspension',
      'mohrss-violations/14/session-termination',
    ]);
    // Planned for 2027: cancelled at any time, closed once its last day has come.
    expect(s.abilities).toEqual({ read: true, close: false, cancel: true });
    const audit = await db
      .selectFrom('audit_log')
      .select(['action'])
      .where('entity', '=', 'evaluation_session')
      .where('entity_id', '=', s.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['open']);
  });

  it('takes the comprehensive review the standard records for level 2', async () => {
    const res = await open(as.institutionX, body({ level: 2 }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<SessionView>().subjects).toEqual(['theory', 'skills', 'comprehensive_review']);
  });
});

describe('mohrss-violations §14(2): the occupation × level in the filed scope on every day of the session', () => {
  it('refuses an occupation the filing does not grant, citing §14(2) and listing only that finding', async () => {
    const p = await refused(as.institutionX, body({ occupationCode: '6-18-01-01' }));
    expect(p.code).toBe('SESSION_REFUSED');
    expect(p.detail).toContain('不在本机构的备案（遴选）范围内');
    expect(p.detail).toContain('第十四条第（二）项');
    expect(p.findings?.map((x) => x.ruleId)).toEqual(['mohrss-violations/14/2/session-scope']);
    expect(p.findings?.[0]?.values).toMatchObject({ occupationCode: '6-18-01-01', level: 3, granted: false });
  });

  it('refuses a level the filing does not grant for a granted occupation', async () => {
    const p = await refused(as.institutionX, body({ level: 4 }));
    expect(p.findings?.[0]?.values).toMatchObject({ level: 4, granted: false });
  });

  it('opens a session whose last day is the last day of the validity', async () => {
    const res = await open(as.institutionX, body({ startsOn: VALID_TO, endsOn: VALID_TO }));
    expect(res.statusCode, res.body).toBe(201);
  });

  it('refuses a session running into the day after the validity ends (lapsed filing)', async () => {
    const p = await refused(
      as.institutionX,
      body({ startsOn: VALID_TO, endsOn: addCalendarDays(VALID_TO, 1) }),
    );
    expect(p.detail).toContain('不覆盖批次');
    expect(p.findings?.[0]?.values).toMatchObject({
      granted: true,
      validity: [{ validFrom: VALID_FROM, validTo: VALID_TO }],
    });
  });

  it('refuses a session starting the day before the validity begins, and opens one on its first day', async () => {
    const before = addCalendarDays(VALID_FROM, -1);
    await refused(as.institutionX, body({ startsOn: before, endsOn: VALID_FROM }));
    const res = await open(as.institutionX, body({ startsOn: VALID_FROM, endsOn: VALID_FROM }));
    expect(res.statusCode, res.body).toBe(201);
  });

  it('grants nothing once the entry is withdrawn', async () => {
    const entry = await db
      .selectFrom('directory_entries')
      .select('id')
      .where('institution_id', '=', f.institutions.x)
      .where('branch_id', 'is', null)
      .executeTakeFirstOrThrow();
    await db
      .updateTable('directory_entries')
      .set({ withdrawn_on: '2026-06-01', withdrawn_at: new Date() })
      .where('id', '=', entry.id)
      .execute();
    try {
      const p = await refused(as.institutionX, body());
      expect(p.findings?.[0]?.values).toMatchObject({ granted: false });
    } finally {
      await db
        .updateTable('directory_entries')
        .set({ withdrawn_on: null, withdrawn_at: null })
        .where('id', '=', entry.id)
        .execute();
    }
  });
});

describe('mohrss-violations §13 and §14: suspended, terminated or exited institutions open no session', () => {
  const withStatus = async (status: 'suspended' | 'exited', run: () => Promise<void>) => {
    await db.updateTable('institutions').set({ status }).where('id', '=', f.institutions.x).execute();
    try {
      await run();
    } finally {
      await db
        .updateTable('institutions')
        .set({ status: 'active' })
        .where('id', '=', f.institutions.x)
        .execute();
    }
  };

  it('refuses while the institution is suspended (§13), read from the registry status', () =>
    withStatus('suspended', async () => {
      const p = await refused(as.institutionX, body());
      expect(p.findings?.map((x) => x.ruleId)).toEqual(['mohrss-violations/13/session-suspension']);
      expect(p.detail).toContain('暂停评价活动');
      expect(p.detail).toContain('第十三条');
    }));

  it('refuses after the filing was terminated or the institution exited (§14)', () =>
    withStatus('exited', async () => {
      const p = await refused(as.institutionX, body());
      expect(p.findings?.map((x) => x.ruleId)).toEqual(['mohrss-violations/14/session-termination']);
    }));

  it('a branch of a suspended institution stands suspended too', () =>
    withStatus('suspended', async () => {
      const p = await refused(as.institutionX, body({ branchId: zjBranch, siteId: zjBranchSite }));
      expect(p.findings?.map((x) => x.ruleId)).toEqual(['mohrss-violations/13/session-suspension']);
    }));
});

describe('mohrss-violations §13(2): at its own registered site, in the province where it is filed', () => {
  it("refuses another institution's site, and answers a random site id exactly the same", async () => {
    const foreign = await refused(as.institutionX, body({ siteId: f.sites.z }));
    const random = await refused(as.institutionX, body({ siteId: randomUUID() }));
    expect(foreign.findings?.map((x) => x.ruleId)).toEqual(['mohrss-violations/13/2/session-site']);
    expect(foreign.findings?.[0]?.values).toMatchObject({ ownSite: false });
    expect(foreign.detail).toContain('第十三条第（二）项');
    expect(random.detail).toBe(foreign.detail);
    expect(random.findings).toEqual(foreign.findings);
  });

  it("opens a session of the Zhejiang branch, under the branch's own filing, at the branch's site", async () => {
    const res = await open(as.institutionX, body({ branchId: zjBranch, siteId: zjBranchSite }));
    expect(res.statusCode, res.body).toBe(201);
  });

  it("refuses the Zhejiang branch's session at the institution's Guizhou site (another province)", async () => {
    const p = await refused(as.institutionX, body({ branchId: zjBranch, siteId: f.sites.x }));
    expect(p.findings?.map((x) => x.ruleId)).toEqual(['mohrss-violations/13/2/session-site']);
    expect(p.findings?.[0]?.values).toMatchObject({ ownSite: true, siteProvince: '52', filedProvince: '33' });
    expect(p.detail).toContain('须由分支机构在当地备案');
  });

  it("refuses the institution's own session at its branch's site in another province", async () => {
    const p = await refused(as.institutionX, body({ siteId: zjBranchSite }));
    expect(p.findings?.[0]?.values).toMatchObject({ siteProvince: '33', filedProvince: '52' });
  });

  it('the branch is refused what only the institution was granted (§14(2), its own entry)', async () => {
    const p = await refused(as.institutionX, body({ branchId: zjBranch, siteId: zjBranchSite, level: 2 }));
    expect(p.findings?.map((x) => x.ruleId)).toEqual(['mohrss-violations/14/2/session-scope']);
  });
});

describe('subjects come from the occupation standard, never invented', () => {
  it('refuses a level whose subjects the standard does not record, naming who records them; opens once recorded', async () => {
    // X is granted 中式烹调师 level 4; the test standard of 4-03-02-01 records no subjects.
    const std = await t.app.inject({
      method: 'GET',
      url: '/api/v1/occupation-standards?occupationCode=4-03-02-01',
    });
    expect(std.json<{ total: number }>().total).toBe(0);
    const none = await refused(as.institutionX, body({ occupationCode: '4-03-02-01', level: 4 }));
    expect(none.code).toBe('SUBJECTS_NOT_RECORDED');
    expect(none.detail).toContain('尚未登记国家职业技能标准');
    expect(none.detail).toContain('人力资源社会保障部门');

    const created = await as.provinceA.inject('POST', '/api/v1/occupation-standards', {
      occupationCode: '4-03-02-01',
      kind: 'national_standard',
      title: '中式烹调师国家职业技能标准',
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id, version } = created.json<{ id: string; version: number }>();
    const notYet = await refused(as.institutionX, body({ occupationCode: '4-03-02-01', level: 4 }));
    expect(notYet.code).toBe('SUBJECTS_NOT_RECORDED');
    expect(notYet.detail).toContain('「中式烹调师国家职业技能标准」尚未登记四级的评价科目');

    const patched = await as.provinceA.inject('PATCH', `/api/v1/occupation-standards/${id}`, {
      version,
      subjectsByLevel: { '4': ['theory', 'skills'] },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json<{ subjectsByLevel: unknown }>().subjectsByLevel).toEqual({
      '4': ['theory', 'skills'],
    });
    const res = await open(as.institutionX, body({ occupationCode: '4-03-02-01', level: 4 }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<SessionView>().subjects).toEqual(['theory', 'skills']);
  });

  it('refuses subjects that are not theory, skills or comprehensive review, or repeated', async () => {
    const bad = await as.provinceA.inject('PATCH', `/api/v1/occupation-standards/${f.standard}`, {
      version: 1,
      subjectsByLevel: { '3': ['interview'] },
    });
    expect(bad.statusCode).toBe(400);
    const twice = await as.provinceA.inject('PATCH', `/api/v1/occupation-standards/${f.standard}`, {
      version: 1,
      subjectsByLevel: { '3': ['theory', 'theory'] },
    });
    expect(twice.statusCode).toBe(400);
  });
});

describe('who opens, who sees', () => {
  it("lists the institution's and its branches' live grants with validity, and its sites, for the form", async () => {
    const res = await as.institutionX.inject('GET', '/api/v1/evaluation-sessions/opening-options');
    expect(res.statusCode, res.body).toBe(200);
    const o = res.json<{
      openers: {
        branchId: string | null;
        jurisdictionCode: string;
        grants: { occupationCode: string; level: number; validTo: string | null }[];
      }[];
      sites: { id: string; branchId: string | null }[];
    }>();
    // The institution first, then its branches (in name order, whatever the collation).
    expect(o.openers[0]).toMatchObject({ branchId: null, jurisdictionCode: '520100' });
    expect(o.openers.map((x) => [x.branchId, x.jurisdictionCode])).toEqual(
      expect.arrayContaining([
        [f.branches.x, '520100'],
        [zjBranch, '330100'],
      ]),
    );
    expect(o.openers[0]!.grants).toContainEqual(
      expect.objectContaining({ occupationCode: OCC, level: 3, validTo: VALID_TO }),
    );
    expect(o.openers.find((x) => x.branchId === zjBranch)!.grants.map((g) => g.level)).toEqual([3]);
    expect(o.sites.map((x) => x.id)).toEqual(expect.arrayContaining([f.sites.x, zjBranchSite]));
    expect(o.sites.map((x) => x.id)).not.toContain(f.sites.z);
    expect((await as.provinceA.inject('GET', '/api/v1/evaluation-sessions/opening-options')).statusCode).toBe(
      403,
    );
  });

  it('only institution staff open sessions; input is validated at the edge', async () => {
    for (const p of ['national', 'provinceA', 'expert', 'sysadmin'] as const)
      expect((await open(as[p], body())).statusCode).toBe(403);
    expect((await open(as.anonymous, body())).statusCode).toBe(401);
    expect((await open(as.institutionX, body({ endsOn: '2027-05-09' }))).statusCode).toBe(400);
    expect((await open(as.institutionX, body({ level: 6 }))).statusCode).toBe(400);
    expect((await open(as.institutionX, body({ extra: 1 }))).statusCode).toBe(400);
  });

  it("another institution naming X's branch is answered like a random branch id", async () => {
    const foreign = await open(as.institutionY, body({ branchId: zjBranch }));
    const random = await open(as.institutionY, body({ branchId: randomUUID() }));
    expect(foreign.statusCode).toBe(404);
    expect(random.statusCode).toBe(404);
    expect(foreign.json<Problem>().code).toBe(random.json<Problem>().code);
  });

  it('scopes lists and gets: own institution, supervising province, the branch’s province; others as random ids', async () => {
    const list = async (p: Persona) =>
      (await as[p].inject('GET', '/api/v1/evaluation-sessions?pageSize=100')).json<{
        items: { id: string; institutionId: string; branchId: string | null }[];
      }>().items;
    const mine = await list('institutionX');
    expect(mine.length).toBeGreaterThan(3);
    expect(mine.every((s) => s.institutionId === f.institutions.x)).toBe(true);
    expect(await list('institutionY')).toEqual([]);
    expect((await list('provinceA')).length).toBe(mine.length);
    // Zhejiang supervises what X's Zhejiang branch does there, and nothing else of X.
    const zj = await list('provinceB');
    expect(zj.length).toBeGreaterThan(0);
    expect(zj.every((s) => s.branchId === zjBranch)).toBe(true);

    const hqSession = mine.find((s) => s.branchId === null)!;
    const branchSession = mine.find((s) => s.branchId === zjBranch)!;
    const get = (p: Persona, id: string) => as[p].inject('GET', `/api/v1/evaluation-sessions/${id}`);
    expect((await get('provinceA', hqSession.id)).statusCode).toBe(200);
    expect((await get('provinceB', branchSession.id)).statusCode).toBe(200);
    for (const p of ['provinceB', 'institutionY', 'expert'] as const) {
      const foreign = await get(p, hqSession.id);
      const random = await get(p, randomUUID());
      expect(foreign.statusCode).toBe(404);
      expect(foreign.json<Problem>().code).toBe(random.json<Problem>().code);
      expect(foreign.json<Problem>().detail).toBe(random.json<Problem>().detail);
    }
    const filtered = (
      await as.institutionX.inject('GET', `/api/v1/evaluation-sessions?branchId=${zjBranch}&status=planned`)
    ).json<{ items: { branchId: string }[] }>().items;
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((s) => s.branchId === zjBranch)).toBe(true);
  });
});

describe('closing and cancelling', () => {
  const today = () => chinaDate(new Date());

  it('closes a session once its last day has come; not before, not twice; not by an authority', async () => {
    const held = await open(as.institutionX, body({ startsOn: today(), endsOn: today() }));
    expect(held.statusCode, held.body).toBe(201);
    const s = held.json<SessionView>();
    await readyToClose(db, s.id, f.institutions.x); // staff and pass marks: tests/http/results.test.ts
    expect(
      (await as.provinceA.inject('POST', `/api/v1/evaluation-sessions/${s.id}/close`, { version: s.version }))
        .statusCode,
    ).toBe(403);
    const closed = await as.institutionX.inject('POST', `/api/v1/evaluation-sessions/${s.id}/close`, {
      version: s.version,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json<SessionView>()).toMatchObject({
      status: 'closed',
      abilities: { close: false, cancel: false },
    });
    const again = await as.institutionX.inject('POST', `/api/v1/evaluation-sessions/${s.id}/close`, {
      version: s.version + 1,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<Problem>().code).toBe('SESSION_NOT_PLANNED');

    const later = (await open(as.institutionX, body())).json<SessionView>();
    const early = await as.institutionX.inject('POST', `/api/v1/evaluation-sessions/${later.id}/close`, {
      version: later.version,
    });
    expect(early.statusCode).toBe(422);
    expect(early.json<Problem>().code).toBe('SESSION_NOT_ENDED');
  });

  it('cancels a planned session with its reason; a stale version gets 409', async () => {
    const s = (await open(as.institutionX, body())).json<SessionView>();
    const stale = await as.institutionX.inject('POST', `/api/v1/evaluation-sessions/${s.id}/cancel`, {
      version: s.version + 1,
      reason: '场地检修',
    });
    expect(stale.statusCode).toBe(409);
    const ok = await as.institutionX.inject('POST', `/api/v1/evaluation-sessions/${s.id}/cancel`, {
      version: s.version,
      reason: '场地检修，本批次不再举行',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<{ status: string; cancelReason: string }>()).toMatchObject({
      status: 'cancelled',
      cancelReason: '场地检修，本批次不再举行',
    });
    const actions = await db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', s.id)
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['open', 'cancel']);
  });
});
