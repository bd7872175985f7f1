// Issue 10: one database, one set of keys. With DATABASE_URL no key is generated; the database keeps
// the keys' fingerprints from the first start and refuses a process with other keys, naming the
// variable; a data-key rotation re-encrypts in the background while the old key still reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../src/persistence/database.js';
import { resolveDataKeys } from '../src/identity/data-key.js';
import { createPersonalDataProtector } from '../src/identity/personal-data.js';
import {
  describeSigningKey,
  resolveAuditSigningKey,
  SIGNING_KEY_FILE,
} from '../src/audit/audit-signing-key.js';
import { checkKeyFingerprints, KeyMismatchError } from '../src/persistence/key-fingerprints.repository.js';
import { findExpertIdByDocument } from '../src/persistence/experts.repository.js';
import { sanctionsOfPerson } from '../src/persistence/staff-sanctions.repository.js';
import { countStaleValues, startReencryption } from '../src/persistence/reencrypt-personal-data.js';
import { loadConfig } from '../src/config.js';
import { openTestDatabase } from './support/test-database.js';

const K1 = randomBytes(32).toString('base64');
const K2 = randomBytes(32).toString('base64');
const signing = describeSigningKey(generateKeyPairSync('ed25519').privateKey);
const otherSigning = describeSigningKey(generateKeyPairSync('ed25519').privateKey);

let h: DatabaseHandle;
let dir: string;
beforeAll(async () => {
  h = await openTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'skillreg-keys-'));
});
afterAll(async () => {
  await h.close();
  await rm(dir, { recursive: true, force: true });
});

const refusal = async (p: Promise<unknown>): Promise<KeyMismatchError> => {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(KeyMismatchError);
  return err as KeyMismatchError;
};

describe('with DATABASE_URL the keys come from configuration', () => {
  const pg = { ...loadConfig({}), databaseUrl: 'postgres://db.example/skillreg', dataDir: '' };

  it('refuses to start without SKILLREG_DATA_KEY, naming the variable, and writes no key file', async () => {
    const config = { ...pg, dataDir: join(dir, 'a') };
    await expect(resolveDataKeys(config)).rejects.toThrow(/SKILLREG_DATA_KEY/);
    await expect(stat(join(config.dataDir, 'data-key'))).rejects.toThrow();
  });

  it('refuses to start without SKILLREG_AUDIT_SIGNING_KEY, naming the variable, and writes no key file', async () => {
    const config = { ...pg, dataDir: join(dir, 'b') };
    await expect(resolveAuditSigningKey(config)).rejects.toThrow(/SKILLREG_AUDIT_SIGNING_KEY/);
    await expect(stat(join(config.dataDir, SIGNING_KEY_FILE))).rejects.toThrow();
  });

  it('takes both keys from the variables (or files) when set', async () => {
    const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const keys = await resolveDataKeys({ ...pg, dataKey: K1, previousDataKeys: [K2] });
    expect(keys).toEqual({ current: K1, previous: [K2] });
    const key = await resolveAuditSigningKey({ ...pg, auditSigningKey: pem });
    expect(key.keyId).toMatch(/^[0-9a-f]{16}$/);
    await expect(resolveAuditSigningKey({ ...pg, auditSigningKey: 'not a key' })).rejects.toThrow(
      /SKILLREG_AUDIT_SIGNING_KEY/,
    );
  });

  it('the embedded default still generates its keys in ./data, once', async () => {
    const config = { ...loadConfig({}), dataDir: join(dir, 'embedded') };
    const a = await resolveDataKeys(config);
    const s = await resolveAuditSigningKey(config);
    expect(await resolveDataKeys(config)).toEqual(a);
    expect((await resolveAuditSigningKey(config)).fingerprint).toBe(s.fingerprint);
    expect((await stat(join(config.dataDir, SIGNING_KEY_FILE))).mode & 0o777).toBe(0o600);
  });
});

