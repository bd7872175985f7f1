// Configuration from the environment, read once at start-up.
import { join, resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /**
   * DATABASE_READ_URL: a read replica for the public certificate lookups and status lists (issue 12
   * point 6); with DATABASE_URL only. Writes, keys and everything else stay on DATABASE_URL.
   */
  databaseReadUrl: string | undefined;
  dataDir: string;
  cookieSecure: boolean;
  logLevel: string;
  seedDemo: boolean;
  /**
   * The demonstration clock (src/demo/demo-clock.ts): on by default in demo mode, off otherwise and
   * whenever SKILLREG_DEMO_CLOCK=false.
   */
  demoClock: boolean;
  trustProxy: boolean;
  /**
   * Master key (base64, 32 bytes) for personal data at rest: AES-256-GCM encryption and the HMAC
   * lookup index of document numbers (security.md). From SKILLREG_DATA_KEY; when absent the server
   * creates data/data-key (mode 0600) on first start — production sets the variable from a key store.
   */
  dataKey: string | undefined;
  /** SKILLREG_DATA_KEY_FILE: a file holding the data key (e.g. a mounted secret), instead of the variable. */
  dataKeyFile: string | undefined;
  /** SKILLREG_DATA_KEY_PREVIOUS: comma-separated keys still readable during a rotation (decision 0019). */
  previousDataKeys: string[];
  /** SKILLREG_AUDIT_SIGNING_KEY: Ed25519 private key (PEM) that signs audit checkpoints. */
  auditSigningKey: string | undefined;
  /** SKILLREG_AUDIT_SIGNING_KEY_FILE: a file holding that PEM, instead of the variable. */
  auditSigningKeyFile: string | undefined;
  /**
   * SKILLREG_AUDIT_CHECKPOINT: where this process keeps its copy of the signed audit checkpoint
   * (default data/audit-checkpoint.json); operators put it on storage other than the database's.
   */
  auditCheckpointFile: string;
  /** SKILLREG_AUDIT_RETENTION_DAYS: audit rows younger than this are never purged (at least 184: 网络安全法 §21). */
  auditRetentionDays: number;
  /**
   * Authority staff must sign in with a second factor (TOTP) — 等保2.0 level 3 (issue 9). From
   * SKILLREG_AUTHORITY_2FA=true|false; on by default outside the demo, off in the demo so that the demo
   * logins work with the password alone (docs/decisions/0017-second-factor.md).
   */
  authoritySecondFactor: boolean;
  /**
   * Upload quotas (issue 9 point 6, src/materials/quota.ts): versions one checklist item of a case may
   * hold, SKILLREG_UPLOAD_MAX_VERSIONS (default 10), and bytes all files of a case may take,
   * SKILLREG_UPLOAD_MAX_CASE_MB (default 200) — superseded versions count, as they are kept.
   */
  uploadQuota: { maxVersionsPerItem: number; maxBytesPerCase: number };
  /**
   * Anonymous API requests per client (IP, or the forwarded one with TRUST_PROXY) and window:
   * SKILLREG_PUBLIC_RATE_LIMIT (default 120) per SKILLREG_PUBLIC_RATE_WINDOW seconds (default 60);
   * 0 turns the limit off (docs/decisions/0018-headers-rate-limit-challenge.md).
   */
  publicRateLimit: { max: number; windowMs: number };
  /**
   * The proof-of-work challenge of public forms that write (altcha, PBKDF2/SHA-256): iterations per
   * attempt (SKILLREG_CHALLENGE_COST, default 5000) and the highest secret counter
   * (SKILLREG_CHALLENGE_MAX_COUNTER, default 300; the solver tries about half of it on average).
   */
  challenge: { cost: number; maxCounter: number };
  /**
   * SKILLREG_CERTIFICATE_SIGNING_KEY: Ed25519 private key (PEM) that signs e-certificates and status
   * lists; when absent it is derived from the data key (decision 0033).
   */
  certificateSigningKey: string | undefined;
  /**
   * The identity that signs decision documents (PAdES, decision 0036): SKILLREG_DOCUMENT_SIGNING_P12
   * (base64 of a PKCS#12) or SKILLREG_DOCUMENT_SIGNING_P12_FILE, with SKILLREG_DOCUMENT_SIGNING_P12_PASSPHRASE;
   * when absent a self-signed identity is derived from the data key.
   */
  documentSigningP12: string | undefined;
  documentSigningP12File: string | undefined;
  documentSigningP12Passphrase: string | undefined;
  /**
   * The public certificate lookup's throttles (decision 0034), per client and per looked-up target, in a
   * window of `windowMs`: up to `free` lookups without the proof-of-work challenge, none past `max`.
   */
  verification: {
    windowMs: number;
    client: { free: number; max: number };
    target: { free: number; max: number };
  };
  /** Strict-Transport-Security (1 year): SKILLREG_HSTS=true|false, by default on with COOKIE_SECURE. */
  hsts: boolean;
}

