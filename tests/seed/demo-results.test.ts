// The demo's held sessions get staff, candidates and results through the use cases and are closed by
// their institutions (issue 11 points 3, 4, demo/results.ts): passed and failed candidates, an absence, a
// §5 cancellation; 黔康's level-4 session staffed with an assessor holding exactly that level; the staff-
// sanction register with revoked cards in both provinces, whose holders are then refused (§10).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/domain/errors.js';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import { seedAll } from '../../src/persistence/seed/seed-all.js';
import { databaseFileStore } from '../../src/persistence/file-store.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { demoActor } from '../../src/persistence/seed/demo/demo-actor.js';
import { RESULTS_STEP } from '../../src/persistence/seed/demo/results.js';
import { getSessionResults } from '../../src/use-cases/results/session-results.js';
import { assignSessionStaff } from '../../src/use-cases/session-staff/session-staff.js';
import { openTestDatabase } from '../support/test-database.js';
import { TEST_DATA_KEY } from '../support/test-app.js';

const personalData = createPersonalDataProtector(TEST_DATA_KEY);
let h: DatabaseHandle;
let loaded: string[];

beforeAll(async () => {
  h = await openTestDatabase();
  // The 100,000 certificates of the history are not this test's (tests/seed for certificate-history).
  await h.db.insertInto('seed_runs').values({ name: 'demo/certificate-history' }).execute();
  ({ loaded } = await seedAll(h.db, { demo: true, personalData, world: true, store: databaseFileStore() }));
}, 600_000);
afterAll(async () => h?.close());

const ctxOf = async (username: string) => ({
  db: h.db,
  caller: await demoActor(h.db, username),
  personalData,
});

describe('demo results', () => {
  it('closes the held sessions of 黔康 and 钱塘 with passed and failed candidates', async () => {
    expect(loaded).toContain(RESULTS_STEP);
    // Other stories (the exits' wrap-up) close sessions of their own institutions.
    const closed = await h.db
      .selectFrom('evaluation_sessions')
      .select(['id', 'institution_id'])
      .where('status', '=', 'closed')
      .where(
        'institution_id',
        'in',
        h.db.selectFrom('users').select('institution_id').where('username', 'in', ['inst_qk', 'inst_qt']),
      )
      .execute();
    expect(closed).toHaveLength(3);
    let passed = 0;
    let failed = 0;
    for (const s of closed) {
      const inst = await h.db
        .selectFrom('users')
        .select('username')
        .where('institution_id', '=', s.institution_id)
        .where('username', 'in', ['inst_qk', 'inst_qt'])
        .executeTakeFirstOrThrow();
      const r = await getSessionResults(await ctxOf(inst.username), s.id);
      expect(r.counts.undecided).toBe(0);
      passed += r.counts.passed;
      failed += r.counts.failed;
    }
    expect(passed).toBeGreaterThan(0);
    expect(failed).toBeGreaterThan(0);
    const cancelled = await h.db
      .selectFrom('subject_results')
      .select('cancel_article')
      .where('outcome', '=', 'cancelled')
      .execute();
    expect(cancelled.map((c) => c.cancel_article)).toContain('5(1)');
  });

  it('the revoked assessor card of 胡艳 (zhejiang) refuses her on 钱塘’s planned session (§10)', async () => {
    const qt = await ctxOf('inst_qt');
    const planned = await h.db
      .selectFrom('evaluation_sessions')
      .select('id')
      .where('institution_id', '=', qt.caller.institutionId!)
      .where('status', '=', 'planned')
      .executeTakeFirstOrThrow();
    const hu = await h.db
      .selectFrom('staff')
      .select('id')
      .where('name', '=', '胡艳')
      .where('institution_id', '=', qt.caller.institutionId!)
      .executeTakeFirstOrThrow();
    const err = await assignSessionStaff(qt, planned.id, { staffId: hu.id, duty: 'assessor' }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).detail).toMatch(/考评人员证书已被吊销|不具有/);
  });
});