describe('the database keeps the fingerprints from the first start', () => {
  it('records both keys at the first start (audited) and accepts them again', async () => {
    const first = await checkKeyFingerprints(h.db, { data: { current: K1, previous: [] }, signing });
    expect(first.registered.sort()).toEqual(['audit_signing', 'data']);
    const again = await checkKeyFingerprints(h.db, { data: { current: K1, previous: [] }, signing });
    expect(again.registered).toEqual([]);
    const audit = await sql<{
      entity: string;
    }>`select entity from audit_log where action = 'register'`.execute(h.db);
    expect(audit.rows.map((r) => r.entity).sort()).toEqual(['audit_signing_key', 'data_key']);
    // Only fingerprints are kept, never the key.
    const stored = await sql<{ fingerprint: string }>`select fingerprint from key_fingerprints`.execute(h.db);
    for (const r of stored.rows) expect(r.fingerprint).not.toContain(K1);
  });

  it('refuses a process with another data key, naming SKILLREG_DATA_KEY', async () => {
    const err = await refusal(checkKeyFingerprints(h.db, { data: { current: K2, previous: [] }, signing }));
    expect(err.variable).toBe('SKILLREG_DATA_KEY');
    expect(err.message).toContain('SKILLREG_DATA_KEY 与数据库记录的数据密钥不符');
  });

  it('refuses a process with another audit signing key, naming SKILLREG_AUDIT_SIGNING_KEY', async () => {
    const err = await refusal(
      checkKeyFingerprints(h.db, { data: { current: K1, previous: [] }, signing: otherSigning }),
    );
    expect(err.variable).toBe('SKILLREG_AUDIT_SIGNING_KEY');
  });
});

