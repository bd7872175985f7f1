import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../src/persistence/database.js';
import { writeAudit } from '../src/audit/write-audit.js';
import { chainPendingAudit, startAuditSequencer } from '../src/audit/chain-audit.js';
import { verifyAudit } from '../src/audit/verify-audit.js';
import { checkpointFile } from '../src/audit/audit-checkpoint.js';
import { describeSigningKey } from '../src/audit/audit-signing-key.js';
import { openTestDatabase } from './support/test-database.js';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await openTestDatabase();
});
afterAll(async () => h.close());

const caller = { userId: '00000000-0000-4000-8000-000000000001', username: 'x', role: 'sysadmin' as const };
const write = (n: number) =>
  h.db
    .transaction()
    .execute((trx) =>
      writeAudit(
        trx,
        { caller, requestId: `r${n}` },
        { entity: 'test', entityId: String(n), action: 'create', after: { n, name: `记录${n}` } },
      ),
    );
const tamper = (statement: string) =>
  h.db.transaction().execute(async (trx) => {
    await sql.raw('alter table audit_log disable trigger audit_log_guard').execute(trx);
    await sql.raw(statement).execute(trx);
    await sql.raw('alter table audit_log enable trigger audit_log_guard').execute(trx);
  });

describe('audit log', () => {
  it('chains rows written concurrently and verifies them', async () => {
    await Promise.all(Array.from({ length: 25 }, (_, i) => write(i + 1)));
    const seq = startAuditSequencer(h.db, { intervalMs: 10_000 });
    await seq.flush();
    await seq.stop();
    const report = await verifyAudit(h.db);
    expect(report).toMatchObject({ ok: true, checked: 25, pending: 0 });
  });

  it('refuses edits and deletes through the application (append-only)', async () => {
    await expect(sql`update audit_log set action = 'x' where chain_seq = 1`.execute(h.db)).rejects.toThrow(
      /cannot be edited/,
    );
    await expect(sql`delete from audit_log where chain_seq = 1`.execute(h.db)).rejects.toThrow(/append-only/);
  });

  // The 25 rows were written concurrently, so which payload chain_seq 7 holds is not known in advance: keep it to
  // restore the row exactly before the next test.
  let originalSeven = '';
  it('reports the first broken link after a row is edited by hand', async () => {
    const before = await sql<{
      after_data: string;
    }>`select after_data::text as after_data from audit_log where chain_seq = 7`.execute(h.db);
    originalSeven = before.rows[0]!.after_data;
    await tamper(`update audit_log set after_data = '{"n": 7, "name": "篡改"}' where chain_seq = 7`);
    const report = await verifyAudit(h.db);
    expect(report.ok).toBe(false);
    expect(report.firstBroken).toMatchObject({ seq: 7, reason: 'content_changed' });
    expect(report.firstBroken?.message_zh).toContain('篡改');
  });

  it('reports a row deleted from the middle of the chain', async () => {
    await tamper(
      `update audit_log set after_data = '${originalSeven.replaceAll("'", "''")}'::jsonb where chain_seq = 7`,
    );
    expect((await verifyAudit(h.db)).ok).toBe(true);
    await tamper('delete from audit_log where chain_seq = 12');
    const report = await verifyAudit(h.db);
    expect(report.firstBroken).toMatchObject({ seq: 12, reason: 'row_missing' });
  });

  it('detects deletion of the newest rows together with the head through the signed checkpoint', async () => {
    const h2 = await openTestDatabase();
    try {
      for (let i = 1; i <= 5; i++) {
        await h2.db
          .transaction()
          .execute((trx) =>
            writeAudit(trx, { caller }, { entity: 'test', entityId: String(i), action: 'create' }),
          );
      }
      const key = describeSigningKey(generateKeyPairSync('ed25519').privateKey);
      const { checkpoint } = await chainPendingAudit(h2.db, 2000, key);
      const file = checkpointFile(join(await mkdtemp(join(tmpdir(), 'skillreg-cp-')), 'cp.json'));
      await file.write(checkpoint!);
      const cp = await file.read();
      expect(cp).toMatchObject({ checkpointSeq: 1, length: 5 });
      const trustedKeys = new Map([[key.keyId, key.publicKey]]);
      expect((await verifyAudit(h2.db, { witness: cp, trustedKeys })).ok).toBe(true);
      // An owner (or superuser) switches the guards off, deletes the newest rows and rewinds head and checkpoint.
      await h2.db.transaction().execute(async (trx) => {
        await sql.raw('alter table audit_log disable trigger user').execute(trx);
        await sql.raw('alter table audit_chain_head disable trigger user').execute(trx);
        await sql.raw('delete from audit_log where chain_seq >= 4').execute(trx);
        await sql
          .raw(
            `update audit_chain_head set seq = 3, hash = (select row_hash from audit_log where chain_seq = 3),
               checkpoint_seq = 0, checkpoint_length = 0, checkpoint_hash = null, checkpoint_signature = null`,
          )
          .execute(trx);
        await sql.raw('alter table audit_log enable trigger user').execute(trx);
        await sql.raw('alter table audit_chain_head enable trigger user').execute(trx);
      });
      expect((await verifyAudit(h2.db)).ok).toBe(true); // the chain alone cannot see it
      const report = await verifyAudit(h2.db, { witness: cp, trustedKeys });
      expect(report.firstBroken).toMatchObject({ reason: 'truncated', seq: 4 });
      expect(report.truncation).toEqual({ witnessedLength: 5, chainLength: 3, checkpointSeq: 1 });
      // …and without any copy of the checkpoint, a non-empty chain does not pass either.
      expect((await verifyAudit(h2.db, { witness: 'missing' })).firstBroken?.reason).toBe(
        'checkpoint_missing',
      );
    } finally {
      await h2.close();
    }
  });
});
