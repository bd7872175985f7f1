// The filed demo institutions hold evaluation sessions opened, closed and cancelled by their own staff
// through the use cases (issue 11 point 1, demo/evaluation-sessions.ts): each passed the opening check of
// mohrss-violations §13–14 and took its subjects from the occupation's standard; a demo database made
// before the standards recorded subjects gets them recorded by the national centre first, audited.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/persistence/database.js';
import { seedAll } from '../../src/persistence/seed/seed-all.js';
import { databaseFileStore } from '../../src/persistence/file-store.js';
import { createPersonalDataProtector } from '../../src/identity/personal-data.js';
import { demoActor } from '../../src/persistence/seed/demo/demo-actor.js';
import {
  DEMO_SESSIONS,
  EVALUATION_SESSIONS_STEP,
  runEvaluationSessionsDemo,
} from '../../src/persistence/seed/demo/evaluation-sessions.js';
import { listEvaluationSessions } from '../../src/use-cases/evaluation-sessions/list-evaluation-sessions.js';
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

const sessionsOf = async (username: string) =>
  (
    await listEvaluationSessions(
      { db: h.db, caller: await demoActor(h.db, username), personalData },
      {},
      { page: 1, pageSize: 100 },
    )
  ).items;

describe('demo evaluation sessions', () => {
  it('are opened through the use case for 黔康 and 钱塘, held ones closed, one cancelled with its reason', async () => {
    expect(loaded).toContain(EVALUATION_SESSIONS_STEP);
    const qk = await sessionsOf('inst_qk');
    const qt = await sessionsOf('inst_qt');
    expect(qk).toHaveLength(DEMO_SESSIONS.filter((s) => s.account === 'inst_qk').length);
    expect(qt).toHaveLength(DEMO_SESSIONS.filter((s) => s.account === 'inst_qt').length);
    for (const s of [...qk, ...qt]) {
      expect(s.opening.outcome).toBe('pass');
      expect(s.subjects.length).toBeGreaterThan(0);
    }
    expect(qk.map((s) => s.status).sort()).toEqual(['closed', 'closed', 'planned']);
    expect(qt.map((s) => s.status).sort()).toEqual(['cancelled', 'closed', 'planned']);
    expect(qt.find((s) => s.status === 'cancelled')?.cancelReason).toContain('报名人数不足');
    const audit = await h.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'evaluation_session')
      // Other stories (the exits' wrap-up) open sessions of their own institutions.
      .where(
        'entity_id',
        'in',
        [...qk, ...qt].map((s) => s.id),
      )
      .execute();
    expect(audit.filter((a) => a.action === 'open')).toHaveLength(DEMO_SESSIONS.length);
  });

  it('the Guizhou department sees 黔康’s sessions and not 钱塘’s; Zhejiang the other way round', async () => {
    const gz = (await sessionsOf('guizhou')).map((s) => s.institutionName);
    const zj = (await sessionsOf('zhejiang')).map((s) => s.institutionName);
    expect(gz.some((n) => n.includes('黔康'))).toBe(true);
    expect(gz.some((n) => n.includes('钱塘'))).toBe(false);
    expect(zj.some((n) => n.includes('钱塘'))).toBe(true);
    expect(zj.some((n) => n.includes('黔康'))).toBe(false);
  });

  it('on a database whose standards record no subjects, the national centre records them first (audited)', async () => {
    // What later demo steps hung on the sessions goes first: the status changes (demo/verification,
    // demo/violations) are in an append-only table, whose guard this test lifts.
    await sql`alter table certificate_status_history disable trigger certificate_status_history_no_change`.execute(
      h.db,
    );
    await h.db.deleteFrom('certificate_status_history').execute();
    await sql`alter table certificate_status_history enable trigger certificate_status_history_no_change`.execute(
      h.db,
    );
    // The demo's violation decisions (demo/violations) cancelled results: their corrections go too.
    await sql`alter table result_corrections disable trigger result_corrections_no_change`.execute(h.db);
    await h.db.deleteFrom('result_corrections').execute();
    await sql`alter table result_corrections enable trigger result_corrections_no_change`.execute(h.db);
    await h.db.deleteFrom('certificates').where('session_id', 'is not', null).execute();
    await h.db.deleteFrom('subject_results').execute();
    await h.db.deleteFrom('session_pass_marks').execute();
    await h.db.deleteFrom('session_staff').execute();
    await h.db.deleteFrom('candidate_fees').execute();
    await h.db.deleteFrom('candidates').execute();
    // The exit stories registered some sessions' records as archived (demo/lapse).
    await h.db.deleteFrom('session_archives').execute();
    await h.db.deleteFrom('evaluation_sessions').execute();
    await h.db.deleteFrom('seed_runs').where('name', '=', EVALUATION_SESSIONS_STEP).execute();
    await h.db.updateTable('occupation_standards').set({ subjects_by_level: null }).execute();
    expect(await runEvaluationSessionsDemo(h.db, personalData)).toBe(true);
    expect(await sessionsOf('inst_qk')).toHaveLength(3);
    const recorded = await h.db
      .selectFrom('audit_log as a')
      .innerJoin('users as u', 'u.id', 'a.actor_user_id')
      .select(['u.username'])
      .where('a.entity', '=', 'occupation_standard')
      .where('a.action', '=', 'update')
      .execute();
    expect(recorded.length).toBe(3);
    expect(new Set(recorded.map((r) => r.username))).toEqual(new Set(['osta']));
    expect(await runEvaluationSessionsDemo(h.db, personalData)).toBe(false);
  });
});
