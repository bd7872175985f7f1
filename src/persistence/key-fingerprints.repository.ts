// The database remembers which keys its data was written with (issue 10): the fingerprints of the
// data key and of the audit signing key are recorded at the first start, and every later start —
// of any process, on any host — must present matching keys or is refused with a message naming the
// variable to fix. A data-key rotation is the one allowed change: the new key in SKILLREG_DATA_KEY
// and the recorded one in SKILLREG_DATA_KEY_PREVIOUS (docs/decisions/0019).
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.js';
import { writeAudit } from '../audit/write-audit.js';
import { dataKeyFingerprint } from '../identity/personal-data.js';
import type { DataKeys } from '../identity/data-key.js';
import type { AuditSigningKey } from '../audit/audit-signing-key.js';

interface FingerprintRow {
  key_id: string;
  purpose: 'data' | 'audit_signing';
  fingerprint: string;
  state: 'active' | 'retiring' | 'retired';
}

export class KeyMismatchError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = 'KeyMismatchError';
  }
}

const SYSTEM = { caller: null, system: true } as const;

export interface KeyCheck {
  /** Keys recorded now for the first time ('data' | 'audit_signing'). */
  registered: string[];
  /** A rotation started with this start (the new data key became active). */
  rotationStarted: boolean;
  /** Data keys still named by stored values (the re-encryption has to finish before they go). */
  retiring: string[];
}

export async function checkKeyFingerprints(
  db: Kysely<DB>,
  keys: { data: DataKeys; signing: AuditSigningKey },
): Promise<KeyCheck> {
  const current = dataKeyFingerprint(keys.data.current);
  const previous = keys.data.previous.map((k) => dataKeyFingerprint(k, 'SKILLREG_DATA_KEY_PREVIOUS'));
  return db.transaction().execute(async (trx) => {
    // Two processes starting at once on a fresh database: the second waits and then compares.
    await sql`lock table key_fingerprints in share row exclusive mode`.execute(trx);
    const rows = (
      await sql<FingerprintRow>`select key_id, purpose, fingerprint, state from key_fingerprints`.execute(trx)
    ).rows;
    const result: KeyCheck = { registered: [], rotationStarted: false, retiring: [] };

    // The data key.
    const data = rows.filter((r) => r.purpose === 'data');
    const active = data.find((r) => r.state === 'active');
    if (!active) {
      await sql`insert into key_fingerprints (key_id, purpose, fingerprint, state)
        values (${current.keyId}, 'data', ${current.fingerprint}, 'active')`.execute(trx);
      await writeAudit(trx, SYSTEM, {
        entity: 'data_key',
        entityId: current.keyId,
        action: 'register',
        after: { keyId: current.keyId, fingerprint: current.fingerprint },
      });
      result.registered.push('data');
    } else if (active.fingerprint !== current.fingerprint) {
      if (!previous.some((p) => p.fingerprint === active.fingerprint)) {
        throw new KeyMismatchError(
          'SKILLREG_DATA_KEY',
          `SKILLREG_DATA_KEY 与数据库记录的数据密钥不符（数据库记录的密钥编号 ${active.key_id}，配置的为 ${current.keyId}）：` +
            '各服务器进程必须使用同一数据密钥；轮换密钥时把原密钥放入 SKILLREG_DATA_KEY_PREVIOUS / ' +
            `SKILLREG_DATA_KEY does not match the data key this database recorded (key id ${active.key_id}, configured ${current.keyId}); ` +
            'every server process needs the same key; to rotate, put the recorded key in SKILLREG_DATA_KEY_PREVIOUS',
        );
      }
      // A rotation: the recorded key keeps reading until every value is re-encrypted.
      await sql`update key_fingerprints set state = 'retiring' where key_id = ${active.key_id}`.execute(trx);
      const known = data.find((r) => r.fingerprint === current.fingerprint);
      if (known) {
        await sql`update key_fingerprints set state = 'active', retired_at = null where key_id = ${known.key_id}`.execute(
          trx,
        );
      } else {
        await sql`insert into key_fingerprints (key_id, purpose, fingerprint, state)
          values (${current.keyId}, 'data', ${current.fingerprint}, 'active')`.execute(trx);
      }
      await writeAudit(trx, SYSTEM, {
        entity: 'data_key',
        entityId: current.keyId,
        action: 'rotation_start',
        before: { activeKeyId: active.key_id },
        after: { activeKeyId: current.keyId, retiringKeyId: active.key_id },
      });
      result.rotationStarted = true;
    }
    const configured = new Set([current.fingerprint, ...previous.map((p) => p.fingerprint)]);
    const retiring = (
      await sql<FingerprintRow>`select key_id, purpose, fingerprint, state from key_fingerprints
        where purpose = 'data' and state = 'retiring'`.execute(trx)
    ).rows;
    const unreadable = retiring.filter((r) => !configured.has(r.fingerprint));
    if (unreadable.length > 0) {
      throw new KeyMismatchError(
        'SKILLREG_DATA_KEY_PREVIOUS',
        `数据密钥轮换尚未完成：仍有数据使用密钥 ${unreadable.map((r) => r.key_id).join('、')} 加密，请在 SKILLREG_DATA_KEY_PREVIOUS 中保留该密钥直到重新加密完成 / ` +
          `a data-key rotation is not finished: values are still encrypted with key ${unreadable.map((r) => r.key_id).join(', ')}; keep it in SKILLREG_DATA_KEY_PREVIOUS until re-encryption is done`,
      );
    }
    result.retiring = retiring.map((r) => r.key_id);

    // The audit signing key.
    const signing = rows.find((r) => r.purpose === 'audit_signing' && r.state === 'active');
    if (!signing) {
      await sql`insert into key_fingerprints (key_id, purpose, fingerprint, public_key, state)
        values (${keys.signing.keyId}, 'audit_signing', ${keys.signing.fingerprint}, ${keys.signing.publicKeyPem}, 'active')`.execute(
        trx,
      );
      await writeAudit(trx, SYSTEM, {
        entity: 'audit_signing_key',
        entityId: keys.signing.keyId,
        action: 'register',
        after: { keyId: keys.signing.keyId, fingerprint: keys.signing.fingerprint },
      });
      result.registered.push('audit_signing');
    } else if (signing.fingerprint !== keys.signing.fingerprint) {
      throw new KeyMismatchError(
        'SKILLREG_AUDIT_SIGNING_KEY',
        `SKILLREG_AUDIT_SIGNING_KEY 与数据库记录的审计签名密钥不符（数据库记录的密钥编号 ${signing.key_id}，配置的为 ${keys.signing.keyId}）：各服务器进程必须使用同一签名密钥 / ` +
          `SKILLREG_AUDIT_SIGNING_KEY does not match the audit signing key this database recorded (key id ${signing.key_id}, configured ${keys.signing.keyId})`,
      );
    }
    return result;
  });
}

/** The public half of the recorded audit signing key (published with the checkpoint). */
export async function auditSigningPublicKey(db: Kysely<DB>, keyId: string): Promise<string | undefined> {
  const r = (
    await sql<{ public_key: string }>`select public_key from key_fingerprints
      where purpose = 'audit_signing' and key_id = ${keyId}`.execute(db)
  ).rows[0];
  return r?.public_key;
}
