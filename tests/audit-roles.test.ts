// Issue 9 point 3 on PostgreSQL: the application's login role owns nothing and cannot delete or edit
// audit rows at all (it inserts them and the sequencer fills the chain columns once); only the purge
// role removes rows, only those older than the retention, and the purge is audited. PostgreSQL only:
// PGlite has a single user, so there these walls are the triggers alone (tests/audit-truncation.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { openDatabase, type DatabaseHandle } from '../src/persistence/database.js';
import { provisionRoles, canDeleteAuditRows, DEFAULT_ROLES } from '../src/persistence/db-roles.js';
import { writeAudit } from '../src/audit/write-audit.js';
import { chainPendingAudit } from '../src/audit/chain-audit.js';
import { purgeAudit } from '../src/audit/purge-audit.js';
import { verifyAudit } from '../src/audit/verify-audit.js';
import { openTestDatabase } from './support/test-database.js';

const url = process.env.TEST_DATABASE_URL;
const caller = { userId: '00000000-0000-4000-8000-000000000001', username: 'x', role: 'sysadmin' as const };

describe.runIf(url)('PostgreSQL roles: the application cannot delete or edit audit rows', () => {
  let owner: DatabaseHandle;
  let app: DatabaseHandle;
  let purge: DatabaseHandle;
  const as = (role: string, schema: string) => {
    const u = new URL(url!);
    u.username = role;
    u.password = '';
    return openDatabase({ url: u.toString(), schema, poolSize: 2 });
  };

  beforeAll(async () => {
    owner = await openTestDatabase();
    // Two provisioners at once (as two test files or two operators would): idempotent and safe.
    await Promise.all([provisionRoles(owner.db), provisionRoles(owner.db)]);
    const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(owner.db)).rows[0]!.s;
    app = await as(DEFAULT_ROLES.app, schema);
    purge = await as(DEFAULT_ROLES.purge, schema);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await purge?.close();
    await owner?.close();
  });

  it('connects as a role that is not the owner and cannot delete audit rows', async () => {
    expect(await canDeleteAuditRows(app.db)).toEqual({ role: DEFAULT_ROLES.app, canDelete: false });
    expect((await canDeleteAuditRows(owner.db)).canDelete).toBe(true);
  });

  it("does the application's normal writes, and writes and chains audit rows", async () => {
    const old = new Date(Date.now() - 400 * 86_400_000).toISOString();
    // Rows old enough for the purge below, first in the chain.
    for (let i = 0; i < 3; i++) {
      await sql`insert into audit_log (occurred_at, entity, entity_id, action)
        values (${old}::timestamptz, 'test', ${String(i)}, 'old')`.execute(owner.db);
    }
    const id = randomUUID();
    await app.db.transaction().execute(async (trx) => {
      await sql`insert into users (id, username, display_name, password_hash, role)
        values (${id}, ${'r_' + id.slice(0, 8)}, '管理员', 'x', 'sysadmin')`.execute(trx);
      await sql`update users set display_name = '系统管理员' where id = ${id}`.execute(trx);
      await writeAudit(trx, { caller }, { entity: 'user', entityId: id, action: 'create' });
    });
    const { chained } = await chainPendingAudit(app.db);
    expect(chained).toBeGreaterThanOrEqual(4);
  });

  it('cannot delete, edit, truncate or purge audit rows, nor record a purge', async () => {
    await expect(sql`delete from audit_log where chain_seq = 1`.execute(app.db)).rejects.toThrow(
      /permission denied/,
    );
    await expect(sql`update audit_log set action = 'x' where chain_seq = 1`.execute(app.db)).rejects.toThrow(
      /permission denied/,
    );
    // The chain columns it may fill are guarded by the trigger once filled.
    await expect(
      sql`update audit_log set row_hash = 'x' where chain_seq = 1`.execute(app.db),
    ).rejects.toThrow(/cannot be edited/);
    await expect(sql`truncate audit_log`.execute(app.db)).rejects.toThrow(/permission denied/);
    await expect(
      sql`insert into audit_purges (up_to_seq, anchor_hash, cutoff, tx, purged_by) values (1, '', now() - interval '1 year', 0, '')`.execute(
        app.db,
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(sql`alter table audit_log disable trigger user`.execute(app.db)).rejects.toThrow(/owner/);
  });

  it('the purge role removes only rows older than the retention, and the purge is audited', async () => {
    const before = await verifyAudit(owner.db);
    expect(before.ok).toBe(true);
    const r = await purgeAudit(purge.db, { retentionDays: 365 });
    expect(r).toMatchObject({ purged: 3, upToSeq: 3 });
    const audit = await sql<{ actor_role: string }>`select actor_role from audit_log
      where entity = 'audit_log' and action = 'purge'`.execute(owner.db);
    expect(audit.rows).toEqual([{ actor_role: 'system' }]);
    await chainPendingAudit(app.db);
    expect(await verifyAudit(owner.db)).toMatchObject({ ok: true, firstSeq: 4 });
    // Nothing younger is reached: a second purge finds nothing.
    expect((await purgeAudit(purge.db, { retentionDays: 365 })).purged).toBe(0);
    // The purge role has no other power: it cannot delete a young row directly.
    await expect(sql`delete from audit_log where chain_seq = 4`.execute(purge.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`update audit_log set action = 'x'`.execute(purge.db)).rejects.toThrow(
      /permission denied/,
    );
  });
});
