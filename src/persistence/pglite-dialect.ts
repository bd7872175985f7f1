// A Kysely dialect for embedded PGlite. PGlite is one connection, so the "pool" hands it out
// to one caller at a time (a transaction keeps it until commit); Kysely's own PostgreSQL
// driver, adapter and compiler do the rest, so both databases get the same SQL.
import { PostgresDialect } from 'kysely';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type { PGlite } from '@electric-sql/pglite';

class Mutex {
  private tail: Promise<void> = Promise.resolve();
  acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const ready = this.tail.then(() => release);
    this.tail = this.tail.then(() => next);
    return ready;
  }
}

const commandOf = (sql: string): string => {
  const m = /^\s*(?:with\b[\s\S]*?\)\s*)?(insert|update|delete|merge|select)\b/i.exec(sql);
  return (m?.[1] ?? 'SELECT').toUpperCase();
};

export function pgliteDialect(pglite: PGlite): PostgresDialect {
  const mutex = new Mutex();
  const pool: PostgresPool = {
    async connect(): Promise<PostgresPoolClient> {
      const release = await mutex.acquire();
      return {
        async query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
          if (parameters.length === 0 && /;\s*\S/.test(sql)) {
            // A multi-statement script (a migration) needs the simple protocol.
            const results = await pglite.exec(sql);
            const last = results[results.length - 1];
            return { command: 'SELECT', rowCount: last?.affectedRows ?? 0, rows: (last?.rows ?? []) as R[] };
          }
          const result = await pglite.query<R>(sql, parameters as unknown[]);
          return {
            command: commandOf(sql) as PostgresQueryResult<R>['command'],
            rowCount: result.affectedRows ?? result.rows.length,
            rows: result.rows,
          };
        },
        release,
      } as unknown as PostgresPoolClient;
    },
    async end() {
      await pglite.close();
    },
  };
  return new PostgresDialect({ pool });
}
