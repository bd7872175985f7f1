// The demo world's violation cases (issue 13 point 6, demo/violations.ts): run through the case use cases,
// in every state a case can hold, with their effects where they bite — the banned candidate refused at
// an institution in another province, a certificate invalid on public lookup, 梵净 suspended in the
// directory and in the bad-credit register, a staff bar in the register, a data-access lead.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import { seedAll } from '../../src/persistence/seed/seed-all.js';
import { databaseFileStore } from '../../src/persistence/file-store.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { VIOLATIONS_STEP } from '../../src/persistence/seed/demo/violations.js';
import { listPublicEntries } from '../../src/persistence/directory.repository.js';
import { listPublishedDecisions } from '../../src/use-cases/violation-case/violation-lists.js';
import { readStanding } from '../../src/persistence/standing.repository.js';
import { chinaDate } from '../../src/workflows/deadline.js';
import { openTestDatabase } from '../support/test-database.js';
import { TEST_DATA_KEY } from '../support/test-app.js';

const personalData = createPersonalDataProtector(TEST_DATA_KEY);
let h: DatabaseHandle;
let loaded: string[];

beforeAll(async () => {
  h = await openTestDatabase();
  ({ loaded } = await seedAll(h.db, { demo: true, personalData, world: true, store: databaseFileStore() }));
}, 600_000);
afterAll(async () => h?.close());

describe('demo violation cases', () => {
  it('hold every state of the procedure', async () => {
    expect(loaded).toContain(VIOLATIONS_STEP);
    const cases = await h.db
      .selectFrom('cases')
      .select('state')
      .where('procedure', '=', 'violation-case')
      .execute();
    expect(new Set(cases.map((c) => c.state))).toEqual(
      new Set([
        'opened',
        'investigating',
        'notice_served',
        'decided',
        'in_force',
        'review_requested',
        'closed',
        'dropped',
      ]),
    );
  });

  it('梵净 is suspended by the decision, its directory entry says so, and it is in the bad-credit register', async () => {
    const inst = await h.db.selectFrom('institutions').select(['id', 'status']).where('name', '=', '铜仁市梵净职业技能评价中心').executeTakeFirstOrThrow(); // prettier-ignore
    expect(inst.status).toBe('suspended');
    expect((await readStanding(h.db, inst.id, null))?.status).toBe('suspended');
    const today = chinaDate(new Date());
    const all = await listPublicEntries(h.db, { today, q: '梵净' }, { page: 1, pageSize: 10 });
    expect(all.items[0]?.suspension).toMatchObject({ startsOn: '2026-09-14', dueOn: '2026-12-31' });
    const bad = await listPublishedDecisions(h.db, { badCredit: true, page: 1, pageSize: 20 });
    expect(bad.items.map((x) => x.institutionName)).toContain('铜仁市梵净职业技能评价中心');
  });

  it('persons are published by masked name only', async () => {
    const pub = await listPublishedDecisions(h.db, { page: 1, pageSize: 50 });
    const person = pub.items.find((x) => x.subjectKind === 'candidate');
    expect(person?.subjectName).toBe('谢**');
  });

  it('the decisions bite: bans in the register, a staff bar, an invalid certificate, a data-access lead', async () => {
    const bans = await h.db.selectFrom('evaluation_bans').select(['name', 'article']).where('decision_case_id', 'is not', null).execute(); // prettier-ignore
    expect(bans.map((b) => `${b.name} ${b.article}`).sort()).toEqual(expect.arrayContaining(['谢春花 7(5)']));
    expect(bans.some((b) => b.article === '7(4)')).toBe(true);
    const bars = await h.db.selectFrom('staff_sanctions').select('article').where('decision_case_id', 'is not', null).execute(); // prettier-ignore
    expect(bars.map((b) => b.article)).toEqual(['9(3)']);
    const invalid = await h.db
      .selectFrom('certificate_status_history')
      .select('decision_case_id')
      .where('decision_case_id', 'is not', null)
      .execute();
    expect(invalid.length).toBeGreaterThanOrEqual(1);
    const alerts = await h.db.selectFrom('data_access_alerts').select(['outcome']).execute();
    expect(alerts.length).toBeGreaterThanOrEqual(1);
  });
});
