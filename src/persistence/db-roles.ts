// PostgreSQL roles (issue 9 point 3): the application connects as a login role that owns nothing and
// cannot delete or edit audit rows at all — it may insert them, and fill the chain columns the
// sequencer sets once (a column grant, guarded by the audit_log trigger). Retention is a separate
// purge role, whose only extra power is the purge (purge-audit.ts), itself audited. Run as the owner
// (`npm run cli -- db roles`) after every upgrade: it is idempotent, and safe when several run at once.
// Not on PGlite: the embedded database has one user (docs/security.md says what that leaves open).
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';

export interface RoleNames {
  app: string;
  purge: string;
}

export const DEFAULT_ROLES: RoleNames = { app: 'skillreg_app', purge: 'skillreg_audit_purge' };

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Creates the two login roles if missing and grants them what they need in the current schema. */
export async function provisionRoles(db: Kysely<DB>, roles: RoleNames = DEFAULT_ROLES): Promise<void> {
  for (const name of [roles.app, roles.purge]) {
    if (!ROLE_NAME.test(name)) throw new Error(`invalid role name ${name}`);
  }
  const app = sql.id(roles.app);
  const purge = sql.id(roles.purge);
  await db.transaction().execute(async (trx) => {
    // Roles are cluster-wide: serialise their creation between concurrent provisioners.
    await sql`select pg_advisory_xact_lock(hashtext('skillreg db roles'))`.execute(trx);
    for (const name of [roles.app, roles.purge]) {
      await sql
        .raw(
          `DO $$ BEGIN
             IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${name}') THEN
               CREATE ROLE ${name} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT;
             END IF;
           EXCEPTION WHEN duplicate_object THEN NULL;
           END $$`,
        )
        .execute(trx);
    }
    const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(trx)).rows[0]!.s;
    const s = sql.id(schema);
    await sql`grant usage on schema ${s} to ${app}, ${purge}`.execute(trx);
    // The application: everything it does, on every table…
    await sql`grant select, insert, update, delete on all tables in schema ${s} to ${app}`.execute(trx);
    await sql`grant usage, select on all sequences in schema ${s} to ${app}, ${purge}`.execute(trx);
    // …except the audit trail: insert rows, fill the chain columns once (trigger-guarded), nothing else.
    await sql`revoke update, delete, truncate on audit_log, audit_purges, schema_migrations from ${app}`.execute(
      trx,
    );
    await sql`revoke insert on audit_purges, schema_migrations from ${app}`.execute(trx);
    await sql`revoke delete, truncate on audit_chain_head, key_fingerprints from ${app}`.execute(trx);
    await sql`grant update (chain_seq, prev_hash, row_hash) on audit_log to ${app}`.execute(trx);
    // The purge role: read the chain, record a purge, delete what it covers, write its own audit row.
    await sql`grant select on audit_log, audit_chain_head, audit_purges, key_fingerprints to ${purge}`.execute(
      trx,
    );
    await sql`grant insert on audit_log, audit_purges to ${purge}`.execute(trx);
    await sql`grant delete on audit_log to ${purge}`.execute(trx);
    // Row lock on the head while the start of the chain moves (the head trigger forbids going back).
    await sql`grant update (seq) on audit_chain_head to ${purge}`.execute(trx);
  });
}

/** Whether the connected role could delete audit rows (true for an owner or a superuser). */
export async function canDeleteAuditRows(db: Kysely<DB>): Promise<{ role: string; canDelete: boolean }> {
  const r = (
    await sql<{ role: string; can: boolean }>`select current_user as role,
      has_table_privilege('audit_log', 'DELETE') as can`.execute(db)
  ).rows[0]!;
  return { role: r.role, canDelete: r.can };
}
