// Issue 9 point 3: deleting the newest audit rows must be detectable, as transparency logs do it —
// signed checkpoints (number, length, head hash) published for witnesses, verification against a
// witness's copy, no session switch that unlocks deletes, retention only through an audited purge.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPrivateKey, createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { writeAudit } from '../src/audit/write-audit.js';
import { chainPendingAudit, latestCheckpoint, startAuditSequencer } from '../src/audit/chain-audit.js';
import { verifyAudit } from '../src/audit/verify-audit.js';
import { checkpointPayload, type SignedCheckpoint } from '../src/audit/audit-checkpoint.js';
import { describeSigningKey } from '../src/audit/audit-signing-key.js';
import { purgeAudit } from '../src/audit/purge-audit.js';
import { runAuditCommand } from '../src/cli/audit-command.js';
import { loadConfig } from '../src/config.js';
import { checkKeyFingerprints } from '../src/persistence/key-fingerprints.repository.js';
import { openTestApp, TEST_DATA_KEY, type TestApp } from './support/test-app.js';

const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const key = describeSigningKey(createPrivateKey(pem));

const caller = { userId: '00000000-0000-4000-8000-000000000001', username: 'x', role: 'sysadmin' as const };
const trustedKeys = new Map([[key.keyId, key.publicKey]]);

