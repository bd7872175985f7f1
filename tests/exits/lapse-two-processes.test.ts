// gz-rules §14 with several server processes on one PostgreSQL (issue 15 point 2; decision 0042): two job
// runners on two connection pools run the same China day at the same moment — the day is claimed once in
// scheduled_runs, each lapsed entry gets exactly one exit. PostgreSQL only (TEST_DATABASE_URL): the
// embedded database is one process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openDatabase, type DatabaseHandle } from '../../src/persistence/database.js';
import { openTestDatabase } from '../support/test-database.js';
import { seedPersonas, type Fixture } from '../support/personas.js';
import { DAILY_EXITS_JOB, runExitsDay } from '../../src/jobs/daily-exits.js';
import { gzEntry } from './exit-fixture.js';

const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)('gz-rules §14: the lapse at midnight with two processes on one PostgreSQL', () => {
  let a: DatabaseHandle;
  let b: DatabaseHandle;
  let f: Fixture;
  beforeAll(async () => {
    a = await openTestDatabase();
    const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(a.db)).rows[0]!.s;
    b = await openDatabase({ url: url!, schema, poolSize: 4 });
    f = await seedPersonas(a.db);
  }, 120_000);
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('the day run by both at once: one scheduled_runs row, exactly one exit per lapsed entry', async () => {
    const entries = [
      await gzEntry(a.db, f, '2026-07-01'),
      await gzEntry(a.db, f, '2026-07-01', f.institutions.y),
      await gzEntry(a.db, f, '2026-06-20'),
    ];
    const running = await gzEntry(a.db, f, '2026-07-02');
    const outs = await Promise.all([
      runExitsDay(a.db, '2026-07-02', 'process-a'),
      runExitsDay(b.db, '2026-07-02', 'process-b'),
    ]);
    expect(outs.filter((o) => o !== null)).toHaveLength(1);
    const runs = await a.db
      .selectFrom('scheduled_runs')
      .selectAll()
      .where('job', '=', DAILY_EXITS_JOB)
      .execute();
    expect(runs).toHaveLength(1);
    expect(['process-a', 'process-b']).toContain(runs[0]!.ran_by);
    expect(runs[0]!.finished_at).not.toBeNull();
    const exits = await a.db.selectFrom('institution_exits').select(['entry_id', 'terminated_on']).execute();
    expect(exits.map((x) => x.entry_id).sort()).toEqual([...entries].sort());
    expect(exits.find((x) => x.entry_id === entries[2])!.terminated_on).toBe('2026-06-21');
    expect(exits.some((x) => x.entry_id === running)).toBe(false);
    // The next day, again both: the entry that ended on 07-02 lapses once; nothing twice.
    await Promise.all([
      runExitsDay(b.db, '2026-07-03', 'process-b'),
      runExitsDay(a.db, '2026-07-03', 'process-a'),
    ]);
    const after = await a.db.selectFrom('institution_exits').select('entry_id').execute();
    expect(after).toHaveLength(4);
    expect(after.filter((x) => x.entry_id === running)).toHaveLength(1);
  }, 60_000);
});