/** A non-negative integer from the environment, or the default; anything else stops the start. */
function intEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    databaseReadUrl: (env.DATABASE_URL && env.DATABASE_READ_URL) || undefined,
    dataDir: resolve(env.SKILLREG_DATA_DIR ?? 'data'),
    // Secure cookies also work on http://localhost in Chromium; set COOKIE_SECURE=false only for
    // plain-http access from another host during evaluation.
    cookieSecure: env.COOKIE_SECURE !== 'false',
    logLevel: env.LOG_LEVEL ?? 'info',
    seedDemo: env.SKILLREG_DEMO !== 'false',
    demoClock: env.SKILLREG_DEMO !== 'false' && env.SKILLREG_DEMO_CLOCK !== 'false',
    trustProxy: env.TRUST_PROXY === 'true',
    dataKey: env.SKILLREG_DATA_KEY || undefined,
    dataKeyFile: env.SKILLREG_DATA_KEY_FILE ? resolve(env.SKILLREG_DATA_KEY_FILE) : undefined,
    previousDataKeys: (env.SKILLREG_DATA_KEY_PREVIOUS ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter((k) => k !== ''),
    auditSigningKey: env.SKILLREG_AUDIT_SIGNING_KEY || undefined,
    auditSigningKeyFile: env.SKILLREG_AUDIT_SIGNING_KEY_FILE
      ? resolve(env.SKILLREG_AUDIT_SIGNING_KEY_FILE)
      : undefined,
    auditCheckpointFile: resolve(
      env.SKILLREG_AUDIT_CHECKPOINT || join(env.SKILLREG_DATA_DIR ?? 'data', 'audit-checkpoint.json'),
    ),
    auditRetentionDays: Math.max(184, Number(env.SKILLREG_AUDIT_RETENTION_DAYS ?? 365) || 365),
    authoritySecondFactor:
      env.SKILLREG_AUTHORITY_2FA === undefined || env.SKILLREG_AUTHORITY_2FA === ''
        ? env.SKILLREG_DEMO === 'false'
        : env.SKILLREG_AUTHORITY_2FA === 'true',
    uploadQuota: {
      maxVersionsPerItem: Math.max(1, Number(env.SKILLREG_UPLOAD_MAX_VERSIONS ?? 10) || 10),
      maxBytesPerCase: Math.max(1, Number(env.SKILLREG_UPLOAD_MAX_CASE_MB ?? 200) || 200) * 1024 * 1024,
    },
    publicRateLimit: {
      max: intEnv(env, 'SKILLREG_PUBLIC_RATE_LIMIT', 120),
      windowMs: Math.max(1, intEnv(env, 'SKILLREG_PUBLIC_RATE_WINDOW', 60)) * 1000,
    },
    challenge: {
      cost: Math.max(1, intEnv(env, 'SKILLREG_CHALLENGE_COST', 5000)),
      maxCounter: Math.max(2, intEnv(env, 'SKILLREG_CHALLENGE_MAX_COUNTER', 300)),
    },
    certificateSigningKey: env.SKILLREG_CERTIFICATE_SIGNING_KEY || undefined,
    documentSigningP12: env.SKILLREG_DOCUMENT_SIGNING_P12?.replace(/\s+/g, '') || undefined,
    documentSigningP12File: env.SKILLREG_DOCUMENT_SIGNING_P12_FILE
      ? resolve(env.SKILLREG_DOCUMENT_SIGNING_P12_FILE)
      : undefined,
    documentSigningP12Passphrase: env.SKILLREG_DOCUMENT_SIGNING_P12_PASSPHRASE,
    verification: {
      windowMs: Math.max(1, intEnv(env, 'SKILLREG_VERIFY_WINDOW', 600)) * 1000,
      client: {
        free: intEnv(env, 'SKILLREG_VERIFY_CLIENT_FREE', 3),
        max: intEnv(env, 'SKILLREG_VERIFY_CLIENT_MAX', 30),
      },
      target: {
        free: intEnv(env, 'SKILLREG_VERIFY_TARGET_FREE', 3),
        max: intEnv(env, 'SKILLREG_VERIFY_TARGET_MAX', 10),
      },
    },
    hsts: env.SKILLREG_HSTS ? env.SKILLREG_HSTS === 'true' : env.COOKIE_SECURE !== 'false',
  };
}