let t: TestApp;
let dir: string;
beforeAll(async () => {
  t = await openTestApp();
  dir = await mkdtemp(join(tmpdir(), 'skillreg-witness-'));
  await checkKeyFingerprints(t.handle.db, { data: { current: TEST_DATA_KEY, previous: [] }, signing: key });
});
afterAll(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

const write = (n: number, occurredAt?: string) =>
  t.handle.db.transaction().execute(async (trx) => {
    if (occurredAt) {
      await sql`insert into audit_log (occurred_at, entity, entity_id, action)
        values (${occurredAt}::timestamptz, 'test', ${String(n)}, 'old')`.execute(trx);
      return;
    }
    await writeAudit(
      trx,
      { caller },
      { entity: 'test', entityId: String(n), action: 'create', after: { n } },
    );
  });

/** What an owner or superuser could do: switch the guards off, delete the newest rows, rewind. */
const truncateAsOwner = (keep: number, rewindCheckpointTo?: SignedCheckpoint) =>
  t.handle.db.transaction().execute(async (trx) => {
    await sql.raw('alter table audit_log disable trigger user').execute(trx);
    await sql.raw('alter table audit_chain_head disable trigger user').execute(trx);
    await sql`delete from audit_log where chain_seq > ${keep}`.execute(trx);
    await sql`update audit_chain_head set seq = ${keep},
      hash = (select row_hash from audit_log where chain_seq = ${keep})`.execute(trx);
    if (rewindCheckpointTo) {
      const c = rewindCheckpointTo;
      await sql`update audit_chain_head set checkpoint_seq = ${c.checkpointSeq}, checkpoint_length = ${c.length},
        checkpoint_hash = ${c.headHash}, checkpoint_signed_at = ${c.signedAt}, checkpoint_key_id = ${c.keyId},
        checkpoint_signature = ${c.signature}`.execute(trx);
    }
    await sql.raw('alter table audit_log enable trigger user').execute(trx);
    await sql.raw('alter table audit_chain_head enable trigger user').execute(trx);
  });

describe('witnessed audit checkpoints', () => {
  it('has no checkpoint to publish before anything is chained: 404 problem+json', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/public/audit/checkpoint' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'AUDIT_CHECKPOINT_NONE' });
  });

  const seen: SignedCheckpoint[] = [];
  let base = 0; // rows written before (the key registrations)
  it('two sequencers (two processes) sign checkpoints whose number only grows, and the public endpoint serves the latest, verifiable with its key', async () => {
    const a = startAuditSequencer(t.handle.db, {
      intervalMs: 60_000,
      signingKey: key,
      onCheckpoint: async (cp) => void seen.push(cp),
    });
    const b = startAuditSequencer(t.handle.db, {
      intervalMs: 60_000,
      signingKey: key,
      onCheckpoint: async (cp) => void seen.push(cp),
    });
    base = (await sql<{ n: number }>`select count(*)::int as n from audit_log`.execute(t.handle.db)).rows[0]!
      .n;
    for (let round = 0; round < 4; round++) {
      await Promise.all(Array.from({ length: 5 }, (_, i) => write(round * 5 + i + 1)));
      await Promise.all([a.flush(), b.flush()]);
    }
    await Promise.all([a.stop(), b.stop()]);
    // Ordered by chain length, the checkpoint numbers strictly grow: no number is reused or reversed.
    const byLength = [...seen].sort((x, y) => x.length - y.length || x.checkpointSeq - y.checkpointSeq);
    for (let i = 1; i < byLength.length; i++) {
      expect(byLength[i]!.checkpointSeq).toBeGreaterThan(byLength[i - 1]!.checkpointSeq);
    }
    const latest = await latestCheckpoint(t.handle.db);
    expect(latest).toMatchObject({
      length: base + 20,
      checkpointSeq: Math.max(...seen.map((s) => s.checkpointSeq)),
    });

    const res = await t.app.inject({ method: 'GET', url: '/api/v1/public/audit/checkpoint' });
    expect(res.statusCode).toBe(200);
    const body = res.json<SignedCheckpoint & { publicKey: string; algorithm: string }>();
    expect(body).toMatchObject({
      length: base + 20,
      checkpointSeq: latest!.checkpointSeq,
      algorithm: 'Ed25519',
    });
    const ok = verify(
      null,
      checkpointPayload(body),
      createPublicKey(body.publicKey),
      Buffer.from(body.signature, 'base64'),
    );
    expect(ok).toBe(true);
    expect((await verifyAudit(t.handle.db, { witness: body, trustedKeys })).ok).toBe(true);
  });

  it('npm run audit:verify -- --checkpoint FILE reports deleted newest rows as truncation, with the numbers', async () => {
    // A witness fetched the checkpoint at length 20 and keeps it in a file.
    const witnessPath = join(dir, 'witness.json');
    const witnessCp = (await latestCheckpoint(t.handle.db))!;
    await writeFile(witnessPath, JSON.stringify(witnessCp));
    const config = { ...loadConfig({}), auditSigningKey: pem, auditCheckpointFile: join(dir, 'local.json') };
    const out = vi.spyOn(console, 'log').mockImplementation(() => {});
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(await runAuditCommand(t.handle.db, ['verify', '--checkpoint', witnessPath], config)).toBe(0);
      // Rows 15–20 are deleted by someone with the owner's power, head and checkpoint rewound to an
      // older signed one (the one at length 10 or less that the sequencers signed earlier).
      const older = [...seen]
        .filter((s) => s.length <= base + 14)
        .sort((x, y) => y.checkpointSeq - x.checkpointSeq)[0]!;
      await truncateAsOwner(base + 14, older);
      expect((await verifyAudit(t.handle.db)).ok).toBe(true); // the chain alone looks intact
      err.mockClear();
      expect(await runAuditCommand(t.handle.db, ['verify', '--checkpoint', witnessPath], config)).toBe(1);
      const text = err.mock.calls.map((c) => String(c[0])).join('\n');
      expect(text).toContain('truncated');
      expect(text).toContain(`witnessed ${base + 20} rows, the database holds ${base + 14} (6 missing)`);
      expect(text).toContain(`第 ${base + 15}–${base + 20} 条（共 6 条）已被删除`);

      // Without the witness file: this host's copy is missing while the chain holds rows → failure.
      err.mockClear();
      expect(await runAuditCommand(t.handle.db, ['verify'], config)).toBe(1);
      expect(err.mock.calls.map((c) => String(c[0])).join('\n')).toContain('检查点副本缺失');
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  });

  it('a database put back to an older state is caught by a newer witness even when lengths agree', async () => {
    const older = (await latestCheckpoint(t.handle.db))!;
    const newer = { ...older, checkpointSeq: older.checkpointSeq + 5 };
    const signed = { ...newer, signature: '' };
    const { signCheckpoint } = await import('../src/audit/audit-checkpoint.js');
    const real = signCheckpoint(key, {
      checkpointSeq: newer.checkpointSeq,
      length: older.length,
      headHash: older.headHash,
    });
    const report = await verifyAudit(t.handle.db, { witness: real, trustedKeys });
    expect(report.firstBroken?.reason).toBe('checkpoint_rolled_back');
    // A forged witness (bad signature) is refused as such, not believed.
    const forged = await verifyAudit(t.handle.db, { witness: signed, trustedKeys });
    expect(forged.firstBroken?.reason).toBe('checkpoint_signature');
  });

  it("the sequencer refuses to sign over a chain shorter than the database's own checkpoint", async () => {
    const cp = (await latestCheckpoint(t.handle.db))!;
    await write(100);
    await chainPendingAudit(t.handle.db, 2000, key);
    const now = (await latestCheckpoint(t.handle.db))!;
    expect(now.checkpointSeq).toBe(cp.checkpointSeq + 1);
    await truncateAsOwner(now.length - 1); // the checkpoint stays, the rows go
    await write(101);
    await expect(chainPendingAudit(t.handle.db, 2000, key)).rejects.toThrow(/短于已签名/);
    const report = await verifyAudit(t.handle.db);
    expect(report.firstBroken?.reason).toBe('truncated');
  });
});

