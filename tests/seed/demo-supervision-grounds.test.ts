// The demo's 1+X supervision (issue 14 points 3–5, 9; demo/supervision-grounds.ts): 杭州数智's programme
// operations, the office's indicator set, a 2025 rating with one D under rectification, and each activity
// ground of 1x-exit §5 raised exactly once in the office's queue 监管依据 — which then opens a violation
// case in one action; the organisation reads its own records and confirmed ratings, nobody else does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import { seedAll } from '../../src/persistence/seed/seed-all.js';
import { databaseFileStore } from '../../src/persistence/file-store.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { SUPERVISION_GROUNDS_STEP } from '../../src/persistence/seed/demo/supervision-grounds.js';
import { demoActor } from '../../src/persistence/seed/demo/demo-actor.js';
import { listGrounds } from '../../src/use-cases/supervision-grounds/list-grounds.js';
import { actOnGround } from '../../src/use-cases/supervision-grounds/act-on-ground.js';
import { listRatings } from '../../src/use-cases/monitoring-ratings/rating-runs.js';
import { listProgrammeOperations } from '../../src/use-cases/programme-operations/programme-operations.js';
import { procedures } from '../../src/use-cases/workflow/procedure-registry.js';
import { loadCalendar } from '../../src/persistence/calendar.repository.js';
import { chinaDate } from '../../src/workflows/deadline.js';
import { openTestDatabase } from '../support/test-database.js';
import { TEST_DATA_KEY } from '../support/test-app.js';

const personalData = createPersonalDataProtector(TEST_DATA_KEY);
let h: DatabaseHandle;
let loaded: string[];

beforeAll(async () => {
  h = await openTestDatabase();
  ({ loaded } = await seedAll(h.db, { demo: true, personalData, world: true, store: databaseFileStore() }));
}, 900_000);
afterAll(async () => h?.close());

describe('demo supervision grounds', () => {
  it('raise each activity ground of 1x-exit §5 exactly once for the 1+X office, with its evidence', async () => {
    expect(loaded).toContain(SUPERVISION_GROUNDS_STEP);
    const jco = await demoActor(h.db, 'jco');
    const { items } = await listGrounds(h.db, jco, chinaDate(new Date()));
    const oneX = items.filter((g) => g.ruleId.startsWith('1x-exit/'));
    const count = (rule: string) => oneX.filter((g) => g.ruleId === rule).length;
    for (const rule of ['1x-exit/5/2', '1x-exit/5/3', '1x-exit/5/4/evaluations', '1x-exit/5/4/schools'])
      expect(count(rule), rule).toBe(1);
    expect(count('1x-exit/5/6')).toBe(0); // the D is still within its deadline
    const schools = oneX.find((g) => g.ruleId === '1x-exit/5/4/schools')!;
    expect(schools).toMatchObject({
      programmeName: '大数据应用开发（Python）',
      since: '2024-09-01',
      state: 'open',
    });
    expect(schools.evidence.map((e) => e.kind)).toEqual(['approval', 'operation:school_implementation']);
    expect(oneX.find((g) => g.ruleId === '1x-exit/5/2')?.since).toBe('2023-06-08');
  });

  it('the office rated 2025 with one D under rectification, every input shown; the organisation sees its own', async () => {
    const jco = await demoActor(h.db, 'jco');
    const { runs } = await listRatings(h.db, jco);
    const ratings = runs[0]!.ratings;
    const d = ratings.filter((r) => r.grade === 'D');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ programmeName: '云计算平台运维与开发', rectificationStatus: 'open' });
    expect(d[0]!.rectificationDeadline! > chinaDate(new Date())).toBe(true);
    expect(d[0]!.inputs).toHaveLength(7);
    const org = await demoActor(h.db, 'inst_sz');
    expect((await listRatings(h.db, org)).runs[0]!.ratings.length).toBe(ratings.length);
    const ops = await listProgrammeOperations(h.db, org, org.institutionId!);
    expect(ops.mayRecord).toBe(true);
    expect(ops.items.length).toBeGreaterThanOrEqual(18);
    // A provincial authority is not the office: the organisation answers as a random id would.
    await expect(
      listProgrammeOperations(h.db, await demoActor(h.db, 'zhejiang'), org.institutionId!),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('one action opens a violation case on the §5(4) ground, and the queue shows it acted, once', async () => {
    const jco = await demoActor(h.db, 'jco');
    const today = chinaDate(new Date());
    const g = (await listGrounds(h.db, jco, today)).items.find(
      (x) => x.ruleId === '1x-exit/5/4/evaluations',
    )!;
    const ctx = {
      db: h.db,
      store: databaseFileStore(),
      caller: jco,
      procedures,
      calendar: await loadCalendar(h.db),
    };
    const r = await actOnGround(ctx, today, {
      key: g.key,
      action: 'violation_case',
      reason: '连续两年无人报名，立案调查',
    });
    const c = await h.db
      .selectFrom('cases')
      .select(['procedure', 'snapshot'])
      .where('id', '=', r.caseId!)
      .executeTakeFirstOrThrow();
    expect(c.procedure).toBe('violation-case');
    expect((c.snapshot as { origin: string }).origin).toBe('ground');
    const after = (await listGrounds(h.db, jco, today)).items.find((x) => x.key === g.key)!;
    expect(after).toMatchObject({ state: 'acted', action: 'violation_case', caseId: r.caseId });
    await expect(
      actOnGround(ctx, today, { key: g.key, action: 'dismiss', reason: '重复' }),
    ).rejects.toMatchObject({ status: 409 });
  });
});
