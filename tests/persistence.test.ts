import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../src/persistence/database.js';
import { migrate } from '../src/persistence/migrate.js';
import { openTestDatabase } from './support/test-database.js';

describe('migrations', () => {
  let h: DatabaseHandle;
  beforeAll(async () => {
    h = await openTestDatabase();
  });
  afterAll(async () => h.close());

  it('are applied once and are idempotent on a second run', async () => {
    expect(await migrate(h.db)).toEqual([]);
    const rows = await sql<{ name: string }>`select name from schema_migrations order by name`.execute(h.db);
    expect(rows.rows[0]?.name).toBe('0001_foundation.sql');
  });

  it('return dates as YYYY-MM-DD strings and numerics as numbers on both databases', async () => {
    const r = await sql<{ d: string; n: number; b: number }>`
      select date '2025-09-28' as d, 12.5::numeric as n, 9007199254740::bigint as b`.execute(h.db);
    expect(r.rows[0]).toEqual({ d: '2025-09-28', n: 12.5, b: 9007199254740 });
  });

  it('rolls a failed transaction back completely', async () => {
    await expect(
      h.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('jurisdictions')
          .values({ code: '990000', name: 'x', level: 'province', parent_code: null, source: 't' })
          .execute();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const r = await h.db.selectFrom('jurisdictions').where('code', '=', '990000').selectAll().execute();
    expect(r).toEqual([]);
  });
});
