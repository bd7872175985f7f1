// Demo step 'demo/reentry-bars' (issue 15 point 7): with no re-entry bar in force it does nothing and claims
// nothing; with a barred entity that has no login, the administrator's account use case makes `inst_barred`
// for it with the demo password (no change required at first login), once — and that account's application
// to an open recruitment call is refused with the bar (1x-exit §10).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../src/calendar/calendar-days.js';
import { verifyPassword } from '../../src/identity/password.js';
import { applyExit } from '../../src/use-cases/exits/apply-exit.js';
import { selection1xProcedure } from '../../src/use-cases/selection-1x/procedure.js';
import { exampleApplication } from '../../src/workflows/selection-1x/example.test-support.js';
import { demoActor } from '../../src/persistence/seed/demo/demo-actor.js';
import { DEMO_PASSWORD } from '../../src/persistence/seed/demo/accounts.js';
import { BARRED_USERNAME, runReentryBarsDemo } from '../../src/persistence/seed/demo/reentry-bars.js';
import { chinaDate } from '../../src/workflows/deadline.js';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import { openTestDatabase } from '../support/test-database.js';
import { makeUscc, seedPersonas, type Fixture } from '../support/personas.js';

let handle: DatabaseHandle;
let f: Fixture;
const TODAY = chinaDate(new Date());

beforeAll(async () => {
  handle = await openTestDatabase();
  f = await seedPersonas(handle.db);
  await handle.db
    .insertInto('users')
    .values({
      id: randomUUID(),
      username: 'admin',
      display_name: '系统管理员',
      password_hash: 'x',
      role: 'sysadmin',
    })
    .execute();
});
afterAll(() => handle.close());

describe('demo/reentry-bars', () => {
  it('does nothing while no bar is in force, and claims nothing', async () => {
    await expect(runReentryBarsDemo(handle.db)).resolves.toBe(false);
    const claimed = await handle.db
      .selectFrom('seed_runs')
      .select('name')
      .where('name', '=', 'demo/reentry-bars')
      .execute();
    expect(claimed).toEqual([]);
  });

  it('makes a login for a barred entity without one, whose application to an open call is refused', async () => {
    const barred = randomUUID();
    await handle.db
      .insertInto('institutions')
      .values({
        id: barred,
        name: '演示退出评价组织',
        kind: 'training_org',
        uscc: makeUscc('520100'),
        legal_representative: '周八',
        address: '贵阳市',
        jurisdiction_code: '520100',
        authority_id: null,
      })
      .execute();
    await handle.db.transaction().execute((trx) =>
      applyExit(
        trx,
        { caller: null },
        {
          institutionId: barred,
          entryId: null,
          regime: '1x-exit',
          route: 'voluntary',
          scope: { kind: 'institution' },
          terminatedOn: addCalendarDays(TODAY, -30),
          wrapUpDue: null,
          caseId: null,
          authorityId: f.authorities.national,
          reason_zh: '依申请退出',
          citations: [{ source: '1x-exit', article: 6 }],
          reentryBar: 'voluntary',
        },
      ),
    );
    await expect(runReentryBarsDemo(handle.db)).resolves.toBe(true);
    const user = await handle.db
      .selectFrom('users')
      .select(['institution_id', 'password_hash', 'must_change_password', 'role'])
      .where('username', '=', BARRED_USERNAME)
      .executeTakeFirstOrThrow();
    expect(user).toMatchObject({
      institution_id: barred,
      must_change_password: false,
      role: 'institution_staff',
    });
    await expect(verifyPassword(user.password_hash, DEMO_PASSWORD)).resolves.toBe(true);
    // Once: a second start finds the login and makes nothing.
    await expect(runReentryBarsDemo(handle.db)).resolves.toBe(false);

    const callId = randomUUID();
    await handle.db
      .insertInto('recruitment_calls')
      .values({
        id: callId,
        authority_id: f.authorities.national,
        title: '招募公告',
        batch: '演示',
        description: null,
        open_on: addCalendarDays(TODAY, -5),
        close_on: addCalendarDays(TODAY, 40),
        status: 'published',
        published_on: addCalendarDays(TODAY, -5),
        created_by: null,
      })
      .execute();
    await handle.db
      .insertInto('call_fields')
      .values({ call_id: callId, position: 1, name: '现代信息技术', description: null })
      .execute();
    await expect(
      selection1xProcedure.resolveOpen(handle.db, await demoActor(handle.db, BARRED_USERNAME), {
        callId,
        ...exampleApplication(TODAY),
      }),
    ).rejects.toMatchObject({ status: 422, code: 'REENTRY_BARRED' });
  });
});