describe('data-key rotation: a key id on every value, re-encryption in the background', () => {
  const ID = '11010519491231002X';
  const pd1 = createPersonalDataProtector(K1);
  const ids: string[] = [];
  // A staff-sanction entry (issue 11 point 3): looked up across provinces by its keyed hash.
  const SANCTIONED = '110105194912310054';
  const sanctionId = randomUUID();
  const leadId = randomUUID();
  const CONTACT = JSON.stringify({ name: '张某', phone: '13800000000', email: null });

  it('values written with the old key name it', async () => {
    for (const n of [ID, '110105194912310038', '110105194912310046']) {
      const p = pd1.protect(n);
      expect(pd1.keyIdOf(p.enc)).toBe(pd1.keyId);
      const id = randomUUID();
      ids.push(id);
      await sql`insert into experts (id, name, employer_name, id_doc_type, id_number_enc, id_number_hmac, id_number_masked)
        values (${id}, '专家', '单位', 'resident_id', ${p.enc}, ${p.hmac}, ${p.masked})`.execute(h.db);
    }
    await sql`insert into users (id, username, display_name, password_hash, role, totp_secret_enc)
      values (${randomUUID()}, ${'rot_' + randomUUID().slice(0, 8)}, '管理员', 'x', 'sysadmin', ${pd1.protect('JBSWY3DPEHPK3PXP').enc})`.execute(
      h.db,
    );
    const authorityId = randomUUID();
    await sql`insert into jurisdictions (code, name, level, parent_code, source)
      values ('110000', '北京市', 'province', null, 'GB/T 2260') on conflict do nothing`.execute(h.db);
    await sql`insert into authorities (id, name, kind, jurisdiction_code)
      values (${authorityId}, '北京市人社局', 'provincial_hrss', '110000')`.execute(h.db);
    const s = pd1.protect(SANCTIONED);
    await sql`insert into staff_sanctions (id, kind, name, doc_type, doc_enc, doc_hmac, doc_masked, from_on,
        article, reason, recorded_by_authority_id)
      values (${sanctionId}, 'assessor_card_revoked', '考评员', 'resident_id', ${s.enc}, ${s.hmac}, ${s.masked},
        '2026-01-05', '第十条第（一）项', '事由', ${authorityId})`.execute(h.db);
    // A complaint's contact details (decision 0039 point 5): re-encrypted with the rest.
    await sql`insert into leads (id, authority_id, source, summary, received_on, contact_enc)
      values (${leadId}, ${authorityId}, 'complaint', '投诉内容', '2026-01-05', ${pd1.protect(CONTACT).enc})`.execute(
      h.db,
    );
  });

  let pd2: ReturnType<typeof createPersonalDataProtector>;
  it('starts when the new key is current and the recorded one previous; the old key still reads', async () => {
    const r = await checkKeyFingerprints(h.db, { data: { current: K2, previous: [K1] }, signing });
    expect(r).toMatchObject({ rotationStarted: true, retiring: [pd1.keyId] });
    pd2 = createPersonalDataProtector(K2, [K1]);
    const enc = (
      await sql<{ e: string }>`select id_number_enc as e from experts where id = ${ids[0]!}`.execute(h.db)
    ).rows[0]!.e;
    expect(pd2.reveal(enc)).toBe(ID);
    expect(pd2.keyIdOf(pd2.protect(ID).enc)).toBe(pd2.keyId);
    expect(pd2.keyId).not.toBe(pd1.keyId);
  });

  it('finds a duplicate person by either key while the rotation runs', async () => {
    expect(await findExpertIdByDocument(h.db, pd2.lookupHash(ID))).toBeUndefined(); // the new key alone misses it
    expect(await findExpertIdByDocument(h.db, pd2.lookupHashes(ID))).toBe(ids[0]);
    expect(await sanctionsOfPerson(h.db, [pd2.lookupHash(SANCTIONED)])).toEqual([]);
    expect((await sanctionsOfPerson(h.db, pd2.lookupHashes(SANCTIONED))).map((x) => x.id)).toEqual([
      sanctionId,
    ]);
  });

  it('refuses a process that left out the previous key, naming SKILLREG_DATA_KEY_PREVIOUS', async () => {
    const err = await refusal(checkKeyFingerprints(h.db, { data: { current: K2, previous: [] }, signing }));
    expect(err.variable).toBe('SKILLREG_DATA_KEY_PREVIOUS');
  });

  it('refuses a process still configured with the old key as current, naming SKILLREG_DATA_KEY', async () => {
    const err = await refusal(checkKeyFingerprints(h.db, { data: { current: K1, previous: [] }, signing }));
    expect(err.variable).toBe('SKILLREG_DATA_KEY');
  });

  it('re-encrypts every value in the background (audited), then retires the old key', async () => {
    expect(await countStaleValues(h.db, pd2)).toBe(6);
    const job = startReencryption(h.db, pd2, { intervalMs: 60_000, batch: 2 });
    await job.drain();
    await job.stop();
    expect(await countStaleValues(h.db, pd2)).toBe(0);
    const pdNew = createPersonalDataProtector(K2); // the old key is no longer needed
    const rows = (
      await sql<{ id: string; e: string; m: string }>`select id, id_number_enc as e, id_number_hmac as m
        from experts where id in (${sql.join(ids)})`.execute(h.db)
    ).rows;
    for (const r of rows) {
      expect(pdNew.keyIdOf(r.e)).toBe(pdNew.keyId);
      expect(r.m).toBe(pdNew.lookupHash(pdNew.reveal(r.e)));
    }
    expect(await findExpertIdByDocument(h.db, pdNew.lookupHash(ID))).toBe(ids[0]);
    const sanction = (
      await sql<{ e: string; m: string }>`select doc_enc as e, doc_hmac as m from staff_sanctions
        where id = ${sanctionId}`.execute(h.db)
    ).rows[0]!;
    expect(pdNew.keyIdOf(sanction.e)).toBe(pdNew.keyId);
    expect(pdNew.reveal(sanction.e)).toBe(SANCTIONED);
    expect((await sanctionsOfPerson(h.db, [pdNew.lookupHash(SANCTIONED)])).map((x) => x.id)).toEqual([
      sanctionId,
    ]);
    const contact = (
      await sql<{ e: string }>`select contact_enc as e from leads where id = ${leadId}`.execute(h.db)
    ).rows[0]!;
    expect(pdNew.keyIdOf(contact.e)).toBe(pdNew.keyId);
    expect(pdNew.reveal(contact.e)).toBe(CONTACT);
    const states = (
      await sql<{
        key_id: string;
        state: string;
      }>`select key_id, state from key_fingerprints where purpose = 'data'`.execute(h.db)
    ).rows;
    expect(Object.fromEntries(states.map((s) => [s.key_id, s.state]))).toEqual({
      [pd1.keyId]: 'retired',
      [pdNew.keyId]: 'active',
    });
    const audit = (
      await sql<{ action: string }>`select action from audit_log where entity = 'data_key'`.execute(h.db)
    ).rows.map((r) => r.action);
    expect(audit).toContain('rotation_start');
    expect(audit).toContain('reencrypt');
    expect(audit).toContain('rotation_complete');
    // From now on the new key alone starts.
    const r = await checkKeyFingerprints(h.db, { data: { current: K2, previous: [] }, signing });
    expect(r.retiring).toEqual([]);
  });
});
