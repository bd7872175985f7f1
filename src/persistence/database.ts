// One typed query layer over either database: embedded PGlite (default, data under ./data/pglite)
// or a PostgreSQL server when a connection string is given. Same SQL, same Kysely types.
import { Kysely } from 'kysely';
import { PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import type { DB } from './schema.js';
import { pgliteDialect } from './pglite-dialect.js';

export type Database = Kysely<DB>;

const OID = { int8: 20, date: 1082, numeric: 1700 } as const;
// Both drivers return the same JS types: date → 'YYYY-MM-DD' (no time-zone shift), numeric and
// bigint → number (audit sequence numbers stay far below 2^53).
const toNumber = (v: string) => Number(v);
const keep = (v: string) => v;

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL connection string; when absent, PGlite is used. */
  url?: string | undefined;
  /** PGlite data directory; undefined = in memory. */
  dataDir?: string | undefined;
  /** Search path (schema) for PostgreSQL; used by the tests to isolate each file. */
  schema?: string | undefined;
  poolSize?: number;
  onPoolError?: (err: Error) => void;
}

export async function openDatabase(opts: OpenOptions): Promise<DatabaseHandle> {
  if (opts.url) {
    const types = {
      getTypeParser: (oid: number, format?: 'text' | 'binary') => {
        if (oid === OID.date) return keep;
        if (oid === OID.numeric || oid === OID.int8) return toNumber;
        return pg.types.getTypeParser(oid, format);
      },
    };
    const pool = new pg.Pool({
      connectionString: opts.url,
      max: opts.poolSize ?? 10,
      types: types as pg.CustomTypesConfig,
      ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
    });
    // Without an error listener a server restart would crash the process (security.md).
    pool.on('error', (err) => opts.onPoolError?.(err));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const pglite = await PGlite.create({
    ...(opts.dataDir ? { dataDir: opts.dataDir } : {}),
    parsers: { [OID.date]: keep, [OID.numeric]: toNumber, [OID.int8]: toNumber },
  });
  const db = new Kysely<DB>({ dialect: pgliteDialect(pglite) });
  return { db, kind: 'pglite', close: () => db.destroy() };
}

/**
 * PostgreSQL must not run with durability switched off (security.md): refuse to start when
 * fsync, synchronous_commit or full_page_writes is off.
 */
export async function assertDurableSettings(handle: DatabaseHandle): Promise<void> {
  if (handle.kind !== 'postgres') return;
  const { sql } = await import('kysely');
  const rows = await sql<{ name: string; setting: string }>`
    select name, setting from pg_settings where name in ('fsync', 'synchronous_commit', 'full_page_writes')`.execute(
    handle.db,
  );
  const off = rows.rows.filter((r) => r.setting === 'off').map((r) => r.name);
  if (off.length > 0) {
    throw new Error(`PostgreSQL durability settings are off: ${off.join(', ')}; refusing to start`);
  }
}
