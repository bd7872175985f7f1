// Versioned SQL migrations: every file in ./migrations, applied once, in name order, each in its
// own transaction, recorded in schema_migrations with its checksum (an edited shipped file is refused).
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Database } from './database.js';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

export async function migrate(db: Database): Promise<string[]> {
  // Checked first: the application's PostgreSQL role may not create tables (db-roles.ts), and
  // CREATE … IF NOT EXISTS still needs that right.
  const exists = (
    await sql<{ t: string | null }>`select to_regclass('schema_migrations')::text as t`.execute(db)
  ).rows[0]?.t;
  if (!exists) {
    await sql`create table if not exists schema_migrations (
    name text primary key, checksum text not null, applied_at timestamptz not null default now())`.execute(
      db,
    );
  }
  const files = (await readdir(migrationsDir)).filter((f) => f.endsWith('.sql')).sort();
  const applied = new Map(
    (
      await sql<{ name: string; checksum: string }>`select name, checksum from schema_migrations`.execute(db)
    ).rows.map((r) => [r.name, r.checksum]),
  );
  const done: string[] = [];
  for (const file of files) {
    const text = await readFile(migrationsDir + file, 'utf8');
    const checksum = createHash('sha256').update(text).digest('hex');
    const previous = applied.get(file);
    if (previous) {
      if (previous !== checksum) throw new Error(`migration ${file} was changed after it was applied`);
      continue;
    }
    await db.transaction().execute(async (trx) => {
      await sql.raw(text).execute(trx);
      await sql`insert into schema_migrations (name, checksum) values (${file}, ${checksum})`.execute(trx);
    });
    done.push(file);
  }
  return done;
}