describe('append-only without a bypass; retention through an audited purge', () => {
  let h2: TestApp;
  beforeAll(async () => {
    h2 = await openTestApp();
  });
  afterAll(async () => h2.close());

  it('the 0001 session switch no longer unlocks deletes; TRUNCATE and a head going back are refused', async () => {
    const db = h2.handle.db;
    await db
      .transaction()
      .execute((trx) => writeAudit(trx, { caller }, { entity: 'x', entityId: '1', action: 'a' }));
    await chainPendingAudit(db, 2000, key);
    await expect(
      db.transaction().execute(async (trx) => {
        await sql.raw("set local skillreg.audit_purge = 'on'").execute(trx);
        await sql.raw('delete from audit_log').execute(trx);
      }),
    ).rejects.toThrow(/append-only/);
    await expect(sql.raw('truncate audit_log').execute(db)).rejects.toThrow(/append-only/);
    await expect(sql.raw('update audit_chain_head set seq = 0').execute(db)).rejects.toThrow(
      /never goes back/,
    );
    await expect(
      sql.raw("update audit_log set request_id = 'forged' where chain_seq = 1").execute(db),
    ).rejects.toThrow(/cannot be edited/);
  });

  it('a purge never reaches past a young row: the chain starts with one, so nothing is purged', async () => {
    const db = h2.handle.db;
    const old = new Date(Date.now() - 400 * 86_400_000).toISOString();
    for (let i = 0; i < 6; i++) {
      await sql`insert into audit_log (occurred_at, entity, entity_id, action)
        values (${old}::timestamptz, 'test', ${String(i)}, 'old')`.execute(db);
    }
    await chainPendingAudit(db, 2000, key);
    await expect(purgeAudit(db, { retentionDays: 30 })).rejects.toThrow(/184/);
    // A purge the database is asked for directly, below the legal minimum, is refused by the database too.
    await expect(
      sql`insert into audit_purges (up_to_seq, anchor_hash, cutoff, tx, purged_by)
        values (1, '', now() - interval '10 days', 0, '')`.execute(db),
    ).rejects.toThrow(/184 days/);
    const before = (await sql<{ n: number }>`select count(*)::int as n from audit_log`.execute(db)).rows[0]!
      .n;
    // Chain: seq 1 is the young row of the previous test, so nothing is a purgeable prefix yet.
    const first = await purgeAudit(db, { retentionDays: 365 });
    expect(first.purged).toBe(0);
    expect((await sql<{ n: number }>`select count(*)::int as n from audit_log`.execute(db)).rows[0]!.n).toBe(
      before,
    );
  });

  it('purges an old prefix; the purge is audited and verification starts from its anchor', async () => {
    const h3 = await openTestApp();
    try {
      const db = h3.handle.db;
      const old = new Date(Date.now() - 400 * 86_400_000).toISOString();
      for (let i = 0; i < 6; i++) {
        await sql`insert into audit_log (occurred_at, entity, entity_id, action)
          values (${old}::timestamptz, 'test', ${String(i)}, 'old')`.execute(db);
      }
      await db
        .transaction()
        .execute((trx) => writeAudit(trx, { caller }, { entity: 'x', entityId: 'young', action: 'a' }));
      await checkKeyFingerprints(db, { data: { current: TEST_DATA_KEY, previous: [] }, signing: key });
      await chainPendingAudit(db, 2000, key);
      const witness = (await latestCheckpoint(db))!;
      const r = await purgeAudit(db, { retentionDays: 365 });
      expect(r).toMatchObject({ purged: 6, upToSeq: 6 });
      const audit = (
        await sql<{ after_data: { upToSeq: string; purged: number } }>`select after_data from audit_log
          where entity = 'audit_log' and action = 'purge'`.execute(db)
      ).rows;
      expect(audit).toHaveLength(1);
      expect(audit[0]!.after_data).toMatchObject({ upToSeq: '6', purged: 6 });
      await chainPendingAudit(db, 2000, key);
      const report = await verifyAudit(db, { witness, trustedKeys });
      expect(report).toMatchObject({ ok: true, firstSeq: 7 });
      // Rows removed outside a purge are still found: a forged purge record without its audit row.
      await db.transaction().execute(async (trx) => {
        await sql.raw('alter table audit_purges disable trigger user').execute(trx);
        await sql`update audit_purges set up_to_seq = 7, anchor_hash = (select row_hash from audit_log where chain_seq = 7)`.execute(
          trx,
        );
        await sql.raw('alter table audit_purges enable trigger user').execute(trx);
      });
      expect((await verifyAudit(db)).firstBroken?.reason).toBe('purge_unattested');
    } finally {
      await h3.close();
    }
  }, 180_000);
});
