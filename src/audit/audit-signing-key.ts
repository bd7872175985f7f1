// The Ed25519 key that signs audit checkpoints (issue 9 point 3, issue 10). Every server process on
// one database must sign with the same key, so with DATABASE_URL it comes from configuration only:
// SKILLREG_AUDIT_SIGNING_KEY (PEM) or SKILLREG_AUDIT_SIGNING_KEY_FILE; a missing key refuses the start
// naming the variable. Only the embedded default creates data/audit-signing-key.pem once.
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../config.js';

export const SIGNING_KEY_FILE = 'audit-signing-key.pem';

export interface AuditSigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicKeyPem: string;
  /** SHA-256 of the public key (SPKI DER), hex: what the database keeps. */
  fingerprint: string;
  /** First 16 hex characters of the fingerprint: named in every checkpoint. */
  keyId: string;
}

export function describeSigningKey(
  privateKey: KeyObject,
  variable = 'SKILLREG_AUDIT_SIGNING_KEY',
): AuditSigningKey {
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(
      `${variable} 必须是 Ed25519 私钥（PEM） / ${variable} must be an Ed25519 private key (PEM)`,
    );
  }
  const publicKey = createPublicKey(privateKey);
  const fingerprint = createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
  return {
    privateKey,
    publicKey,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    fingerprint,
    keyId: fingerprint.slice(0, 16),
  };
}

function parsePem(pem: string, variable: string): KeyObject {
  try {
    return createPrivateKey(pem);
  } catch {
    throw new Error(`${variable} 不是有效的私钥（PEM） / ${variable} is not a valid private key (PEM)`);
  }
}

type SigningConfig = Pick<Config, 'dataDir' | 'databaseUrl' | 'auditSigningKey' | 'auditSigningKeyFile'>;

export async function resolveAuditSigningKey(config: SigningConfig): Promise<AuditSigningKey> {
  if (config.auditSigningKey) {
    return describeSigningKey(parsePem(config.auditSigningKey, 'SKILLREG_AUDIT_SIGNING_KEY'));
  }
  if (config.auditSigningKeyFile) {
    const variable = 'SKILLREG_AUDIT_SIGNING_KEY_FILE';
    const pem = await readFile(config.auditSigningKeyFile, 'utf8').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') {
        throw new Error(
          `${variable} 指向的文件 ${config.auditSigningKeyFile} 不存在 / ${variable}: ${config.auditSigningKeyFile} does not exist`,
        );
      }
      throw err;
    });
    return describeSigningKey(parsePem(pem, variable), variable);
  }
  if (config.databaseUrl) {
    throw new Error(
      '使用 DATABASE_URL 时必须配置审计签名密钥：请设置 SKILLREG_AUDIT_SIGNING_KEY（Ed25519 私钥 PEM，或 SKILLREG_AUDIT_SIGNING_KEY_FILE），各服务器进程使用同一密钥 / ' +
        'with DATABASE_URL the audit signing key must come from configuration: set SKILLREG_AUDIT_SIGNING_KEY (or SKILLREG_AUDIT_SIGNING_KEY_FILE), the same in every server process',
    );
  }
  // The embedded default: a key generated once into the data directory.
  const file = join(config.dataDir, SIGNING_KEY_FILE);
  const existing = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  });
  if (existing !== undefined) return describeSigningKey(parsePem(existing, file), file);
  const { privateKey } = generateKeyPairSync('ed25519');
  await mkdir(config.dataDir, { recursive: true, mode: 0o700 });
  try {
    await writeFile(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    return describeSigningKey(privateKey, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return describeSigningKey(parsePem(await readFile(file, 'utf8'), file), file);
  }
}
